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
}

// Widths of the matrix, in terminal cells.
const (
	matrixKeyMax = 24 // the frozen key column when there is room: "▸ International transfer"
	matrixKeyMin = 10
	matrixColMin = 6 // " ✓ᴱᵁ" plus a space
	matrixColMax = 12
	// matrixChrome is the number of matrix lines that are not body rows: the column header and
	// the two summary rows.
	matrixChrome = 3
)

// matrix is the comparison grid: keys down, policies across, a cursor on one cell. It owns
// its scroll offsets; the key column stays frozen while columns scroll horizontally.
type matrix struct {
	cols   []matrixColumn
	marks  *policyMarks // the policies marked with space for side-by-side reading (the App's)
	filter rowFilter
	query  string // the `/` row filter, matched against key names and labels

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
	m.rebuild()
	return m
}

// setColumns replaces the policies, keeping the cursor on the same policy and key where
// possible (marks belong to the policies, not the columns).
func (m *matrix) setColumns(cols []matrixColumn) {
	var curPolicy *model.Policy
	if m.col < len(m.cols) {
		curPolicy = m.cols[m.col].policy
	}
	m.col = 0
	for i, c := range cols {
		if c.policy == curPolicy {
			m.col = i
		}
	}
	m.cols = cols
	m.rebuild()
}

// setReport records the analysis of policy p, if it is one of the columns.
func (m *matrix) setReport(p *model.Policy, r *detect.Report) {
	for i := range m.cols {
		if m.cols[i].policy == p {
			m.cols[i].report = r
		}
	}
	if m.filter == filterDiffer {
		m.rebuild()
	}
}

// setFailed records that policy p could not be analysed.
func (m *matrix) setFailed(p *model.Policy, err error) {
	for i := range m.cols {
		if m.cols[i].policy == p {
			m.cols[i].err = err
		}
	}
}

// setSize sets the matrix's size in cells and lines.
func (m *matrix) setSize(width, height int) {
	m.width, m.height = width, height
	m.scrollToCursor()
}

// setFilter sets the row filter and the key-name query, keeping the cursor's key if it stays.
func (m *matrix) setFilter(f rowFilter, query string) {
	m.filter, m.query = f, query
	m.rebuild()
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
	q := strings.ToLower(strings.TrimSpace(m.query))
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
	if m.col >= len(m.cols) {
		m.col = max(0, len(m.cols)-1)
	}
	m.scrollToCursor()
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
	line = m.lineOff + y - 1 // the column header is line 0
	if y < 1 || y > m.bodyHeight() || line >= len(m.lines) || m.lines[line].header {
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
func (m *matrix) bodyHeight() int { return max(m.height-matrixChrome, 1) }

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

// wantWidth returns the width the matrix would use if it had all the room it wanted.
func (m *matrix) wantWidth() int { return matrixKeyMax + len(m.cols)*matrixColMax }

// scrollToCursor adjusts the offsets so the cursor's cell is on screen, showing a key's group
// header with its first key.
func (m *matrix) scrollToCursor() {
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

// padPlain pads s with spaces to w cells, truncating it with "…" when it is wider. (Kept apart
// from text.go's padCells, the same thing, until both are in one commit.)
func padPlain(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", w-sw)
}

// legalSuffixes are the company-form words dropped when a name is abbreviated for a column.
var legalSuffixes = map[string]bool{
	"inc": true, "inc.": true, "llc": true, "ltd": true, "ltd.": true, "limited": true,
	"co": true, "co.": true, "corp": true, "corp.": true, "corporation": true,
	"gmbh": true, "plc": true, "pte": true, "pte.": true, "s.a.": true, "ag": true, "company": true,
}

// hanLegalSuffixes are the company forms of Chinese names, which are written without spaces.
var hanLegalSuffixes = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团", "集團", "公司"}

// abbreviate returns a name for a column of w cells: the full name if it fits, else the name
// without its legal form ("Inc.", "Co., Ltd.", "有限公司"), else its first word, else the policy
// ID, else the name without its legal form truncated with "…".
func abbreviate(name, id string, w int) string {
	name = oneLine(name)
	var words []string
	for _, f := range strings.Fields(name) {
		f = strings.TrimRight(f, ",")
		if legalSuffixes[strings.ToLower(f)] {
			continue
		}
		for _, suf := range hanLegalSuffixes {
			if strings.HasSuffix(f, suf) && len(f) > len(suf) {
				f = strings.TrimSuffix(f, suf)
				break
			}
		}
		words = append(words, f)
	}
	stripped := strings.Join(words, " ")
	first := ""
	if len(words) > 0 {
		first = words[0]
	}
	for _, c := range []string{name, stripped, first, id} {
		if c != "" && ansi.StringWidth(c) <= w {
			return c
		}
	}
	if stripped == "" {
		stripped = id
	}
	return ansi.Truncate(stripped, w, "…")
}

// shortName returns the column's name abbreviated to w cells: from the company when the policy
// names one, else the policy's ID (more telling than a title such as "Privacy Policy").
func (c matrixColumn) shortName(w int) string {
	if strings.TrimSpace(c.policy.Company) == "" && c.policy.ID != "" {
		return abbreviate(c.policy.ID, c.policy.ID, w)
	}
	return abbreviate(c.name, c.policy.ID, w)
}

// View renders the matrix at its size: the column header, the body rows and the two summary
// rows. Every line is exactly width cells wide.
func (m *matrix) View(st *compareStyles, focused bool) string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	keyW, colW, shown := m.layout()
	first, last := m.colOff, min(m.colOff+shown, len(m.cols))
	var b strings.Builder
	b.Grow(m.height * m.width * 4)

	// Column header, with arrows when columns are scrolled out of view.
	left := ""
	if first > 0 {
		left = "◂" + strconv.Itoa(first)
	}
	b.WriteString(st.dim.Render(padPlain(left, keyW)))
	for c := first; c < last; c++ {
		mark, marked := " ", m.marks != nil && m.marks.has(m.cols[c].policy)
		if marked {
			mark = markGlyph
		}
		text := padPlain(mark+m.cols[c].shortName(colW-1), colW)
		switch {
		case c == m.col && focused:
			b.WriteString(st.colCurrent.Render(text))
		case c == m.col || marked:
			b.WriteString(st.colMarked.Render(text))
		default:
			b.WriteString(st.colHeader.Render(text))
		}
	}
	used := keyW + (last-first)*colW
	if last < len(m.cols) && used < m.width {
		more := padPlain(strconv.Itoa(len(m.cols)-last)+"▸", m.width-used)
		b.WriteString(st.dim.Render(more))
	} else {
		b.WriteString(strings.Repeat(" ", max(m.width-used, 0)))
	}
	b.WriteByte('\n')

	h := m.bodyHeight()
	for i := m.lineOff; i < m.lineOff+h; i++ {
		if i >= len(m.lines) || len(m.cols) == 0 {
			if i == m.lineOff {
				msg := "  no rows match"
				if len(m.cols) == 0 {
					msg = "  no policies to compare"
				}
				b.WriteString(st.dim.Render(padPlain(msg, m.width)))
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
		b.WriteString(st.keyCurrent.Render(padPlain("▸ "+l.key.Label(), keyW)))
	} else {
		b.WriteString(st.keyLabel.Render(padPlain("  "+l.key.Label(), keyW)))
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
			b.WriteString(st.pending.Render(padPlain(pendingText(m.cols[c]), colW)))
			continue
		}
		f := r.Finding(l.key)
		b.WriteString(st.cell[f.Status%numStatuses][hl].Render(padPlain(" "+cellText(f, colW), colW)))
	}
	b.WriteString(strings.Repeat(" ", max(m.width-keyW-(last-first)*colW, 0)))
}

// writeSummary writes a summary row: a label and, per policy, what count(report) says.
func (m *matrix) writeSummary(b *strings.Builder, st *compareStyles, label string, keyW, colW, first, last int, count func(*detect.Report) string) {
	b.WriteString(st.summary.Render(padPlain(label, keyW)))
	for c := first; c < last; c++ {
		text := pendingText(m.cols[c])
		if r := m.cols[c].report; r != nil {
			text = " " + count(r)
			if !r.Analysed() {
				text = " ?" // a language without a lexicon: nothing was counted
			}
		}
		b.WriteString(st.summary.Render(padPlain(text, colW)))
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
