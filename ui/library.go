package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"fineprint/model"
)

// libraryRowHeight is the number of lines one policy takes in the library: a line with the
// company, title, date and languages, a line with the summary and size, and a blank line.
const libraryRowHeight = 3

// wordsPerMinute is the reading speed behind the reading times shown (Policy.Words counts each
// Han character as a word, which makes Chinese text read at about the same rate).
const wordsPerMinute = 230

// openPolicyMsg asks the App to open a policy in the reader from its start.
type openPolicyMsg struct{ policy *model.Policy }

// libraryItem is a policy as the library lists it.
type libraryItem struct {
	policy  *model.Policy
	summary string
	matched []int // byte offsets into filterTarget(policy) matched by the filter
}

// libraryScreen is the home screen: the loaded policies with their size and a summary, a `/`
// fuzzy filter on company and title, marks (`space`) to read two policies side by side (`v`),
// and the progress of background loading.
type libraryScreen struct {
	st     *Styles
	keys   libraryKeyMap
	global globalKeyMap // the App's keys, listed in the help
	help   help.Model
	bar    progress.Model
	filter textinput.Model

	all       []libraryItem
	summaries map[*model.Policy]string
	rows      map[rowKey][]string // rows drawn, see row
	shown     []libraryItem       // all, or the filter's matches best first
	cursor    int                 // index into shown
	offset    int                 // first row of shown on screen
	filtering bool                // the filter input has the keyboard
	marks     *policyMarks        // shared with the compare screen (the App's)

	loading             bool
	loadDone, loadTotal int
	loadErrs            []string // every load error, in arrival order
	showErrs            bool     // the list shows loadErrs instead of the policies
	errOffset           int      // first error on screen
	status              statusBar
	markNote            bool // status is about the marks, and goes stale when the library is left

	width, height int
}

// newLibraryScreen returns an empty library.
func newLibraryScreen(shared *store) libraryScreen {
	f := textinput.New()
	f.Prompt = "/"
	f.Placeholder = "company or title"
	f.CharLimit = 80
	s := libraryScreen{
		keys:      newLibraryKeyMap(),
		help:      help.New(),
		bar:       progress.New(progress.WithoutPercentage(), progress.WithFillCharacters('█', '░')),
		filter:    f,
		summaries: map[*model.Policy]string{},
		marks:     shared.marks,
	}
	s.setStyles(shared.styles)
	return s
}

// setStyles switches to st.
func (s *libraryScreen) setStyles(st *Styles) {
	s.st = st
	s.rows = nil
	s.help.Styles = st.Help
	fs := textinput.DefaultStyles(st.Dark)
	fs.Cursor.Blink = false
	s.filter.SetStyles(fs)
	s.bar = progress.New(progress.WithoutPercentage(), progress.WithFillCharacters('█', '░'),
		progress.WithColors(st.Accent.GetForeground()))
	s.bar.SetWidth(max(10, s.width-30))
}

// setSize lays the library out for width x height cells.
func (s *libraryScreen) setSize(width, height int) {
	s.width, s.height = width, height
	s.rows = nil
	s.help.SetWidth(width)
	s.filter.SetWidth(max(10, width-4))
	s.bar.SetWidth(max(10, width-30))
	s.clamp()
}

// setPolicies lists ps, keeping the filter and the policy under the cursor.
func (s *libraryScreen) setPolicies(ps []*model.Policy) {
	var cur *model.Policy
	if s.cursor < len(s.shown) {
		cur = s.shown[s.cursor].policy
	}
	s.all = make([]libraryItem, len(ps))
	for i, p := range ps {
		sum, ok := s.summaries[p]
		if !ok {
			sum = policySummary(p)
			s.summaries[p] = sum
		}
		s.all[i] = libraryItem{policy: p, summary: sum}
	}
	s.applyFilter()
	for i, it := range s.shown {
		if it.policy == cur {
			s.cursor = i
		}
	}
	s.clamp()
}

// setMarkNote shows text about the marks in the status line, until it expires or the library
// is left (the marks may change on the compare screen meanwhile).
func (s *libraryScreen) setMarkNote(text string, k statusKind) tea.Cmd {
	s.markNote = true
	return s.status.set(text, k)
}

// leave is called when another screen is shown: a note about the marks is dropped.
func (s *libraryScreen) leave() {
	if s.markNote && s.status.shown() {
		s.status.clear()
	}
	s.markNote = false
}

// addLoadError records a file that could not be loaded and shows it in the status line.
func (s *libraryScreen) addLoadError(text string) tea.Cmd {
	s.loadErrs = append(s.loadErrs, text)
	s.markNote = false
	return s.status.fail(text)
}

// inputFocused reports whether the filter input has the keyboard.
func (s *libraryScreen) inputFocused() bool { return s.filtering }

// filterTarget is the text the fuzzy filter matches a policy against: company and title, then
// the ID (the file's name), which tells apart policies with the same title.
func filterTarget(p *model.Policy) string {
	return rowText(p) + " " + p.ID
}

// rowText is the company and title part of filterTarget, as a library row shows them (the ID
// is shown apart): not a name of the policy, which is model.Policy.DisplayName everywhere.
func rowText(p *model.Policy) string {
	if p.Company == "" || p.Title == "" {
		return p.Company + p.Title
	}
	return p.Company + " " + p.Title
}

// applyFilter recomputes shown from the filter's value.
func (s *libraryScreen) applyFilter() {
	q := strings.TrimSpace(s.filter.Value())
	if q == "" {
		s.shown = append(s.shown[:0], s.all...)
		return
	}
	targets := make([]string, len(s.all))
	for i, it := range s.all {
		targets[i] = filterTarget(it.policy)
	}
	s.shown = s.shown[:0]
	for _, m := range fuzzy.Find(q, targets) {
		it := s.all[m.Index]
		it.matched = m.MatchedIndexes
		s.shown = append(s.shown, it)
	}
	s.cursor = 0
	s.offset = 0
}

// update handles a message for the library.
func (s *libraryScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if s.filtering {
			return s.handleFilterKey(msg)
		}
		return s.handleKey(msg)
	case tea.PasteMsg:
		if s.filtering {
			return s.editFilter(msg)
		}
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			s.move(1)
		} else if msg.Button == tea.MouseWheelUp {
			s.move(-1)
		}
	}
	return nil
}

// current returns the policy under the cursor, nil when the list is empty.
func (s *libraryScreen) current() *model.Policy {
	if s.cursor < len(s.shown) {
		return s.shown[s.cursor].policy
	}
	return nil
}

// updateKeys enables the bindings that depend on the state (the marks).
func (s *libraryScreen) updateKeys() {
	s.keys.Marks.update(s.marks, s.current(), !s.filtering && !s.showErrs)
	s.keys.History.SetEnabled(!s.filtering && !s.showErrs && hasHistory(s.current()))
}

// handleKey handles a key while the list has the keyboard.
func (s *libraryScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if s.showErrs {
		s.handleErrorsKey(msg)
		return nil
	}
	s.updateKeys()
	k := s.keys
	switch {
	case key.Matches(msg, k.Marks.Mark):
		return s.setMarkNote(s.marks.toggle(s.current()), statusInfo)
	case key.Matches(msg, k.Marks.SideBySide, k.Marks.NotTwo):
		cmd, why := s.marks.open()
		if cmd == nil {
			return s.setMarkNote(why, statusError)
		}
		return cmd
	case key.Matches(msg, k.Marks.Changes):
		return s.marks.changes()
	case key.Matches(msg, k.History) && s.current() != nil:
		return openHistory(s.current())
	case key.Matches(msg, k.Errors) && len(s.loadErrs) > 0:
		s.showErrs = true
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.PageUp):
		s.move(-s.visibleRows())
	case key.Matches(msg, k.PageDown):
		s.move(s.visibleRows())
	case key.Matches(msg, k.HalfUp):
		s.move(-max(1, s.visibleRows()/2))
	case key.Matches(msg, k.HalfDown):
		s.move(max(1, s.visibleRows()/2))
	case key.Matches(msg, k.Top):
		s.move(-len(s.shown))
	case key.Matches(msg, k.Bottom):
		s.move(len(s.shown))
	case key.Matches(msg, k.Filter):
		s.filtering = true
		return s.filter.Focus()
	case key.Matches(msg, k.ClearFilter) && s.filter.Value() != "":
		s.filter.SetValue("")
		s.applyFilter()
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
		s.clamp()
	case key.Matches(msg, k.Open):
		if s.cursor < len(s.shown) {
			p := s.shown[s.cursor].policy
			return func() tea.Msg { return openPolicyMsg{policy: p} }
		}
	}
	return nil
}

// handleErrorsKey scrolls the list of load errors; e or esc closes it.
func (s *libraryScreen) handleErrorsKey(msg tea.KeyPressMsg) {
	k := s.keys
	page := max(1, s.height-3-len(s.footer()))
	switch {
	case key.Matches(msg, k.Errors, k.ClearFilter):
		s.showErrs = false
	case key.Matches(msg, k.Down):
		s.errOffset++
	case key.Matches(msg, k.Up):
		s.errOffset--
	case key.Matches(msg, k.PageDown, k.HalfDown):
		s.errOffset += page
	case key.Matches(msg, k.PageUp, k.HalfUp):
		s.errOffset -= page
	case key.Matches(msg, k.Top):
		s.errOffset = 0
	case key.Matches(msg, k.Bottom):
		s.errOffset = len(s.loadErrs)
	}
	s.errOffset = max(0, min(s.errOffset, len(s.loadErrs)-page))
}

// errorsView returns the list of load errors, h lines.
func (s *libraryScreen) errorsView(h int) []string {
	lines := []string{s.st.Error.Render(fmt.Sprintf("%d %s could not be loaded (e or esc to close)",
		len(s.loadErrs), model.Plural(len(s.loadErrs), "file", "files")))}
	for i := s.errOffset; i < len(s.loadErrs) && len(lines) < h; i++ {
		lines = append(lines, truncateCells("  ✗ "+s.loadErrs[i], s.width))
	}
	return lines
}

// handleFilterKey handles a key while the filter is typed: esc drops it, enter and the arrows
// keep it and give the keyboard back to the list, anything else edits it.
func (s *libraryScreen) handleFilterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.ClearFilter):
		s.filter.SetValue("")
		s.filter.Blur()
		s.filtering = false
		s.applyFilter()
		return nil
	case key.Matches(msg, s.keys.Accept):
		s.filter.Blur()
		s.filtering = false
		return s.handleKey(msg)
	}
	return s.editFilter(msg)
}

// editFilter gives a key or a paste to the filter input and filters again when it changed.
func (s *libraryScreen) editFilter(msg tea.Msg) tea.Cmd {
	before := s.filter.Value()
	var cmd tea.Cmd
	s.filter, cmd = s.filter.Update(msg)
	if s.filter.Value() != before {
		s.applyFilter()
	}
	return cmd
}

// move moves the cursor by n rows and scrolls it into view.
func (s *libraryScreen) move(n int) {
	s.cursor += n
	s.clamp()
}

// clamp keeps the cursor on a row and the row on screen.
func (s *libraryScreen) clamp() {
	s.cursor = max(0, min(s.cursor, len(s.shown)-1))
	rows := s.visibleRows()
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+rows {
		s.offset = s.cursor - rows + 1
	}
	s.offset = max(0, min(s.offset, len(s.shown)-rows))
}

// footer returns the lines under the list: progress, status and help.
func (s *libraryScreen) footer() []string {
	var lines []string
	if s.loading {
		// Until the folders are walked the count is unknown: "loading 0 files" would flash
		// at every start and say something false.
		label, pct := " loading files…", 0.0
		if s.loadTotal > 0 {
			label = fmt.Sprintf(" loading %d/%d %s", s.loadDone, s.loadTotal, model.Plural(s.loadTotal, "file", "files"))
			pct = float64(s.loadDone) / float64(s.loadTotal)
		}
		lines = append(lines, s.bar.ViewAs(pct)+s.st.Subtle.Render(label))
	}
	want, must := s.shortHelp()
	h := "" // the help line: the status message beside help and quit, else the short help
	if s.status.shown() {
		// The message takes the place of the optional keys on the help line, so the list
		// does not move when it comes and goes; help and quit stay at the right.
		keep := fitShortHelp(s.help, nil, must, s.width)
		room := s.width - lipglossWidth(keep) - 2
		if room < 16 || s.help.ShowAll || s.markNote {
			// The marks' note names the keys that act on them: the help line stays whole.
			keep, room = "", s.width
		}
		line := s.status.view(s.st, room)
		if n := len(s.loadErrs); n > 1 && s.status.isErr() && !s.markNote {
			line = s.st.Error.Render(truncateCells(fmt.Sprintf("%s (and %d more: e lists them)", s.status.label(), n-1), room))
		}
		if keep == "" {
			lines = append(lines, line)
		} else {
			h = line + strings.Repeat(" ", max(0, s.width-lipglossWidth(line)-lipglossWidth(keep))) + keep
		}
	}
	if s.help.ShowAll { // the full help is built only when shown: footer runs on every frame
		if full := s.help.FullHelpView(s.fullHelp()); len(lines)+strings.Count(full, "\n")+1+2+libraryRowHeight <= s.height {
			return append(lines, strings.Split(full, "\n")...)
		}
	}
	if h == "" {
		h = fitShortHelp(s.help, want, must, s.width)
	}
	return append(lines, h)
}

// visibleRows returns how many policies fit on screen.
func (s *libraryScreen) visibleRows() int {
	if s.st == nil {
		return 1
	}
	return max(1, (s.height-2-len(s.footer()))/libraryRowHeight)
}

// shortHelp returns the bindings of the one-line help, only what works now: the optional ones,
// then help and quit, which are never cut.
func (s *libraryScreen) shortHelp() (want, must []key.Binding) {
	s.updateKeys()
	k := s.keys
	if s.filtering {
		return []key.Binding{k.Accept, k.ClearFilter}, nil
	}
	if s.showErrs {
		return []key.Binding{k.Down, k.Up, k.Errors}, []key.Binding{s.global.Quit}
	}
	want = []key.Binding{k.Open, k.Marks.SideBySide, k.Marks.Changes, k.Filter, k.Marks.Mark}
	if s.filter.Value() != "" {
		want = append(want, k.ClearFilter)
	}
	if len(s.loadErrs) > 0 {
		want = append(want, k.Errors)
	}
	return append(want, s.global.Search, s.global.Compare), []key.Binding{k.Help, s.global.Quit}
}

// fullHelp returns the bindings of the full help, in columns.
func (s *libraryScreen) fullHelp() [][]key.Binding {
	s.updateKeys()
	k := s.keys
	if s.filtering || s.showErrs {
		want, must := s.shortHelp()
		return [][]key.Binding{append(want, must...)}
	}
	open := []key.Binding{k.Top, k.Bottom, k.Open, k.Filter}
	if s.filter.Value() != "" {
		open = append(open, k.ClearFilter)
	}
	marks := []key.Binding{k.Marks.Mark, k.Marks.SideBySide, k.Marks.NotTwo, k.Marks.Changes, k.History}
	if len(s.loadErrs) > 0 {
		marks = append(marks, k.Errors)
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.HalfUp, k.HalfDown, k.PageUp, k.PageDown},
		open,
		marks,
		{s.global.Search, s.global.Compare, k.Help, s.global.Quit},
	}
}

// view draws the library.
func (s *libraryScreen) view() string {
	w := s.width
	var b strings.Builder
	title := s.st.Title.Render("fineprint")
	count := fmt.Sprintf("%d %s", len(s.all), model.Plural(len(s.all), "policy", "policies"))
	if q := s.filter.Value(); q != "" || s.filtering {
		count = fmt.Sprintf("%d of %s", len(s.shown), count)
	}
	if n := s.marks.count(); n > 0 {
		count = fmt.Sprintf("%s %d marked · %s", markGlyph, n, count)
	}
	b.WriteString(spread(title+s.st.Subtle.Render(" · library"), s.st.Subtle.Render(count), w))
	b.WriteByte('\n')
	if s.filtering || s.filter.Value() != "" {
		b.WriteString(truncateCells(s.filter.View(), w))
	}
	b.WriteByte('\n')
	footer := s.footer()
	listH := s.height - 2 - len(footer)
	var list []string
	if len(s.shown) == 0 {
		msg := "No policies."
		if s.filter.Value() != "" {
			msg = "No policy matches the filter; esc clears it."
		} else if s.loading {
			msg = "Loading…"
		}
		list = append(list, s.st.Subtle.Render("  "+msg))
	}
	for i := s.offset; i < len(s.shown) && len(list)+libraryRowHeight <= listH+1; i++ {
		list = append(list, s.row(s.shown[i], i == s.cursor)...)
	}
	if s.showErrs {
		list = s.errorsView(listH)
	}
	b.WriteString(fitLines(strings.Join(list, "\n"), w, listH))
	b.WriteByte('\n')
	b.WriteString(fitLines(strings.Join(footer, "\n"), w, len(footer)))
	return b.String()
}

// rowKey is what a library row's drawing depends on besides its policy's fixed fields and
// the styles: rows without filter matches are kept in libraryScreen.rows under it.
type rowKey struct {
	policy           *model.Policy
	selected, marked bool
	width            int
}

// rowCacheMax bounds the rows kept; past it the cache starts again.
const rowCacheMax = 4096

// row draws one policy: name and metadata, summary and size, blank. A row without filter
// matches is drawn once and kept (the library is drawn after every message, and while a large
// folder is analysed that is hundreds of times a second); setStyles and setSize drop them.
func (s *libraryScreen) row(it libraryItem, selected bool) []string {
	if it.matched != nil {
		return s.drawRow(it, selected)
	}
	k := rowKey{policy: it.policy, selected: selected, marked: s.marks.has(it.policy), width: s.width}
	if lines, ok := s.rows[k]; ok {
		return lines
	}
	if s.rows == nil || len(s.rows) >= rowCacheMax {
		s.rows = map[rowKey][]string{}
	}
	lines := s.drawRow(it, selected)
	s.rows[k] = lines
	return lines
}

// drawRow draws the row of it.
func (s *libraryScreen) drawRow(it libraryItem, selected bool) []string {
	p := it.policy
	w := s.width
	mark := "  "
	if selected {
		mark = s.st.Accent.Render("▌ ")
	}
	name := s.highlightName(p, it.matched, selected)
	if s.marks.has(p) {
		name = s.st.Accent.Render(markGlyph+" ") + name
	}
	meta := joinNonEmpty(" · ", p.ID, p.Date, langList(p))
	minutes := max(1, (p.Words+wordsPerMinute-1)/wordsPerMinute)
	size := thousands(p.Words) + " words · " + readingTime(minutes)
	line1 := spread(mark+name, s.st.Subtle.Render(meta), w)
	line2 := spread("  "+s.st.Subtle.Render(it.summary), s.st.Subtle.Render(size), w)
	return []string{line1, line2, ""}
}

// highlightName returns "Company · Title" with the characters the filter matched styled.
func (s *libraryScreen) highlightName(p *model.Policy, matched []int, selected bool) string {
	target := rowText(p)    // the ID's matches are not drawn: it is shown apart
	split := len(p.Company) // byte offset where the title starts (after a space)
	set := make(map[int]bool, len(matched))
	for _, m := range matched {
		set[m] = true
	}
	base := s.st.Title
	if !selected {
		base = s.st.Title.Bold(false)
	}
	var b strings.Builder
	var run strings.Builder
	runMatched := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if runMatched {
			b.WriteString(s.st.Filter.Render(run.String()))
		} else {
			b.WriteString(base.Render(run.String()))
		}
		run.Reset()
	}
	for i, r := range target {
		if p.Company != "" && p.Title != "" && i == split {
			flush()
			b.WriteString(s.st.Subtle.Render(" · "))
			continue
		}
		if set[i] != runMatched {
			flush()
			runMatched = set[i]
		}
		run.WriteRune(r)
	}
	flush()
	if target == "" {
		return base.Render(p.ID)
	}
	return b.String()
}

// policySummary returns a one-line summary of p to scan the library by: the first sentence of
// its first substantial paragraph, or the number of sections when it has none.
func policySummary(p *model.Policy) string {
	for _, c := range p.Clauses {
		if c.Kind != model.KindParagraph || utf8.RuneCountInString(c.Text) < 40 {
			continue
		}
		return firstSentence(c.Text)
	}
	return fmt.Sprintf("%d %s", len(p.Sections), model.Plural(len(p.Sections), "section", "sections"))
}

// firstSentence returns s up to and including its first sentence end (". ", "。", "！", "？").
func firstSentence(s string) string {
	for i, r := range s {
		switch r {
		case '。', '！', '？', '；':
			return s[:i+utf8.RuneLen(r)]
		case '.', '!', '?':
			if i+1 < len(s) && s[i+1] == ' ' && i > 20 {
				return s[:i+1]
			}
		}
	}
	return s
}

// langList returns p's languages as "en", "zh + en".
func langList(p *model.Policy) string {
	var names []string
	for _, l := range p.Langs {
		if l.String() != "" {
			names = append(names, l.String())
		}
	}
	return strings.Join(names, " + ")
}

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// thousands formats n with comma separators: 12,345.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// readingTime formats a reading time in minutes as a reader would say it: "14 min",
// "1 h 20 min", "55 h" (whole hours from ten hours on).
func readingTime(minutes int) string {
	switch h, m := minutes/60, minutes%60; {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case h >= 10 || m == 0:
		return fmt.Sprintf("%d h", (minutes+30)/60)
	default:
		return fmt.Sprintf("%d h %d min", h, m)
	}
}
