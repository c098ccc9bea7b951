package detect

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// branch is one top-level alternative of a vocabulary entry's pattern, compiled. When the
// branch starts with one of its literals it is anchored: it is tried only where the prefilter
// found that literal, as a match that must start there, which is far cheaper than scanning
// every sentence with an unanchored regular expression.
type branch struct {
	entry    int         // index in vocab
	re       *lazyRegexp // the branch, matched with a leading ^ when anchored
	anchored bool
	// wordStart means the branch began with \b, which anchored matching checks against the
	// byte before the literal (the ^ anchor hides it from the regular expression).
	wordStart bool
	literals  []string    // one of these starts every match (anchored) or occurs in it (not)
	unless    *lazyRegexp // the entry's Unless, nil when none
	notNear   *lazyRegexp // the entry's NotNear, nil when none
	// requires, for an anchored branch, lists literals one of which every match holds after
	// its first literal: the branch is not tried on a clause that has none of them.
	requires []string
	// reach bounds the length in bytes of an anchored branch's matches (maxMatch when its
	// pattern has an unbounded repeat): the text it is matched against ends there, which
	// keeps the regular expression engine's work, and the requires check, to what it can reach.
	reach int
	// fixed, for an anchored branch that can match only a few strings, lists them (see
	// fixedStrings): it is matched by comparing strings, its regular expression unused.
	fixed []fixedAlt
	// trigger says the pattern has a submatch named "t", the trigger word of a list ("delete"
	// in "delete, copy or restrict your data").
	trigger bool
}

// quote returns the byte range of f to quote for the branch's match f[m0:m1]: the whole
// match, or only its trigger group when the match goes on through a list after it ("delete,
// copy, restrict processing … your personal" quotes "delete", "访问、更正您的个人信息" quotes
// "访问"). The group is found only here, for the few matches that are recorded.
func (b *branch) quote(f string, m0, m1 int) (int, int) {
	if !b.trigger {
		return m0, m1
	}
	group := b.re.get().SubexpIndex("t")
	m := b.re.FindStringSubmatchIndex(f[m0:m1])
	if group > 0 && len(m) > 2*group+1 && m[2*group] >= 0 {
		g0, g1 := m0+m[2*group], m0+m[2*group+1]
		if strings.ContainsAny(f[g1:m1], ",(、，") {
			return g0, g1
		}
	}
	return m0, m1
}

// branchSpec is what splitBranches works out for one branch of a pattern, before the
// branch is tied to its entry: everything but the entry number and the entry's Unless and
// NotNear. specs.go looks specs up in a table generated at build time (specs_gen.go), so
// that compiling a lexicon parses no regular expression.
type branchSpec struct {
	// from and to delimit the branch's regular expression in the pattern; an anchored
	// branch's is matched with a leading ^ (see branch.re).
	from, to                     int32
	anchored, wordStart, trigger bool
	reach                        int32
	literals, requires           []string
	fixed                        []fixedAlt
}

// splitBranches splits pattern (of entry i) into its branches, with the specs that specs
// returns for it; each branch's regular expression is compiled on first use (see
// lazyRegexp). unlessPattern and notNearPattern are the entry's Unless and NotNear ("" for
// none).
func splitBranches(specs specsFunc, i int, pattern, unlessPattern, notNearPattern string) []branch {
	return appendBranches(nil, specs, i, pattern, unlessPattern, notNearPattern)
}

// appendBranches appends the branches of pattern (of entry i) to dst, as splitBranches.
func appendBranches(dst []branch, specs specsFunc, i int, pattern, unlessPattern, notNearPattern string) []branch {
	var unless, notNear *lazyRegexp
	if u := unlessPattern; u != "" {
		unless = re(u)
	}
	if n := notNearPattern; n != "" {
		notNear = re(n)
	}
	ss := specs(pattern)
	res := make([]lazyRegexp, len(ss)) // one allocation for the branches' expressions
	for k, s := range ss {
		r := &res[k]
		r.src, r.anchor = pattern[s.from:s.to], s.anchored
		dst = append(dst, branch{entry: i, re: r, anchored: s.anchored, wordStart: s.wordStart,
			literals: s.literals, unless: unless, notNear: notNear, requires: s.requires,
			reach: int(s.reach), fixed: s.fixed, trigger: s.trigger})
	}
	return dst
}

// analyseBranches splits pattern into its top-level alternatives and works out, for each,
// its literals, whether it is anchored at them, its reach and its fixed strings; a bad
// pattern panics (a programming error that any test run catches).
func analyseBranches(pattern string) []branchSpec {
	var out []branchSpec
	// Each branch's regular expression is its own text, cut from pattern at the top-level
	// "|": a parse tree turned back into text (syntax.Regexp.String) costs more than
	// compiling it.
	for _, span := range topLevelSpans(pattern) {
		alt := pattern[span[0]:span[1]]
		sub, err := syntax.Parse(cheapClasses(alt), syntax.Perl)
		if err != nil {
			panic("detect: pattern " + pattern + ": " + err.Error())
		}
		b := branchSpec{from: int32(span[0]), to: int32(span[1])}
		body, bodyFrom := sub, b.from
		if body.Op == syntax.OpConcat && len(body.Sub) > 1 && body.Sub[0].Op == syntax.OpWordBoundary && strings.HasPrefix(alt, `\b`) {
			b.wordStart = true
			body = &syntax.Regexp{Op: syntax.OpConcat, Flags: body.Flags, Sub: body.Sub[1:]}
			bodyFrom += int32(len(`\b`))
		}
		if lits := usableLiterals(prefixLiterals(body)); lits != nil {
			b.anchored, b.literals = true, lits
			b.reach = maxMatch
			b.fixed = fixedStrings(body)
			if r := reachOf(body); r >= 0 && r < maxMatch {
				b.reach = int32(r)
			}
			b.from = bodyFrom
			if body.Op == syntax.OpConcat && len(body.Sub) > 1 {
				rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: body.Sub[1:]}
				if req := usableLiterals(requiredLiterals(rest)); req != nil && minLen(req) >= 3 {
					b.requires = req
				}
			}
		} else {
			b.wordStart = false
			b.literals = usableLiterals(requiredLiterals(sub.Simplify()))
		}
		b.trigger = strings.Contains(alt, "(?P<t>")
		out = append(out, b)
	}
	return out
}

// matchAt returns the end of the branch's match at the start of window, the text from one of
// its literals to as far as it can reach.
func (b *branch) matchAt(window string) (int, bool) {
	if b.fixed != nil {
		return matchFixed(b.fixed, window)
	}
	loc := b.re.FindStringIndex(window)
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// reachOf returns the greatest length in bytes of a match of re, or -1 when it is unbounded.
func reachOf(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return 4 * len(re.Rune)
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpCapture, syntax.OpQuest:
		return reachOf(re.Sub[0])
	case syntax.OpRepeat:
		r := reachOf(re.Sub[0])
		if re.Max < 0 || r < 0 {
			return -1
		}
		return r * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			r := reachOf(s)
			if r < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += r
			} else {
				n = max(n, r)
			}
		}
		return n
	}
	return -1 // star, plus and anything unknown
}

// prefixLiterals returns a set of literals one of which starts every match of re, or nil when
// it cannot tell.
func prefixLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return prefixLiterals(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		first := prefixLiterals(re.Sub[0])
		if re.Sub[0].Op == syntax.OpLiteral && len(first) == 1 && len(first[0]) < 3 && len(re.Sub) > 1 {
			// A short literal followed by alternatives: "d(?:ata|etails)" starts with "data"
			// or "details".
			if next := prefixLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}); next != nil {
				out := make([]string, len(next))
				for i, n := range next {
					out[i] = first[0] + n
				}
				return out
			}
		}
		return first
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := prefixLiterals(sub)
			if set == nil {
				return nil
			}
			all = append(all, set...)
		}
		return all
	case syntax.OpCharClass:
		return requiredLiterals(re)
	}
	return nil
}

// maxMatch bounds, in bytes, the text an anchored branch is matched against: no vocabulary
// phrase or cue is longer, and the regular expression engine's cost grows with its input.
const maxMatch = 320

// matcher finds all matches of a pattern like regexp.FindAllStringIndex, but fast on long
// texts: its branches are anchored at the literals an Aho-Corasick pass finds, so the cost is
// one pass over the text plus a short anchored match per literal occurrence.
type matcher struct {
	bs     []branch
	pf     *prefilter
	maxLen int // the longest match, in bytes; anchored matching looks no further
}

// newMatcher compiles pattern, whose matches are at most maxLen bytes long, into a matcher; a
// bad pattern panics (a programming error).
func newMatcher(specs specsFunc, pattern string, maxLen int) *matcher {
	bs := splitBranches(specs, 0, pattern, "", "")
	return &matcher{bs: bs, pf: newPrefilter(anchoredLiterals(bs), len(bs)), maxLen: maxLen}
}

// anchoredLiterals returns, per branch of bs, the literals its matches start with, nil for a
// branch that is not anchored at them (the prefilter then always reports it).
func anchoredLiterals(bs []branch) [][]string {
	lits := make([][]string, len(bs))
	for i, b := range bs {
		if b.anchored {
			lits[i] = b.literals
		}
	}
	return lits
}

// findAll returns the [start, end) byte ranges of the non-overlapping matches in f, sorted,
// preferring at each start the leftmost branch's match.
func (m *matcher) findAll(f string) [][]int {
	var out [][]int
	for _, o := range m.pf.occurrences(f, nil) {
		b := &m.bs[o.rule]
		if o.pos < 0 {
			out = append(out, b.re.FindAllStringIndex(f, -1)...)
			continue
		}
		pos := int(o.pos)
		if b.wordStart && pos > 0 && wordBefore1(f, pos) {
			continue
		}
		if end, ok := b.matchAt(f[pos:min(len(f), pos+min(m.maxLen, b.reach))]); ok && end > 0 {
			out = append(out, []int{pos, pos + end})
		}
	}
	return nonOverlapping(out)
}

// matchString reports whether f has a match.
func (m *matcher) matchString(f string) bool {
	return len(m.findAll(f)) > 0
}

// cueSet finds the matches of several patterns (cue kinds) in one pass: one Aho-Corasick
// automaton over the literals of all their branches, then, per kind, what a matcher of that
// pattern alone would find. A clause's dozen cues cost one scan instead of a dozen.
type cueSet struct {
	bs     []branch
	kind   []int // per branch, the index of its pattern
	pf     *prefilter
	nkinds int
	maxLen int
}

// newCueSet compiles patterns ("" matches nothing), whose matches are at most maxLen bytes.
func newCueSet(specs specsFunc, patterns []string, maxLen int) *cueSet {
	c := &cueSet{nkinds: len(patterns), maxLen: maxLen}
	for k, p := range patterns {
		if p == "" {
			continue
		}
		for _, b := range splitBranches(specs, 0, p, "", "") {
			c.bs = append(c.bs, b)
			c.kind = append(c.kind, k)
		}
	}
	c.pf = newPrefilter(anchoredLiterals(c.bs), len(c.bs))
	return c
}

// findAll returns, per pattern, the [start, end) byte ranges of its non-overlapping matches in
// f, sorted, as matcher.findAll does.
func (c *cueSet) findAll(f string) [][][]int {
	out := make([][][]int, c.nkinds)
	for _, o := range c.pf.occurrences(f, nil) {
		b, k := &c.bs[o.rule], c.kind[o.rule]
		if o.pos < 0 {
			out[k] = append(out[k], b.re.FindAllStringIndex(f, -1)...)
			continue
		}
		pos := int(o.pos)
		if b.wordStart && pos > 0 && wordBefore1(f, pos) {
			continue
		}
		if end, ok := b.matchAt(f[pos:min(len(f), pos+min(c.maxLen, b.reach))]); ok && end > 0 {
			out[k] = append(out[k], []int{pos, pos + end})
		}
	}
	for k, rs := range out {
		out[k] = nonOverlapping(rs)
	}
	return out
}

// nonOverlapping sorts ranges by start, longer first at the same start, and keeps those that
// do not overlap one kept before.
func nonOverlapping(rs [][]int) [][]int {
	slices.SortFunc(rs, func(x, y []int) int {
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return y[1] - x[1]
	})
	kept := rs[:0]
	end := -1
	for _, r := range rs {
		if r[0] >= end {
			kept = append(kept, r)
			end = r[1]
		}
	}
	return kept
}
