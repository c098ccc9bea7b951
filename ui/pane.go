package ui

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// resizeDebounce is how long a pane waits after the last resize before rendering at the new
// width; meanwhile it shows the old rendering cut to the new size.
const resizeDebounce = 120 * time.Millisecond

// wheelLines is how far one mouse wheel step scrolls, in lines.
const wheelLines = 3

// resizedMsg fires resizeDebounce after a pane was resized; seq says which resize it is for.
type resizedMsg struct {
	pane int64
	seq  int
}

// ReaderPane shows one language part of a policy rendered by glamour in a viewport: the
// rendering runs in a command (a spinner shows meanwhile), is cached per policy, part, width
// and style, and is redone, debounced, when the width changes. It tracks where each section
// starts, so it can jump to a section or a clause exactly and tell which section is being read,
// and it draws its own search highlights and clause marker over glamour's output.
//
// The reader uses one pane, the side-by-side screen two; other screens may embed panes too. The owner forwards every message to Update, calls SetSize on resizes, and
// drives scrolling with the methods.
type ReaderPane struct {
	id    int64
	st    *Styles
	cache *renderCache // the store's
	// debounce is how long the pane waits after the last resize before rendering at the new
	// width (the store's resizeDebounce; tests shorten it).
	debounce time.Duration
	policy   *model.Policy
	part     int

	width, height int
	maxWidth      int // the widest the text is wrapped, in cells; 0 for the pane's width
	vp            viewport.Model
	spin          spinner.Model

	want      renderKey    // the rendering last asked for
	asked     time.Time    // when it was asked for
	started   *atomic.Bool // set when the command rendering want runs
	resizedAt time.Time    // the last change of width
	doc       *renderedDoc // the rendering shown: want's, or an older one while re-rendering
	err       error        // why the last rendering failed
	resizeSeq int

	gotoSection int // section to show once the rendering arrives, -1 for none
	gotoClause  int // clause to show and mark once the rendering arrives, -1 for none
	spySection  int // section last jumped to: the scroll spy's answer until the next scroll

	query    string   // the find as the user sees it: what was typed, or the search that led here
	terms    []string // what is looked for: query itself, or the terms of a search (find.go)
	backward bool     // the find runs backward (less's ?): n goes up, N down
	reselect bool     // choose the current match when the rendering arrives
	matches  []docMatch
	current  int // index into matches

	shown  []string // the lines shown: the rendering with highlights and marker drawn over it
	widths []int    // widths[i]: cells of shown[i]
	// docWidths holds the cells of each line of measured, the document last refreshed; vpDoc is
	// the document whose lines the viewport holds. Both are set once per document, so that a
	// find's n or N measures only the lines its highlights change.
	docWidths []int
	measured  *renderedDoc
	vpDoc     *renderedDoc
	hl        highlights

	markClause   int          // the clause marked (opened from elsewhere), -1 for none
	markFrom     int          // lines [markFrom, markTo) carry the marker
	markTo       int          // (end of the marked lines)
	markedForDoc *renderedDoc // the rendering markFrom and markTo refer to
}

// newReaderPane returns an empty pane drawn with the store's styles, caching its renderings in
// the store's cache.
func newReaderPane(shared *store) ReaderPane {
	st := shared.styles
	vp := viewport.New()
	vp.MouseWheelEnabled = false // the pane scrolls on the wheel itself, so spy and sync follow
	return ReaderPane{
		id:          shared.newPaneID(),
		st:          st,
		cache:       shared.renders,
		debounce:    shared.debounce,
		vp:          vp,
		spin:        spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(st.Accent)),
		gotoSection: -1,
		gotoClause:  -1,
		spySection:  -1,
		markClause:  -1,
	}
}

// Policy returns the policy shown, nil before Open.
func (p *ReaderPane) Policy() *model.Policy { return p.policy }

// Part returns the language part shown.
func (p *ReaderPane) Part() int { return p.part }

// Ready reports whether the text is rendered and shown.
func (p *ReaderPane) Ready() bool { return p.doc != nil }

// Open shows part of policy from its start, dropping any search and marker; the command
// renders it when it is not cached.
func (p *ReaderPane) Open(policy *model.Policy, part int) tea.Cmd {
	same := policy == p.policy && part == p.part
	p.policy, p.part = policy, part
	p.gotoSection, p.gotoClause, p.spySection = -1, -1, -1
	p.markClause = -1
	if !same {
		p.doc, p.vpDoc = nil, nil
		p.vp.SetContentLines(nil)
		p.vp.SetYOffset(0)
	}
	return p.request(false)
}

// SetSize gives the pane width x height cells. A new width re-renders after resizeDebounce.
func (p *ReaderPane) SetSize(width, height int) tea.Cmd {
	width, height = max(1, width), max(1, height)
	changed := width != p.width
	if changed {
		p.resizedAt = time.Now()
	}
	p.width, p.height = width, height
	p.vp.SetWidth(width)
	p.vp.SetHeight(height)
	if !changed || p.policy == nil {
		return nil
	}
	if p.doc == nil {
		return p.request(false)
	}
	p.resizeSeq++
	msg := resizedMsg{pane: p.id, seq: p.resizeSeq}
	return tea.Tick(p.debounce, func(time.Time) tea.Msg { return msg })
}

// SetStyles switches to st, re-rendering when glamour's style changes.
func (p *ReaderPane) SetStyles(st *Styles) tea.Cmd {
	p.st = st
	p.spin.Style = st.Accent
	p.refresh()
	return p.request(false)
}

// DefaultReaderWidth is the reader's measure unless the user sets another (--reader-width,
// reader-width in the config file): about 90 cells, a readable line as glow and most
// reading views keep it, where the text would otherwise run to 157 characters at 200 columns.
const DefaultReaderWidth = 90

// SetMaxWidth sets the widest the text is wrapped, in cells (0: the pane's whole width); a
// pane wider than that shows the text column centred. The command re-renders when needed.
func (p *ReaderPane) SetMaxWidth(w int) tea.Cmd {
	p.maxWidth = max(0, w)
	return p.request(false)
}

// renderWidth is the wrap width given to glamour: the pane's width, less a cell so that the
// marker never sits on text, and no more than the maximum width.
func (p *ReaderPane) renderWidth() int {
	w := max(10, p.width-1)
	if p.maxWidth > 0 {
		w = min(w, max(10, p.maxWidth))
	}
	return w
}

// margin returns the blank cells left of the text column, which is centred when the pane is
// wider than the measure.
func (p *ReaderPane) margin() int {
	if p.maxWidth <= 0 {
		return 0
	}
	return max(0, (p.width-(p.renderWidth()+1))/2)
}

// setReaderWidth gives the reader's panes their measure (Options.ReaderWidth); the command
// re-renders what is shown.
func (r *readerScreen) setReaderWidth(w int) tea.Cmd {
	return r.pane.SetMaxWidth(w)
}

// request asks for the rendering the pane needs (policy, part, width, style): at once from the
// cache, or with a command. force asks even when it is the one shown.
func (p *ReaderPane) request(force bool) tea.Cmd {
	if p.policy == nil || p.width == 0 {
		return nil
	}
	k := p.needKey()
	if p.doc != nil && p.doc.key == k && !force {
		return nil
	}
	p.want = k
	if d, ok := p.cache.get(k); ok {
		p.setDoc(d)
		return nil
	}
	p.err = nil
	p.asked = time.Now()
	p.started = new(atomic.Bool)
	render := renderCmd(p.cache, k)
	started := p.started
	cmds := []tea.Cmd{func() tea.Msg { started.Store(true); return render() }}
	if p.doc == nil {
		cmds = append(cmds, p.spin.Tick)
	}
	return tea.Batch(cmds...)
}

// needKey returns the rendering the pane needs for its policy, part, width and style.
func (p *ReaderPane) needKey() renderKey {
	return renderKey{policy: p.policy, part: p.part, width: p.renderWidth(), style: p.st.glamourStyle()}
}

// heal asks again for the rendering the pane needs when the command of an earlier request was
// never run (an owner that dropped the command of SetSize or SetStyles): the pane then catches
// up on the next message it gets instead of showing a stale rendering for good.
func (p *ReaderPane) heal() tea.Cmd {
	if p.policy == nil || p.width == 0 || p.err != nil {
		return nil
	}
	need := p.needKey()
	switch {
	case p.doc != nil && p.doc.key == need:
		return nil
	case time.Since(p.resizedAt) < p.debounce:
		return nil // the resize timer will ask
	case p.want == need && p.started != nil && (p.started.Load() || time.Since(p.asked) < time.Second):
		return nil // on its way
	}
	return p.request(false)
}

// Update handles the pane's own messages: renderings, resize timers, spinner ticks and the
// mouse wheel. Keys are the owner's to map onto the scrolling methods, but every message also
// lets the pane catch up with a rendering it still needs.
func (p *ReaderPane) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(renderedMsg); !ok {
		if cmd := p.heal(); cmd != nil {
			return tea.Batch(cmd, p.update(msg))
		}
	}
	return p.update(msg)
}

// update handles msg for Update.
func (p *ReaderPane) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.key != p.want {
			return nil
		}
		if msg.err != nil {
			p.err = msg.err
			return nil
		}
		p.setDoc(msg.doc)
		return msg.more
	case resizedMsg:
		if msg.pane == p.id && msg.seq == p.resizeSeq {
			return p.request(false)
		}
	case spinner.TickMsg:
		if p.doc == nil && p.err == nil && p.policy != nil {
			var cmd tea.Cmd
			p.spin, cmd = p.spin.Update(msg)
			return cmd
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			p.ScrollBy(wheelLines)
		case tea.MouseWheelUp:
			p.ScrollBy(-wheelLines)
		}
	}
	return nil
}

// setDoc shows d, keeping the reading position (the same section, the same fraction through
// it) when it replaces another rendering, and applying a pending jump.
func (p *ReaderPane) setDoc(d *renderedDoc) {
	old := p.doc
	sec, frac := -1, 0.0
	markShown, markOffset := false, 0 // the marked clause on screen, so many lines below the top
	if old != nil {
		sec, frac = p.position()
		y := p.vp.YOffset()
		markShown = p.markClause >= 0 && p.gotoClause < 0 && p.markedForDoc == old && p.markFrom >= y && p.markFrom < y+p.height
		markOffset = p.markFrom - y
		if old.gapTo > old.gapFrom {
			// Rendered ahead, the clause's section ends the text: the top could not go
			// down to where OpenAt put it, two lines above the clause.
			markOffset = min(markOffset, 2)
		}
	}
	p.doc = d
	p.err = nil
	if p.markClause >= 0 && p.gotoClause < 0 {
		// The marked clause moves with the new rendering (another width, or the rest of it).
		if from, to, ok := p.clauseLines(p.markClause); ok {
			p.markFrom, p.markTo, p.markedForDoc = from, to, d
		}
	}
	if p.query != "" {
		at, ok := p.matchPlace(old)
		p.matches = findTerms(d.plain, p.terms)
		p.current = min(p.current, max(0, len(p.matches)-1))
		if ok {
			// The same match, where the new rendering puts it: with the rest of a document
			// rendered, the matches before the target section come first.
			p.current = p.matchAt(d, at, p.current)
		}
	}
	p.refresh()
	switch {
	case p.gotoClause >= 0:
		p.OpenAt(p.gotoClause)
	case p.gotoSection >= 0:
		p.GotoSection(p.gotoSection)
	case markShown && p.markedForDoc == d:
		// The marked clause stays where it was on screen: with the rest of the document
		// rendered before it (a search result opened in a long policy), or at another width.
		p.vp.SetYOffset(max(0, p.markFrom-markOffset))
	case old != nil && old.gapTo > old.gapFrom && p.spySection >= 0:
		// Placed by a jump into a document with its target rendered ahead: the jump holds (the
		// top line may lie before the target, where the end of the text kept it).
		p.GotoSection(p.spySection)
	case old != nil:
		p.setPosition(sec, frac)
	}
	if p.reselect && p.gotoClause < 0 && p.gotoSection < 0 {
		p.reselect = false
		p.selectMatch(p.findAnchor())
		p.refresh()
	}
}

// position returns the section at the top of the pane and how far through it the top is (0..1).
func (p *ReaderPane) position() (section int, frac float64) {
	y := p.vp.YOffset()
	section = p.doc.sectionAt(y)
	from := 0
	if section >= 0 {
		from, _ = p.doc.sectionStart(section)
	}
	to := p.doc.sectionEnd(section)
	if section < 0 && len(p.doc.starts) > 0 {
		to = p.doc.starts[0]
	}
	if to > from {
		frac = float64(y-from) / float64(to-from)
	}
	return section, frac
}

// setPosition scrolls to frac (0..1) of the way through section (-1: the preamble).
func (p *ReaderPane) setPosition(section int, frac float64) {
	if p.doc == nil {
		return
	}
	from := 0
	if section >= 0 {
		var ok bool
		if from, ok = p.doc.sectionStart(section); !ok {
			return
		}
	}
	to := p.doc.sectionEnd(section)
	if section < 0 && len(p.doc.starts) > 0 {
		to = p.doc.starts[0]
	}
	p.vp.SetYOffset(from + int(frac*float64(to-from)))
}

// refresh rebuilds the lines the viewport shows: the rendering with the search matches and the
// clause marker drawn over it.
func (p *ReaderPane) refresh() {
	if p.doc == nil {
		return
	}
	hl := p.highlighted()
	lines := append(p.shown[:0], hl.lines...)
	p.widths = append(p.widths[:0], hl.widths...)
	// The current match's lines, drawn again with it in its own style.
	if p.current >= 0 && p.current < len(p.matches) {
		for _, sg := range p.matches[p.current].segs {
			if sg.line < len(lines) && lines[sg.line] == hl.lines[sg.line] {
				lines[sg.line] = overlay(p.doc.lines[sg.line], p.lineSpans(hl, sg.line, p.current))
				p.widths[sg.line] = ansi.StringWidth(lines[sg.line])
			}
		}
	}
	if p.markClause >= 0 && p.markedForDoc == p.doc {
		marker := p.st.Marker.Render("▌")
		for l := p.markFrom; l < p.markTo && l < len(lines); l++ {
			lines[l] = markLine(lines[l], marker)
			p.widths[l] = ansi.StringWidth(lines[l])
		}
	}
	p.shown = lines
	if p.vpDoc != p.doc {
		// The viewport keeps the offset within the lines; viewLines draws them.
		p.vpDoc = p.doc
		y := p.vp.YOffset()
		p.vp.SetContentLines(append([]string(nil), p.doc.lines...))
		p.vp.SetYOffset(y)
	}
}

// highlights is the rendering with every find match drawn in the match style, and each line's
// width, for one document, set of matches and style: n and N redraw only the lines of the
// current match over it.
type highlights struct {
	doc     *renderedDoc
	matches []docMatch
	st      *Styles
	lines   []string
	widths  []int
	byLine  map[int][]int // the matches on each highlighted line, in order
}

// highlighted returns the highlights of the pane's document and matches, drawn when they changed.
func (p *ReaderPane) highlighted() *highlights {
	h := &p.hl
	if h.doc == p.doc && h.st == p.st && len(h.matches) == len(p.matches) &&
		(len(p.matches) == 0 || &h.matches[0] == &p.matches[0]) {
		return h
	}
	*h = highlights{doc: p.doc, matches: p.matches, st: p.st, byLine: map[int][]int{}}
	h.lines = append([]string(nil), p.doc.lines...)
	h.widths = append([]int(nil), p.lineWidths()...)
	for i, m := range p.matches {
		for _, sg := range m.segs {
			if ms := h.byLine[sg.line]; len(ms) == 0 || ms[len(ms)-1] != i {
				h.byLine[sg.line] = append(ms, i)
			}
		}
	}
	for l := range h.byLine {
		h.lines[l] = overlay(h.lines[l], p.lineSpans(h, l, -1))
		h.widths[l] = ansi.StringWidth(h.lines[l])
	}
	return h
}

// lineSpans returns the spans of the matches on line l, match cur in its own style.
func (p *ReaderPane) lineSpans(h *highlights, l, cur int) []span {
	var spans []span
	for _, i := range h.byLine[l] {
		st := p.st.Match
		if i == cur {
			st = p.st.MatchCur
		}
		for _, sg := range p.matches[i].segs {
			if sg.line == l {
				spans = append(spans, span{start: sg.start, end: sg.end, style: st})
			}
		}
	}
	return spans
}

// lineWidths returns the cells of each line of the document, measured once per document.
func (p *ReaderPane) lineWidths() []int {
	if p.measured == p.doc {
		return p.docWidths
	}
	d := p.doc
	p.docWidths = make([]int, len(d.lines))
	for i, l := range d.lines {
		if i < len(d.plain) {
			l = d.plain[i]
		}
		p.docWidths[i] = ansi.StringWidth(l)
	}
	p.measured = d
	return p.docWidths
}

// ScrollBy scrolls by n lines (up when negative).
func (p *ReaderPane) ScrollBy(n int) {
	p.spySection = -1
	p.vp.SetYOffset(p.vp.YOffset() + n)
}

// PageDown scrolls one page down; PageUp, HalfPageDown and HalfPageUp likewise.
func (p *ReaderPane) PageDown() { p.ScrollBy(max(1, p.height-1)) }

// PageUp scrolls one page up.
func (p *ReaderPane) PageUp() { p.ScrollBy(-max(1, p.height-1)) }

// HalfPageDown scrolls half a page down.
func (p *ReaderPane) HalfPageDown() { p.ScrollBy(max(1, p.height/2)) }

// HalfPageUp scrolls half a page up.
func (p *ReaderPane) HalfPageUp() { p.ScrollBy(-max(1, p.height/2)) }

// Top scrolls to the start.
func (p *ReaderPane) Top() { p.spySection = -1; p.vp.GotoTop() }

// Bottom scrolls to the end.
func (p *ReaderPane) Bottom() { p.spySection = -1; p.vp.GotoBottom() }

// YOffset returns the first line shown.
func (p *ReaderPane) YOffset() int { return p.vp.YOffset() }

// Progress reports how much of a long document is rendered while the rest is still being
// rendered: the sections done and the part's total; ok is false once the rendering is complete
// or before any of it has arrived.
func (p *ReaderPane) Progress() (done, total int, ok bool) {
	if p.doc == nil || p.doc.complete || p.doc.key.policy == nil {
		return 0, 0, false
	}
	pol, part := p.doc.key.policy, p.doc.key.part
	if part < 0 || part >= len(pol.Parts) {
		return 0, 0, false
	}
	pt := pol.Parts[part]
	total = pt.EndSection - pt.FirstSection
	if total <= 0 {
		return 0, 0, false
	}
	return min(len(p.doc.starts), total), total, true
}

// ScrollPercent returns how far down the text is scrolled, 0 to 100.
func (p *ReaderPane) ScrollPercent() int {
	if p.doc == nil {
		return 0
	}
	if len(p.doc.lines) <= p.height {
		return 100
	}
	return int(p.vp.ScrollPercent()*100 + 0.5)
}

// GotoSection scrolls so that section i (an index into Policy.Sections) starts at the top; it
// is the scroll spy's answer until the next scroll even when the end of the text keeps it lower.
// Before the rendering arrives, the jump waits for it.
func (p *ReaderPane) GotoSection(i int) {
	if p.doc == nil {
		p.gotoSection = i
		return
	}
	p.gotoSection = -1
	line, ok := p.doc.sectionStart(i)
	if !ok {
		if !p.doc.complete {
			p.gotoSection = i // not rendered yet: go there when it is, rendered ahead of the rest
			if p.doc.ahead != nil {
				p.doc.ahead(i)
			}
		}
		return
	}
	p.vp.SetYOffset(line)
	p.spySection = i
}

// CurrentSection returns the section being read: the one the last jump went to, or else the one
// holding the top line (at the very end, the last one whose heading is on screen); -1 in the
// preamble or before the rendering arrives.
func (p *ReaderPane) CurrentSection() int {
	if p.doc == nil {
		return p.gotoSection
	}
	if p.spySection >= 0 {
		return p.spySection
	}
	y := p.vp.YOffset()
	if y > 0 && p.vp.AtBottom() {
		// At the end, the last sections may be too short to reach the top: the last one whose
		// heading is on screen is the one being read.
		last := p.doc.sectionAt(len(p.doc.lines) - 1)
		if start, ok := p.doc.sectionStart(last); ok && start >= y {
			return last
		}
	}
	return p.doc.sectionAt(y)
}

// NextSection jumps to the section after the one being read; PrevSection to the one before (or
// to the start of the current one when scrolled into it).
func (p *ReaderPane) NextSection() {
	if p.doc == nil || len(p.doc.starts) == 0 {
		return
	}
	cur := p.CurrentSection()
	if cur < 0 {
		p.GotoSection(p.doc.first)
		return
	}
	if cur+1 < p.doc.first+len(p.doc.starts) {
		p.GotoSection(cur + 1)
	}
}

// PrevSection jumps to the start of the section being read, or to the one before when already
// at its start; from the first section it goes to the top.
func (p *ReaderPane) PrevSection() {
	if p.doc == nil {
		return
	}
	cur := p.CurrentSection()
	if cur < 0 {
		p.Top()
		return
	}
	if start, _ := p.doc.sectionStart(cur); start < p.vp.YOffset() && p.spySection != cur {
		p.GotoSection(cur)
		return
	}
	if cur > p.doc.first {
		p.GotoSection(cur - 1)
		return
	}
	p.Top()
}

// OpenAt scrolls to clause c (an index into Policy.Clauses) of the part shown and marks it
// with a bar in the margin. Before the rendering arrives, it waits for it.
func (p *ReaderPane) OpenAt(c int) {
	p.markClause = c
	if p.doc == nil {
		p.gotoClause = c
		return
	}
	p.gotoClause = -1
	from, to, ok := p.clauseLines(c)
	if !ok && !p.doc.complete {
		p.gotoClause = c // not rendered yet: go there when it is, its section rendered ahead
		if c >= 0 && c < len(p.policy.Clauses) && p.policy.Clauses[c].Section >= 0 && p.doc.ahead != nil {
			sec := p.policy.Clauses[c].Section
			p.doc.ahead(sec)
		}
		return
	}
	if !ok {
		p.markClause = -1
		if sec := p.policy.Clauses[c].Section; sec >= 0 {
			p.GotoSection(sec)
		}
		return
	}
	p.markFrom, p.markTo, p.markedForDoc = from, to, p.doc
	p.refresh()
	p.spySection = -1
	// Show the clause a few lines below the top, so its context is visible.
	p.vp.SetYOffset(max(0, from-2))
}

// clauseLines finds the lines [from, to) of the rendering that show clause c, by looking for
// its text, spaces ignored (glamour wraps lines), within its section.
func (p *ReaderPane) clauseLines(c int) (from, to int, ok bool) {
	if p.policy == nil || c < 0 || c >= len(p.policy.Clauses) {
		return 0, 0, false
	}
	cl := p.policy.Clauses[c]
	lo, hi, ok := p.doc.sectionLines(cl.Section)
	if !ok {
		return 0, 0, false
	}
	want := clauseRunes(cl)
	if len(want) == 0 {
		return 0, 0, false
	}
	hay, lineOf := p.compactLines(lo, hi)
	start, end, ok := findClause(hay, want, 0)
	if !ok {
		return 0, 0, false
	}
	return lineOf[start], lineOf[end] + 1, true
}

// clauseRunes returns the text of cl looked for in the rendering, compacted: a table row by its
// first cell.
func clauseRunes(cl model.Clause) []rune {
	text := cl.Text
	if cl.Kind == model.KindTableRow && len(cl.Cells) > 0 {
		text = cl.Cells[0]
	}
	return []rune(compact(text))
}

// findClause finds a clause's compacted text want in hay from index from: by its first 24
// runes, then the whole of it when it is all there (else only those runes). It returns the
// indexes of the first and last runes found.
func findClause(hay, want []rune, from int) (start, end int, ok bool) {
	probe := want[:min(len(want), 24)]
	i := indexRunes(hay[from:], probe)
	if i < 0 {
		return 0, 0, false
	}
	start = from + i
	end = start + len(probe) - 1
	if rest := hay[start:]; len(rest) >= len(want) && slices.Equal(rest[:len(want)], want) {
		end = start + len(want) - 1
	}
	return start, min(end, len(hay)-1), true
}

// compact returns s without white space and without the backslashes of markdown escapes, and
// with full-width commas and semicolons made ASCII (documents mix both): the form in which
// clause text and rendered lines are compared.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r) || r == '\\':
			return -1
		case r == '，':
			return ','
		case r == '；':
			return ';'
		}
		return r
	}, s)
}

// indexRunes returns the index of the first occurrence of needle in hay, -1 when none.
func indexRunes(hay, needle []rune) int {
	if len(needle) == 0 {
		return 0
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, r := range needle {
			if hay[i+j] != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

// SetQuery highlights the occurrences of q (folded as search folds text: case, accents,
// full-width forms, traditional and simplified Chinese) and moves to the first one at or after
// the top of the pane (the last one on screen or above it for a backward find); an empty q
// clears the find. Given the query it already shows, it keeps the terms it looks for (those of a
// search, SetTerms), so an owner may set the query again after reopening the text.
func (p *ReaderPane) SetQuery(q string) {
	if q != p.query || len(p.terms) == 0 {
		p.terms = []string{q}
	}
	p.setFind(q, p.terms, true)
}

// SetTerms highlights the occurrences of every term (a search's, see searchTerms), shown to
// the user as query, and moves to the first one at or after the clause marked (or the top).
func (p *ReaderPane) SetTerms(query string, terms []string) {
	p.setFind(query, terms, true)
}

// setFind installs a find and chooses its current match; scroll brings it into view.
func (p *ReaderPane) setFind(query string, terms []string, scroll bool) {
	p.query, p.terms = query, terms
	if query == "" {
		p.terms = nil
	}
	p.matches = nil
	p.current = 0
	p.reselect = false
	if query != "" {
		if p.doc == nil || (p.gotoClause >= 0 && p.markClause >= 0) {
			p.reselect = true // chosen when the rendering (of the clause) arrives
		}
		if p.doc != nil {
			p.matches = findTerms(p.doc.plain, p.terms)
			p.selectMatch(p.findAnchor())
		}
	}
	p.refresh()
	if scroll {
		p.showCurrentMatch()
	}
}

// findAnchor returns the line a new find starts from: the marked clause's first line when it
// is on screen, else the top line (forward) or the bottom line (backward).
func (p *ReaderPane) findAnchor() int {
	y := p.vp.YOffset()
	if p.markClause >= 0 && p.markedForDoc == p.doc && p.markFrom >= y && p.markFrom < y+p.height {
		return p.markFrom
	}
	if p.backward {
		return y + p.height - 1
	}
	return y
}

// selectMatch makes current the first match at or after line, or for a backward find the last
// at or before it, wrapping around the document.
func (p *ReaderPane) selectMatch(line int) {
	p.current = 0
	if len(p.matches) == 0 {
		return
	}
	if p.backward {
		p.current = len(p.matches) - 1
		for i := len(p.matches) - 1; i >= 0; i-- {
			if p.matches[i].line() <= line {
				p.current = i
				return
			}
		}
		return
	}
	for i, m := range p.matches {
		if m.line() >= line {
			p.current = i
			return
		}
	}
}

// SetBackward sets the direction of the find: backward (less's ?) or forward (/).
func (p *ReaderPane) SetBackward(backward bool) { p.backward = backward }

// Backward reports whether the find runs backward.
func (p *ReaderPane) Backward() bool { return p.backward }

// findState is a pane's find, kept per policy by the reader.
type findState struct {
	query    string
	terms    []string
	backward bool
}

// FindState returns the pane's find, to restore it later with RestoreFind.
func (p *ReaderPane) FindState() findState {
	return findState{query: p.query, terms: append([]string(nil), p.terms...), backward: p.backward}
}

// RestoreFind installs f without scrolling: the matches are highlighted and n goes on from the
// top of the pane.
func (p *ReaderPane) RestoreFind(f findState) {
	p.backward = f.backward
	p.setFind(f.query, f.terms, false)
}

// Query returns the search shown.
func (p *ReaderPane) Query() string { return p.query }

// Matches returns the number of matches and the 1-based index of the current one (0 when none).
func (p *ReaderPane) Matches() (current, total int) {
	if len(p.matches) == 0 {
		return 0, 0
	}
	return p.current + 1, len(p.matches)
}

// NextMatch moves to the next match in the find's direction (delta 1: down for /, up for a
// backward find) or the other way (-1), wrapping around; wrapped reports that it went past the
// end (or the start) of the document to get there. When the current match is off screen (the
// reader scrolled away, or came back to the policy), it goes on from the screen, as less does:
// the first match from the top line down, or the last from the bottom line up.
func (p *ReaderPane) NextMatch(delta int) (wrapped bool) {
	n := len(p.matches)
	if n == 0 {
		return false
	}
	if p.backward {
		delta = -delta
	}
	y := p.vp.YOffset()
	next := p.current + delta
	if l := p.matches[p.current].line(); p.doc != nil && (l < y || l >= y+p.height) {
		next = n // forward: none at or below the top line wraps to the first
		if delta < 0 {
			next = -1
		}
		for i, m := range p.matches {
			if delta > 0 && m.line() >= y {
				next = i
				break
			}
			if delta < 0 && m.line() < y+p.height {
				next = i
			}
		}
	}
	wrapped = next < 0 || next >= n
	p.current = (next%n + n) % n
	p.refresh()
	p.showCurrentMatch()
	return wrapped
}

// showCurrentMatch scrolls the current match into view, a third of the way down when it was
// off screen.
func (p *ReaderPane) showCurrentMatch() {
	if p.current >= len(p.matches) {
		return
	}
	l := p.matches[p.current].line()
	y := p.vp.YOffset()
	if l < y || l >= y+p.height {
		p.spySection = -1
		p.vp.SetYOffset(max(0, l-p.height/3))
	}
}

// View draws the pane in exactly its width x height cells.
func (p *ReaderPane) View() string { return strings.Join(p.viewLines(), "\n") }

// placeholder returns what the pane shows while it has no rendering: nothing, the error, or a
// spinner.
func (p *ReaderPane) placeholder() string {
	switch {
	case p.policy == nil:
		return fitLines("", p.width, p.height)
	case p.err != nil:
		msg := p.st.Error.Render(truncateCells("✗ "+p.err.Error(), p.width))
		return fitLines(msg, p.width, p.height)
	}
	msg := p.spin.View() + " rendering " + truncateCells(p.policy.DisplayName(), max(1, p.width-14)) + "…"
	return lipgloss.Place(p.width, p.height, lipgloss.Center, lipgloss.Center, truncateCells(msg, p.width))
}

// viewLines returns the text's lines on screen, exactly height lines of exactly width cells.
// The viewport keeps the scroll position; drawing is done here, from widths measured once per
// rendering, so a scroll costs no more than copying the lines on screen.
func (p *ReaderPane) viewLines() []string {
	if p.doc == nil {
		return strings.Split(fitLines(p.placeholder(), p.width, p.height), "\n")
	}
	out := make([]string, p.height)
	y := p.vp.YOffset()
	pad := p.margin()
	left, width := strings.Repeat(" ", pad), p.width-pad
	for i := range out {
		l := y + i
		if l >= len(p.shown) {
			out[i] = strings.Repeat(" ", p.width)
			continue
		}
		switch w := p.widths[l]; {
		case w == width:
			out[i] = left + p.shown[l]
		case w < width:
			out[i] = left + p.shown[l] + strings.Repeat(" ", width-w)
		default:
			out[i] = left + ansi.Truncate(p.shown[l], width, "") + "\x1b[m"
		}
	}
	return out
}

// String describes the pane for debugging: policy, part and position.
func (p *ReaderPane) String() string {
	return fmt.Sprintf("pane(%s part %d line %d)", p.policy.DisplayName(), p.part, p.vp.YOffset())
}

// CursorClause returns the clause (an index into Policy.Clauses) under the reader's cursor,
// which is, in order: the clause marked (opened from elsewhere, or copied) while it is on
// screen; the clause holding the current find match while that is on screen; the first clause
// that starts on screen; the clause the top line is in. -1 when the text is not rendered or
// shows no clause.
func (p *ReaderPane) CursorClause() int {
	if p.doc == nil || p.policy == nil {
		return -1
	}
	y, bottom := p.vp.YOffset(), p.vp.YOffset()+p.height
	onScreen := func(from, to int) bool { return from < bottom && to > y }
	if p.markClause >= 0 && p.markedForDoc == p.doc && onScreen(p.markFrom, p.markTo) {
		return p.markClause
	}
	spans := p.clauseSpans(p.doc.sectionAt(y), p.doc.sectionAt(bottom-1))
	if p.current < len(p.matches) {
		if l := p.matches[p.current].line(); l >= y && l < bottom {
			for _, s := range spans {
				if l >= s.from && l < s.to {
					return s.clause
				}
			}
		}
	}
	covering := -1
	for _, s := range spans {
		if s.from >= y && s.from < bottom {
			return s.clause
		}
		if s.from <= y && s.to > y {
			covering = s.clause
		}
	}
	return covering
}

// clauseSpan is where a clause is in the rendering: lines [from, to).
type clauseSpan struct{ clause, from, to int }

// clauseSpans returns where the clauses of sections first..last (-1: the preamble) of the part
// shown are in the rendering, as clauseLines finds them but in one pass per section.
func (p *ReaderPane) clauseSpans(first, last int) []clauseSpan {
	if p.part < 0 || p.part >= len(p.policy.Parts) {
		return nil
	}
	pt := p.policy.Parts[p.part]
	var out []clauseSpan
	for sec := first; sec <= last; sec++ {
		lo, hi, ok := p.doc.sectionLines(sec)
		if !ok {
			continue
		}
		hay, lineOf := p.compactLines(lo, hi)
		at := 0
		for c := pt.FirstClause; c < pt.EndClause; c++ {
			cl := p.policy.Clauses[c]
			if cl.Section != sec || at >= len(hay) {
				continue
			}
			want := clauseRunes(cl)
			if len(want) == 0 {
				continue
			}
			start, end, ok := findClause(hay, want, at)
			if !ok {
				continue
			}
			out = append(out, clauseSpan{clause: c, from: lineOf[start], to: lineOf[end] + 1})
			at = end + 1
		}
	}
	return out
}

// Mark marks clause c with the bar in the margin without scrolling (what y copied); it is
// cleared like the mark of OpenAt, by opening the pane again.
func (p *ReaderPane) Mark(c int) {
	if p.doc == nil {
		return
	}
	if from, to, ok := p.clauseLines(c); ok {
		p.markClause, p.markFrom, p.markTo, p.markedForDoc = c, from, to, p.doc
		p.refresh()
	}
}

// compactLines returns the text of rendered lines lo..hi-1 compacted (as compact does) into one
// run of runes, with the line each rune is on: what clause positions are looked for in.
func (p *ReaderPane) compactLines(lo, hi int) (hay []rune, lineOf []int) {
	for l := lo; l < hi; l++ {
		for _, r := range compact(p.doc.plain[l]) {
			hay = append(hay, r)
			lineOf = append(lineOf, l)
		}
	}
	return hay, lineOf
}

// matchPlace is where a match is in a rendering, by section: what stays the same when the rest
// of the document arrives or the text is drawn again.
type matchPlace struct {
	section, line, cell int // line counts from the section's first line
}

// matchPlace returns the place of the current match in doc d, false when there is none.
func (p *ReaderPane) matchPlace(d *renderedDoc) (matchPlace, bool) {
	if d == nil || p.current < 0 || p.current >= len(p.matches) || len(p.matches[p.current].segs) == 0 {
		return matchPlace{}, false
	}
	seg := p.matches[p.current].segs[0]
	sec := d.sectionAt(seg.line)
	from := 0
	if sec >= 0 {
		from, _ = d.sectionStart(sec)
	}
	return matchPlace{section: sec, line: seg.line - from, cell: seg.start}, true
}

// matchAt returns the index of the match of p.matches at place at in doc d, or else def.
func (p *ReaderPane) matchAt(d *renderedDoc, at matchPlace, def int) int {
	from := 0
	if at.section >= 0 {
		s, ok := d.sectionStart(at.section)
		if !ok {
			return def
		}
		from = s
	}
	for i, m := range p.matches {
		if len(m.segs) > 0 && m.segs[0].line == from+at.line && m.segs[0].start == at.cell {
			return i
		}
	}
	return def
}
