package ui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// docMatch is one occurrence of the in-document search in a rendered document: the cells it
// covers on each line it spans (more than one when glamour wrapped the text inside it).
type docMatch struct {
	segs []matchSeg
}

// matchSeg is the part of a match on one line: the half-open range of cells [start, end).
type matchSeg struct {
	line       int
	start, end int
}

// line returns the line where the match starts.
func (m docMatch) line() int { return m.segs[0].line }

// cellPos is where a byte of the searched text is on screen: line -1 for the space that stands
// for a line break inside a paragraph.
type cellPos struct {
	line, cell, width int
}

// findInLines returns the occurrences of query in lines (plain text, no styling), in reading
// order; see findTerms.
func findInLines(lines []string, query string) []docMatch {
	return findTerms(lines, []string{query})
}

// findTerms returns the occurrences of any of terms in lines (plain text, no styling), in
// reading order, overlapping ones merged. Text and terms are compared folded (model.Fold: case,
// accents, full-width forms, traditional and simplified Chinese, ß and ss), as search compares
// them. The lines of a paragraph are searched as one text, joined by a space (or by nothing
// between Chinese characters, which wrap without one), so a phrase wrapped by glamour is still
// found; blank lines end paragraphs. Matching is per grapheme cluster, and cell positions
// account for wide characters.
func findTerms(lines []string, terms []string) []docMatch {
	var qs []string
	for _, t := range terms {
		if q := model.FoldString(t); strings.TrimSpace(q) != "" {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil
	}
	var out []docMatch
	var text strings.Builder
	var pos []cellPos // pos[b]: where byte b of text is
	var prevLast rune // last rune of the previous line of the paragraph, 0 at its start
	var buf []byte    // a grapheme folded
	flush := func() {
		out = append(out, matchText(text.String(), pos, qs)...)
		text.Reset()
		pos = pos[:0]
		prevLast = 0
	}
	for li, line := range lines {
		content := strings.TrimRight(line, " ")
		lead := len(content) - len(strings.TrimLeft(content, " "))
		content = content[lead:]
		if content == "" {
			flush()
			continue
		}
		first, _ := utf8.DecodeRuneInString(content)
		if prevLast != 0 && !isWide(prevLast) && !isWide(first) {
			text.WriteByte(' ')
			pos = append(pos, cellPos{line: -1})
		}
		cell := lead
		state := byte(0)
		for rest := content; rest != ""; {
			g, w, n, ns := ansi.DecodeSequence(rest, state, nil)
			state = ns
			rest = rest[n:]
			before := len(buf)
			for _, r := range g {
				buf, _ = model.AppendFold(buf, r)
			}
			text.Write(buf[before:])
			for range len(buf) - before {
				pos = append(pos, cellPos{line: li, cell: cell, width: w})
			}
			buf = buf[:0]
			cell += w
		}
		prevLast, _ = utf8.DecodeLastRuneInString(content)
	}
	flush()
	return out
}

// matchText finds each of qs in the paragraph text f, whose bytes are at pos, and returns the
// matches in order, overlapping ones merged, split into their lines.
func matchText(f string, pos []cellPos, qs []string) []docMatch {
	var found [][2]int // byte ranges [s, e) of f
	for _, q := range qs {
		for from := 0; from < len(f); {
			i := strings.Index(f[from:], q)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(q)
			// A match ending inside a grapheme covers the whole of it.
			for e < len(f) && pos[e].line == pos[e-1].line && pos[e].line >= 0 && pos[e].cell == pos[e-1].cell {
				e++
			}
			found = append(found, [2]int{s, e})
			from = max(e, s+1)
		}
	}
	if len(qs) > 1 {
		slices.SortFunc(found, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], b[1]-a[1]) })
		merged := found[:0]
		for _, r := range found {
			if n := len(merged); n > 0 && r[0] < merged[n-1][1] {
				merged[n-1][1] = max(merged[n-1][1], r[1])
				continue
			}
			merged = append(merged, r)
		}
		found = merged
	}
	var out []docMatch
	for _, r := range found {
		s, e := r[0], r[1]
		var m docMatch
		for b := s; b < e; b++ {
			p := pos[b]
			if p.line < 0 {
				continue
			}
			end := p.cell + max(1, p.width)
			if n := len(m.segs); n > 0 && m.segs[n-1].line == p.line {
				m.segs[n-1].end = max(m.segs[n-1].end, end)
				continue
			}
			m.segs = append(m.segs, matchSeg{line: p.line, start: p.cell, end: end})
		}
		if len(m.segs) > 0 {
			out = append(out, m)
		}
	}
	return out
}

// isWide reports whether r is a wide (East Asian) character, which wraps without a space.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
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
