package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// docMatch is one occurrence of the in-document search in a rendered document: a line and the
// half-open range of terminal cells it covers there.
type docMatch struct {
	line       int
	start, end int // cells
}

// findInLines returns the occurrences of query in lines (plain text, no styling), in reading
// order, ignoring case. Matching is per grapheme cluster, so accented and Chinese text match
// as the reader sees them, and cell positions account for wide characters. A match does not
// cross a line break of the rendering.
func findInLines(lines []string, query string) []docMatch {
	q := strings.ToLower(query)
	if strings.TrimSpace(q) == "" {
		return nil
	}
	var out []docMatch
	var folded strings.Builder
	var cells []int // cells[b]: cell where the grapheme holding byte b of folded starts
	for li, line := range lines {
		if line == "" {
			continue
		}
		folded.Reset()
		cells = cells[:0]
		cell := 0
		state := byte(0)
		for rest := line; rest != ""; {
			g, w, n, ns := ansi.DecodeSequence(rest, state, nil)
			state = ns
			rest = rest[n:]
			lg := strings.ToLower(g)
			folded.WriteString(lg)
			for range len(lg) {
				cells = append(cells, cell)
			}
			cell += w
		}
		cells = append(cells, cell) // the end
		f := folded.String()
		for from := 0; from < len(f); {
			i := strings.Index(f[from:], q)
			if i < 0 {
				break
			}
			s := from + i
			e := s + len(q)
			end := cells[e]
			if e < len(f) && cells[e] == cells[e-1] {
				// the match ends inside a grapheme: cover the whole of it
				for e < len(f) && cells[e] == cells[e-1] {
					e++
				}
				end = cells[e]
			}
			out = append(out, docMatch{line: li, start: cells[s], end: max(end, cells[s]+1)})
			from = max(e, s+1)
		}
	}
	return out
}

// span is a range of cells of a line to draw in a style.
type span struct {
	start, end int // cells, half-open
	style      lipgloss.Style
}

// overlay draws spans (sorted, not overlapping) over a line styled by glamour. The text under a
// span loses glamour's styling and takes the span's; after the span, every escape sequence met
// so far is replayed, which restores glamour's state exactly. Only the line's own text is
// written: no escape sequence from the document itself can appear here, since the text was
// sanitised when parsed and glamour's sequences are styling.
func overlay(line string, spans []span) string {
	if len(spans) == 0 {
		return line
	}
	var b, seqs, text strings.Builder
	cell, si := 0, 0
	in := false
	state := byte(0)
	closeSpan := func() {
		b.WriteString("\x1b[m")
		b.WriteString(spans[si].style.Render(text.String()))
		b.WriteString(seqs.String())
		text.Reset()
		in = false
		si++
	}
	for rest := line; rest != ""; {
		g, w, n, ns := ansi.DecodeSequence(rest, state, nil)
		state = ns
		rest = rest[n:]
		if w == 0 && g != "" && (g[0] == 0x1b || g[0] < 0x20 || g[0] == 0x9b) {
			seqs.WriteString(g)
			if !in {
				b.WriteString(g)
			}
			continue
		}
		if !in && si < len(spans) && cell >= spans[si].start {
			in = true
		}
		if in {
			text.WriteString(g)
		} else {
			b.WriteString(g)
		}
		cell += w
		if in && cell >= spans[si].end {
			closeSpan()
		}
	}
	if in {
		closeSpan()
	}
	return b.String()
}

// markLine puts marker over the first cell of line (glamour's left margin), keeping the rest.
func markLine(line, marker string) string {
	return marker + ansi.TruncateLeft(line, 1, "")
}
