package detect

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// A prefilter finds, in one pass over a text, which rules can possibly match it: every rule's
// pattern requires one of a few literal strings (derived from the pattern by requiredLiterals),
// and an Aho-Corasick automaton over all those literals reports which are present. Only the
// rules whose literals occur are then run as regular expressions, which keeps Analyze linear in
// the text and fast however large the vocabulary grows.
type prefilter struct {
	// class maps each byte to its class: the bytes that occur in no literal share class 0,
	// each other byte has its own. Rows of next are nclass wide, which keeps the automaton a
	// few hundred kilobytes where 256-wide rows took megabytes to clear and fill.
	class  [256]uint8
	nclass int32
	// next[s*nclass+class] is the goto/fail-resolved transition: the target state, with
	// hasOutput set when literals end there, so that the scan looks up outputs only then.
	next []uint16
	// outs[outAt[s]:outAt[s+1]] are the literals ending at state s, its own first, then
	// those of its failure state: one array, where a slice per state was the largest
	// allocation of compiling a lexicon.
	outAt  []int32
	outs   []litEnd
	always []int32 // rules with no required literal: always candidates
}

// A prefilter's transitions are 16 bits wide, half the memory to clear and fill of 32 when
// a lexicon is compiled: 15 bits of target state (maxStates bounds the states; a lexicon has
// some five thousand, and one with more panics at compile time, which every test run does)
// and hasOutput.
const (
	maxStates = 1 << 15
	stateMask = maxStates - 1
	hasOutput = maxStates
)

// litEnd is a literal of a rule, recorded at the automaton state where it ends.
type litEnd struct {
	rule   int32
	length int32 // bytes
}

// newPrefilter builds the automaton for the given per-rule literal sets; a nil set means the
// rule has no required literal, and such a rule is always a candidate if its number is below
// always (the sets after it are requirements, which a nil set waives).
func newPrefilter(lits [][]string, always int) *prefilter {
	pf := &prefilter{}
	var used [256]bool
	bytes, nlits := 0, 0 // literal bytes (a bound of the states) and literals
	for _, set := range lits {
		nlits += len(set)
		for _, lit := range set {
			bytes += len(lit)
			for i := 0; i < len(lit); i++ {
				used[lit[i]] = true
			}
		}
	}
	pf.nclass = 1
	for c := range 256 {
		if used[c] {
			pf.class[c] = uint8(pf.nclass)
			pf.nclass++
		}
	}
	if pf.nclass > 256 {
		// Every byte value occurs in some literal: classes would not fit a byte. Literals are
		// words of a few scripts, so this does not happen; fall back to one class per byte.
		pf.nclass = 256
		for c := range 256 {
			pf.class[c] = uint8(c)
		}
	}
	nc := pf.nclass
	// The trie first, with the edges of each state in a list of siblings (the root's in a
	// table), so that the transition table is allocated once, at its size: a table grown row
	// by row, or sized for every literal byte, was most of the cost of compiling a lexicon,
	// and a map of edges half of what remained.
	type edge struct {
		c        uint8
		to, next int32 // next: the next sibling's index+1, 0 for none
	}
	type end struct {
		state int32
		lit   litEnd
	}
	var root [256]int32
	first := make([]int32, 1, bytes+1) // per state, its first edge's index+1, 0 for none
	edges := make([]edge, 0, bytes)
	ends := make([]end, 0, nlits)
	for rule, set := range lits {
		if set == nil {
			if rule < always {
				pf.always = append(pf.always, int32(rule))
			}
			continue
		}
		for _, lit := range set {
			s := int32(0)
			for i := 0; i < len(lit); i++ {
				c := lit[i]
				var t int32
				if s == 0 {
					t = root[c]
				} else {
					for e := first[s]; e != 0; e = edges[e-1].next {
						if edges[e-1].c == c {
							t = edges[e-1].to
							break
						}
					}
				}
				if t == 0 {
					t = int32(len(first))
					first = append(first, 0)
					if s == 0 {
						root[c] = t
					} else {
						edges = append(edges, edge{c, t, first[s]})
						first[s] = int32(len(edges))
					}
				}
				s = t
			}
			ends = append(ends, end{s, litEnd{int32(rule), int32(len(lit))}})
		}
	}
	states := len(first)
	if states > maxStates {
		panic("detect: a prefilter needs more than 32768 states")
	}
	out := make([]bool, states) // whether literals end at the state, its own or its failure state's
	for _, e := range ends {
		out[e.state] = true
	}
	target := func(t int32) uint16 {
		if out[t] {
			return uint16(t) | hasOutput
		}
		return uint16(t)
	}
	// Breadth-first: resolve failure links into the transition table. A state's row is its
	// failure state's (resolved before it, being shallower), with its own edges written over;
	// order lists the states in the order visited.
	pf.next = make([]uint16, states*int(nc))
	fail := make([]uint16, states)
	order := make([]uint16, 0, states)
	for c, t := range root {
		if t != 0 {
			pf.next[pf.class[c]] = target(t)
			order = append(order, uint16(t))
		}
	}
	for i := 0; i < len(order); i++ {
		s := int32(order[i])
		f := int32(fail[s])
		row := pf.next[s*nc : (s+1)*nc]
		copy(row, pf.next[f*nc:(f+1)*nc])
		for e := first[s]; e != 0; e = edges[e-1].next {
			c, t := pf.class[edges[e-1].c], edges[e-1].to
			ft := row[c] // the failure state's transition on c
			fail[t] = ft & stateMask
			out[t] = out[t] || ft&hasOutput != 0
			row[c] = target(t)
			order = append(order, uint16(t))
		}
	}
	// The literals ending at each state: its own, in the order given, then its failure
	// state's.
	own := make([]int32, states+1) // own[s]:own[s+1] index ownLits
	for _, e := range ends {
		own[e.state+1]++
	}
	for s := 1; s <= states; s++ {
		own[s] += own[s-1]
	}
	ownLits := make([]litEnd, len(ends))
	placed := slices.Clone(own[:states])
	for _, e := range ends {
		ownLits[placed[e.state]] = e.lit
		placed[e.state]++
	}
	count := placed // reused: per state, how many literals end there in all
	count[0] = 0
	for _, s := range order {
		count[s] = own[s+1] - own[s] + count[fail[s]]
	}
	pf.outAt = make([]int32, states+1)
	for s := range states {
		pf.outAt[s+1] = pf.outAt[s] + count[s]
	}
	pf.outs = make([]litEnd, pf.outAt[states])
	for _, s := range order {
		n := copy(pf.outs[pf.outAt[s]:], ownLits[own[s]:own[s+1]])
		f := fail[s]
		copy(pf.outs[pf.outAt[s]+int32(n):], pf.outs[pf.outAt[f]:pf.outAt[f+1]])
	}
	return pf
}

// occurrence is a place where a rule may match: the rule and the byte offset at which one of
// its literals starts.
type occurrence struct {
	rule int32
	pos  int32
}

// occurrences appends to dst, for every literal found in text, the rule it belongs to and
// where it starts; rules without literals are reported at offset -1.
func (pf *prefilter) occurrences(text string, dst []occurrence) []occurrence {
	dst = dst[:0]
	for _, r := range pf.always {
		dst = append(dst, occurrence{r, -1})
	}
	s, nc, next, class, outAt := int32(0), pf.nclass, pf.next, &pf.class, pf.outAt
	for i := 0; i < len(text); i++ {
		t := next[s*nc+int32(class[text[i]])]
		s = int32(t & stateMask)
		if t&hasOutput == 0 {
			continue
		}
		for _, o := range pf.outs[outAt[s]:outAt[s+1]] {
			dst = append(dst, occurrence{o.rule, int32(i+1) - o.length})
		}
	}
	return dst
}

// requiredLiterals returns a set of literal strings one of which occurs in every match of the
// regular expression re (parsed with flags), or nil when it cannot tell. It prefers, among the
// parts of a concatenation, the set whose shortest literal is longest, to make the prefilter
// selective.
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return requiredLiterals(re.Sub[0])
	case syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := requiredLiterals(sub)
			if set == nil {
				return nil
			}
			all = append(all, set...)
		}
		return all
	case syntax.OpCharClass:
		// A small class of single characters is a set of one-rune literals.
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 4 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
		}
		if len(set) == 0 || len(set) > 8 {
			return nil
		}
		return set
	case syntax.OpConcat:
		// Merge adjacent literals first: "ab" then a class gives better sets.
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			set := requiredLiterals(sub)
			if set == nil {
				continue
			}
			if m := minLen(set); m > bestLen {
				best, bestLen = set, m
			}
		}
		return best
	}
	return nil
}

// minLen returns the length in bytes of the shortest string of set.
func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// usableLiterals returns set without repeats, or nil when it is no use as a filter: empty, or
// holding a one-byte literal other than a rare symbol such as '@'.
func usableLiterals(set []string) []string {
	if set == nil {
		return nil
	}
	var out []string
	for _, s := range set {
		if len(s) == 0 || (len(s) == 1 && !strings.ContainsAny(s, "@#%$:;)")) {
			return nil
		}
		if !slices.Contains(out, s) {
			out = append(out, strings.Clone(s))
		}
	}
	return out
}

// sortByRule returns occ sorted by rule, then by position, in dst's storage: a counting sort,
// linear where a comparison sort was a sixth of Analyze's time. The occurrences come in text
// order of their ends (those at -1 first); placed stably by rule, each rule's are then nearly
// in position order. rules bounds the rule numbers.
func sortByRule(occ, dst []occurrence, rules int) []occurrence {
	if len(occ)*16 < rules {
		// A short clause: sorting its few occurrences costs less than counting over every
		// rule number.
		dst = append(dst[:0], occ...)
		slices.SortFunc(dst, func(x, y occurrence) int {
			if x.rule != y.rule {
				return int(x.rule - y.rule)
			}
			return int(x.pos - y.pos)
		})
		return dst
	}
	count := make([]int32, rules+1)
	for _, o := range occ {
		count[o.rule+1]++
	}
	for i := 1; i <= rules; i++ {
		count[i] += count[i-1]
	}
	dst = slices.Grow(dst[:0], len(occ))[:len(occ)]
	for _, o := range occ {
		dst[count[o.rule]] = o
		count[o.rule]++
	}
	// A rule's literals are found where they end: a longer one may start before a shorter one
	// found earlier. Insertion sort puts such nearly sorted runs in position order.
	for i := 1; i < len(dst); i++ {
		for j := i; j > 0 && dst[j-1].rule == dst[j].rule && dst[j-1].pos > dst[j].pos; j-- {
			dst[j-1], dst[j] = dst[j], dst[j-1]
		}
	}
	return dst
}
