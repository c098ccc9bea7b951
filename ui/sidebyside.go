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
		Lang:      key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "language")),
		Sync:      key.NewBinding(key.WithKeys("="), key.WithHelp("=", "sync")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      r.Help,
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// shortHelp returns the bindings of the one-line help: those that may be cut, then help and
// quit, which never are.
func (k sideBySideKeyMap) shortHelp() (want, must []key.Binding) {
	return []key.Binding{k.Focus, k.Sync, k.Lang, k.Back, k.NextSect, k.PrevSect}, []key.Binding{k.Help, k.Quit}
}

// fullHelp returns the bindings of the full help, in columns.
func (k sideBySideKeyMap) fullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.HalfUp, k.HalfDown, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextSect, k.PrevSect, k.Focus, k.Lang, k.Sync, k.Back, k.Help, k.Quit},
	}
}

// sideBySideScreen reads two documents in two reader panes: two policies, or the two language
// parts of a bilingual one. With the sync on (`=`), moving to a section in the focused pane
// moves the other to its counterpart (model.AlignSections: by topic between two policies, the
// translation between two parts of one); a section with no counterpart says so in the other
// pane's header. The focused pane's header is marked ▶ and drawn in the title style.
type sideBySideScreen struct {
	store *store
	st    *Styles
	keys  sideBySideKeyMap
	help  help.Model

	panes  [2]ReaderPane
	focus  side
	sync   bool
	align  model.Alignment
	ready  bool   // align is computed (two policies wait for both reports)
	seen   [2]int // the section each pane was in after the last key, for the sync
	orphan [2]int // per pane: the other pane's section it has no counterpart for, -1 if none
	status statusBar

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

// setSize lays out the two panes, each under a header line, above the status line and the help
// (one line, or the full help while it is shown), and returns the commands that re-render them
// at their new widths (debounced by the panes).
func (s *sideBySideScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.help.SetWidth(width)
	paneW := max((width-1)/2, 1)
	paneH := s.bodyHeight()
	return tea.Batch(
		s.panes[sideLeft].SetSize(paneW, paneH),
		s.panes[sideRight].SetSize(max(width-1-paneW, 1), paneH),
	)
}

// open shows the two documents of msg, aligned at once for two parts of one policy, else when
// the store has analysed both (first in its queue).
func (s *sideBySideScreen) open(msg OpenSideBySideMsg) tea.Cmd {
	if msg.Left == nil || msg.Right == nil {
		return nil
	}
	s.focus, s.ready = sideLeft, false
	s.seen, s.orphan = [2]int{-1, -1}, [2]int{-1, -1}
	s.status.clear()
	cmds := []tea.Cmd{
		s.panes[sideLeft].Open(msg.Left, msg.LeftPart),
		s.panes[sideRight].Open(msg.Right, msg.RightPart),
	}
	s.realign()
	if msg.AtSection && msg.Section >= 0 {
		s.panes[sideLeft].GotoSection(msg.Section)
		s.follow()
	}
	s.updateKeys()
	if msg.Left != msg.Right {
		cmds = append(cmds, s.store.need(msg.Left, msg.Right))
	}
	return tea.Batch(cmds...)
}

// update handles a message: opening, the reports, keys and the wheel for the focused pane,
// and everything else (renderings, timers) for both panes.
func (s *sideBySideScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case OpenSideBySideMsg:
		return s.open(msg)
	case reportAnalyzedMsg:
		if !s.ready && (msg.policy == s.panes[sideLeft].Policy() || msg.policy == s.panes[sideRight].Policy()) {
			s.realign()
			s.follow()
		}
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

// realign pairs the sections of the two panes: at once for two parts of one policy, and for two
// policies once the store has both reports (their findings say what each section is about).
func (s *sideBySideScreen) realign() {
	l, r := s.panes[sideLeft].Policy(), s.panes[sideRight].Policy()
	if l == nil || r == nil {
		return
	}
	rl, rr := s.store.report(l), s.store.report(r)
	if l != r && (rl == nil || rr == nil) {
		s.ready = false
		return
	}
	s.align = model.AlignSections(
		model.AlignDoc{Policy: l, Part: s.panes[sideLeft].Part(), Topics: sectionTopics(rl)},
		model.AlignDoc{Policy: r, Part: s.panes[sideRight].Part(), Topics: sectionTopics(rr)},
	)
	s.ready = true
	s.seen = [2]int{-1, -1}
}

// sectionTopics returns, per section of r's policy, the detect keys its clauses (or those of
// the sections nested in it) are evidence for, as the bit sets of model.AlignDoc; nil for nil.
func sectionTopics(r *detect.Report) []uint64 {
	if r == nil || r.Policy == nil {
		return nil
	}
	p := r.Policy
	sets := make([]uint64, len(p.Sections))
	for _, f := range r.Findings {
		if f.Status == detect.NotMentioned {
			continue
		}
		for _, ev := range f.Evidence {
			for sec := ev.Section; sec >= 0 && sec < len(sets); sec = int(p.Sections[sec].Parent) {
				sets[sec] |= 1 << uint(f.Key)
			}
		}
	}
	return sets
}

// handleKey scrolls the focused pane, switches focus, language or the sync, or goes back.
func (s *sideBySideScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	s.updateKeys()
	k, p := s.keys, &s.panes[s.focus]
	switch {
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
		return s.setSize(s.width, s.height)
	case key.Matches(msg, k.Focus):
		s.focus = s.focus.other()
		s.updateKeys()
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

// updateKeys enables the bindings that work now: L only on a policy with several parts.
func (s *sideBySideScreen) updateKeys() {
	s.keys.Lang.SetEnabled(s.hasParts(s.focus))
}

// hasParts reports whether the pane on side sd shows a policy with more than one language part.
func (s *sideBySideScreen) hasParts(sd side) bool {
	pol := s.panes[sd].Policy()
	return pol != nil && len(pol.Parts) > 1
}

// switchPart shows another language part, each pane keeping the section it shows: the two
// parts of one policy swap panes; a pane of two policies shows its policy's next part. The
// sections are paired anew.
func (s *sideBySideScreen) switchPart() tea.Cmd {
	f := &s.panes[s.focus]
	pol := f.Policy()
	if pol == nil || len(pol.Parts) < 2 {
		return nil
	}
	var cmd tea.Cmd
	if l, r := &s.panes[sideLeft], &s.panes[sideRight]; l.Policy() == r.Policy() {
		lp, rp := l.Part(), r.Part()
		cmd = tea.Batch(switchPaneTo(l, rp), switchPaneTo(r, lp))
	} else {
		cmd = switchPaneTo(f, (f.Part()+1)%len(pol.Parts))
	}
	s.orphan = [2]int{-1, -1}
	s.realign()
	s.seen[s.focus] = -1
	s.follow()
	return cmd
}

// switchPaneTo shows part of p's policy in p, at the counterpart of the section p shows.
func switchPaneTo(p *ReaderPane, part int) tea.Cmd {
	pol := p.Policy()
	sec := sectionInPart(pol, p.CurrentSection(), p.Part(), part)
	cmd := p.Open(pol, part)
	if sec >= 0 {
		p.GotoSection(sec)
	}
	return cmd
}

// sectionInPart returns the section of language part to of p that translates section sec of
// part from (model.AlignSections), or -1 for the preamble.
func sectionInPart(p *model.Policy, sec, from, to int) int {
	if p == nil || sec < 0 || from == to {
		return sec
	}
	return model.AlignSections(model.AlignDoc{Policy: p, Part: from}, model.AlignDoc{Policy: p, Part: to}).Counterpart(true, sec)
}

// follow applies the sync: when the focused pane has moved into another section, the other
// pane goes to that section's counterpart, or stays and says it has none.
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
	if j := s.align.Counterpart(f == sideLeft, cur); j >= 0 {
		s.panes[o].GotoSection(j)
		s.seen[o] = j
		return
	}
	s.orphan[o] = cur
}

// view draws the two panes with their headers, the status line and the help. The panes draw
// lines of exactly their width (ReaderPane.viewLines), so, as in the reader, the body is not
// measured again: only the header and the footer are fitted to the screen.
func (s *sideBySideScreen) view() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	lw := max((s.width-1)/2, 1)
	rw := max(s.width-1-lw, 1)
	helpLines := s.helpView()
	bodyH := max(s.height-2-len(helpLines), 1) // bodyHeight, without building the help again
	sep := s.st.Border.Render("│")
	head := fitLines(s.header(sideLeft, lw)+sep+s.header(sideRight, rw), s.width, 1)
	body := joinLines(paneLines(&s.panes[sideLeft], lw, bodyH), sep, paneLines(&s.panes[sideRight], rw, bodyH))
	foot := fitLines(strings.Join(append([]string{s.statusLine()}, helpLines...), "\n"), s.width, 1+len(helpLines))
	out := head + "\n" + strings.Join(body, "\n") + "\n" + foot
	if 2+bodyH+len(helpLines) != s.height || lw+1+rw != s.width {
		return fitLines(out, s.width, s.height) // a screen too small for the layout
	}
	return out
}

// paneLines returns p's lines for a column of w x h cells: as the pane draws them when it has
// that size (as it does once laid out), else fitted.
func paneLines(p *ReaderPane, w, h int) []string {
	if p.width == w && p.height == h {
		return p.viewLines()
	}
	return strings.Split(fitLines(p.View(), w, h), "\n")
}

// bodyHeight returns the height of the panes: the screen less the header line, the status line
// and the help.
func (s *sideBySideScreen) bodyHeight() int {
	return max(s.height-2-len(s.helpView()), 1)
}

// helpView returns the help lines: the short help, fitted so that help and quit always show,
// or the full help while it fits.
func (s *sideBySideScreen) helpView() []string {
	s.updateKeys()
	want, must := s.keys.shortHelp()
	return helpLines(s.help, want, must, s.keys.fullHelp, s.width, s.height-4) // leaves the header, status and two lines
}

// header is a pane's top line: ▶ when it has the keyboard, the policy and its language, the
// section shown, and what the sync says about it.
func (s *sideBySideScreen) header(sd side, w int) string {
	p := &s.panes[sd]
	pol := p.Policy()
	if pol == nil {
		return padCells("", w)
	}
	text := pol.DisplayName()
	if len(pol.Parts) > 1 {
		if l := pol.Parts[min(max(p.Part(), 0), len(pol.Parts)-1)].Lang.String(); l != "" {
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
	if sd == s.focus {
		return s.st.StatusHi.Render(padCells("▶ "+text, w))
	}
	return s.st.Subtle.Render(padCells("  "+text, w))
}

// matchedText says how many sections of each pane have a counterpart: "9/12 ↔ 7/10 sections
// matched".
func (s *sideBySideScreen) matchedText() string {
	count := func(sd side) (matched, total int) {
		pol := s.panes[sd].Policy()
		if pol == nil {
			return 0, 0
		}
		first, end := 0, len(pol.Sections)
		if pt := s.panes[sd].Part(); pt >= 0 && pt < len(pol.Parts) {
			first, end = pol.Parts[pt].FirstSection, pol.Parts[pt].EndSection
		}
		for i := first; i < end; i++ {
			if s.align.Counterpart(sd == sideLeft, i) >= 0 {
				matched++
			}
		}
		return matched, end - first
	}
	lm, lt := count(sideLeft)
	rm, rt := count(sideRight)
	return fmt.Sprintf("%d/%d ↔ %d/%d sections matched", lm, lt, rm, rt)
}

// statusLine shows a message while there is one, else the sync state.
func (s *sideBySideScreen) statusLine() string {
	if s.status.shown() {
		return s.status.view(s.st, s.width)
	}
	// Two parts of one policy are translations: they pair section by section.
	by := "sync by topic"
	if s.panes[sideLeft].Policy() == s.panes[sideRight].Policy() {
		by = "sync by section"
	}
	state := by + ": off"
	switch {
	case s.sync && s.ready:
		state = by + ": on · " + s.matchedText()
	case s.sync:
		state = by + ": matching sections…"
	}
	return s.st.Subtle.Render(truncateCells(state, s.width))
}
