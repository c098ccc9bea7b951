package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/model/search"
)

// searchLimit is the number of results the search screen keeps: the best ones.
const searchLimit = 200

// searchWideMin is the width from which the preview stands beside the results rather than
// below them, in cells.
const searchWideMin = 100

// searchIndexedMsg carries a search index built in a command over generation gen of the
// policies; reports tells whether the detector's reports went into it (#key filters work).
type searchIndexedMsg struct {
	gen      int
	ix       *search.Index
	policies []*model.Policy
	reports  bool
}

// searchDoneMsg carries the results of query number seq. policies are those of the index it
// ran on: Hit.Policy indexes them.
type searchDoneMsg struct {
	seq      int
	query    string
	policies []*model.Policy
	res      search.Results
	err      error
}

// searchKeyMap holds the search screen's keys. Typing always goes to the query; these keys are
// the ones the query input does not need.
type searchKeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Open             key.Binding
	Back             key.Binding
}

// newSearchKeyMap returns the search screen's keys.
func newSearchKeyMap() searchKeyMap {
	return searchKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read clause")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// searchScreen is the search screen: a query input at the top, the matching clauses of every
// policy below it, and a preview of the selected clause beside them (below them on narrow
// terminals). Each keystroke starts a numbered search in a command; a newer keystroke cancels
// the running one and results of older numbers are dropped.
type searchScreen struct {
	store  *store
	styles *Styles
	keys   searchKeyMap
	help   help.Model
	input  textinput.Model

	all      []*model.Policy // the policies to search
	gen      int             // generation of all, bumped by setPolicies
	ix       *search.Index   // nil until the first index arrives
	ixGen    int             // generation ix was built over
	reports  bool            // ix holds the detector's reports
	building bool            // an index command is out
	seq      int             // number of the latest search started
	cancel   context.CancelFunc

	query     string          // the query res answers
	res       search.Results  // the latest results
	policies  []*model.Policy // what res.Hits[i].Policy indexes
	searching bool            // a search is running
	// openWhenDone says enter was pressed while the query typed was still being searched: its
	// first result opens when the search ends.
	openWhenDone bool
	errText      string    // why the latest search failed (an unknown #key)
	status       statusBar // transient messages (errMsg)

	selected, offset int // selected result; first result shown

	width, height int
}

// newSearchScreen returns an empty search screen over the store.
func newSearchScreen(shared *store) *searchScreen {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "search every clause: words, 'exact, ^start, !not, @company, #key"
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false // a steady cursor: no timer messages while typing
	in.SetStyles(st)
	in.Focus()
	s := &searchScreen{store: shared, keys: newSearchKeyMap(), help: help.New(), input: in}
	s.setStyles(shared.styles)
	s.updateKeys()
	return s
}

// setStyles restyles the screen; the next View uses the new styles, so no command is needed.
func (s *searchScreen) setStyles(st *Styles) tea.Cmd {
	s.styles = st
	s.help.Styles = s.styles.Help
	return nil
}

// setSize lays the screen out for width x height cells; results are drawn at any width on
// the next View, so no command is needed.
func (s *searchScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.input.SetWidth(max(10, width-lipgloss.Width(s.input.Prompt)-1))
	s.scrollToSelected()
	return nil
}

// inputFocused is always true: the query input has the keyboard, so `q` and `s` are typed.
func (s *searchScreen) inputFocused() bool { return true }

// setPolicies starts indexing ps in the background: first the text alone, so that search is
// ready at once, then again with the store's reports for #key filters once every policy is
// analysed. One build runs at a time: policies that arrive meanwhile (a folder loading) are
// indexed when it ends.
func (s *searchScreen) setPolicies(ps []*model.Policy) tea.Cmd {
	s.gen++
	s.all = append([]*model.Policy(nil), ps...)
	if s.building {
		return nil
	}
	return s.build(false)
}

// build returns the command that indexes the current policies, with reports or without.
func (s *searchScreen) build(withReports bool) tea.Cmd {
	s.building = true
	gen, ps := s.gen, s.all
	var base *search.Index // the text index of these very policies, to add reports to
	if withReports && s.ix != nil && s.ixGen == gen {
		base = s.ix
	}
	var reports []*detect.Report
	if withReports {
		reports = make([]*detect.Report, len(ps))
		for i, p := range ps {
			reports[i] = s.store.report(p)
		}
	}
	return func() tea.Msg {
		msg := searchIndexedMsg{gen: gen, policies: ps, reports: withReports}
		if base != nil {
			msg.ix = base.WithReports(reports)
		} else {
			msg.ix = search.NewIndex(ps, reports)
		}
		return msg
	}
}

// update handles the screen's messages: its commands' replies, and keys while it is shown.
func (s *searchScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case searchIndexedMsg:
		return s.handleIndexed(msg)
	case reportAnalyzedMsg:
		if !s.building && !s.reports && s.ix != nil && s.ixGen == s.gen && s.analysed() {
			return s.build(true)
		}
		return nil
	case searchDoneMsg:
		s.handleDone(msg)
		if s.openWhenDone && msg.seq == s.seq && !s.searching {
			// enter was pressed before the results of the query typed were in.
			s.openWhenDone = false
			return s.openSelected() // find.go
		}
		return nil
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.PasteMsg:
		return s.edit(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.move(-1)
		case tea.MouseWheelDown:
			s.move(1)
		}
	}
	return nil
}

// handleIndexed installs a new index, searches the current query again with it, and starts
// the next build: with reports, or over policies that arrived meanwhile.
func (s *searchScreen) handleIndexed(msg searchIndexedMsg) tea.Cmd {
	s.building = false
	var rerun tea.Cmd
	if msg.gen > s.ixGen || (msg.gen == s.ixGen && msg.reports) || s.ix == nil {
		s.ix, s.ixGen, s.reports = msg.ix, msg.gen, msg.reports
		rerun = s.runSearch()
	}
	var next tea.Cmd
	switch {
	case msg.gen != s.gen:
		next = s.build(false)
	case !msg.reports && s.analysed():
		next = s.build(true)
	}
	return tea.Batch(rerun, next)
}

// analysed reports whether the store has analysed every policy searched, so that an index
// with reports is complete.
func (s *searchScreen) analysed() bool {
	if !s.store.complete() {
		return false
	}
	for _, p := range s.all {
		if s.store.report(p) == nil && s.store.failed[p] == nil {
			return false
		}
	}
	return true
}

// handleDone installs the results of a search, unless a newer one has started since.
func (s *searchScreen) handleDone(msg searchDoneMsg) {
	if msg.seq != s.seq {
		return // stale: the user has typed since
	}
	s.searching = false
	if msg.err != nil {
		if !errors.Is(msg.err, context.Canceled) {
			s.errText = msg.err.Error()
			s.query, s.res, s.selected, s.offset = msg.query, search.Results{}, 0, 0
			s.updateKeys()
		}
		return
	}
	// The same query again (new policies loaded): keep the selected clause selected.
	var keepPolicy *model.Policy
	keepClause := -1
	if msg.query == s.query && s.selected < len(s.res.Hits) {
		h := s.res.Hits[s.selected]
		keepPolicy, keepClause = s.policies[h.Policy], h.Clause
	}
	s.errText = ""
	s.query, s.res, s.policies = msg.query, msg.res, msg.policies
	s.selected, s.offset = 0, 0
	for i, h := range s.res.Hits {
		if s.policies[h.Policy] == keepPolicy && h.Clause == keepClause {
			s.selected = i
			break
		}
	}
	s.scrollToSelected()
	s.updateKeys()
}

// updateKeys enables the keys that do something now, so that the help line never lies.
func (s *searchScreen) updateKeys() {
	has := len(s.res.Hits) > 0
	for _, b := range []*key.Binding{&s.keys.Up, &s.keys.Down, &s.keys.PageUp, &s.keys.PageDown, &s.keys.Open} {
		b.SetEnabled(has)
	}
}

// handleKey moves the selection, opens a clause, leaves, or edits the query.
func (s *searchScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Up):
		s.move(-1)
	case key.Matches(msg, s.keys.Down):
		s.move(1)
	case key.Matches(msg, s.keys.PageUp):
		s.move(-max(1, s.visibleResults()-1))
	case key.Matches(msg, s.keys.PageDown):
		s.move(max(1, s.visibleResults()-1))
	case key.Matches(msg, s.keys.Open):
		if s.stale() {
			// The results shown answer an older query: open the first result of the query
			// typed when its search ends, not a clause the user did not ask for.
			s.openWhenDone = true
			return nil
		}
		return s.openSelected() // find.go
	case key.Matches(msg, s.keys.Back):
		return func() tea.Msg { return BackMsg{} }
	default:
		return s.edit(msg)
	}
	return nil
}

// edit gives a key or a paste to the query input and searches again when the query changed.
func (s *searchScreen) edit(msg tea.Msg) tea.Cmd {
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() != before {
		s.openWhenDone = false // another query: enter has not been pressed on it
		return tea.Batch(cmd, s.runSearch())
	}
	return cmd
}

// stale reports whether the results shown do not answer the query typed yet: its search is
// running, or waits for the index.
func (s *searchScreen) stale() bool {
	q := s.input.Value()
	return strings.TrimSpace(q) != "" && (s.searching || q != s.query)
}

// runSearch cancels the running search and starts one for the current query.
func (s *searchScreen) runSearch() tea.Cmd {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.seq++
	q := s.input.Value()
	if strings.TrimSpace(q) == "" {
		s.query, s.res, s.errText, s.searching = "", search.Results{}, "", false
		s.selected, s.offset = 0, 0
		s.updateKeys()
		return nil
	}
	if s.ix == nil {
		return nil // searched as soon as the index arrives
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.searching = true
	seq, ix, ps := s.seq, s.ix, s.ix.Policies()
	return func() tea.Msg {
		res, err := ix.Search(ctx, q, searchLimit)
		cancel()
		return searchDoneMsg{seq: seq, query: q, policies: ps, res: res, err: err}
	}
}

// move moves the selection by delta results, within the list.
func (s *searchScreen) move(delta int) {
	if len(s.res.Hits) == 0 {
		return
	}
	s.selected = max(0, min(len(s.res.Hits)-1, s.selected+delta))
	s.scrollToSelected()
}

// scrollToSelected scrolls the list so that the selected result is shown.
func (s *searchScreen) scrollToSelected() {
	n := s.visibleResults()
	if s.selected < s.offset {
		s.offset = s.selected
	}
	if s.selected >= s.offset+n {
		s.offset = s.selected - n + 1
	}
	s.offset = max(0, s.offset)
}

// searchLayout is where the parts of the screen go, in cells.
type searchLayout struct {
	wide                  bool // preview beside the list rather than below it
	bodyHeight            int
	listWidth, listHeight int
	prevWidth, prevHeight int
}

// layout computes the screen's layout: two header lines (query, status), the body, one help line.
func (s *searchScreen) layout() searchLayout {
	l := searchLayout{bodyHeight: max(1, s.height-3)}
	if s.width >= searchWideMin {
		l.wide = true
		l.listWidth = s.width * 11 / 20
		l.prevWidth = s.width - l.listWidth - 3 // " │ "
		l.listHeight, l.prevHeight = l.bodyHeight, l.bodyHeight
		return l
	}
	l.listWidth, l.prevWidth = s.width, s.width
	l.listHeight = max(2, l.bodyHeight/2)
	l.prevHeight = max(0, l.bodyHeight-l.listHeight-1) // a rule between them
	return l
}

// visibleResults returns how many results fit in the list: two lines each.
func (s *searchScreen) visibleResults() int {
	return max(1, s.layout().listHeight/2)
}

// view draws the screen.
func (s *searchScreen) view() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	l := s.layout()
	var body string
	if l.wide {
		rule := strings.TrimSuffix(strings.Repeat(" "+s.styles.Border.Render("│")+" \n", l.bodyHeight), "\n")
		body = joinColumns(fitLines(s.listView(l.listWidth, l.listHeight), l.listWidth, l.bodyHeight), rule,
			fitLines(s.previewView(l.prevWidth, l.prevHeight), l.prevWidth, l.bodyHeight))
	} else {
		parts := []string{fitLines(s.listView(l.listWidth, l.listHeight), s.width, l.listHeight)}
		if l.prevHeight > 0 {
			parts = append(parts, s.styles.Border.Render(strings.Repeat("─", s.width)),
				fitLines(s.previewView(l.prevWidth, l.prevHeight), s.width, l.prevHeight))
		}
		body = strings.Join(parts, "\n")
	}
	help := s.help.ShortHelpView([]key.Binding{s.keys.Up, s.keys.Down, s.keys.Open, s.keys.Back})
	lines := []string{
		truncateCells(s.input.View(), s.width),
		padCells(s.statusLine(), s.width),
		body,
		padCells(help, s.width),
	}
	return fitLines(strings.Join(lines, "\n"), s.width, s.height)
}

// statusLine reports what the results are: how many, how fast, or why there are none.
func (s *searchScreen) statusLine() string {
	st := s.styles
	switch {
	case s.status.shown():
		return s.status.view(st, s.width)
	case s.errText != "":
		return st.Error.Render(model.Sanitize(s.errText))
	case s.ix == nil:
		return st.Subtle.Render(fmt.Sprintf("indexing %d %s…", len(s.all), model.Plural(len(s.all), "policy", "policies")))
	case s.query == "":
		extra := ""
		if !s.reports {
			extra = " (#key filters once analysis ends)"
		}
		return st.Subtle.Render(fmt.Sprintf("%d %s, %d clauses%s", len(s.ix.Policies()),
			model.Plural(len(s.ix.Policies()), "policy", "policies"), s.ix.Len(), extra))
	}
	var b strings.Builder
	switch n := s.res.Total; {
	case n == 0:
		b.WriteString("no clause matches")
	case n > len(s.res.Hits):
		fmt.Fprintf(&b, "%d clauses match, the best %d shown", n, len(s.res.Hits))
	default:
		fmt.Fprintf(&b, "%d %s", n, model.Plural(n, "clause matches", "clauses match"))
	}
	if s.searching {
		b.WriteString(" · searching…")
	}
	return st.Subtle.Render(b.String())
}

// listView draws the results, two lines each: where the clause stands, and its text around
// the first match.
func (s *searchScreen) listView(width, height int) string {
	st := s.styles
	if s.query == "" || len(s.res.Hits) == 0 {
		if s.query != "" {
			return st.Subtle.Render("No clause matches " + fmt.Sprintf("%q", model.Sanitize(s.query)) + ".")
		}
		return st.Subtle.Render(strings.Join([]string{
			"Type to search the clauses of every policy.",
			"",
			"delete account   both words, the phrase first",
			"'retain          exact text     'data'   whole word",
			"^we              clause start   days$    clause end",
			"!cookie          without        @api7    one policy",
			"#deletion        clauses the detector cites for a key",
		}, "\n"))
	}
	var lines []string
	n := max(1, height/2)
	for i := s.offset; i < len(s.res.Hits) && i < s.offset+n; i++ {
		h := s.res.Hits[i]
		p := s.policies[h.Policy]
		c := p.Clauses[h.Clause]
		bar, head := "  ", st.Title.Render(p.DisplayName())
		if sec := p.SectionLabel(c.Section); sec != "" {
			head += st.Subtle.Render(" › " + model.Sanitize(sec))
		}
		if i == s.selected {
			bar = st.Accent.Render("▌ ")
		}
		lines = append(lines,
			bar+truncateCells(head, width-2),
			bar+searchSnippet(c.Text, h.Matches, width-2, st.Filter))
	}
	return strings.Join(lines, "\n")
}

// previewView draws the selected clause in full: its policy, section path and text, wrapped,
// with the matches highlighted.
func (s *searchScreen) previewView(width, height int) string {
	if s.selected >= len(s.res.Hits) || width <= 0 || height <= 0 {
		return ""
	}
	st := s.styles
	h := s.res.Hits[s.selected]
	p := s.policies[h.Policy]
	c := p.Clauses[h.Clause]
	lines := []string{truncateCells(st.Title.Render(p.DisplayName()), width)}
	if sec := p.SectionLabel(c.Section); sec != "" {
		lines = append(lines, ansi.Wrap(st.Accent.Render(model.Sanitize(sec)), width, " "))
	}
	lines = append(lines,
		truncateCells(st.Subtle.Render(fmt.Sprintf("%s · clause %d of %d · %s", model.Sanitize(p.ID), h.Clause+1, len(p.Clauses), c.Kind)), width),
		"")
	head := strings.Count(strings.Join(lines, "\n"), "\n") + 1
	text := searchFlatten(c.Text)
	// Wrapped at spaces, then with Chinese line breaking as the reader does (no line starts
	// with a closing mark); plain holds the same lines without styling.
	body, plain := fixLineBreaks(strings.Split(ansi.Wrap(highlightRunes(text, h.Matches, st.Filter), width, " "), "\n"), width)
	if room := height - head; len(body) > room && room > 1 && len(h.Matches) > 0 {
		// The clause is taller than the preview: start a line before the first match, so that
		// the match is in view.
		first := lineOfRune(plain, []rune(text), h.Matches[0])
		if start := min(max(0, first-1), len(body)-room+1); start > 0 {
			body = append([]string{st.Subtle.Render("⋮")}, body[start:]...)
		}
	}
	return strings.Join(append(lines, body...), "\n")
}

// lineOfRune returns the index of the line of lines (text wrapped, a space dropped at each break
// made at one) that holds rune offset at of text.
func lineOfRune(lines []string, text []rune, at int) int {
	runes := 0
	for i, l := range lines {
		runes += utf8.RuneCountInString(l)
		if runes < len(text) && text[runes] == ' ' {
			runes++ // the space the break replaced
		}
		if runes > at {
			return i
		}
	}
	return len(lines) - 1
}

// searchFlatten returns s on one line, sanitised: each control character, tab and line break
// becomes a space, rune for rune, so rune offsets into s stay valid.
func searchFlatten(s string) string {
	s = model.Sanitize(s)
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7F {
			return ' '
		}
		return r
	}, s)
}

// highlightRunes returns text with the runes at the ascending rune offsets matches drawn in hi.
func highlightRunes(text string, matches []int, hi lipgloss.Style) string {
	if len(matches) == 0 {
		return text
	}
	var b, run strings.Builder
	k, in, i := 0, false, 0
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if in {
			b.WriteString(hi.Render(run.String()))
		} else {
			b.WriteString(run.String())
		}
		run.Reset()
	}
	for _, r := range text {
		for k < len(matches) && matches[k] < i {
			k++
		}
		hit := k < len(matches) && matches[k] == i
		if hit != in {
			flush()
			in = hit
		}
		run.WriteRune(r)
		i++
	}
	flush()
	return b.String()
}

// searchSnippet returns one line of at most width cells of a clause's text, starting a little
// before its first match so that the match is seen, matches highlighted in hi.
func searchSnippet(text string, matches []int, width int, hi lipgloss.Style) string {
	if width <= 0 {
		return ""
	}
	runes := []rune(searchFlatten(text))
	start := 0
	if len(matches) > 0 && matches[0] < len(runes) {
		// Keep about a third of the line before the first match when it would not fit.
		first, lead := matches[0], 0
		if ansi.StringWidth(string(runes[:first])) > width/3 {
			start = first
			for start > 0 {
				w := ansi.StringWidth(string(runes[start-1]))
				if lead+w > width/3 {
					break
				}
				lead += w
				start--
			}
		}
	}
	shifted := make([]int, 0, len(matches))
	for _, m := range matches {
		if m >= start {
			shifted = append(shifted, m-start)
		}
	}
	line := highlightRunes(string(runes[start:]), shifted, hi)
	if start > 0 {
		return truncateCells("…"+line, width)
	}
	return truncateCells(line, width)
}
