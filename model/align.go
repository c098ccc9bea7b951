package model

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
)

// AlignDoc is one side of AlignSections: a policy, the language part aligned, and what each
// section is about.
type AlignDoc struct {
	Policy *Policy
	// Part is the language part aligned (an index into Policy.Parts); out of range, every
	// section of the policy.
	Part int
	// Topics holds, per section (indexed like Policy.Sections), the topics its text is evidence
	// for as a bit set (bit k: topic k, such as a detect key); nil when not known. Topics do not
	// depend on the language, so they carry the match between policies in two languages.
	Topics []uint64
}

// Alignment pairs the sections of two documents A and B. Entries are indexes into the other
// document's Policy.Sections, -1 for a section with no counterpart.
type Alignment struct {
	AToB []int // indexed by A's section index
	BToA []int // indexed by B's section index
}

// Counterpart returns the section of the other document matching section i of A (fromA) or of
// B, or -1 when it has none (or i is out of range, or -1: the preamble).
func (m Alignment) Counterpart(fromA bool, i int) int {
	t := m.AToB
	if !fromA {
		t = m.BToA
	}
	if i < 0 || i >= len(t) {
		return -1
	}
	return t[i]
}

// Weights of the signals that say two sections of two policies are on the same topic. Topics
// carry most, because they do not depend on the language; the words of the titles help between
// two policies in one language; the position within the document breaks ties (policies tend to
// follow the same order: collection, use, sharing, rights).
const (
	alignTopicWeight = 0.6
	alignTitleWeight = 0.3
	alignPlaceWeight = 0.1
	// alignMinScore is the least score for a counterpart; below it a section has none.
	alignMinScore = 0.3
)

// partRange returns the half-open range of the sections of part (all sections when part is out
// of range).
func partRange(p *Policy, part int) (first, end int) {
	if part >= 0 && part < len(p.Parts) {
		return p.Parts[part].FirstSection, p.Parts[part].EndSection
	}
	return 0, len(p.Sections)
}

// AlignSections pairs the sections of a with those of b, for reading them side by side and for
// keeping the section read when switching between language parts.
//
// Two language parts of one policy are translations of each other: with as many sections they
// pair in order; otherwise a section pairs with the one of the same number and level, else with
// the one at the same relative position, so every section has a counterpart. Two other
// documents pair by topic: each section takes the other side's section with the best score of
// shared topics, shared title words (stemmed with Stem; pairs of Han characters) and similar
// position, if that score reaches a threshold; position alone is no topic.
func AlignSections(a, b AlignDoc) Alignment {
	m := Alignment{}
	if a.Policy == nil || b.Policy == nil {
		return m
	}
	m.AToB, m.BToA = filled(len(a.Policy.Sections)), filled(len(b.Policy.Sections))
	af, ae := partRange(a.Policy, a.Part)
	bf, be := partRange(b.Policy, b.Part)
	if ae <= af || be <= bf {
		return m
	}
	if a.Policy == b.Policy && a.Part != b.Part {
		for i := af; i < ae; i++ {
			m.AToB[i] = translated(a.Policy, i, af, ae, bf, be)
		}
		for j := bf; j < be; j++ {
			m.BToA[j] = translated(b.Policy, j, bf, be, af, ae)
		}
		return m
	}
	at, bt := titleTokenSets(a.Policy, af, ae), titleTokenSets(b.Policy, bf, be)
	score := func(i, j int) float64 {
		kj := jaccard(topicsOf(a, af+i), topicsOf(b, bf+j))
		tj := tokenOverlap(at[i], bt[j])
		if kj == 0 && tj == 0 {
			return 0 // position alone is no topic
		}
		place := 1 - math.Abs(float64(i)/float64(ae-af)-float64(j)/float64(be-bf))
		if a.Policy.Sections[af+i].Lang != b.Policy.Sections[bf+j].Lang {
			// Titles in two languages share no words: the topics carry the title's weight too.
			return (alignTopicWeight+alignTitleWeight)*kj + alignPlaceWeight*place
		}
		return alignTopicWeight*kj + alignTitleWeight*tj + alignPlaceWeight*place
	}
	for i := 0; i < ae-af; i++ {
		if j := best(be-bf, func(j int) float64 { return score(i, j) }); j >= 0 {
			m.AToB[af+i] = bf + j
		}
	}
	for j := 0; j < be-bf; j++ {
		if i := best(ae-af, func(i int) float64 { return score(i, j) }); i >= 0 {
			m.BToA[bf+j] = af + i
		}
	}
	return m
}

// translated returns the counterpart of section i (in [from, end)) of p among the sections
// [to, toEnd) of another language part of p: the one at the same place when both parts have as
// many sections, else the first with the same number and level, else the one at the same
// relative position.
func translated(p *Policy, i, from, end, to, toEnd int) int {
	na, nb := end-from, toEnd-to
	k := i - from
	if na == nb {
		return to + k
	}
	if num := p.Sections[i].Number; num != "" {
		for j := to; j < toEnd; j++ {
			if p.Sections[j].Number == num && p.Sections[j].Level == p.Sections[i].Level {
				return j
			}
		}
	}
	return to + min(nb-1, k*nb/na)
}

// best returns the x in [0, n) with the highest s(x) of at least alignMinScore (the first on a
// tie), or -1.
func best(n int, s func(int) float64) int {
	b, bs := -1, alignMinScore
	for x := 0; x < n; x++ {
		if v := s(x); v > bs || v == bs && b < 0 {
			b, bs = x, v
		}
	}
	return b
}

// topicsOf returns the topics of section i of d, 0 when unknown.
func topicsOf(d AlignDoc, i int) uint64 {
	if i < 0 || i >= len(d.Topics) {
		return 0
	}
	return d.Topics[i]
}

// jaccard returns |a∩b| / |a∪b|, 0 for two empty sets.
func jaccard(a, b uint64) float64 {
	u := bits.OnesCount64(a | b)
	if u == 0 {
		return 0
	}
	return float64(bits.OnesCount64(a&b)) / float64(u)
}

// titleStopWords are the words of section titles that say nothing about the topic, because they
// are function words or appear in every title of a privacy policy ("personal information",
// "个人信息").
var titleStopWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "we": true, "our": true, "your": true,
	"you": true, "how": true, "what": true, "for": true, "in": true, "a": true, "an": true,
	"on": true, "with": true, "is": true, "do": true, "this": true, "us": true, "or": true,
	"personal": true, "information": true, "data": true, "privacy": true, "policy": true,
	"我们": true, "您的": true, "你的": true, "如何": true, "个人": true, "人信": true, "信息": true,
	"個人": true, "資訊": true, "隐私": true, "政策": true, "隱私": true,
}

// titleTokenSets returns the title tokens of sections [first, end) of p.
func titleTokenSets(p *Policy, first, end int) []map[string]bool {
	out := make([]map[string]bool, end-first)
	for i := range out {
		out[i] = titleTokens(p.Sections[first+i].Title)
	}
	return out
}

// titleTokens returns the topic words of a section title: lower-cased Latin words, stemmed with
// Stem, without stop words, and pairs of adjacent Han characters, so that "存储期限" and
// "个人信息的存储" share tokens without a Chinese word list.
func titleTokens(title string) map[string]bool {
	toks := map[string]bool{}
	var han []rune
	flushHan := func() {
		for i := 0; i+1 < len(han); i++ {
			if t := string(han[i : i+2]); !titleStopWords[t] {
				toks[t] = true
			}
		}
		han = han[:0]
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !isHan(r)
	}) {
		var latin []rune
		for _, r := range w {
			if isHan(r) {
				han = append(han, r)
				continue
			}
			flushHan()
			latin = append(latin, r)
		}
		flushHan()
		lw := string(latin)
		if len(latin) < 2 || titleStopWords[lw] {
			continue
		}
		if s := Stem(lw); s != "" {
			lw = s
		}
		toks[lw] = true
	}
	return toks
}

// tokenOverlap returns |a∩b| / min(|a|, |b|), 0 when either is empty: a short title ("Your
// Rights") matches a long one on the same topic ("Rights and Approaches of Management").
func tokenOverlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(min(len(a), len(b)))
}

// filled returns a slice of n copies of -1.
func filled(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}
