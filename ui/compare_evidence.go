package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

// evidenceMaxLines bounds how much of one clause the evidence pane quotes, in lines of the
// pane's width: a long clause (a table row of a hundred words) is cut to a window around its
// trigger words.
const evidenceMaxLines = 8

// evidenceCell identifies what the evidence pane shows and how it was laid out, so the wrapped
// text is reused while the cursor stays on a cell.
type evidenceCell struct {
	policy *model.Policy
	report *detect.Report
	failed bool
	key    detect.Key
	width  int
}

// evidencePane shows, for the matrix cell under the cursor, the finding (status, scope, value)
// and the clauses that back it, each with its section and the trigger words highlighted. One
// piece of evidence is selected: `enter` opens the reader at its clause.
type evidencePane struct {
	width, height int
	sel           int // the selected piece of evidence
	off           int // first line of the evidence list shown

	cell   evidenceCell
	head   []string // the finding's description, always shown
	items  []string // the evidence list, wrapped, one entry per line
	starts []int    // starts[i] is the first line in items of evidence i
}

// setSize sets the pane's size in cells and lines.
func (e *evidencePane) setSize(width, height int) {
	e.width, e.height = width, height
}

// reset selects the first piece of evidence, for a new cell.
func (e *evidencePane) reset() { e.sel, e.off = 0, 0 }

// selected returns the selected piece of evidence of finding f, if it has any.
func (e *evidencePane) selected(f detect.Finding) (detect.Evidence, bool) {
	if len(f.Evidence) == 0 {
		return detect.Evidence{}, false
	}
	return f.Evidence[min(e.sel, len(f.Evidence)-1)], true
}

// move selects the piece of evidence d away from the current one, within the n there are.
func (e *evidencePane) move(d, n int) {
	e.sel = min(max(e.sel+d, 0), max(n-1, 0))
}

// layout wraps the description and evidence of key k in column col for the pane's width,
// unless it is already laid out.
func (e *evidencePane) layout(st *compareStyles, col matrixColumn, k detect.Key) {
	w := max(e.width-2, 10) // two cells for the selection gutter
	c := evidenceCell{policy: col.policy, report: col.report, failed: col.err != nil, key: k, width: w}
	if c == e.cell && e.head != nil {
		return
	}
	e.cell = c
	e.head = e.head[:0]
	e.items, e.starts = e.items[:0], e.starts[:0]

	e.head = append(e.head, wrapLines(st.title.Render(col.name), e.width)...)
	e.head = append(e.head, wrapLines(st.dim.Render(k.Label()+" · "+k.String()), e.width)...)
	if col.report == nil && col.err != nil {
		e.head = append(e.head, wrapLines(st.denied.Render("? not analysed: "+col.err.Error()), e.width)...)
		return
	}
	if col.report == nil {
		e.head = append(e.head, st.dim.Render("analysing…"))
		return
	}
	f := col.report.Finding(k)
	e.head = append(e.head, wrapLines(findingLine(st, f), e.width)...)
	if f.Value != "" && f.Status != detect.NotMentioned {
		e.head = append(e.head, wrapLines("Value: "+oneLine(f.Value), e.width)...)
	}
	switch n := len(f.Evidence); {
	case f.Status == detect.Unknown:
		e.head = append(e.head, "")
		e.head = append(e.head, wrapLines(st.dim.Render("N"+strings.TrimPrefix(col.report.NotAnalysedText(), "n")+
			" — fineprint has no lexicon for this language, so it cannot tell what the policy says about "+
			strings.ToLower(k.Label())+"."), e.width)...)
		return
	case n == 0 && f.Status == detect.NotMentioned:
		e.head = append(e.head, "")
		e.head = append(e.head, wrapLines(st.dim.Render("No clause of this policy says anything the detector recognises about "+strings.ToLower(k.Label())+"."), e.width)...)
		return
	case n == 1:
		e.head = append(e.head, st.dim.Render("1 clause:"))
	default:
		e.head = append(e.head, st.dim.Render(strconv.Itoa(n)+" clauses:"))
	}
	p := col.report.Policy
	for i, ev := range f.Evidence {
		e.starts = append(e.starts, len(e.items))
		e.items = append(e.items, "")
		label := "(before the first heading)"
		if p != nil && ev.Section >= 0 && ev.Section < len(p.Sections) {
			label = p.SectionLabel(ev.Section)
		}
		e.items = append(e.items, wrapLines(st.dim.Render("["+strconv.Itoa(i+1)+"] "+label), w)...)
		e.items = append(e.items, wrapLines(quotedClause(st, p, ev, w), w)...)
		if ev.Rule != "" {
			// Which rule fired, so that a user (and a bug report) can say why the mark is there.
			e.items = append(e.items, wrapLines(st.dim.Render("rule "+ev.Rule), w)...)
		}
	}
}

// findingLine describes a finding's status and scope: "✓ declared", "✗ denied", "· not
// mentioned", with "— only for EEA/UK (ᴱᵁ)" when it is limited to a scope.
func findingLine(st *compareStyles, f detect.Finding) string {
	var s string
	switch f.Status {
	case detect.Declared:
		s = st.declared.Render("✓ declared")
	case detect.Denied:
		s = st.denied.Render("✗ denied")
	case detect.Unknown:
		s = st.dim.Render("? unknown")
	default:
		s = st.dim.Render("· not mentioned")
	}
	if f.Scope != detect.ScopeAll && f.Status != detect.NotMentioned {
		s += " — only for " + f.Scope.Label() + " (" + scopeMark(f.Scope) + ")"
	}
	return s
}

// quotedClause returns the text of the clause behind ev with its trigger words highlighted,
// cut to a window around them when the clause is longer than evidenceMaxLines lines of w cells.
func quotedClause(st *compareStyles, p *model.Policy, ev detect.Evidence, w int) string {
	if p == nil || ev.Clause < 0 || ev.Clause >= len(p.Clauses) {
		return ev.Quote
	}
	text := []rune(p.Clauses[ev.Clause].Text)
	start, end := ev.Start, ev.End
	if start < 0 || end > len(text) || start > end {
		start, end = 0, 0 // offsets that do not fit the clause: show it without a highlight
	}
	// A window of about evidenceMaxLines lines (half that for wide Han text), a third of it
	// before the trigger.
	budget := w * evidenceMaxLines
	if ansi.StringWidth(string(text)) > len(text)*3/2 {
		budget /= 2
	}
	budget -= 2 // the two "…"
	lo, hi := 0, len(text)
	if len(text) > budget {
		lo = max(0, min(start-budget/3, len(text)-budget))
		hi = min(len(text), lo+budget)
		start, end = max(start, lo), min(max(end, lo), hi)
	}
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	b.WriteString(string(text[lo:start]))
	if end > start {
		b.WriteString(st.quote.Render(string(text[start:end])))
	}
	b.WriteString(string(text[end:hi]))
	if hi < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// wrapLines wraps s, which may hold ANSI styles, to w cells and returns its lines.
func wrapLines(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	return strings.Split(lipgloss.Wrap(s, w, ""), "\n")
}

// View renders the pane for key k of column col: the description on top, then the evidence
// list scrolled so the selected piece starts on screen, with a bar in the gutter marking it.
// Every line is padded to the pane's width.
func (e *evidencePane) View(st *compareStyles, col matrixColumn, k detect.Key, ok bool) string {
	if e.width <= 0 || e.height <= 0 {
		return ""
	}
	lines := make([]string, 0, e.height)
	if !ok {
		lines = append(lines, wrapLines(st.dim.Render("No cell selected: no policies, or no rows match the filter."), e.width)...)
		return padBlock(lines, e.width, e.height)
	}
	e.layout(st, col, k)
	lines = append(lines, e.head...)
	room := e.height - len(lines)
	if room <= 0 || len(e.starts) == 0 {
		return padBlock(e.withLegend(st, lines), e.width, e.height)
	}
	e.sel = min(e.sel, len(e.starts)-1)
	selStart, selEnd := e.starts[e.sel], len(e.items)
	if e.sel+1 < len(e.starts) {
		selEnd = e.starts[e.sel+1]
	}
	// Keep the selected piece on screen: its start, and as much of it as fits.
	if selEnd > e.off+room {
		e.off = selEnd - room
	}
	if selStart < e.off {
		e.off = selStart
	}
	e.off = max(min(e.off, len(e.items)-room), 0)
	for i := e.off; i < len(e.items) && i < e.off+room; i++ {
		gutter := "  "
		if i > selStart && i < selEnd && len(e.starts) > 1 {
			gutter = st.selected.Render("▌ ")
		}
		lines = append(lines, gutter+e.items[i])
	}
	return padBlock(e.withLegend(st, lines), e.width, e.height)
}

// legendText explains the matrix's symbols and scope marks.
const legendText = "✓ declared  ✗ denied  · not mentioned   only for: ᴱᵁ EEA/UK  ᶜᴬ California  ᶜᴺ China  ᴷ children"

// withLegend puts the legend at the bottom of the pane when the lines leave room for it.
func (e *evidencePane) withLegend(st *compareStyles, lines []string) []string {
	legend := wrapLines(legendText, e.width)
	if len(lines)+len(legend)+1 > e.height {
		return lines
	}
	for len(lines) < e.height-len(legend) {
		lines = append(lines, "")
	}
	for _, l := range legend {
		lines = append(lines, st.dim.Render(l))
	}
	return lines
}

// padBlock pads or cuts lines to exactly height lines of width cells and joins them.
func padBlock(lines []string, width, height int) string {
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i >= len(lines) {
			b.WriteString(strings.Repeat(" ", width))
			continue
		}
		l := lines[i]
		if lw := ansi.StringWidth(l); lw > width {
			l = ansi.Truncate(l, width, "…")
		} else {
			l += strings.Repeat(" ", width-lw)
		}
		b.WriteString(l)
	}
	return b.String()
}

// summaryView renders the pane for the summary view: which of the shown policies declare key
// k, deny it, do not mention it, or were not analysed, by their short names (a declared
// finding limited to a scope carries its mark: "Hooliᶜᴬ").
func (e *evidencePane) summaryView(st *compareStyles, m *matrix, k detect.Key, ok bool) string {
	if e.width <= 0 || e.height <= 0 {
		return ""
	}
	if !ok {
		return padBlock(wrapLines(st.dim.Render("No key selected: no policies, or no rows match the filter."), e.width), e.width, e.height)
	}
	lines := wrapLines(st.title.Render(k.Label())+st.dim.Render(" · "+k.String()), e.width)
	lines = append(lines, wrapLines(m.summaryText(k), e.width)...)
	var names [detect.Unknown + 2][]string // by status; the last for those being analysed
	for _, c := range m.cols {
		switch {
		case c.report != nil:
			f := c.report.Finding(k)
			name := c.short
			if f.Status == detect.Declared {
				name += scopeMark(f.Scope)
			}
			names[min(f.Status, detect.Unknown)] = append(names[min(f.Status, detect.Unknown)], name)
		case c.err != nil:
			names[detect.Unknown] = append(names[detect.Unknown], c.short)
		default:
			names[detect.Unknown+1] = append(names[detect.Unknown+1], c.short)
		}
	}
	for _, g := range []struct {
		i     int
		title string
		style lipgloss.Style
	}{
		{int(detect.Declared), "✓ declare", st.declared}, {int(detect.Denied), "✗ deny", st.denied},
		{int(detect.NotMentioned), "· not mentioned", st.dim}, {int(detect.Unknown), "? not analysed", st.dim},
		{int(detect.Unknown) + 1, "… analysing", st.dim},
	} {
		if len(names[g.i]) == 0 {
			continue
		}
		lines = append(lines, "")
		lines = append(lines, g.style.Render(g.title+" ("+strconv.Itoa(len(names[g.i]))+")"))
		lines = append(lines, wrapLines(strings.Join(names[g.i], ", "), e.width)...)
	}
	return padBlock(e.withLegend(st, lines), e.width, e.height)
}
