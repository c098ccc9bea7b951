package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// readerFocus is the part of the reader that has the keyboard.
type readerFocus uint8

// The reader's focus targets.
const (
	focusText readerFocus = iota
	focusTOC
)

// String returns "text" or "toc".
func (f readerFocus) String() string {
	if f == focusTOC {
		return "toc"
	}
	return "text"
}

// narrowWidth is the width below which the TOC, when shown, takes the whole width instead of
// sitting beside the text.
const narrowWidth = 60

// readerScreen shows one policy: the TOC on the left, the text on the right, a status line and
// the key help below. A bilingual policy can be switched between its language parts (keeping
// the section read), or its two parts opened on the side-by-side screen.
type readerScreen struct {
	st     *Styles
	keys   readerKeyMap
	global globalKeyMap // the App's keys, listed in the help
	help   help.Model

	policy *model.Policy
	pane   ReaderPane
	toc    tocModel
	focus  readerFocus

	showTOC bool
	backTo  Screen // where esc leads, named in the help
	find    textinput.Model
	finding bool

	status statusBar
	extra  readerExtras // find memory, search results (find.go)

	// read remembers, per policy, the part and section last read, so reopening a policy from
	// the library goes back there.
	read map[*model.Policy]readPlace

	width, height int
}

// readPlace is where a policy was left: its language part and section (-1: the start).
type readPlace struct{ part, section int }

// newReaderScreen returns a reader with nothing open.
func newReaderScreen(shared *store) readerScreen {
	st := shared.styles
	f := textinput.New()
	f.Prompt = "/"
	f.Placeholder = "find in document"
	f.CharLimit = 100
	r := readerScreen{
		keys:    newReaderKeyMap(),
		help:    help.New(),
		pane:    newReaderPane(shared),
		showTOC: true,
		find:    f,
		read:    map[*model.Policy]readPlace{},
	}
	r.toc.st = st
	r.setStylesOnly(st)
	return r
}

// setStylesOnly switches to st without re-rendering.
func (r *readerScreen) setStylesOnly(st *Styles) {
	r.st = st
	r.toc.st = st
	r.help.Styles = st.Help
	fs := textinput.DefaultStyles(st.Dark)
	fs.Cursor.Blink = false
	r.find.SetStyles(fs)
}

// setStyles switches to st and re-renders the text in glamour's matching style.
func (r *readerScreen) setStyles(st *Styles) tea.Cmd {
	r.setStylesOnly(st)
	return r.pane.SetStyles(st)
}

// inputFocused reports whether the search input has the keyboard.
func (r *readerScreen) inputFocused() bool { return r.finding }

// open shows part of p, at clause (an index into p.Clauses, marked) or from the start when
// clause < 0.
func (r *readerScreen) open(p *model.Policy, part, clause int) tea.Cmd {
	r.remember()
	r.keepFind() // find.go
	r.policy = p
	r.focus = focusText
	r.finding = false
	r.find.SetValue("")
	r.status.clear()
	r.pane.SetQuery("")
	r.toc.setPart(p, part)
	cmd := r.pane.Open(p, part)
	if clause >= 0 && clause < len(p.Clauses) {
		r.pane.OpenAt(clause)
	}
	r.restoreFind(p)
	sized := r.layoutCmd()
	r.syncTOC()
	return tea.Batch(cmd, sized)
}

// reopen shows p where it was left (from the start the first time).
func (r *readerScreen) reopen(p *model.Policy) tea.Cmd {
	at, ok := r.read[p]
	if !ok || at.part < 0 || at.part >= len(p.Parts) {
		return r.open(p, 0, -1)
	}
	cmd := r.open(p, at.part, -1)
	if at.section >= 0 {
		r.pane.GotoSection(at.section)
		r.syncTOC()
	}
	return cmd
}

// remember records where the policy shown is being read.
func (r *readerScreen) remember() {
	if r.policy != nil && r.pane.Policy() == r.policy {
		r.read[r.policy] = readPlace{part: r.pane.Part(), section: r.pane.CurrentSection()}
	}
}

// setSize lays the reader out for width x height cells.
func (r *readerScreen) setSize(width, height int) tea.Cmd {
	r.width, r.height = width, height
	return r.layoutCmd()
}

// layoutCmd sizes the pane and the TOC, returning the pane's re-render command.
func (r *readerScreen) layoutCmd() tea.Cmd {
	_, pw, h := r.layout()
	return r.pane.SetSize(pw, h)
}

// layout computes the TOC width, the text width and the body height.
func (r *readerScreen) layout() (tocW, paneW, bodyH int) {
	r.help.SetWidth(r.width)
	r.find.SetWidth(max(10, r.width/2))
	bodyH = max(1, r.height-len(r.footer()))
	paneW = r.width
	if r.tocVisible() {
		tocW = min(40, max(18, r.width*3/10))
		if r.narrow() {
			tocW = r.width
		} else {
			paneW = r.width - tocW - 1
		}
	}
	r.toc.width, r.toc.height = tocW, bodyH
	r.toc.clamp()
	return tocW, paneW, bodyH
}

// narrow reports whether the TOC would leave too little room for the text beside it.
func (r *readerScreen) narrow() bool { return r.width < narrowWidth }

// tocVisible reports whether the TOC is on screen.
func (r *readerScreen) tocVisible() bool {
	if r.narrow() {
		return r.showTOC && r.focus == focusTOC
	}
	return r.showTOC
}

// update handles a message for the reader.
func (r *readerScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if r.policy == nil {
			return nil
		}
		var cmd tea.Cmd
		if r.finding {
			cmd = r.handleFindKey(msg)
		} else {
			cmd = r.handleKey(msg)
		}
		r.afterScroll()
		return cmd
	case tea.MouseWheelMsg:
		cmd := r.pane.Update(msg)
		r.afterScroll()
		return cmd
	case tea.MouseClickMsg:
		return r.click(msg.Mouse())
	case tea.PasteMsg:
		if r.finding {
			cmd := r.editFind(msg)
			r.afterScroll()
			return cmd
		}
		return nil
	case noticeMsg: // clipboard.go, external.go
		return r.status.set(msg.text, msg.kind)
	case renderedMsg:
		cmd := r.pane.Update(msg)
		r.afterScroll()
		return cmd
	}
	return r.pane.Update(msg)
}

// click jumps to the section of the TOC row clicked with the left button.
func (r *readerScreen) click(m tea.Mouse) tea.Cmd {
	if r.policy == nil || m.Button != tea.MouseLeft || !r.tocVisible() || m.X >= r.toc.width || m.Y >= r.toc.height {
		return nil
	}
	row := r.toc.offset + m.Y
	if row < 0 || row >= len(r.toc.visible) {
		return nil
	}
	r.toc.cursor = row
	r.pane.GotoSection(r.toc.visible[row])
	r.afterScroll()
	if r.narrow() {
		r.focus = focusText
		return r.layoutCmd()
	}
	return nil
}

// afterScroll updates what follows the text: the TOC's scroll spy.
func (r *readerScreen) afterScroll() {
	r.syncTOC()
}

// syncTOC highlights the section being read in the TOC; its cursor follows unless the TOC has
// the keyboard.
func (r *readerScreen) syncTOC() {
	r.toc.setActive(r.pane.CurrentSection(), r.focus != focusTOC)
}

// handleKey handles a key while the search input does not have the keyboard.
func (r *readerScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	r.updateKeys()
	if cmd, ok := r.handleExtraKey(msg); ok { // find.go
		return cmd
	}
	k := r.keys
	switch {
	case key.Matches(msg, k.Help):
		r.help.ShowAll = !r.help.ShowAll
		return r.layoutCmd()
	case key.Matches(msg, k.Focus):
		return r.toggleFocus()
	case key.Matches(msg, k.ToggleTOC):
		r.showTOC = !r.showTOC || (r.narrow() && r.focus != focusTOC)
		r.focus = focusText
		if r.showTOC && r.narrow() {
			r.focus = focusTOC
		}
		return r.layoutCmd()
	case key.Matches(msg, k.NextMatch):
		return r.stepMatch(1) // find.go
	case key.Matches(msg, k.PrevMatch):
		return r.stepMatch(-1)
	case key.Matches(msg, k.Lang):
		return r.switchLang()
	case key.Matches(msg, k.SideBySide):
		return r.openSideBySide()
	case key.Matches(msg, k.ClearMatches):
		r.pane.SetQuery("")
	case key.Matches(msg, k.Back):
		r.remember()
		return func() tea.Msg { return BackMsg{} }
	case r.focus == focusTOC:
		return r.handleTOCKey(msg)
	default:
		r.handleTextKey(msg)
	}
	return nil
}

// toggleFocus moves the keyboard between the TOC and the text.
func (r *readerScreen) toggleFocus() tea.Cmd {
	if r.focus == focusTOC {
		r.focus = focusText
	} else {
		r.focus = focusTOC
		r.showTOC = true
		r.toc.setActive(r.pane.CurrentSection(), true)
	}
	return r.layoutCmd()
}

// handleTextKey scrolls the text.
func (r *readerScreen) handleTextKey(msg tea.KeyPressMsg) {
	p := &r.pane
	k := r.keys
	switch {
	case key.Matches(msg, k.Down):
		p.ScrollBy(1)
	case key.Matches(msg, k.Up):
		p.ScrollBy(-1)
	case key.Matches(msg, k.HalfDown):
		p.HalfPageDown()
	case key.Matches(msg, k.HalfUp):
		p.HalfPageUp()
	case key.Matches(msg, k.PageDown):
		p.PageDown()
	case key.Matches(msg, k.PageUp):
		p.PageUp()
	case key.Matches(msg, k.Top):
		p.Top()
	case key.Matches(msg, k.Bottom):
		p.Bottom()
	case key.Matches(msg, k.NextSection):
		p.NextSection()
	case key.Matches(msg, k.PrevSection):
		p.PrevSection()
	}
}

// handleTOCKey moves in the TOC, folds, and jumps.
func (r *readerScreen) handleTOCKey(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys
	switch {
	case key.Matches(msg, k.Down):
		r.toc.move(1)
	case key.Matches(msg, k.Up):
		r.toc.move(-1)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		r.toc.move(max(1, r.toc.height-1))
	case key.Matches(msg, k.PageUp, k.HalfUp):
		r.toc.move(-max(1, r.toc.height-1))
	case key.Matches(msg, k.Top):
		r.toc.move(-len(r.toc.visible))
	case key.Matches(msg, k.Bottom):
		r.toc.move(len(r.toc.visible))
	case key.Matches(msg, k.Collapse):
		r.toc.setFold(true)
	case key.Matches(msg, k.Expand):
		r.toc.setFold(false)
	case key.Matches(msg, k.Jump):
		if i := r.toc.selected(); i >= 0 {
			r.pane.GotoSection(i)
			if r.narrow() {
				r.focus = focusText
				return r.layoutCmd()
			}
		}
	}
	return nil
}

// handleFindKey handles a key while the search is typed: the matches follow every keystroke,
// enter keeps them, esc drops them.
func (r *readerScreen) handleFindKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, r.keys.FindCancel):
		r.finding = false
		r.find.Blur()
		r.pane.SetQuery("")
		r.pane.ScrollBy(r.extra.findFrom - r.pane.YOffset())
		return r.layoutCmd()
	case key.Matches(msg, r.keys.FindAccept):
		r.finding = false
		r.find.Blur()
		if r.find.Value() == "" {
			r.pane.SetQuery("")
		}
		return r.layoutCmd()
	}
	return r.editFind(msg)
}

// editFind gives a key or a paste to the search input; the matches follow its value.
func (r *readerScreen) editFind(msg tea.Msg) tea.Cmd {
	before := r.find.Value()
	var cmd tea.Cmd
	r.find, cmd = r.find.Update(msg)
	if v := r.find.Value(); v != before {
		r.pane.SetQuery(v)
		if _, total := r.pane.Matches(); total == 0 {
			// Nothing matches what is typed: the text stays where the find began, not at the
			// match of a shorter prefix.
			r.pane.ScrollBy(r.extra.findFrom - r.pane.YOffset())
		}
	}
	return cmd
}

// switchLang shows the next language part of a bilingual policy, at the counterpart of the
// section being read (sectionInPart), with the search kept.
func (r *readerScreen) switchLang() tea.Cmd {
	if len(r.policy.Parts) < 2 {
		return nil
	}
	to := (r.pane.Part() + 1) % len(r.policy.Parts)
	q := r.pane.Query()
	cmd := switchPaneTo(&r.pane, to)
	r.toc.setPart(r.policy, to)
	r.pane.SetQuery(q)
	r.syncTOC()
	return tea.Batch(cmd, r.layoutCmd())
}

// openSideBySide opens the side-by-side screen on the two language parts of a bilingual
// policy: the part read on the left, at the section read, the next part on the right.
func (r *readerScreen) openSideBySide() tea.Cmd {
	if len(r.policy.Parts) < 2 {
		return nil
	}
	r.remember()
	msg := OpenSideBySideMsg{
		Left: r.policy, Right: r.policy,
		LeftPart: r.pane.Part(), RightPart: (r.pane.Part() + 1) % len(r.policy.Parts),
		AtSection: true, Section: r.pane.CurrentSection(),
	}
	return func() tea.Msg { return msg }
}

// updateKeys enables exactly the bindings that do something in the current state, so the help
// never lists a dead key.
func (r *readerScreen) updateKeys() {
	k := &r.keys
	bilingual := r.policy != nil && len(r.policy.Parts) > 1
	inTOC := r.focus == focusTOC
	hasMatches := r.pane.Query() != ""
	_, total := r.pane.Matches()
	k.Lang.SetEnabled(bilingual)
	k.SideBySide.SetEnabled(bilingual)
	k.Jump.SetEnabled(inTOC)
	k.Collapse.SetEnabled(inTOC)
	k.Expand.SetEnabled(inTOC)
	k.HalfUp.SetEnabled(!inTOC)
	k.HalfDown.SetEnabled(!inTOC)
	k.NextSection.SetEnabled(!inTOC)
	k.PrevSection.SetEnabled(!inTOC)
	k.NextMatch.SetEnabled(total > 0)
	k.PrevMatch.SetEnabled(total > 0)
	k.ClearMatches.SetEnabled(hasMatches)
	k.Back.SetEnabled(!hasMatches)
	r.updateExtraKeys() // find.go
	k.Back.SetHelp("esc", r.backTo.String())
}

// shortHelp returns the one-line help for the current state: the keys that work now, then
// help and quit, which are never cut.
func (r *readerScreen) shortHelp() (want, must []key.Binding) {
	k := r.keys
	if r.finding {
		return []key.Binding{k.FindAccept, k.FindCancel}, nil
	}
	want = []key.Binding{k.Focus}
	if r.focus == focusTOC {
		want = append(want, k.Jump)
	}
	want = append(want, k.Find, k.NextMatch, k.ClearMatches, k.Back, k.NextResult, k.NextSection, k.Lang, k.SideBySide)
	return want, []key.Binding{k.Help, r.global.Quit}
}

// fullHelp returns the full help, in columns.
func (r *readerScreen) fullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp},
		{k.Top, k.Bottom, k.NextSection, k.PrevSection, k.Jump, k.Collapse, k.Expand, k.CopyClause, k.CopySection, k.Pager, k.Editor},
		{k.Focus, k.ToggleTOC, k.Find, k.FindBack, k.NextMatch, k.PrevMatch, k.ClearMatches, k.NextResult, k.PrevResult},
		{k.Lang, k.SideBySide, k.Back, r.global.Search, r.global.Compare, k.Help, r.global.Quit},
	}
}

// footer returns the lines under the text: the status line and the key help.
func (r *readerScreen) footer() []string {
	if r.st == nil || r.policy == nil {
		return []string{""}
	}
	r.updateKeys()
	room := r.height - 4 // the full help leaves the status line and three lines of text
	if r.finding {
		room = 0 // the find keys only
	}
	want, must := r.shortHelp()
	return append([]string{r.statusLine()}, helpLines(r.help, want, must, r.fullHelp, r.width, room)...)
}

// statusLine returns the status bar: the policy, the section being read, the search count and
// the scroll percentage; while typing a search, the input instead of the section.
func (r *readerScreen) statusLine() string {
	w := r.width
	p := &r.pane
	name := " " + r.policy.DisplayName()
	if parts := r.policy.Parts; len(parts) > 1 && p.Part() >= 0 && p.Part() < len(parts) && parts[p.Part()].Lang.String() != "" {
		name += " [" + parts[p.Part()].Lang.String() + "]"
	}
	name += " "
	var right []string
	right = append(right, r.findStatus()...) // find.go
	if _, _, ok := p.Progress(); ok {
		// The rest of a long document arrives in one piece: say so, without a figure that
		// would not move.
		right = append(right, "rendering the rest…")
	}
	right = append(right, fmt.Sprintf("%d%%", p.ScrollPercent()))
	rightText := " " + strings.Join(right, "  ") + " "
	var middle string
	switch {
	case r.finding:
		middle = " " + r.find.View()
	case r.status.shown():
		middle = " " + r.status.label()
	default:
		if sec := p.CurrentSection(); sec >= 0 {
			middle = " " + r.policy.SectionLabel(sec)
		}
	}
	nameRoom := max(8, w/3)
	if r.status.shown() && !r.finding {
		// A message is read once: the policy's name gives it room, down to 8 cells.
		nameRoom = max(8, min(nameRoom, w-lipglossWidth(middle)-lipglossWidth(rightText)))
	}
	left := r.st.StatusHi.Render(truncateCells(name, nameRoom))
	room := w - lipglossWidth(left) - lipglossWidth(rightText)
	mid := r.st.Status.Render(padCells(middle, max(0, room)))
	if r.status.isErr() && !r.finding {
		mid = r.st.Error.Inherit(r.st.Status).Render(padCells(middle, max(0, room)))
	}
	return truncateCells(left+mid+r.st.Status.Render(rightText), w)
}

// view draws the reader. The body is assembled from columns that are exactly their width,
// so no line has to be measured again: a scroll redraws in well under a millisecond.
func (r *readerScreen) view() string {
	if r.policy == nil {
		return fitLines("", r.width, r.height)
	}
	footer := r.footer()
	bodyH := max(1, r.height-len(footer))
	var body []string
	sep := r.st.Border.Render("│")
	switch {
	case r.tocVisible() && r.narrow():
		body = r.toc.viewLines(r.focus == focusTOC)
	case r.tocVisible():
		body = joinLines(r.toc.viewLines(r.focus == focusTOC), sep, r.pane.viewLines())
	default:
		body = r.pane.viewLines()
	}
	if len(body) > bodyH {
		body = body[:bodyH]
	}
	for len(body) < bodyH {
		body = append(body, strings.Repeat(" ", r.width))
	}
	return strings.Join(body, "\n") + "\n" + fitLines(strings.Join(footer, "\n"), r.width, len(footer))
}

// joinLines puts two columns of lines side by side with sep between them, line by line.
func joinLines(left []string, sep string, right []string) []string {
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		var l, rt string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			rt = right[i]
		}
		out[i] = l + "\x1b[m" + sep + rt
	}
	return out
}
