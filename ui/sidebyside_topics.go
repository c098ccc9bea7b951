package ui

import (
	"math/bits"
	"strings"
	"unicode"

	"fineprint/model"
	"fineprint/model/detect"
)

// keySet is a set of detect keys as a bit mask; the taxonomy has fewer than 64 keys.
type keySet uint64

// jaccard returns |a∩b| / |a∪b|, 0 for two empty sets.
func (s keySet) jaccard(t keySet) float64 {
	u := bits.OnesCount64(uint64(s | t))
	if u == 0 {
		return 0
	}
	return float64(bits.OnesCount64(uint64(s&t))) / float64(u)
}

// Weights of the signals that say two sections are on the same topic. The detect keys their
// clauses are evidence for carry most, because they do not depend on the language; the words
// of the titles help between two policies in one language; the position within the document
// breaks ties (policies tend to follow the same order: collection, use, sharing, rights).
const (
	topicKeyWeight   = 0.6
	topicTitleWeight = 0.3
	topicPlaceWeight = 0.1
	// topicMinScore is the least score for a counterpart; below it a section has none.
	topicMinScore = 0.3
)

// topicMap pairs the sections of two documents (two policies, or two language parts of one)
// by topic. Entries are indexes into the other policy's Sections, -1 for no counterpart.
type topicMap struct {
	leftToRight []int // indexed by left section index
	rightToLeft []int // indexed by right section index
}

// counterpart returns the section on the other side matching section i of side (0 left, 1
// right), or -1.
func (m topicMap) counterpart(fromLeft bool, i int) int {
	t := m.leftToRight
	if !fromLeft {
		t = m.rightToLeft
	}
	if i < 0 || i >= len(t) {
		return -1
	}
	return t[i]
}

// sectionRange returns the half-open range of the sections of part (all sections when part is
// out of range).
func sectionRange(p *model.Policy, part int) (first, end int) {
	if part >= 0 && part < len(p.Parts) {
		return p.Parts[part].FirstSection, p.Parts[part].EndSection
	}
	return 0, len(p.Sections)
}

// sectionKeySets returns, per section of r's policy, the keys its clauses (or those of the
// sections nested in it) are evidence for.
func sectionKeySets(r *detect.Report) []keySet {
	p := r.Policy
	sets := make([]keySet, len(p.Sections))
	for _, f := range r.Findings {
		if f.Status == detect.NotMentioned {
			continue
		}
		for _, ev := range f.Evidence {
			for s := ev.Section; s >= 0 && s < len(sets); s = p.Sections[s].Parent {
				sets[s] |= 1 << f.Key
			}
		}
	}
	return sets
}

// titleStopWords are the words of section titles that say nothing about the topic, because
// they are function words or appear in every title of a privacy policy ("personal
// information", "个人信息").
var titleStopWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "we": true, "our": true, "your": true,
	"you": true, "how": true, "what": true, "for": true, "in": true, "a": true, "an": true,
	"on": true, "with": true, "is": true, "do": true, "this": true, "us": true, "or": true,
	"personal": true, "information": true, "data": true, "privacy": true, "policy": true,
	"我们": true, "您的": true, "你的": true, "如何": true, "个人": true, "人信": true, "信息": true,
	"個人": true, "資訊": true, "隐私": true, "政策": true, "隱私": true,
}

// stemSuffixes are stripped from Latin title words so that "collect", "collected" and
// "collection" meet, or "store" and "storage"; a crude stemmer is enough for matching titles.
var stemSuffixes = []string{"ations", "ation", "ions", "ion", "ings", "ing", "age", "ed", "s", "e"}

// stem strips up to two of stemSuffixes from w ("cookies" -> "cooki"), keeping at least four
// letters.
func stem(w string) string {
	for range 2 {
		for _, suf := range stemSuffixes {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
	}
	return w
}

// titleTokens returns the topic words of a title: stemmed lower-cased Latin words without stop
// words, and pairs of adjacent Han characters, so that "存储期限" and "个人信息的存储" share
// tokens without a Chinese word list.
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
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Han, r)
	}) {
		var latin []rune
		for _, r := range w {
			if unicode.Is(unicode.Han, r) {
				han = append(han, r)
				continue
			}
			flushHan()
			latin = append(latin, r)
		}
		flushHan()
		if lw := string(latin); len(lw) > 1 && !titleStopWords[lw] {
			toks[stem(lw)] = true
		}
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

// matchTopics pairs the sections of part lp of left's policy with those of part rp of right's
// policy (a part out of range means the whole policy). Two language parts of one policy with
// the same number of sections are translations of each other and pair in order; otherwise
// each section takes the other side's section with the best score of shared detect keys,
// shared title words and similar position, if that score reaches topicMinScore.
func matchTopics(left *detect.Report, lp int, right *detect.Report, rp int) topicMap {
	lpol, rpol := left.Policy, right.Policy
	m := topicMap{leftToRight: fill(len(lpol.Sections), -1), rightToLeft: fill(len(rpol.Sections), -1)}
	lf, le := sectionRange(lpol, lp)
	rf, re := sectionRange(rpol, rp)
	if le <= lf || re <= rf {
		return m
	}
	if lpol == rpol && lp != rp && le-lf == re-rf {
		for i := 0; i < le-lf; i++ {
			m.leftToRight[lf+i], m.rightToLeft[rf+i] = rf+i, lf+i
		}
		return m
	}
	lk, rk := sectionKeySets(left), sectionKeySets(right)
	lt := make([]map[string]bool, le-lf)
	for i := range lt {
		lt[i] = titleTokens(lpol.Sections[lf+i].Title)
	}
	rt := make([]map[string]bool, re-rf)
	for j := range rt {
		rt[j] = titleTokens(rpol.Sections[rf+j].Title)
	}
	score := func(i, j int) float64 {
		kj := lk[lf+i].jaccard(rk[rf+j])
		tj := tokenOverlap(lt[i], rt[j])
		if kj == 0 && tj == 0 {
			return 0 // position alone is no topic
		}
		place := 1 - abs(float64(i)/float64(le-lf)-float64(j)/float64(re-rf))
		if lpol.Sections[lf+i].Lang != rpol.Sections[rf+j].Lang {
			// Titles in two languages share no words: the keys carry the title's weight too.
			return (topicKeyWeight+topicTitleWeight)*kj + topicPlaceWeight*place
		}
		return topicKeyWeight*kj + topicTitleWeight*tj + topicPlaceWeight*place
	}
	best := func(n int, s func(int) float64) int {
		b, bs := -1, topicMinScore
		for x := 0; x < n; x++ {
			if v := s(x); v >= bs {
				if v > bs || b < 0 {
					b, bs = x, v
				}
			}
		}
		return b
	}
	for i := 0; i < le-lf; i++ {
		if j := best(re-rf, func(j int) float64 { return score(i, j) }); j >= 0 {
			m.leftToRight[lf+i] = rf + j
		}
	}
	for j := 0; j < re-rf; j++ {
		if i := best(le-lf, func(i int) float64 { return score(i, j) }); i >= 0 {
			m.rightToLeft[rf+j] = lf + i
		}
	}
	return m
}

// fill returns a slice of n copies of v.
func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// abs returns |x|.
func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
