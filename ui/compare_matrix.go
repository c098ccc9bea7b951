package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

// rowFilter selects which rows of the comparison matrix are shown; `f` cycles through them.
type rowFilter uint8

// The row filters, in the order `f` cycles through them.
const (
	filterAll       rowFilter = iota // every key
	filterDiffer                     // keys on which the analysed policies do not all agree
	filterRights                     // right.* keys only
	filterData                       // data.* keys only
	filterPractices                  // practice.* keys only
	numRowFilters
)

// String returns the filter's name as the title bar shows it: "all", "differing", "rights",
// "data", "practices".
func (f rowFilter) String() string {
	switch f {
	case filterDiffer:
		return "differing"
	case filterRights:
		return "rights"
	case filterData:
		return "data"
	case filterPractices:
		return "practices"
	default:
		return "all"
	}
}

// next returns the filter after f, wrapping around.
func (f rowFilter) next() rowFilter { return (f + 1) % numRowFilters }

// matrixLine is one line of the matrix body: a group header or a key's row.
type matrixLine struct {
	header bool
	group  detect.Group
	key    detect.Key
}

// matrixColumn is one policy's column of the matrix.
type matrixColumn struct {
	policy *model.Policy
	report *detect.Report // nil while the policy is being analysed, or when that failed
	err    error          // why the analysis failed
	name   string         // the policy's full display name
	short  string         // its short name, unique among the policies compared (model.ShortNames)
}

// Widths of the matrix, in terminal cells.
const (
	matrixKeyMax = 24 // the frozen key column when there is room: "▸ International transfer"
	matrixKeyMin = 10
	matrixColMin = 6 // " ✓ᴱᵁ" plus a space
	matrixColMax = 12
	// matrixChrome is the largest number of lines a view keeps for itself (not body rows): the
	// two-line column header and the two summary rows of the matrix view.
	matrixChrome = 4
)

// matrix is the comparison grid: keys down, policies across, a cursor on one cell. It owns
// its scroll offsets; the key column stays frozen while columns scroll horizontally.
type matrix struct {
	all []matrixColumn // every policy given, in load order
	// allLangs is langs() of all, kept from setColumns: the keys' help asks for it after every
	// report, and computing it walks every policy.
	allLangs []model.Lang
	cols     []matrixColumn // the columns shown: all after the column filters, in the chosen order
	marks    *policyMarks   // the policies marked with space for side-by-side reading (the App's)
	filter   rowFilter
	query    string // the `/` input as typed: key words filter rows, @words filter columns
	keyQ     string // the key words of query, lower-cased
	colQ     []string

	view     compareView // matrix, transposed or summary
	order    colOrder    // the order of the columns
	lang     model.Lang  // only policies with a part in this language; LangUnknown for all
	decl     declFilter  // only policies that declare (or do not) declKey
	declKey  detect.Key
	keyLines []int // the indexes in lines of the key rows (not the group headers)
	tKeyOff  int   // transposed view: first key column shown, an index into keyLines

	lines     []matrixLine // the rows that pass the filters, with their group headers
	line, col int          // the cursor: an index into lines (a key line) and into cols
	lineOff   int          // first body line shown
	colOff    int          // first policy column shown
	width     int          // cells
	height    int          // lines
}

// newMatrix returns an empty matrix showing every key, drawing marks from marks.
func newMatrix(marks *policyMarks) matrix {
	m := matrix{marks: marks}
	m.refresh()
	return m
}

// setColumns replaces the policies, keeping the cursor on the same policy and key where
// possible (marks belong to the policies, not the columns).
func (m *matrix) setColumns(cols []matrixColumn) {
	ps := make([]*model.Policy, len(cols))
	for i, c := range cols {
		ps[i] = c.policy
	}
	for i, n := range model.ShortNames(ps) {
		cols[i].short = n
	}
	m.all = cols
	m.allLangs = m.computeLangs()
	m.refresh()
}

// setReport records the analysis of policy p and reports whether p is one of the columns.
func (m *matrix) setReport(p *model.Policy, r *detect.Report) bool {
	found := false
	for i := range m.all {
		if m.all[i].policy == p {
			m.all[i].report = r
			found = true
		}
	}
	if found {
		m.refresh() // the differing rows, the declare filter and the declared order follow reports
	}
	return found
}

// setFailed records that policy p could not be analysed and reports whether p is a column.
func (m *matrix) setFailed(p *model.Policy, err error) bool {
	found := false
	for i := range m.all {
		if m.all[i].policy == p {
			m.all[i].err = err
			found = true
		}
	}
	if found {
		m.refresh()
	}
	return found
}

// setSize sets the matrix's size in cells and lines.
func (m *matrix) setSize(width, height int) {
	m.width, m.height = width, height
	m.scrollToCursor()
}

// setFilter sets the row filter and the `/` query, keeping the cursor's key and policy if they
// stay. Words of the query that start with "@" filter the columns by name (short name, display
// name or ID, as `@id` does in search); the others filter the rows by key name or label.
func (m *matrix) setFilter(f rowFilter, query string) {
	m.filter, m.query = f, query
	var keyWords []string
	m.colQ = m.colQ[:0]
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if name, ok := strings.CutPrefix(w, "@"); ok {
			if name != "" {
				m.colQ = append(m.colQ, name)
			}
			continue
		}
		keyWords = append(keyWords, w)
	}
	m.keyQ = strings.Join(keyWords, " ")
	m.refresh()
}

// current returns the column and key under the cursor; ok is false when no row is shown or
// there are no policies.
func (m *matrix) current() (col matrixColumn, k detect.Key, ok bool) {
	if m.col >= len(m.cols) || m.line >= len(m.lines) || m.lines[m.line].header {
		return matrixColumn{}, 0, false
	}
	return m.cols[m.col], m.lines[m.line].key, true
}

// rebuild recomputes the visible lines from the filters, keeping the cursor on its key or, when
// that key is filtered out, on the nearest key after it in taxonomy order.
func (m *matrix) rebuild() {
	want := detect.Key(0)
	if m.line < len(m.lines) {
		want = m.lines[m.line].key
	}
	q := m.keyQ
	m.lines = m.lines[:0]
	lastGroup := detect.Group(255)
	for _, k := range detect.Keys() {
		if !m.keep(k, q) {
			continue
		}
		if g := k.Group(); g != lastGroup {
			m.lines = append(m.lines, matrixLine{header: true, group: g})
			lastGroup = g
		}
		m.lines = append(m.lines, matrixLine{group: k.Group(), key: k})
	}
	m.line = len(m.lines)
	for i, l := range m.lines {
		if !l.header && l.key >= want {
			m.line = i
			break
		}
	}
	if m.line == len(m.lines) {
		m.line = len(m.lines) - 1 // the last line is a key line whenever there are lines
	}
	if m.line < 0 {
		m.line = 0
	}
	m.keyLines = m.keyLines[:0]
	for i, l := range m.lines {
		if !l.header {
			m.keyLines = append(m.keyLines, i)
		}
	}
}

// keep reports whether key k passes the row filter and the lower-cased query q.
func (m *matrix) keep(k detect.Key, q string) bool {
	if q != "" && !strings.Contains(k.String(), q) && !strings.Contains(strings.ToLower(k.Label()), q) {
		return false
	}
	switch m.filter {
	case filterRights:
		return k.Group() == detect.GroupRights
	case filterData:
		return k.Group() == detect.GroupData
	case filterPractices:
		return k.Group() == detect.GroupPractices
	case filterDiffer:
		return m.differs(k)
	default:
		return true
	}
}

// differs reports whether the analysed policies disagree on key k: not all the same status and
// scope. With fewer than two analysed policies nothing differs.
func (m *matrix) differs(k detect.Key) bool {
	var first detect.Finding
	n := 0
	for _, c := range m.cols {
		if c.report == nil {
			continue
		}
		f := c.report.Finding(k)
		if n > 0 && (f.Status != first.Status || f.Scope != first.Scope) {
			return true
		}
		first, n = f, n+1
	}
	return false
}

// moveLine moves the cursor by d key rows, skipping group headers and stopping at the ends.
func (m *matrix) moveLine(d int) {
	if len(m.lines) == 0 {
		return
	}
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	for ; d > 0; d-- {
		i := m.line + step
		for i >= 0 && i < len(m.lines) && m.lines[i].header {
			i += step
		}
		if i < 0 || i >= len(m.lines) {
			break
		}
		m.line = i
	}
	m.scrollToCursor()
}

// moveLineTo puts the cursor on the first (first true) or the last key row.
func (m *matrix) moveLineTo(first bool) {
	if len(m.lines) == 0 {
		return
	}
	m.line = len(m.lines) - 1
	if first {
		m.line = 0
		for m.line < len(m.lines)-1 && m.lines[m.line].header {
			m.line++
		}
	}
	m.scrollToCursor()
}

// moveCol moves the cursor by d columns, stopping at the ends.
func (m *matrix) moveCol(d int) {
	m.col = min(max(m.col+d, 0), max(len(m.cols)-1, 0))
	m.scrollToCursor()
}

// cellAt returns the key line and the column at cell x of line y of the matrix's view; ok is
// false outside the body or on a group header. A click on the key column keeps the column.
func (m *matrix) cellAt(x, y int) (line, col int, ok bool) {
	switch m.view {
	case viewTransposed:
		return m.cellAtTransposed(x, y)
	case viewSummary:
		line = m.lineOff + y - 1 // the header is line 0
		if y < 1 || y > m.bodyHeight() || line >= len(m.lines) || m.lines[line].header {
			return 0, 0, false
		}
		return line, m.col, true
	}
	line = m.lineOff + y - 2 // the column header is lines 0 and 1
	if y < 2 || y > m.bodyHeight()+1 || line >= len(m.lines) || m.lines[line].header {
		return 0, 0, false
	}
	keyW, colW, shown := m.layout()
	col = m.col
	if x >= keyW {
		c := m.colOff + (x-keyW)/colW
		if c >= m.colOff+shown || c >= len(m.cols) {
			return 0, 0, false
		}
		col = c
	}
	return line, col, true
}

// bodyHeight returns how many body lines fit.
func (m *matrix) bodyHeight() int { return max(m.height-m.chrome(), 1) }

// chrome returns how many lines the view keeps for itself: the matrix its two-line header and
// two summary rows, the transposed view its two-line header and the "declared by" row, the
// summary view its one-line header.
func (m *matrix) chrome() int {
	switch m.view {
	case viewTransposed:
		return 3
	case viewSummary:
		return 1
	default:
		return matrixChrome
	}
}

// layout returns the width of the key column, the width of a policy column and how many
// policy columns are shown, all for the current size.
func (m *matrix) layout() (keyW, colW, shown int) {
	keyW = min(matrixKeyMax, max(matrixKeyMin, m.width/3))
	n := max(len(m.cols), 1)
	avail := max(m.width-keyW, 0)
	colW = min(max(avail/n, matrixColMin), matrixColMax)
	shown = min(max(avail/colW, 1), len(m.cols))
	if shown < len(m.cols) {
		// Columns scroll: keep two cells for the "3▸" that says how many are hidden.
		shown = min(max((avail-2)/colW, 1), len(m.cols))
	} else if len(m.cols) > 0 && shown*colW+keyW < m.width {
		// Everything fits: give the spare cells to the key column, up to its maximum.
		keyW = min(matrixKeyMax, m.width-shown*colW)
	}
	return keyW, colW, shown
}

// wantWidth returns the width the view would use if it had all the room it wanted.
func (m *matrix) wantWidth() int {
	switch m.view {
	case viewTransposed:
		return transposedNameMax + len(m.keyLines)*transposedColMax
	case viewSummary:
		return matrixKeyMax + summaryTextMax
	default:
		return matrixKeyMax + len(m.cols)*matrixColMax
	}
}

// scrollToCursor adjusts the offsets so the cursor's cell is on screen, showing a key's group
// header with its first key.
func (m *matrix) scrollToCursor() {
	if m.view == viewTransposed {
		m.scrollTransposed()
		return
	}
	h := m.bodyHeight()
	if m.line < m.lineOff {
		m.lineOff = m.line
	}
	if m.line > 0 && m.line-1 < m.lineOff && m.lines[m.line-1].header {
		m.lineOff = m.line - 1
	}
	if m.line >= m.lineOff+h {
		m.lineOff = m.line - h + 1
	}
	m.lineOff = max(min(m.lineOff, len(m.lines)-h), 0)

	_, _, shown := m.layout()
	if m.col < m.colOff {
		m.colOff = m.col
	}
	if m.col >= m.colOff+shown {
		m.colOff = m.col - shown + 1
	}
	m.colOff = max(min(m.colOff, len(m.cols)-shown), 0)
}

// scopeMark returns the superscript that marks a finding limited to a scope: "ᴱᵁ" for the
// EEA/UK, "ᶜᴬ" California, "ᶜᴺ" China, "ᴷ" children (kids), "" for everyone.
func scopeMark(s detect.Scope) string {
	switch s {
	case detect.ScopeEEAUK:
		return "ᴱᵁ"
	case detect.ScopeCalifornia:
		return "ᶜᴬ"
	case detect.ScopeChina:
		return "ᶜᴺ"
	case detect.ScopeChildren:
		return "ᴷ"
	default:
		return ""
	}
}

// statusSymbol returns the matrix symbol of a status: ✓ declared, ✗ denied, · not mentioned,
// ? unknown (the policy's language was not analysed).
func statusSymbol(s detect.Status) string {
	switch s {
	case detect.Declared:
		return "✓"
	case detect.Denied:
		return "✗"
	case detect.Unknown:
		return "?"
	default:
		return "·"
	}
}

// cellText returns a cell's text, without padding, for a column of w cells: the symbol, its
// scope mark and, when it fits after them, the finding's value ("✓ 1 month").
func cellText(f detect.Finding, w int) string {
	s := statusSymbol(f.Status) + scopeMark(f.Scope)
	if f.Value == "" || f.Status == detect.NotMentioned {
		return s
	}
	v := oneLine(f.Value)
	if withValue := s + " " + v; ansi.StringWidth(withValue) <= w-2 { // a space on each side
		return withValue
	}
	return s
}

// oneLine folds the whitespace of s, newlines included, into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// headerLines returns a column header of two lines of at most w cells for name: the whole name
// on the second line when it fits; else its words filled into both lines, a word wider than a
// line abbreviated with a dot ("Northwind Traders" is "Nort." over "Trad."); else, for a
// single word (a Chinese name has no spaces), the word cut across the two lines, in halves when
// it fits in two. The second line ends in "…" when the name does not fit in two.
func headerLines(name string, w int) (top, bottom string) {
	if w <= 0 {
		return "", ""
	}
	if ansi.StringWidth(name) <= w {
		return "", name
	}
	words := strings.Fields(name)
	if len(words) > 1 {
		for i, word := range words {
			if ansi.StringWidth(word) > w {
				words[i] = ansi.Truncate(word, w-1, "") + "."
			}
		}
		top = words[0]
		i := 1
		for ; i < len(words) && ansi.StringWidth(top+" "+words[i]) <= w; i++ {
			top += " " + words[i]
		}
		return top, truncateCells(strings.Join(words[i:], " "), w)
	}
	cut := w
	if sw := ansi.StringWidth(name); sw <= 2*w {
		cut = (sw + 1) / 2 // balanced lines: "深圳七" over "丁科技", not "深圳七丁科" over "技"
	}
	top = ansi.Truncate(name, cut, "")
	return top, truncateCells(strings.TrimPrefix(name, top), w)
}

// View renders the matrix at its size: the column header, the body rows and the two summary
// rows. Every line is exactly width cells wide.
func (m *matrix) View(st *compareStyles, focused bool) string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	switch m.view {
	case viewTransposed:
		return m.viewTransposed(st, focused)
	case viewSummary:
		return m.viewSummary(st)
	}
	keyW, colW, shown := m.layout()
	first, last := m.colOff, min(m.colOff+shown, len(m.cols))
	var b strings.Builder
	b.Grow(m.height * m.width * 4)

	// The two-line column header, with arrows when columns are scrolled out of view.
	tops, bottoms := make([]string, 0, last-first), make([]string, 0, last-first)
	for c := first; c < last; c++ {
		// A name takes colW-1 cells (the last keeps the next name apart); a marked one has the
		// mark at the start of its first line.
		top, bottom := headerLines(m.cols[c].short, colW-1)
		if m.marks != nil && m.marks.has(m.cols[c].policy) {
			top = markGlyph + truncateCells(top, colW-2)
		}
		tops, bottoms = append(tops, top), append(bottoms, bottom)
	}
	left := ""
	if first > 0 {
		left = "◂" + strconv.Itoa(first)
	}
	for row, names := range [][]string{tops, bottoms} {
		if row == 0 {
			b.WriteString(st.dim.Render(padCells(left, keyW)))
		} else {
			b.WriteString(strings.Repeat(" ", keyW))
		}
		for i, c := 0, first; c < last; i, c = i+1, c+1 {
			text := padCells(names[i], colW)
			switch {
			case c == m.col && focused:
				b.WriteString(st.colCurrent.Render(text))
			case c == m.col || m.marks != nil && m.marks.has(m.cols[c].policy):
				b.WriteString(st.colMarked.Render(text))
			default:
				b.WriteString(st.colHeader.Render(text))
			}
		}
		used := keyW + (last-first)*colW
		if row == 0 && last < len(m.cols) && used < m.width {
			more := padCells(strconv.Itoa(len(m.cols)-last)+"▸", m.width-used)
			b.WriteString(st.dim.Render(more))
		} else {
			b.WriteString(strings.Repeat(" ", max(m.width-used, 0)))
		}
		b.WriteByte('\n')
	}

	h := m.bodyHeight()
	for i := m.lineOff; i < m.lineOff+h; i++ {
		if i >= len(m.lines) || len(m.cols) == 0 {
			if i == m.lineOff {
				msg := "  no rows match"
				if len(m.cols) == 0 {
					msg = "  no policies to compare"
				}
				b.WriteString(st.dim.Render(padCells(msg, m.width)))
			} else {
				b.WriteString(strings.Repeat(" ", m.width))
			}
			b.WriteByte('\n')
			continue
		}
		m.writeLine(&b, st, m.lines[i], i == m.line, keyW, colW, first, last)
		b.WriteByte('\n')
	}
	m.writeSummary(&b, st, "Rights declared", keyW, colW, first, last, func(r *detect.Report) string {
		return strconv.Itoa(r.Count(detect.GroupRights, detect.Declared)) + "/" +
			strconv.Itoa(len(detect.KeysOf(detect.GroupRights)))
	})
	b.WriteByte('\n')
	m.writeSummary(&b, st, "Data collected", keyW, colW, first, last, func(r *detect.Report) string {
		return strconv.Itoa(r.Count(detect.GroupData, detect.Declared))
	})
	return b.String()
}

// writeLine writes one body line: a group header or a key's label and cells.
func (m *matrix) writeLine(b *strings.Builder, st *compareStyles, l matrixLine, cur bool, keyW, colW, first, last int) {
	if l.header {
		title := strings.ToUpper(groupTitle(l.group))
		b.WriteString(st.groupHeader.Render(title))
		b.WriteString(strings.Repeat(" ", max(m.width-ansi.StringWidth(title), 0)))
		return
	}
	if cur {
		b.WriteString(st.keyCurrent.Render(padCells("▸ "+l.key.Label(), keyW)))
	} else {
		b.WriteString(st.keyLabel.Render(padCells("  "+l.key.Label(), keyW)))
	}
	for c := first; c < last; c++ {
		hl := hlNone
		switch {
		case cur && c == m.col:
			hl = hlCursor
		case cur:
			hl = hlRow
		case c == m.col:
			hl = hlCol
		}
		r := m.cols[c].report
		if r == nil {
			b.WriteString(st.pending.Render(padCells(pendingText(m.cols[c]), colW)))
			continue
		}
		f := r.Finding(l.key)
		b.WriteString(st.cell[f.Status%numStatuses][hl].Render(padCells(" "+cellText(f, colW), colW)))
	}
	b.WriteString(strings.Repeat(" ", max(m.width-keyW-(last-first)*colW, 0)))
}

// writeSummary writes a summary row: a label and, per policy, what count(report) says.
func (m *matrix) writeSummary(b *strings.Builder, st *compareStyles, label string, keyW, colW, first, last int, count func(*detect.Report) string) {
	b.WriteString(st.summary.Render(padCells(label, keyW)))
	for c := first; c < last; c++ {
		text := pendingText(m.cols[c])
		if r := m.cols[c].report; r != nil {
			text = " " + count(r)
			if !r.Analysed() {
				text = " ?" // a language without a lexicon: nothing was counted
			}
		}
		b.WriteString(st.summary.Render(padCells(text, colW)))
	}
	b.WriteString(strings.Repeat(" ", max(m.width-keyW-(last-first)*colW, 0)))
}

// pendingText is the cell text of a column without a report: " …" while it is analysed,
// " ?" when the analysis failed (the evidence pane and the status line say why).
func pendingText(c matrixColumn) string {
	if c.err != nil {
		return " ?"
	}
	return " …"
}

// groupTitle returns the heading of a group of rows: "Rights", "Data collected", "Practices".
func groupTitle(g detect.Group) string {
	switch g {
	case detect.GroupRights:
		return "Rights"
	case detect.GroupData:
		return "Data collected"
	case detect.GroupPractices:
		return "Practices"
	default:
		return g.String()
	}
}
