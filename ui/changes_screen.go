package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
	"fineprint/model/diff"
	"fineprint/ui/changes"
)

// OpenChangesMsg asks the App to show what changed from Old to New on the changes screen.
type OpenChangesMsg struct {
	Old, New *model.Policy
}

// changesComputedMsg carries the comparison of two versions, computed in a command.
type changesComputedMsg struct {
	old, new *model.Policy
	result   *diff.Result
}

// compareVersions returns the command that compares old and new (detector included).
func compareVersions(old, new *model.Policy) tea.Cmd {
	return func() tea.Msg { return changesComputedMsg{old: old, new: new, result: diff.Compare(old, new)} }
}

// changesKeyMap holds the changes screen's keys.
type changesKeyMap struct {
	navKeyMap
	NextChange key.Binding
	PrevChange key.Binding
	Open       key.Binding // opens the reader at the current changed clause
	SideBySide key.Binding // toggles the clauses between inline and side by side
	Back       key.Binding
	Help       key.Binding
	Quit       key.Binding // handled by the App; listed so the help says it
}

func newChangesKeyMap() changesKeyMap {
	return changesKeyMap{
		navKeyMap:  newNavKeyMap(),
		NextChange: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next change")),
		PrevChange: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev change")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read there")),
		SideBySide: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "side by side")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:       helpKey(),
		Quit:       quitKey(),
	}
}

// changesScreen shows what changed between two versions of a policy: the summary and the
// finding deltas on top, then the sections that changed, then every changed clause with its
// deleted and inserted words, inline. `]` and `[` step from change to change; `enter` opens
// the reader at the current clause (in the new version, or the old one for a removed clause).
type changesScreen struct {
	store         *store
	st            *changesStyles
	keys          changesKeyMap
	help          help.Model
	width, height int
	status        statusBar // transient messages (errMsg)

	old, new *model.Policy
	result   *diff.Result // nil while computing

	lines  []string // the laid-out body, styled
	stops  []int    // line of each changed clause in lines, in order
	cur    int      // index in stops of the current change
	offset int      // first body line shown
	laidW  int      // the width lines were laid out for
	split  bool     // clauses side by side (old | new) rather than inline
}

// newChangesScreen returns an empty changes screen drawing with the store's styles.
func newChangesScreen(shared *store) *changesScreen {
	s := &changesScreen{store: shared, st: shared.styles.Changes, keys: newChangesKeyMap(), help: help.New()}
	s.help.Styles = shared.styles.Help
	return s
}

// setSize lays the screen out for width x height cells.
func (s *changesScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.layout()
	return nil
}

// setStyles redraws with st, after the terminal's background became known.
func (s *changesScreen) setStyles(st *Styles) tea.Cmd {
	s.st = st.Changes
	s.help.Styles = st.Help
	s.laidW = 0
	s.layout()
	return nil
}

// inputFocused is false: the screen has no text input.
func (s *changesScreen) inputFocused() bool { return false }

// update handles the screen's messages: a new pair to compare, the comparison, keys.
func (s *changesScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case OpenChangesMsg:
		s.old, s.new, s.result = msg.Old, msg.New, nil
		s.lines, s.stops, s.cur, s.offset, s.laidW = nil, nil, 0, 0, 0
		return compareVersions(msg.Old, msg.New)
	case changesComputedMsg:
		if msg.old != s.old || msg.new != s.new {
			return nil // a comparison asked for before the current one
		}
		s.result = msg.result
		s.laidW = 0
		s.layout()
		return nil
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			s.scroll(-3)
		case tea.MouseWheelDown:
			s.scroll(3)
		}
	}
	return nil
}

func (s *changesScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
		s.scroll(0)
	case key.Matches(msg, k.Down):
		s.scroll(1)
	case key.Matches(msg, k.Up):
		s.scroll(-1)
	case key.Matches(msg, k.PageDown):
		s.scroll(s.bodyHeight() - 1)
	case key.Matches(msg, k.PageUp):
		s.scroll(-(s.bodyHeight() - 1))
	case key.Matches(msg, k.HalfDown):
		s.scroll(s.bodyHeight() / 2)
	case key.Matches(msg, k.HalfUp):
		s.scroll(-s.bodyHeight() / 2)
	case key.Matches(msg, k.Top):
		s.offset = 0
	case key.Matches(msg, k.Bottom):
		s.scroll(len(s.lines))
	case key.Matches(msg, k.NextChange):
		s.jump(1)
	case key.Matches(msg, k.PrevChange):
		s.jump(-1)
	case key.Matches(msg, k.Open):
		return s.openCurrent()
	case key.Matches(msg, k.SideBySide):
		s.split = !s.split
		s.laidW = 0
		s.layout()
		if len(s.stops) > 0 {
			s.offset = max(0, s.stops[s.cur]-s.bodyHeight()/3)
			s.scroll(0)
		}
	}
	return nil
}

// jump makes the next (dir 1) or previous (-1) changed clause current and scrolls it to the
// top third of the screen.
func (s *changesScreen) jump(dir int) {
	if len(s.stops) == 0 {
		return
	}
	s.cur = min(max(s.cur+dir, 0), len(s.stops)-1)
	s.offset = max(0, s.stops[s.cur]-s.bodyHeight()/3)
	s.scroll(0)
}

// openCurrent opens the reader at the current changed clause.
func (s *changesScreen) openCurrent() tea.Cmd {
	if s.result == nil || len(s.result.Clauses) == 0 {
		return nil
	}
	c := s.result.Clauses[s.cur]
	msg := OpenClauseMsg{Policy: s.result.New, Clause: c.New}
	if c.New < 0 {
		msg = OpenClauseMsg{Policy: s.result.Old, Clause: c.Old}
	}
	return func() tea.Msg { return msg }
}

func (s *changesScreen) scroll(n int) {
	s.offset = min(max(s.offset+n, 0), max(0, len(s.lines)-s.bodyHeight()))
}

// bodyHeight is the screen less its frame: a title line on top, the status line and the help
// at the bottom.
func (s *changesScreen) bodyHeight() int { return max(1, s.height-2-len(s.helpLines())) }

// layout lays the body out for the current width, unless it already is.
func (s *changesScreen) layout() {
	if s.width <= 0 || s.result == nil || s.laidW == s.width {
		return
	}
	s.laidW = s.width
	s.lines, s.stops = s.render(s.width - 2) // a gutter of two cells for the change bar
	s.scroll(0)
}

// render lays the comparison out in lines of at most w cells and returns them with the line
// of each changed clause (stops[i] is the first line of Result.Clauses[i]).
func (s *changesScreen) render(w int) (lines []string, stops []int) {
	r, st := s.result, s.st
	add := func(text string) { lines = append(lines, wrapLines(text, w)...) }
	blank := func() { lines = append(lines, "") }
	// hanging adds text after prefix, its continuation lines indented by indent cells.
	hanging := func(prefix string, indent int, text string) {
		for i, l := range wrapLines(text, max(10, w-indent)) {
			if i == 0 {
				lines = append(lines, prefix+l)
			} else {
				lines = append(lines, strings.Repeat(" ", indent)+l)
			}
		}
	}
	add(st.summary.Render(model.Sanitize(r.Summary())))
	if len(r.Findings) > 0 {
		blank()
		add(st.heading.Render("What it declares"))
		for _, f := range r.Findings {
			style := st.gained
			if f.Kind == diff.Lost || f.Kind == diff.NowDenied {
				style = st.lost
			}
			add(style.Render(changes.FindingGlyph(f) + " " + model.Sanitize(f.Phrase())))
			if e := changes.EvidenceLine(r.Old, f.Old.Evidence); e != "" {
				hanging(st.subtle.Render("    before: "), 12, e)
			}
			if e := changes.EvidenceLine(r.New, f.New.Evidence); e != "" {
				hanging(st.subtle.Render("    now:    "), 12, e)
			}
		}
	}
	unchanged := r.Count(diff.Unchanged)
	if unchanged < len(r.Sections) {
		blank()
		head := "Sections"
		if unchanged > 0 {
			head += st.subtle.Render(fmt.Sprintf(" (%d unchanged not shown)", unchanged))
		}
		add(st.heading.Render("Sections") + strings.TrimPrefix(head, "Sections"))
		for _, sec := range r.Sections {
			if sec.Status == diff.Unchanged {
				continue
			}
			label := sec.Status.String()
			if sec.TextChanged && (sec.Status == diff.Moved || sec.Status == diff.Renamed) {
				label += "+text"
			}
			add(fmt.Sprintf("%-12s %s", label, changes.SectionLine(sec)))
		}
	}
	if len(r.Clauses) == 0 {
		if !r.Changed() {
			blank()
			add(st.subtle.Render("The two versions say the same: nothing changed but white space or numbering."))
		}
		return lines, nil
	}
	blank()
	add(st.heading.Render("Clauses"))
	last := -1
	stops = make([]int, len(r.Clauses))
	for i, c := range r.Clauses {
		if c.Section != last {
			last = c.Section
			blank()
			add(st.title.Render(changes.SectionLine(r.Sections[c.Section])))
		}
		stops[i] = len(lines)
		if s.split && w >= 40 {
			lines = append(lines, s.sideBySide(c, w)...)
			continue
		}
		var b strings.Builder
		switch c.Status {
		case diff.ClauseAdded:
			b.WriteString(st.subtle.Render("added: "))
		case diff.ClauseRemoved:
			b.WriteString(st.subtle.Render("removed: "))
		}
		for _, e := range c.Edits {
			t := model.Sanitize(e.Text)
			switch e.Op {
			case diff.Delete:
				b.WriteString(st.deleted.Render("[-" + t + "-]"))
			case diff.Insert:
				b.WriteString(st.inserted.Render("{+" + t + "+}"))
			default:
				b.WriteString(t)
			}
		}
		add(b.String())
	}
	return lines, stops
}

// sideBySide lays clause change c out in two columns of lines: the old text with its deleted
// words marked on the left, the new text with its inserted words on the right.
func (s *changesScreen) sideBySide(c diff.Clause, w int) []string {
	colW := (w - 3) / 2
	var left, right strings.Builder
	for _, e := range c.Edits {
		t := model.Sanitize(e.Text)
		switch e.Op {
		case diff.Delete:
			left.WriteString(s.st.deleted.Render("[-" + t + "-]"))
		case diff.Insert:
			right.WriteString(s.st.inserted.Render("{+" + t + "+}"))
		default:
			left.WriteString(t)
			right.WriteString(t)
		}
	}
	var l, r []string
	if left.Len() > 0 {
		l = wrapLines(left.String(), colW)
	}
	if right.Len() > 0 {
		r = wrapLines(right.String(), colW)
	}
	out := make([]string, max(len(l), len(r)))
	for i := range out {
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		out[i] = padCells(a, colW) + s.st.subtle.Render(" │ ") + b
	}
	return out
}

// view draws the title, the body with a bar beside the current change, and the status and
// help lines.
func (s *changesScreen) view() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	title := "Changes"
	if s.old != nil && s.new != nil {
		title = fmt.Sprintf("Changes: %s → %s", versionName(s.old), versionName(s.new))
	}
	out := []string{truncateCells(s.st.title.Render(title), s.width)}
	help := s.helpLines()
	body := max(1, s.height-2-len(help)) // bodyHeight, the help built once
	curFrom, curTo := -1, -1
	if s.result != nil && len(s.stops) > 0 {
		curFrom, curTo = s.stops[s.cur], len(s.lines)
		if s.cur+1 < len(s.stops) {
			curTo = s.stops[s.cur+1]
		}
		// The current change ends at the blank line before the next section, if any.
		for l := curFrom; l < curTo; l++ {
			if s.lines[l] == "" {
				curTo = l
				break
			}
		}
	}
	for i := range body {
		l := s.offset + i
		switch {
		case s.result == nil && i == 0:
			out = append(out, s.st.subtle.Render("  comparing the two versions…"))
		case l < len(s.lines):
			gutter := "  "
			if l >= curFrom && l < curTo {
				gutter = s.st.current.Render("▌ ")
			}
			out = append(out, gutter+s.lines[l])
		default:
			out = append(out, "")
		}
	}
	out = append(out, s.statusLine(body))
	out = append(out, help...)
	return fitLines(strings.Join(out, "\n"), s.width, s.height)
}

// versionName names a version in the title: its source for a version from git (PATH@COMMIT),
// else its ID.
func versionName(p *model.Policy) string {
	if strings.Contains(p.Source, "@") {
		return model.Sanitize(p.Source)
	}
	return model.Sanitize(p.ID)
}

// statusLine says which change is current and how far down the screen is (body: the lines of
// the body, bodyHeight).
func (s *changesScreen) statusLine(body int) string {
	var left string
	switch {
	case s.status.shown():
		left = s.status.label()
	case s.result == nil:
		left = "comparing…"
	case len(s.stops) == 0:
		left = "no changed clauses"
	default:
		left = fmt.Sprintf("change %d of %d", s.cur+1, len(s.stops))
	}
	right := ""
	if n := len(s.lines); n > body {
		right = fmt.Sprintf("%d%%", 100*min(s.offset+body, n)/n)
	}
	return s.st.status.Render(spread(" "+left, right+" ", s.width))
}

// helpLines lists the keys that do something now: one line, or the full help.
func (s *changesScreen) helpLines() []string {
	k := s.keys
	has := s.result != nil && len(s.stops) > 0
	k.NextChange.SetEnabled(has && s.cur+1 < len(s.stops))
	k.PrevChange.SetEnabled(has && s.cur > 0)
	k.Open.SetEnabled(has)
	k.SideBySide.SetEnabled(has && s.width >= 42)
	if s.split {
		k.SideBySide.SetHelp("v", "inline")
	}
	return helpLines(s.help, []key.Binding{k.NextChange, k.PrevChange, k.Open, k.SideBySide, k.Down, k.Up, k.PageDown},
		[]key.Binding{k.Back, k.Help, k.Quit},
		func() [][]key.Binding {
			return [][]key.Binding{
				{k.Up, k.Down, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp, k.Top, k.Bottom},
				{k.NextChange, k.PrevChange, k.Open, k.SideBySide, k.Back, k.Help, k.Quit},
			}
		}, s.width, s.height-5) // at least three lines of changes stay
}
