package policies

import (
	"slices"
	"strings"
)

// Heading levels come from numbering first and markup second. Tools that save a policy often
// give every heading the same markup whatever its rank (all <h2>, or "### " before every title
// of a <pre> text), while the numbering says what nests in what: "二、" sections hold "1." or
// "（一）" subsections, "3" holds "3.1". So among headings of the same markup level, a numbering
// scheme met inside another one's section nests one deeper; markup still ranks first, and a
// heading with no number starts afresh at its markup level.

// levelKey is where a heading ranks: its markup level, then its depth in the numbering of the
// headings of that level (1 for the outermost scheme, and for unnumbered headings).
type levelKey struct{ markup, depth int }

// numberLevels sets the level of every <h1>-<h6> (and <pre> "#") heading block from its markup
// level and its numbering. Levels only change where the numbering nests headings of one markup
// level; a page whose numbering agrees with its markup keeps its levels.
func numberLevels(bs []mdBlock) {
	keys := make([]levelKey, len(bs))
	stacks := map[int][]string{} // markup level -> the numbering schemes open at that level
	for i, b := range bs {
		if b.level == 0 {
			continue
		}
		for l := range stacks {
			if l > b.level {
				delete(stacks, l) // a heading closes the numbering of the levels below it
			}
		}
		st := stacks[b.level]
		s := numberScheme(unescapeMarkdown(b.lines[0]))
		depth := 1
		switch {
		case s == "":
			st = st[:0]
		case slices.Contains(st, s):
			k := slices.Index(st, s)
			st, depth = st[:k+1], k+1
		default:
			// A scheme that by its form is outer to one already open ("1" after "1.1",
			// "一、" after "（一）") takes that one's place; any other nests deeper.
			k := len(st)
			for j, o := range st {
				if outerScheme(s, o) {
					k = j
					break
				}
			}
			st = append(st[:k], s)
			depth = k + 1
		}
		stacks[b.level] = st
		keys[i] = levelKey{b.level, depth}
	}
	var distinct []levelKey
	for i, k := range keys {
		if bs[i].level > 0 && !slices.Contains(distinct, k) {
			distinct = append(distinct, k)
		}
	}
	slices.SortFunc(distinct, func(a, b levelKey) int {
		if a.markup != b.markup {
			return a.markup - b.markup
		}
		return a.depth - b.depth
	})
	// Each rank gets the next level, never above its markup level: a page without nested
	// numbering keeps its levels.
	level := map[levelKey]int{}
	prev := 0
	for _, k := range distinct {
		prev = max(prev+1, k.markup)
		level[k] = min(prev, 6)
	}
	for i := range bs {
		if bs[i].level > 0 {
			bs[i].level = level[keys[i]]
		}
	}
}

// schemeOrder ranks numbering schemes of one family from outer to inner: the forms a policy
// uses for sections, then subsections, then items.
var schemeOrder = map[string]struct {
	family string
	rank   int
}{
	"zh第": {"zh", 0}, "zh": {"zh", 1}, "zh()": {"zh", 2},
	"1": {"1", 0}, "1.1": {"1", 1}, "1.1.1": {"1", 2}, "(1)": {"1", 3},
	"I": {"a", 0}, "a": {"a", 1}, "(a)": {"a", 2},
}

// outerScheme reports whether scheme s is, by its form, outer to scheme o: both of a family
// and s ranked before o.
func outerScheme(s, o string) bool {
	a, okA := schemeOrder[s]
	b, okB := schemeOrder[o]
	return okA && okB && a.family == b.family && a.rank < b.rank
}

// unescapeMarkdown removes the backslashes a markdown converter put before punctuation
// ("1\. Introduction").
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
