package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Op is one kind of word-level edit.
type Op uint8

// The edit operations.
const (
	Equal  Op = iota // the words stand in both versions
	Delete           // the words stand only in the old version
	Insert           // the words stand only in the new version
)

// String returns "equal", "delete" or "insert", the names used in JSON output.
func (o Op) String() string {
	switch o {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	default:
		return "equal"
	}
}

// Edit is a run of text with one operation. Concatenating the Text of the Equal and Insert
// edits gives the new clause; of the Equal and Delete edits, the old one up to white space (an
// Equal run carries the new version's spacing: a change of white space is no change).
type Edit struct {
	Op   Op
	Text string
}

// unspaced reports whether r belongs to a script written without spaces between words
// (Chinese, Japanese kana): such a rune is a token of its own.
func unspaced(r rune) bool {
	if r < 0x2E80 { // below the CJK radicals: Latin, Greek, Cyrillic, Arabic, Hebrew, ...
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// wordRune reports whether r continues a word of a spaced script.
func wordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !unspaced(r)
}

// tokens splits s into the units a word diff works on: runs of letters and digits (a word), a
// run of white space, and every other rune alone (punctuation, and each Han or kana character,
// so Chinese is compared by character). Concatenating the tokens gives s back.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case wordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				// An apostrophe or a hyphen inside a word keeps it whole ("don't", "opt-out").
				if !wordRune(r2) {
					if (r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < len(s) {
						if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); wordRune(r3) {
							j += n2
							continue
						}
					}
					break
				}
				j += n2
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// normText returns s as clauses are compared: white space collapsed to one space and trimmed,
// and dropped altogether next to a Han or kana character, so that re-wrapping or re-spacing a
// clause is not a change. Case is kept: a changed capital is a (small) change.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var last rune
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || (r >= 0x80 && unicode.IsSpace(r)) {
			pendingSpace = b.Len() > 0
			continue
		}
		if pendingSpace && !unspaced(last) && !unspaced(r) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// joinNorm joins texts already normalised by normText as normText(strings.Join(texts, " "))
// would, without reading them again.
func joinNorm(texts []string) string {
	n := 0
	for _, t := range texts {
		n += len(t) + 1
	}
	var b strings.Builder
	b.Grow(n)
	var last rune
	for _, t := range texts {
		if t == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(t)
		if b.Len() > 0 && !unspaced(last) && !unspaced(first) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		last, _ = utf8.DecodeLastRuneInString(t)
	}
	return b.String()
}

// Words returns the word-level edits that turn old into new: words (and, in Chinese, characters)
// deleted and inserted, with the text between them as Equal edits. White space between two
// changes joins them, so "30 days" -> "90 days" reads as one edit and not a scatter.
func Words(old, new string) []Edit {
	a, b := tokens(old), tokens(new)
	ids := map[string]int{}
	id := func(ts []string) []int {
		out := make([]int, len(ts))
		for i, t := range ts {
			k := t
			if strings.TrimSpace(t) == "" {
				k = " " // every run of white space is the same token
			}
			v, ok := ids[k]
			if !ok {
				v = len(ids)
				ids[k] = v
			}
			out[i] = v
		}
		return out
	}
	script := myers(id(a), id(b))
	var edits []Edit
	add := func(op Op, text string) {
		if text == "" {
			return
		}
		if n := len(edits); n > 0 && edits[n-1].Op == op {
			edits[n-1].Text += text
			return
		}
		edits = append(edits, Edit{Op: op, Text: text})
	}
	i, j := 0, 0
	for _, st := range script {
		switch st {
		case Equal:
			add(Equal, b[j])
			i, j = i+1, j+1
		case Delete:
			add(Delete, a[i])
			i++
		case Insert:
			add(Insert, b[j])
			j++
		}
	}
	return joinAcrossSpace(edits)
}

// joinAcrossSpace merges an Equal run of white space (or nothing but one punctuation-free
// space) that stands between two changes into both of them: [del "30"][eq " "][del "days"]
// becomes one deletion and one insertion. Deletions come before insertions in each change.
func joinAcrossSpace(edits []Edit) []Edit {
	isChange := func(e Edit) bool { return e.Op != Equal }
	var out []Edit
	for i := 0; i < len(edits); i++ {
		e := edits[i]
		if e.Op == Equal && strings.TrimSpace(e.Text) == "" && len(out) > 0 && isChange(out[len(out)-1]) &&
			i+1 < len(edits) && isChange(edits[i+1]) {
			out = appendChange(out, Edit{Op: Delete, Text: e.Text})
			out = appendChange(out, Edit{Op: Insert, Text: e.Text})
			continue
		}
		if isChange(e) {
			out = appendChange(out, e)
			continue
		}
		out = append(out, e)
	}
	return out
}

// appendChange adds a Delete or an Insert to the change at the end of out (its trailing run of
// Delete and Insert edits), keeping one Delete before one Insert.
func appendChange(out []Edit, e Edit) []Edit {
	n := len(out)
	start := n
	for start > 0 && out[start-1].Op != Equal {
		start--
	}
	for k := start; k < n; k++ {
		if out[k].Op == e.Op {
			out[k].Text += e.Text
			return out
		}
	}
	if e.Op == Delete && start < n { // an Insert is there: the Delete goes before it
		out = append(out, Edit{})
		copy(out[start+1:], out[start:n])
		out[start] = e
		return out
	}
	return append(out, e)
}

// maxEditCost bounds the Myers search (edits explored); past it the rest is one deletion and
// one insertion, which is what a reader sees of two unrelated texts anyway.
const maxEditCost = 2000

// myers returns the shortest edit script turning a into b, one Op per step: Equal consumes one
// element of each, Delete one of a, Insert one of b. Common prefix and suffix are trimmed first.
func myers(a, b []int) []Op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	mid := middle(a[pre:len(a)-suf], b[pre:len(b)-suf])
	out := make([]Op, 0, pre+len(mid)+suf)
	for range pre {
		out = append(out, Equal)
	}
	out = append(out, mid...)
	for range suf {
		out = append(out, Equal)
	}
	return out
}

// middle is the Myers O(ND) search with a trace of the furthest-reaching paths.
func middle(a, b []int) []Op {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return plain(n, m)
	}
	maxD := min(n+m, maxEditCost)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		// Keep only the diagonals -d..d: what the walk back reads at step d.
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
	}
	if found < 0 {
		return plain(n, m)
	}
	// Walk the trace back from (n, m).
	var rev []Op
	x, y := n, m
	for d := found; d > 0; d-- {
		pv := func(k int) int { return trace[d][k+d] }
		k := x - y
		var pk int
		if k == -d || (k != d && pv(k-1) < pv(k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := pv(pk)
		py := px - pk
		for x > px && y > py {
			rev = append(rev, Equal)
			x, y = x-1, y-1
		}
		if x == px {
			rev = append(rev, Insert)
		} else {
			rev = append(rev, Delete)
		}
		x, y = px, py
	}
	for x > 0 && y > 0 {
		rev = append(rev, Equal)
		x, y = x-1, y-1
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// plain deletes all of a and inserts all of b.
func plain(n, m int) []Op {
	out := make([]Op, 0, n+m)
	for range n {
		out = append(out, Delete)
	}
	for range m {
		out = append(out, Insert)
	}
	return out
}
