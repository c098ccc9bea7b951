package ui

import (
	"strconv"
	"strings"

	"fineprint/model/detect"
)

// summaryTextMax is the width the summary view wants for its counts, in cells.
const summaryTextMax = 52

// summaryBarMax is the widest bar of the summary view, in cells.
const summaryBarMax = 12

// keyCounts returns how many of the shown policies have each status for key k (indexed by
// detect.Status; a failed analysis counts as Unknown) and how many are still being analysed.
func (m *matrix) keyCounts(k detect.Key) (n [detect.Unknown + 1]int, pending int) {
	for _, c := range m.cols {
		switch {
		case c.report != nil:
			n[min(c.report.Finding(k).Status, detect.Unknown)]++
		case c.err != nil:
			n[detect.Unknown]++
		default:
			pending++
		}
	}
	return n, pending
}

// summaryText says how the shown policies stand on key k: "17 of 24 declare, 3 deny, 4 silent"
// (silent: not mentioned), with "2 not analysed" and "1 analysing" when there are.
func (m *matrix) summaryText(k detect.Key) string {
	n, pending := m.keyCounts(k)
	parts := []string{strconv.Itoa(n[detect.Declared]) + " of " + strconv.Itoa(len(m.cols)) + " declare"}
	if n[detect.Denied] > 0 {
		parts = append(parts, strconv.Itoa(n[detect.Denied])+" deny")
	}
	if n[detect.NotMentioned] > 0 {
		parts = append(parts, strconv.Itoa(n[detect.NotMentioned])+" silent")
	}
	if n[detect.Unknown] > 0 {
		parts = append(parts, strconv.Itoa(n[detect.Unknown])+" not analysed")
	}
	if pending > 0 {
		parts = append(parts, strconv.Itoa(pending)+" analysing")
	}
	return strings.Join(parts, ", ")
}

// numStatus stands, in summaryBar, for the policies still being analysed.
const numStatus = detect.Unknown + 1

// summaryBar draws the counts of key k as a bar of w cells, one symbol per share of the
// policies: ✓ declared, ✗ denied, · not mentioned, ? not analysed, … still being analysed.
// It reads without colour; colour only adds to it.
func (m *matrix) summaryBar(sts *compareStyles, k detect.Key, w int, hl cellHighlight) string {
	n, pending := m.keyCounts(k)
	total := len(m.cols)
	if total == 0 || w <= 0 {
		return strings.Repeat(" ", max(w, 0))
	}
	statuses := []detect.Status{detect.Declared, detect.Denied, detect.NotMentioned, detect.Unknown, numStatus}
	counts := []int{n[detect.Declared], n[detect.Denied], n[detect.NotMentioned], n[detect.Unknown], pending}
	// Each share gets its rounded number of cells, at least one when it is not empty; the
	// largest share absorbs the rounding so that the bar is exactly w cells.
	cells := make([]int, len(counts))
	sum, largest := 0, 0
	for i, c := range counts {
		if c > 0 {
			cells[i] = max((c*w+total/2)/total, 1)
		}
		sum += cells[i]
		if counts[i] > counts[largest] {
			largest = i
		}
	}
	cells[largest] = max(cells[largest]+w-sum, 0)
	var b strings.Builder
	for i, st := range statuses {
		switch {
		case cells[i] == 0:
		case st == numStatus: // still being analysed
			b.WriteString(sts.pending.Render(strings.Repeat("…", cells[i])))
		default:
			b.WriteString(sts.cell[st%numStatuses][hl].Render(strings.Repeat(statusSymbol(st), cells[i])))
		}
	}
	return padCells(b.String(), w)
}

// viewSummary renders the summary view: a header, then one line per key with a bar and the
// counts of the shown policies, under the group headers.
func (m *matrix) viewSummary(st *compareStyles) string {
	keyW := min(matrixKeyMax, max(matrixKeyMin, m.width/3))
	barW := min(max(len(m.cols), 5), summaryBarMax, max(m.width-keyW-20, 0))
	textW := max(m.width-keyW-barW-1, 0)
	var b strings.Builder
	b.Grow(m.height * m.width * 4)
	head := "Of " + strconv.Itoa(len(m.cols)) + " policies"
	b.WriteString(st.dim.Render(padCells("", keyW) + padCells(head, m.width-keyW)))
	b.WriteByte('\n')
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
		l := m.lines[i]
		if l.header {
			m.writeLine(&b, st, l, false, keyW, 0, 0, 0)
			b.WriteByte('\n')
			continue
		}
		cur := i == m.line
		hl := hlNone
		if cur {
			b.WriteString(st.keyCurrent.Render(padCells("▸ "+l.key.Label(), keyW-1) + " "))
			hl = hlRow
		} else {
			b.WriteString(st.keyLabel.Render(padCells("  "+l.key.Label(), keyW-1) + " "))
		}
		b.WriteString(m.summaryBar(st, l.key, barW, hl))
		b.WriteString(" ")
		b.WriteString(padCells(m.summaryText(l.key), textW))
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
