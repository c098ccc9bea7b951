package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Chinese line breaking (kinsoku), as a pass over the lines glamour wrapped. cjkBreaks already
// keeps glamour from breaking before a closing or after an opening mark inside a run of text,
// but glamour also breaks where one styled element ends and the next begins (after a link, an
// emphasis, an e-mail address), and there nothing stops a line from starting with "，" or ending
// with "（". fixLineBreaks repairs those lines: it hangs the closing marks at the end of the line
// before when they fit in the wrap width, and otherwise carries the last character of that line
// (with any opening marks before it) down to the next, re-breaking the lines that then overflow
// at a place Chinese and English allow. Widths are terminal cells; styling is kept exactly.

// Marks a line may not start with (lineStartForbidden) or end with (lineEndForbidden), after the
// usual rules of Chinese and Japanese line breaking: both cjkBreaks, before glamour wraps, and
// this pass, after it, keep to them.
const (
	lineStartForbidden = "，。、；：？！）」』】》〉〕］｝”’…‥・—,.;:?!)]}%"
	lineEndForbidden   = "（「『【《〈〔［｛“‘([{"
)

// cellTok is one grapheme of a styled line: its text, its width in cells, and the styling in
// force where it stands (every escape sequence of the line before it, in order).
type cellTok struct {
	state string
	g     string
	w     int
}

// styledLine is a line cut into graphemes; tail holds the escape sequences after the last one.
type styledLine struct {
	toks []cellTok
	tail string
}

// parseStyledLine cuts s into graphemes, each with the styling in force where it stands.
func parseStyledLine(s string) styledLine {
	var l styledLine
	var state strings.Builder
	var seqs strings.Builder // sequences since the last grapheme
	st := byte(0)
	for rest := s; rest != ""; {
		g, w, n, ns := ansi.DecodeSequence(rest, st, nil)
		st = ns
		rest = rest[n:]
		if w == 0 && g != "" && (g[0] == 0x1b || g[0] < 0x20 || g[0] == 0x9b) {
			state.WriteString(g)
			seqs.WriteString(g)
			continue
		}
		l.toks = append(l.toks, cellTok{state: state.String(), g: g, w: w})
		seqs.Reset()
	}
	l.tail = seqs.String()
	return l
}

// String writes the line back, switching styles only where they change.
func (l styledLine) String() string {
	var b strings.Builder
	cur := ""
	for _, t := range l.toks {
		if t.state != cur {
			if cur != "" && !strings.HasPrefix(t.state, cur) {
				b.WriteString("\x1b[m")
				b.WriteString(t.state)
			} else {
				b.WriteString(t.state[len(cur):])
			}
			cur = t.state
		}
		b.WriteString(t.g)
	}
	if l.tail != "" {
		b.WriteString(l.tail)
	} else if cur != "" {
		b.WriteString("\x1b[m")
	}
	return b.String()
}

// content returns the range [lo, hi) of l's tokens that are not leading or trailing spaces.
func (l styledLine) content() (lo, hi int) {
	hi = len(l.toks)
	for lo < hi && l.toks[lo].g == " " {
		lo++
	}
	for hi > lo && l.toks[hi-1].g == " " {
		hi--
	}
	return lo, hi
}

// width returns the cells of tokens [0, n).
func (l styledLine) width(n int) int {
	w := 0
	for _, t := range l.toks[:n] {
		w += t.w
	}
	return w
}

// tokRune returns the first rune of a token's grapheme.
func tokRune(t cellTok) rune {
	r, _ := utf8.DecodeRuneInString(t.g)
	return r
}

// startForbidden reports whether a line may not start with t; endForbidden whether it may not
// end with it.
func startForbidden(t cellTok) bool { return strings.ContainsRune(lineStartForbidden, tokRune(t)) }
func endForbidden(t cellTok) bool   { return strings.ContainsRune(lineEndForbidden, tokRune(t)) }

// breakable reports whether a line may break between a and b: not before a closing mark, not
// after an opening one, and inside a run of Latin letters only at a space.
func breakable(a, b cellTok) bool {
	if startForbidden(b) || endForbidden(a) {
		return false
	}
	return a.g == " " || b.g == " " || isWide(tokRune(a)) || isWide(tokRune(b))
}

// kinsokuViolation reports whether plain line b may not follow plain line a as it stands: b
// starts with a closing mark, or a ends with an opening one. Blank lines never violate.
func kinsokuViolation(a, b string) bool {
	a, b = strings.TrimRight(a, " "), strings.TrimLeft(b, " ")
	if a == "" || b == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	last, _ := utf8.DecodeLastRuneInString(a)
	return strings.ContainsRune(lineStartForbidden, first) || strings.ContainsRune(lineEndForbidden, last)
}

// fixLineBreaks returns lines (styled, as glamour wrapped them at width cells) with the breaks
// that Chinese line breaking forbids moved, and plain, their text without styling; lines are
// returned as they are when nothing needs to change. Only the paragraphs (runs of non-blank
// lines) that break a rule are rebuilt. Tables (lines with box drawing or pipes) are left alone.
func fixLineBreaks(lines []string, width int) (out, plain []string) {
	plain = make([]string, len(lines))
	for i, l := range lines {
		plain[i] = ansi.Strip(l)
	}
	var outPlain []string
	done := 0 // lines[:done] are in out
	for i := 0; i+1 < len(plain); i++ {
		if !kinsokuViolation(plain[i], plain[i+1]) {
			continue
		}
		// The paragraph around the violation: its non-blank lines.
		from, to := i, i+2
		for from > done && strings.TrimSpace(plain[from-1]) != "" {
			from--
		}
		for to < len(plain) && strings.TrimSpace(plain[to]) != "" {
			to++
		}
		i = to - 1
		if isTableText(plain[from:to]) {
			continue
		}
		para := breakParagraph(lines[from:to], width)
		if slices.Equal(para, lines[from:to]) {
			continue
		}
		out, outPlain = append(out, lines[done:from]...), append(outPlain, plain[done:from]...)
		for _, l := range para {
			out, outPlain = append(out, l), append(outPlain, ansi.Strip(l))
		}
		done = to
	}
	if done == 0 {
		return lines, plain
	}
	return append(out, lines[done:]...), append(outPlain, plain[done:]...)
}

// isTableText reports whether the lines draw a table, which glamour lays out cell by cell.
func isTableText(lines []string) bool {
	for _, l := range lines {
		if strings.ContainsAny(l, "│|┼─┬┴") {
			return true
		}
	}
	return false
}

// breakParagraph fixes the breaks of one paragraph (non-blank lines) wrapped at width cells.
func breakParagraph(lines []string, width int) []string {
	ls := make([]styledLine, len(lines))
	for i, l := range lines {
		ls[i] = parseStyledLine(l)
	}
	orig := append([]styledLine(nil), ls...)
	// Each round fixes one fault: closing marks hang only where they fit, and a carry or a
	// re-break moves text forward, so a paragraph settles within a round per grapheme or so;
	// the bound guards against a rule undoing another.
	rounds := 4*len(ls) + 16
	for _, l := range ls {
		rounds += len(l.toks)
	}
	// A fix at line i changes lines i and after only, so the next fault is looked for from i.
	for guard, from := 0, 0; guard < rounds; guard++ {
		i, fixed := firstFault(ls, width, from)
		if i < 0 {
			break
		}
		ls, from = fixed, i
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		if i < len(orig) && equalTokens(l, orig[i]) {
			out[i] = lines[i]
			continue
		}
		out[i] = trimTrailing(l, width).String()
	}
	return out
}

// equalTokens reports whether two parsed lines have the same graphemes and styling.
func equalTokens(a, b styledLine) bool {
	if len(a.toks) != len(b.toks) || a.tail != b.tail {
		return false
	}
	for i := range a.toks {
		if a.toks[i] != b.toks[i] {
			return false
		}
	}
	return true
}

// firstFault finds the first line of ls from line from on that overflows width or breaks a
// rule with the line after it, and returns its index with the lines fixed there; -1 when none
// does or none can be fixed.
func firstFault(ls []styledLine, width, from int) (int, []styledLine) {
	for i := from; i < len(ls); i++ {
		lo, hi := ls[i].content()
		if lo == hi {
			continue
		}
		if ls[i].width(hi) > width {
			if fixed, ok := rebreak(ls, i, width); ok {
				return i, fixed
			}
		}
		if i+1 >= len(ls) {
			continue
		}
		nlo, nhi := ls[i+1].content()
		if nlo == nhi {
			continue
		}
		switch {
		case startForbidden(ls[i+1].toks[nlo]):
			if fixed, ok := hang(ls, i, width); ok {
				return i, fixed
			}
			if fixed, ok := carryDown(ls, i); ok {
				return i, fixed
			}
		case endForbidden(ls[i].toks[hi-1]):
			if fixed, ok := carryDown(ls, i); ok {
				return i, fixed
			}
		}
	}
	return -1, ls
}

// hang moves the closing marks that start line i+1 to the end of line i, when they fit.
func hang(ls []styledLine, i, width int) ([]styledLine, bool) {
	a, b := ls[i], ls[i+1]
	_, hi := a.content()
	nlo, nhi := b.content()
	k := nlo
	for k < nhi && startForbidden(b.toks[k]) {
		k++
	}
	moved := b.toks[nlo:k]
	w := 0
	for _, t := range moved {
		w += t.w
	}
	if a.width(hi)+w > width {
		return ls, false
	}
	out := append([]styledLine(nil), ls...)
	na := styledLine{tail: a.tail}
	na.toks = append(append([]cellTok(nil), a.toks[:hi]...), moved...)
	out[i] = na
	rest := b.toks[k:]
	for len(rest) > 0 && rest[0].g == " " {
		rest = rest[1:] // the space that followed the marks
	}
	nb := styledLine{tail: b.tail, toks: append(append([]cellTok(nil), b.toks[:nlo]...), rest...)}
	if lo2, hi2 := nb.content(); lo2 == hi2 {
		return append(out[:i+1], out[i+2:]...), true
	}
	out[i+1] = nb
	return out, true
}

// trimTrailing drops trailing spaces beyond width cells (glamour pads lines to the width).
func trimTrailing(l styledLine, width int) styledLine {
	for len(l.toks) > 0 && l.toks[len(l.toks)-1].g == " " && l.width(len(l.toks)) > width {
		l.toks = l.toks[:len(l.toks)-1]
	}
	return l
}

// carryDown moves the end of line i to the start of line i+1: its last character that may
// start a line, the closing marks after it, the opening marks before it, and for a Latin word
// the whole word. It fails when that would leave line i empty.
func carryDown(ls []styledLine, i int) ([]styledLine, bool) {
	a, b := ls[i], ls[i+1]
	lo, hi := a.content()
	k := hi
	for k > lo && startForbidden(a.toks[k-1]) {
		k--
	}
	if k == lo {
		return ls, false
	}
	k-- // the character that will start line i+1
	for k > lo && !breakable(a.toks[k-1], a.toks[k]) {
		k--
	}
	if k <= lo {
		return ls, false
	}
	moved := append([]cellTok(nil), a.toks[k:hi]...)
	head := k
	for head > lo && a.toks[head-1].g == " " {
		head--
	}
	out := append([]styledLine(nil), ls...)
	out[i] = styledLine{tail: a.tail, toks: append([]cellTok(nil), a.toks[:head]...)}
	nlo, _ := b.content()
	var toks []cellTok
	toks = append(toks, b.toks[:nlo]...)
	toks = append(toks, moved...)
	if first := b.toks[nlo]; needsSpace(moved[len(moved)-1], first) {
		toks = append(toks, cellTok{state: moved[len(moved)-1].state, g: " ", w: 1})
	}
	toks = append(toks, b.toks[nlo:]...)
	out[i+1] = styledLine{tail: b.tail, toks: toks}
	return out, true
}

// needsSpace reports whether two graphemes joined at a former line break need the space the
// break stood for: between two Latin letters or digits.
func needsSpace(a, b cellTok) bool {
	ra, rb := tokRune(a), tokRune(b)
	return a.g != " " && b.g != " " && !isWide(ra) && !isWide(rb) &&
		!strings.ContainsRune(lineStartForbidden, rb) && !strings.ContainsRune(lineEndForbidden, ra)
}

// rebreak breaks line i, which overflows width, at the last place allowed within the width,
// carrying the rest to the start of line i+1 (a new line with i's continuation indent when i
// is the paragraph's last).
func rebreak(ls []styledLine, i, width int) ([]styledLine, bool) {
	a := ls[i]
	lo, hi := a.content()
	cut := -1
	w := a.width(lo)
	for k := lo + 1; k < hi; k++ {
		w += a.toks[k-1].w
		if w > width {
			break
		}
		if breakable(a.toks[k-1], a.toks[k]) {
			cut = k
		}
	}
	if cut < 0 {
		return ls, false
	}
	head, rest := cut, cut
	for head > lo && a.toks[head-1].g == " " {
		head--
	}
	for rest < hi && a.toks[rest].g == " " {
		rest++
	}
	moved := append([]cellTok(nil), a.toks[rest:hi]...)
	out := append([]styledLine(nil), ls...)
	out[i] = styledLine{tail: a.tail, toks: append([]cellTok(nil), a.toks[:head]...)}
	if i+1 < len(ls) {
		b := ls[i+1]
		nlo, _ := b.content()
		var toks []cellTok
		toks = append(toks, b.toks[:nlo]...)
		toks = append(toks, moved...)
		if nlo < len(b.toks) && needsSpace(moved[len(moved)-1], b.toks[nlo]) {
			toks = append(toks, cellTok{state: moved[len(moved)-1].state, g: " ", w: 1})
		}
		toks = append(toks, b.toks[nlo:]...)
		out[i+1] = styledLine{tail: b.tail, toks: toks}
		return out, true
	}
	indent := lo
	if i == 0 {
		indent += markerWidth(a.toks[lo:hi])
	}
	nl := styledLine{tail: a.tail}
	for range indent {
		nl.toks = append(nl.toks, cellTok{state: a.toks[0].state, g: " ", w: 1})
	}
	nl.toks = append(nl.toks, moved...)
	return append(append(out[:i+1:i+1], nl), out[i+1:]...), true
}

// markerWidth returns the cells of a list marker ("• ", "1. ") that starts toks, 0 when none:
// the lines that continue a list item are indented past it.
func markerWidth(toks []cellTok) int {
	k := 0
	for k < len(toks) && k < 4 && toks[k].g >= "0" && toks[k].g <= "9" && len(toks[k].g) == 1 {
		k++
	}
	switch {
	case k == 0 && len(toks) > 1 && (toks[0].g == "•" || toks[0].g == "-") && toks[1].g == " ":
		return 1 + toks[0].w
	case k > 0 && k+1 < len(toks) && toks[k].g == "." && toks[k+1].g == " ":
		return k + 2
	}
	return 0
}

// BreakLines applies the reader's Chinese line breaking (no line starts with a closing mark or
// ends with an opening one) to text glamour rendered at width cells, styling kept: what
// `fineprint show` prints breaks its lines as the reader does.
func BreakLines(rendered string, width int) string {
	lines, _ := fixLineBreaks(strings.Split(rendered, "\n"), width)
	return strings.Join(lines, "\n")
}
