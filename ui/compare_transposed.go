package ui

import (
	"strconv"
	"strings"

	"fineprint/model/detect"
)

// Widths of the transposed view (policies down, keys across), in terminal cells.
const (
	transposedNameMax = 24 // the frozen policy column
	transposedNameMin = 10
	transposedColMin  = 8 // two header lines of six cells and a space, a cell's " ✓ᴱᵁ"
	transposedColMax  = 10
)

// transposedLayout returns the width of the policy column, the width of a key column and how
// many key columns are shown.
func (m *matrix) transposedLayout() (nameW, colW, shown int) {
	nameW = min(transposedNameMax, max(transposedNameMin, m.width/4))
	n := max(len(m.keyLines), 1)
	avail := max(m.width-nameW, 0)
	colW = min(max(avail/n, transposedColMin), transposedColMax)
	shown = min(max(avail/colW, 1), len(m.keyLines))
	if shown < len(m.keyLines) {
		shown = min(max((avail-2)/colW, 1), len(m.keyLines)) // two cells for "3▸"
	} else if len(m.keyLines) > 0 && shown*colW+nameW < m.width {
		nameW = min(transposedNameMax, m.width-shown*colW)
	}
	return nameW, colW, shown
}

// keyIndex returns the cursor's key as an index into keyLines, 0 when there is none.
func (m *matrix) keyIndex() int {
	for i, l := range m.keyLines {
		if l == m.line {
			return i
		}
	}
	return 0
}

// moveKey moves the cursor by d keys across group headers (left and right in the transposed
// view), stopping at the ends.
func (m *matrix) moveKey(d int) {
	if len(m.keyLines) == 0 {
		return
	}
	m.line = m.keyLines[min(max(m.keyIndex()+d, 0), len(m.keyLines)-1)]
	m.scrollToCursor()
}

// scrollTransposed keeps the cursor on screen in the transposed view: its policy among the
// rows (colOff is the first row shown) and its key among the columns.
func (m *matrix) scrollTransposed() {
	h := m.bodyHeight()
	if m.col < m.colOff {
		m.colOff = m.col
	}
	if m.col >= m.colOff+h {
		m.colOff = m.col - h + 1
	}
	m.colOff = max(min(m.colOff, len(m.cols)-h), 0)

	_, _, shown := m.transposedLayout()
	k := m.keyIndex()
	if k < m.tKeyOff {
		m.tKeyOff = k
	}
	if k >= m.tKeyOff+shown {
		m.tKeyOff = k - shown + 1
	}
	m.tKeyOff = max(min(m.tKeyOff, len(m.keyLines)-shown), 0)
}

// cellAtTransposed returns the key line and column at cell x of line y of the transposed
// view; a click on the policy column keeps the key.
func (m *matrix) cellAtTransposed(x, y int) (line, col int, ok bool) {
	col = m.colOff + y - 2 // two header lines
	if y < 2 || y > m.bodyHeight()+1 || col >= len(m.cols) || len(m.keyLines) == 0 {
		return 0, 0, false
	}
	nameW, colW, shown := m.transposedLayout()
	line = m.line
	if x >= nameW {
		k := m.tKeyOff + (x-nameW)/colW
		if k >= m.tKeyOff+shown || k >= len(m.keyLines) {
			return 0, 0, false
		}
		line = m.keyLines[k]
	}
	return line, col, true
}

// viewTransposed renders the transposed view: a two-line header of key labels, one row per
// policy, and a "declared by" row counting the policies that declare each key. Every line is
// exactly width cells wide.
func (m *matrix) viewTransposed(st *compareStyles, focused bool) string {
	nameW, colW, shown := m.transposedLayout()
	first, last := m.tKeyOff, min(m.tKeyOff+shown, len(m.keyLines))
	cur := m.keyIndex()
	var b strings.Builder
	b.Grow(m.height * m.width * 4)
	pad := func(used int) { b.WriteString(strings.Repeat(" ", max(m.width-used, 0))) }
	used := nameW + (last-first)*colW

	for row := range 2 {
		switch {
		case row == 0 && first > 0:
			b.WriteString(st.dim.Render(padCells("◂"+strconv.Itoa(first), nameW)))
		case row == 1:
			b.WriteString(st.dim.Render(padCells("Policy", nameW)))
		default:
			b.WriteString(strings.Repeat(" ", nameW))
		}
		for k := first; k < last; k++ {
			top, bottom := headerLines(m.lines[m.keyLines[k]].key.Label(), colW-1)
			text := padCells([]string{top, bottom}[row], colW)
			switch {
			case k == cur && focused:
				b.WriteString(st.colCurrent.Render(text))
			case k == cur:
				b.WriteString(st.colMarked.Render(text))
			default:
				b.WriteString(st.colHeader.Render(text))
			}
		}
		if row == 0 && last < len(m.keyLines) && used < m.width {
			b.WriteString(st.dim.Render(padCells(strconv.Itoa(len(m.keyLines)-last)+"▸", m.width-used)))
		} else {
			pad(used)
		}
		b.WriteByte('\n')
	}

	h := m.bodyHeight()
	for i := m.colOff; i < m.colOff+h; i++ {
		if i >= len(m.cols) || len(m.keyLines) == 0 {
			if i == m.colOff {
				msg := "  no rows match"
				if len(m.cols) == 0 {
					msg = "  no policies to compare"
				}
				b.WriteString(st.dim.Render(padCells(msg, m.width)))
			} else {
				pad(0)
			}
			b.WriteByte('\n')
			continue
		}
		c := m.cols[i]
		mark := "  "
		if i == m.col {
			mark = "▸ "
		} else if m.marks != nil && m.marks.has(c.policy) {
			mark = markGlyph + " "
		}
		name := padCells(mark+c.short, nameW)
		if i == m.col {
			b.WriteString(st.keyCurrent.Render(name))
		} else {
			b.WriteString(st.keyLabel.Render(name))
		}
		for k := first; k < last; k++ {
			hl := hlNone
			switch {
			case i == m.col && k == cur:
				hl = hlCursor
			case i == m.col:
				hl = hlRow
			case k == cur:
				hl = hlCol
			}
			if c.report == nil {
				b.WriteString(st.pending.Render(padCells(pendingText(c), colW)))
				continue
			}
			f := c.report.Finding(m.lines[m.keyLines[k]].key)
			b.WriteString(st.cell[f.Status%numStatuses][hl].Render(padCells(" "+cellText(f, colW), colW)))
		}
		pad(used)
		b.WriteByte('\n')
	}

	b.WriteString(st.summary.Render(padCells("Declared by", nameW)))
	for k := first; k < last; k++ {
		n, _ := m.keyCounts(m.lines[m.keyLines[k]].key)
		b.WriteString(st.summary.Render(padCells(" "+strconv.Itoa(n[detect.Declared]), colW)))
	}
	pad(used)
	return b.String()
}
