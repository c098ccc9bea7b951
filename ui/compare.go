package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

// comparePane is the pane of the compare screen that has the keyboard.
type comparePane uint8

// The compare screen's panes.
const (
	paneMatrix comparePane = iota
	paneEvidence
)

// String returns "matrix" or "evidence".
func (p comparePane) String() string {
	if p == paneEvidence {
		return "evidence"
	}
	return "matrix"
}

// compareScreen is the comparison screen: the matrix of keys by policies on the left, the
// evidence for the cell under the cursor on the right, a title line above and a status line
// below. Reports come from the App's store, as they are computed.
type compareScreen struct {
	store *store
	st    *compareStyles
	keys  compareKeyMap
	help  help.Model

	mx    matrix
	ev    evidencePane
	focus comparePane

	find    textinput.Model
	finding bool // the `/` input has focus

	export    exportState
	exportDir string    // where e writes; "" for the working directory (tests set their own)
	status    statusBar // transient messages

	width, height int
}

// newCompareScreen returns an empty compare screen over the store.
func newCompareScreen(shared *store) *compareScreen {
	find := textinput.New()
	find.Prompt = "/"
	find.Placeholder = "key name"
	find.CharLimit = 40
	fs := find.Styles()
	fs.Cursor.Blink = false // a steady cursor: the filter is typed in a second, no timers needed
	find.SetStyles(fs)
	s := &compareScreen{
		store: shared,
		st:    shared.styles.Compare,
		keys:  newCompareKeyMap(),
		help:  help.New(),
		mx:    newMatrix(shared.marks),
		find:  find,
	}
	s.help.Styles = shared.styles.Help
	s.updateKeys()
	return s
}

// setStyles restyles the screen with the compare part of st; the next View uses the new
// styles, so no command is needed.
func (s *compareScreen) setStyles(st *Styles) tea.Cmd {
	s.st = st.Compare
	s.help.Styles = st.Help
	s.ev.cell = evidenceCell{} // the cached evidence holds the old styles
	return nil
}

// setPolicies sets the policies to compare, in column order, with the reports the store has
// for them so far; the others arrive as reportAnalyzedMsg.
func (s *compareScreen) setPolicies(ps []*model.Policy) tea.Cmd {
	cols := make([]matrixColumn, 0, len(ps))
	for _, p := range ps {
		if p == nil {
			continue
		}
		cols = append(cols, matrixColumn{policy: p, report: s.store.reports[p], err: s.store.failed[p], name: p.DisplayName()})
	}
	s.mx.setColumns(cols)
	s.ev.reset()
	s.layout() // the matrix's share of the width depends on its number of columns
	s.updateKeys()
	return nil
}

// setSize sets the screen's size in cells and lines and lays out the panes. It needs no
// command: the matrix and the evidence are drawn at any size on the next View.
func (s *compareScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.layout()
	return nil
}

// layout divides the screen: title line, panes, status line (or the full help).
func (s *compareScreen) layout() {
	s.help.SetWidth(s.width) // before helpHeight, which wraps the help at this width
	bodyH := max(s.height-2-s.helpHeight(), 1)
	mw, ew := s.paneWidths()
	s.mx.setSize(mw, bodyH)
	s.ev.setSize(ew, bodyH)
	s.find.SetWidth(max(s.width-4, 1))
}

// paneWidths returns the widths of the matrix and evidence panes; one cell between them holds
// the separator.
func (s *compareScreen) paneWidths() (matrixW, evidenceW int) {
	const evidenceMin = 28
	mw := min(s.mx.wantWidth(), s.width*3/5)
	if s.width-mw-1 < evidenceMin {
		mw = max(s.width-1-evidenceMin, s.width/2)
	}
	return mw, max(s.width-mw-1, 0)
}

// helpHeight returns the number of lines the full help takes, 0 when it is hidden.
func (s *compareScreen) helpHeight() int {
	if !s.help.ShowAll {
		return 0
	}
	lines := strings.Count(s.fullHelpView(), "\n") + 1
	// On a short terminal the help gives way: the title, one matrix row and its header and
	// summary rows, and the status line stay.
	return min(lines, max(s.height-3-matrixChrome, 0))
}

// inputFocused reports whether a text input or a question has the keyboard, so that the App
// does not take `q` or `c` for itself.
func (s *compareScreen) inputFocused() bool { return s.finding || s.export.asking() }

// update handles a message for the compare screen: replies to its commands (analyses,
// exports) whether it is shown or not, and keys while it is shown.
func (s *compareScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reportAnalyzedMsg:
		if msg.err != nil {
			if !s.mx.setFailed(msg.policy, msg.err) {
				return nil // not a column yet: it comes with its error (setPolicies)
			}
			cmd := s.status.fail(msg.err.Error())
			s.updateKeys()
			s.layout()
			return cmd
		} else if msg.report != nil && !s.mx.setReport(msg.policy, msg.report) {
			return nil // not a column yet: it comes with its report (setPolicies)
		}
		s.updateKeys()
		s.layout()
		return nil
	case exportDoneMsg:
		cmd := s.handleExportDone(msg)
		s.updateKeys()
		s.layout()
		return cmd
	case tea.KeyPressMsg:
		cmd := s.handleKey(msg)
		s.updateKeys()
		s.layout() // the full help's height depends on the bindings enabled
		return cmd
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		if !s.finding && !s.export.asking() {
			s.handleMouse(msg.(tea.MouseMsg).Mouse())
			s.updateKeys()
			s.layout()
		}
		return nil
	}
	if s.finding {
		var cmd tea.Cmd
		s.find, cmd = s.find.Update(msg)
		return cmd
	}
	return nil
}

// handleKey handles a key press: the y/n question first, then the `/` input, then the panes.
func (s *compareScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case s.export.asking():
		return s.handleExportKey(msg)
	case s.finding:
		return s.handleFindKey(msg)
	}
	k := s.keys
	switch {
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
		s.layout()
	case key.Matches(msg, k.Focus):
		s.focus = 1 - s.focus
	case key.Matches(msg, k.Filter):
		s.mx.setFilter(s.mx.filter.next(), s.find.Value())
		s.ev.reset()
	case key.Matches(msg, k.Find):
		s.finding = true
		return s.find.Focus()
	case key.Matches(msg, k.View):
		s.mx.setView(s.mx.view.next())
		s.layout() // each view wants its own width
	case key.Matches(msg, k.Order):
		s.mx.setOrder(s.mx.order.next())
	case key.Matches(msg, k.Lang):
		s.mx.setLang(s.mx.nextLang())
		s.ev.reset()
	case key.Matches(msg, k.Declare):
		_, cur, _ := s.mx.current()
		if s.mx.decl != declAny {
			cur = s.mx.declKey // the filter stays on its key while it cycles
		}
		s.mx.setDecl(s.mx.decl.next(), cur)
		s.ev.reset()
	case key.Matches(msg, k.Marks.Mark):
		return s.toggleMark()
	case key.Matches(msg, k.Marks.SideBySide, k.Marks.NotTwo):
		return s.openSideBySide()
	case key.Matches(msg, k.Export):
		return s.startExport()
	case key.Matches(msg, k.Open):
		return s.openSelected()
	case key.Matches(msg, k.Back):
		return s.back()
	case s.focus == paneEvidence:
		s.handleEvidenceKey(msg)
	default:
		s.handleMatrixKey(msg)
	}
	return nil
}

// handleMouse scrolls the pane under the wheel, or moves the cursor to the clicked cell (the
// click focuses the pane it lands in).
func (s *compareScreen) handleMouse(m tea.Mouse) {
	mw, _ := s.paneWidths()
	overMatrix := m.X < mw
	switch m.Button {
	case tea.MouseWheelUp, tea.MouseWheelDown:
		d := 1
		if m.Button == tea.MouseWheelUp {
			d = -1
		}
		if overMatrix {
			if s.mx.view == viewTransposed {
				s.mx.moveCol(3 * d)
			} else {
				s.mx.moveLine(3 * d)
			}
			s.ev.reset()
		} else {
			s.ev.move(d, len(s.currentFinding().Evidence))
		}
	case tea.MouseLeft:
		if !overMatrix {
			s.focus = paneEvidence
			return
		}
		s.focus = paneMatrix
		if line, col, ok := s.mx.cellAt(m.X, m.Y-1); ok { // the title line is above the matrix
			s.mx.line, s.mx.col = line, col
			s.mx.scrollToCursor()
			s.ev.reset()
		}
	}
}

// handleMatrixKey moves the matrix cursor.
func (s *compareScreen) handleMatrixKey(msg tea.KeyPressMsg) {
	k := s.keys
	line, col := s.mx.line, s.mx.col
	if s.mx.view == viewTransposed {
		s.handleTransposedKey(msg)
		if line != s.mx.line || col != s.mx.col {
			s.ev.reset()
		}
		return
	}
	switch {
	case key.Matches(msg, k.Up):
		s.mx.moveLine(-1)
	case key.Matches(msg, k.Down):
		s.mx.moveLine(1)
	case key.Matches(msg, k.Left):
		s.mx.moveCol(-1)
	case key.Matches(msg, k.Right):
		s.mx.moveCol(1)
	case key.Matches(msg, k.Top):
		s.mx.moveLineTo(true)
	case key.Matches(msg, k.Bottom):
		s.mx.moveLineTo(false)
	case key.Matches(msg, k.PageUp):
		s.mx.moveLine(-s.mx.bodyHeight())
	case key.Matches(msg, k.PageDown):
		s.mx.moveLine(s.mx.bodyHeight())
	case key.Matches(msg, k.HalfUp):
		s.mx.moveLine(-max(1, s.mx.bodyHeight()/2))
	case key.Matches(msg, k.HalfDown):
		s.mx.moveLine(max(1, s.mx.bodyHeight()/2))
	}
	if line != s.mx.line || col != s.mx.col {
		s.ev.reset()
	}
}

// handleTransposedKey moves the cursor of the transposed view: up and down go from policy to
// policy, left and right from key to key.
func (s *compareScreen) handleTransposedKey(msg tea.KeyPressMsg) {
	k, mx := s.keys, &s.mx
	page := mx.bodyHeight()
	switch {
	case key.Matches(msg, k.Up):
		mx.moveCol(-1)
	case key.Matches(msg, k.Down):
		mx.moveCol(1)
	case key.Matches(msg, k.Left):
		mx.moveKey(-1)
	case key.Matches(msg, k.Right):
		mx.moveKey(1)
	case key.Matches(msg, k.Top):
		mx.moveCol(-len(mx.cols))
	case key.Matches(msg, k.Bottom):
		mx.moveCol(len(mx.cols))
	case key.Matches(msg, k.PageUp):
		mx.moveCol(-page)
	case key.Matches(msg, k.PageDown):
		mx.moveCol(page)
	case key.Matches(msg, k.HalfUp):
		mx.moveCol(-max(1, page/2))
	case key.Matches(msg, k.HalfDown):
		mx.moveCol(max(1, page/2))
	}
}

// handleEvidenceKey selects a piece of evidence; left and right still move between policies.
func (s *compareScreen) handleEvidenceKey(msg tea.KeyPressMsg) {
	n := len(s.currentFinding().Evidence)
	k := s.keys
	switch {
	case key.Matches(msg, k.Up):
		s.ev.move(-1, n)
	case key.Matches(msg, k.Down):
		s.ev.move(1, n)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		s.ev.move(-5, n)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		s.ev.move(5, n)
	case key.Matches(msg, k.Top):
		s.ev.move(-n, n)
	case key.Matches(msg, k.Bottom):
		s.ev.move(n, n)
	case key.Matches(msg, k.Left, k.Right):
		s.handleMatrixKey(msg)
	}
}

// handleFindKey edits the `/` key-name filter; the rows follow as the user types.
func (s *compareScreen) handleFindKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.FindAccept):
		s.finding = false
		s.find.Blur()
		return nil
	case key.Matches(msg, s.keys.FindCancel):
		s.finding = false
		s.find.Blur()
		s.find.SetValue("")
		s.mx.setFilter(s.mx.filter, "")
		s.ev.reset()
		return nil
	}
	var cmd tea.Cmd
	s.find, cmd = s.find.Update(msg)
	if s.find.Value() != s.mx.query {
		s.mx.setFilter(s.mx.filter, s.find.Value())
		s.ev.reset()
	}
	return cmd
}

// toggleMark marks or unmarks the policy under the cursor for side-by-side reading.
func (s *compareScreen) toggleMark() tea.Cmd {
	if s.mx.col < len(s.mx.cols) {
		return s.status.info(s.mx.marks.toggle(s.mx.cols[s.mx.col].policy))
	}
	return nil
}

// markedPolicies returns the marked policies in the order they were marked.
func (s *compareScreen) markedPolicies() []*model.Policy { return s.mx.marks.list() }

// currentFinding returns the finding under the cursor (NotMentioned when there is none or its
// policy is still being analysed).
func (s *compareScreen) currentFinding() detect.Finding {
	col, k, ok := s.mx.current()
	if !ok || col.report == nil {
		return detect.Finding{}
	}
	return col.report.Finding(k)
}

// updateKeys enables the bindings that do something in the current state, so the help never
// lists a key that does nothing.
func (s *compareScreen) updateKeys() {
	k := &s.keys
	asking, finding := s.export.asking(), s.finding
	normal := !asking && !finding
	hasCell := s.hasCell()
	for _, b := range k.bindings() {
		b.SetEnabled(normal && hasCell)
	}
	summary := s.mx.view == viewSummary
	k.Left.SetEnabled(normal && hasCell && !summary) // the summary has no policy columns
	k.Right.SetEnabled(normal && hasCell && !summary)
	k.Open.SetEnabled(normal && !summary && len(s.currentFinding().Evidence) > 0)
	k.View.SetEnabled(normal)
	k.View.SetHelp("t", "view: "+s.mx.view.next().String())
	k.Order.SetEnabled(normal && len(s.mx.all) > 1)
	k.Order.SetHelp("o", "order: "+s.mx.order.next().String())
	nextLang := s.mx.nextLang()
	k.Lang.SetEnabled(normal && (len(s.mx.langs()) > 1 || s.mx.lang != model.LangUnknown))
	if nextLang == model.LangUnknown {
		k.Lang.SetHelp("L", "all languages")
	} else {
		k.Lang.SetHelp("L", "only "+nextLang.String())
	}
	k.Declare.SetEnabled(normal && (hasCell || s.mx.decl != declAny))
	switch s.mx.decl.next() {
	case declYes:
		k.Declare.SetHelp("x", "only declaring")
	case declNot:
		k.Declare.SetHelp("x", "only not declaring")
	default:
		k.Declare.SetHelp("x", "all policies")
	}
	k.Focus.SetEnabled(normal)
	if s.focus == paneEvidence {
		k.Focus.SetHelp("tab", "matrix")
	} else {
		k.Focus.SetHelp("tab", "evidence")
	}
	k.Filter.SetEnabled(normal)
	k.Filter.SetHelp("r", "rows: "+s.mx.filter.next().String())
	k.Find.SetEnabled(normal)
	var cur *model.Policy
	if s.mx.col < len(s.mx.cols) {
		cur = s.mx.cols[s.mx.col].policy
	}
	if summary {
		cur = nil // no policy is under the cursor of the summary
	}
	k.Marks.update(s.mx.marks, cur, normal)
	k.Export.SetEnabled(normal && s.analysedCount() > 0)
	k.Back.SetEnabled(normal)
	k.Help.SetEnabled(normal)
	k.Quit.SetEnabled(normal)
	k.FindAccept.SetEnabled(finding)
	k.FindCancel.SetEnabled(finding)
	k.Yes.SetEnabled(asking)
	k.No.SetEnabled(asking)
}

// hasCell reports whether the cursor is on a cell.
func (s *compareScreen) hasCell() bool {
	_, _, ok := s.mx.current()
	return ok
}

// analysedCount returns how many of the shown policies have their report.
func (s *compareScreen) analysedCount() int {
	n := 0
	for _, c := range s.mx.cols {
		if c.report != nil {
			n++
		}
	}
	return n
}

// waitingCount returns how many of the shown policies wait for their report.
func (s *compareScreen) waitingCount() int {
	n := 0
	for _, c := range s.mx.cols {
		if c.report == nil && c.err == nil {
			n++
		}
	}
	return n
}

// view renders the screen at its size: title line, matrix | evidence, status line.
func (s *compareScreen) view() string {
	if s.width < 20 || s.height < 5 {
		return padBlock([]string{"terminal too small"}, max(s.width, 0), max(s.height, 0))
	}
	mw, ew := s.paneWidths()
	var b strings.Builder
	b.WriteString(s.titleLine(mw, ew))
	b.WriteByte('\n')

	col, k, ok := s.mx.current()
	left := strings.Split(s.mx.View(s.st, s.focus == paneMatrix), "\n")
	var right []string
	if s.mx.view == viewSummary {
		right = strings.Split(s.ev.summaryView(s.st, &s.mx, k, ok), "\n")
	} else {
		right = strings.Split(s.ev.View(s.st, col, k, ok), "\n")
	}
	sep := s.st.separator.Render("│")
	for i := range left {
		b.WriteString(left[i])
		b.WriteString(sep)
		if i < len(right) {
			b.WriteString(right[i])
		}
		b.WriteByte('\n')
	}
	b.WriteString(s.statusLine())
	if h := s.helpHeight(); h > 0 {
		lines := strings.Split(s.fullHelpView(), "\n")
		for _, l := range lines[:min(h, len(lines))] {
			b.WriteByte('\n')
			b.WriteString(truncateCells(l, s.width))
		}
	}
	return b.String()
}

// titleLine renders the top line: each pane's title, the focused one emphasised.
func (s *compareScreen) titleLine(mw, ew int) string {
	rows := 0
	for _, l := range s.mx.lines {
		if !l.header {
			rows++
		}
	}
	left := "Compare · " + strconv.Itoa(len(s.mx.cols)) + " policies"
	if len(s.mx.cols) != len(s.mx.all) {
		left += " of " + strconv.Itoa(len(s.mx.all))
	}
	if f := s.mx.colFilterText(); f != "" {
		left += " (" + f + ")"
	}
	if s.mx.order != orderLoaded {
		left += " by " + s.mx.order.String()
	}
	left += " · " + s.mx.view.String() + " · rows: " + s.mx.filter.String() + " (" + strconv.Itoa(rows) + ")"
	if q := s.find.Value(); q != "" && !s.finding {
		left += " · /" + q
	}
	if n := s.waitingCount(); n > 0 {
		left += " · analysing " + strconv.Itoa(n) + "…"
	}
	right := "Evidence"
	if col, k, ok := s.mx.current(); ok && s.mx.view == viewSummary {
		right = "Policies · " + k.String()
	} else if ok {
		right += " · " + truncateCells(col.short, 24) + " · " + k.String()
	}
	ls, rs := s.st.paneDim, s.st.paneDim
	if s.focus == paneMatrix {
		ls = s.st.paneTitle
	} else {
		rs = s.st.paneTitle
	}
	return ls.Render(padCells(left, mw)) + " " + rs.Render(padCells(right, ew))
}

// statusLine renders the bottom line: the y/n question, the `/` input, a message, or the
// short help, cut to the screen's width (help.Model can overflow it when its ellipsis does not
// fit).
func (s *compareScreen) statusLine() string {
	return ansi.Truncate(s.statusText(), s.width, "…")
}

// statusText returns the status line's content.
func (s *compareScreen) statusText() string {
	switch {
	case s.export.asking():
		q := s.export.question()
		return s.st.prompt.Render(padCells(q, min(ansi.StringWidth(q), s.width))) + " " +
			s.help.ShortHelpView(s.keys.ShortHelp())
	case s.finding:
		return s.find.View()
	case s.status.isErr():
		return s.st.errText.Render(ansi.Truncate(s.status.label(), s.width, "…"))
	case s.status.shown():
		return s.st.status.Render(ansi.Truncate(s.status.label(), s.width, "…"))
	}
	if s.help.ShowAll && s.helpHeight() > 0 {
		// The full help below lists every key: the line above it only says how to close it.
		return s.help.ShortHelpView([]key.Binding{key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "close help"))})
	}
	want, must := s.keys.shortHelp()
	return fitShortHelp(s.help, want, must, s.width)
}
