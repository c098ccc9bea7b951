package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
	"fineprint/model/detect"
)

// side is one of the two panes of the side-by-side screen.
type side uint8

// The two sides.
const (
	sideLeft side = iota
	sideRight
)

// String returns "left" or "right".
func (s side) String() string {
	if s == sideRight {
		return "right"
	}
	return "left"
}

// other returns the opposite side.
func (s side) other() side { return 1 - s }

// sideBySideKeyMap is the side-by-side screen's key bindings.
type sideBySideKeyMap struct {
	navKeyMap
	NextSect, PrevSect key.Binding
	Focus              key.Binding
	Lang               key.Binding // the focused pane's next language part
	Sync               key.Binding
	Back               key.Binding
	Help               key.Binding
	Quit               key.Binding // handled by the App; listed so the help is complete
}

// newSideBySideKeyMap returns the side-by-side screen's bindings, the reader's keys where they
// do the same thing.
func newSideBySideKeyMap() sideBySideKeyMap {
	r := newReaderKeyMap()
	return sideBySideKeyMap{
		navKeyMap: newNavKeyMap(),
		NextSect:  r.NextSection,
		PrevSect:  r.PrevSection,
		Focus:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "other pane")),
		Lang:      r.Lang,
		Sync:      key.NewBinding(key.WithKeys("="), key.WithHelp("=", "sync by topic")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      r.Help,
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp returns the bindings for the one-line help (help.KeyMap).
func (k sideBySideKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Focus, k.Sync, k.Lang, k.NextSect, k.PrevSect, k.Back, k.Help, k.Quit}
}

// FullHelp returns the bindings for the full help (help.KeyMap).
func (k sideBySideKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.HalfUp, k.HalfDown, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextSect, k.PrevSect, k.Focus, k.Lang, k.Sync, k.Back, k.Help, k.Quit},
	}
}

// sideBySideScreen reads two policies in two reader panes. With topic sync on (`=`), moving to
// a section in one pane moves the other to its section on the same topic (see matchTopics);
// a section with no counterpart says so in the other pane's header. The two language parts of
// one bilingual policy are the reader's own split view; this screen serves two policies.
type sideBySideScreen struct {
	store *store
	st    *Styles
	keys  sideBySideKeyMap
	help  help.Model

	panes   [2]ReaderPane
	focus   side
	sync    bool
	reports [2]*detect.Report // nil until analysed
	topics  topicMap
	ready   bool   // topics is computed
	seen    [2]int // the section each pane was in after the last key, for the sync
	orphan  [2]int // per pane: the other pane's section it has no counterpart for, -1 if none

	width, height int
}

// newSideBySideScreen returns an empty side-by-side screen over the store.
func newSideBySideScreen(shared *store) *sideBySideScreen {
	st := shared.styles
	s := &sideBySideScreen{
		store:  shared,
		st:     st,
		keys:   newSideBySideKeyMap(),
		help:   help.New(),
		panes:  [2]ReaderPane{newReaderPane(shared), newReaderPane(shared)},
		sync:   true,
		seen:   [2]int{-1, -1},
		orphan: [2]int{-1, -1},
	}
	s.help.Styles = st.Help
	return s
}

// setStyles restyles both panes and returns the commands that re-render them with glamour's
// matching style.
func (s *sideBySideScreen) setStyles(st *Styles) tea.Cmd {
	s.st = st
	s.help.Styles = s.st.Help
	return tea.Batch(s.panes[sideLeft].SetStyles(s.st), s.panes[sideRight].SetStyles(s.st))
}

// inputFocused reports false: the screen has no text input.
func (s *sideBySideScreen) inputFocused() bool { return false }

// setSize lays out the two panes, each with a header line, above a status line, and returns
// the commands that re-render them at their new widths (debounced by the panes).
func (s *sideBySideScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	paneW := max((width-1)/2, 1)
	paneH := max(height-2, 1)
	s.help.SetWidth(width)
	return tea.Batch(
		s.panes[sideLeft].SetSize(paneW, paneH),
		s.panes[sideRight].SetSize(max(width-1-paneW, 1), paneH),
	)
}

// open shows the two documents of msg, with the store's reports for the topic sync: at once
// when they are analysed, else first in the store's queue.
func (s *sideBySideScreen) open(msg OpenSideBySideMsg) tea.Cmd {
	if msg.Left == nil || msg.Right == nil {
		return nil
	}
	s.focus, s.ready = sideLeft, false
	s.reports = [2]*detect.Report{}
	s.seen, s.orphan = [2]int{-1, -1}, [2]int{-1, -1}
	s.keys.Lang.SetEnabled(len(msg.Left.Parts) > 1)
	cmds := []tea.Cmd{
		s.panes[sideLeft].Open(msg.Left, msg.LeftPart),
		s.panes[sideRight].Open(msg.Right, msg.RightPart),
	}
	for _, p := range []*model.Policy{msg.Left, msg.Right} {
		if r := s.store.report(p); r != nil {
			s.takeReport(reportAnalyzedMsg{policy: p, report: r})
		}
	}
	cmds = append(cmds, s.store.need(msg.Left, msg.Right))
	return tea.Batch(cmds...)
}

// update handles a message: opening, the reports, keys and the wheel for the focused pane,
// and everything else (renderings, timers) for both panes.
func (s *sideBySideScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case OpenSideBySideMsg:
		return s.open(msg)
	case reportAnalyzedMsg:
		s.takeReport(msg)
		return nil
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.MouseWheelMsg:
		cmd := s.panes[s.focus].Update(msg)
		s.follow()
		return cmd
	}
	cmds := []tea.Cmd{s.panes[sideLeft].Update(msg), s.panes[sideRight].Update(msg)}
	return tea.Batch(cmds...)
}

// takeReport records a report for whichever pane shows its policy, and pairs the sections
// once both are in.
func (s *sideBySideScreen) takeReport(msg reportAnalyzedMsg) {
	if msg.report == nil {
		return
	}
	for i := range s.panes {
		if s.panes[i].Policy() == msg.policy {
			s.reports[i] = msg.report
		}
	}
	if s.reports[sideLeft] != nil && s.reports[sideRight] != nil && !s.ready {
		s.topics = matchTopics(s.reports[sideLeft], s.panes[sideLeft].Part(), s.reports[sideRight], s.panes[sideRight].Part())
		s.ready = true
	}
}

// handleKey scrolls the focused pane, switches focus or the sync, or goes back.
func (s *sideBySideScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k, p := s.keys, &s.panes[s.focus]
	switch {
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
	case key.Matches(msg, k.Focus):
		s.focus = s.focus.other()
		s.keys.Lang.SetEnabled(s.hasParts(s.focus))
	case key.Matches(msg, k.Lang):
		return s.switchPart()
	case key.Matches(msg, k.Sync):
		s.sync = !s.sync
		s.seen = [2]int{-1, -1}
		s.orphan = [2]int{-1, -1}
		s.follow()
	case key.Matches(msg, k.Up):
		p.ScrollBy(-1)
	case key.Matches(msg, k.Down):
		p.ScrollBy(1)
	case key.Matches(msg, k.HalfUp):
		p.HalfPageUp()
	case key.Matches(msg, k.HalfDown):
		p.HalfPageDown()
	case key.Matches(msg, k.PageUp):
		p.PageUp()
	case key.Matches(msg, k.PageDown):
		p.PageDown()
	case key.Matches(msg, k.Top):
		p.Top()
	case key.Matches(msg, k.Bottom):
		p.Bottom()
	case key.Matches(msg, k.NextSect):
		p.NextSection()
	case key.Matches(msg, k.PrevSect):
		p.PrevSection()
	}
	s.follow()
	return nil
}

// hasParts reports whether the pane on side sd shows a policy with more than one language part.
func (s *sideBySideScreen) hasParts(sd side) bool {
	pol := s.panes[sd].Policy()
	return pol != nil && len(pol.Parts) > 1
}

// switchPart shows the focused pane's next language part and pairs the sections anew.
func (s *sideBySideScreen) switchPart() tea.Cmd {
	p := &s.panes[s.focus]
	pol := p.Policy()
	if pol == nil || len(pol.Parts) < 2 {
		return nil
	}
	cmd := p.Open(pol, (p.Part()+1)%len(pol.Parts))
	s.seen, s.orphan = [2]int{-1, -1}, [2]int{-1, -1}
	if s.ready {
		s.topics = matchTopics(s.reports[sideLeft], s.panes[sideLeft].Part(), s.reports[sideRight], s.panes[sideRight].Part())
	}
	return cmd
}

// follow applies the topic sync: when the focused pane has moved into another section, the
// other pane goes to that section's counterpart, or stays and says it has none.
func (s *sideBySideScreen) follow() {
	f := s.focus
	cur := s.panes[f].CurrentSection()
	if !s.sync || !s.ready || cur == s.seen[f] {
		return
	}
	s.seen[f] = cur
	o := f.other()
	s.orphan[o] = -1
	if cur < 0 {
		return
	}
	if j := s.topics.counterpart(f == sideLeft, cur); j >= 0 {
		s.panes[o].GotoSection(j)
		s.seen[o] = j
		return
	}
	s.orphan[o] = cur
}

// view draws the two panes with their headers and the status line.
func (s *sideBySideScreen) view() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	lw := max((s.width-1)/2, 1)
	rw := max(s.width-1-lw, 1)
	bodyH := max(s.height-2, 1)
	if s.help.ShowAll { // the full help takes the bottom of the panes
		bodyH = max(bodyH-strings.Count(s.help.FullHelpView(s.keys.FullHelp()), "\n")-1, 1)
	}
	var b strings.Builder
	b.WriteString(s.header(sideLeft, lw))
	b.WriteString(" ")
	b.WriteString(s.header(sideRight, rw))
	b.WriteByte('\n')
	left := strings.Split(fitLines(s.panes[sideLeft].View(), lw, bodyH), "\n")
	right := strings.Split(fitLines(s.panes[sideRight].View(), rw, bodyH), "\n")
	sep := s.st.Border.Render("│")
	for i := 0; i < bodyH; i++ {
		b.WriteString(left[i])
		b.WriteString(sep)
		b.WriteString(right[i])
		b.WriteByte('\n')
	}
	b.WriteString(s.statusLine())
	return fitLines(b.String(), s.width, s.height)
}

// header is a pane's top line: the policy, its section, and what the sync says about it.
func (s *sideBySideScreen) header(sd side, w int) string {
	p := &s.panes[sd]
	pol := p.Policy()
	if pol == nil {
		return padCells("", w)
	}
	text := pol.DisplayName()
	if len(pol.Parts) > 1 {
		if l := pol.Parts[min(p.Part(), len(pol.Parts)-1)].Lang.String(); l != "" {
			text += " [" + l + "]"
		}
	}
	if sec := p.CurrentSection(); sec >= 0 && sec < len(pol.Sections) {
		text += " · " + pol.Sections[sec].Heading()
	}
	if o := s.orphan[sd]; o >= 0 {
		if other := s.panes[sd.other()].Policy(); other != nil && o < len(other.Sections) {
			label := other.Sections[o].Number
			if label == "" {
				label = "“" + other.Sections[o].Title + "”"
			}
			// First, so that a narrow header still says it.
			text = "≠ no counterpart for " + label + " · " + text
		}
	}
	style := s.st.Subtle
	if sd == s.focus {
		style = s.st.Title
	}
	return style.Render(padCells(text, w))
}

// matchedText says how many sections of each pane have a counterpart: "9/12 ↔ 7/10 sections
// matched".
func (s *sideBySideScreen) matchedText() string {
	count := func(sd side) (matched, total int) {
		pol := s.panes[sd].Policy()
		if pol == nil {
			return 0, 0
		}
		first, end := sectionRange(pol, s.panes[sd].Part())
		for i := first; i < end; i++ {
			if s.topics.counterpart(sd == sideLeft, i) >= 0 {
				matched++
			}
		}
		return matched, end - first
	}
	lm, lt := count(sideLeft)
	rm, rt := count(sideRight)
	return fmt.Sprintf("%d/%d ↔ %d/%d sections matched", lm, lt, rm, rt)
}

// statusLine shows the sync state and the short help.
func (s *sideBySideScreen) statusLine() string {
	state := "sync by topic: off"
	switch {
	case s.sync && s.ready:
		state = "sync by topic: on · " + s.matchedText()
	case s.sync:
		state = "sync by topic: matching sections…"
	}
	if s.help.ShowAll {
		return s.st.Subtle.Render(state) + "\n" + s.help.FullHelpView(s.keys.FullHelp())
	}
	return truncateCells(s.st.Subtle.Render(state)+"  "+s.help.ShortHelpView(s.keys.ShortHelp()), s.width)
}
