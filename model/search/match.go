package search

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"fineprint/model"
)

// Scores of one term in one clause, by how the term matched; a clause's score is the sum over
// the terms, plus bonuses, minus a length penalty. The length penalty (at most 60) and the
// heading bonus are smaller than a step between tiers; the phrase and nearness bonuses are
// larger on purpose: terms that stand together say more than their exact forms.
const (
	scoreWord    = 1000 // a whole word ("delete" in "delete your data"), or any Han match
	scorePrefix  = 700  // a word start ("delet" in "deletion"), +0..200 for the share covered
	scoreStem    = 600  // another form of the same word ("deletion" for "delete"), see stem
	scoreInfix   = 400  // inside a word ("lete" in "delete"), +0..200 for the share covered
	scoreTypo    = 300  // a typo: one edit ("retension", "thrid"), +50, or two in a long word
	scoreFuzzy   = 150  // the term's runes in order inside one word, from its start, +-100
	scoreStop    = 50   // an optional function word of the query ("my" in "delete my data")
	scorePhrase  = 600  // the terms stand next to each other, in order
	scoreOrdered = 450  // the terms stand in order with at most one word between two
	scoreNear    = 300  // the terms stand within a few words of each other, in any order
	scoreHeading = 100  // the term is a word or word start of the clause's section headings
)

// tier returns the tier of a term's score in a word: scoreWord, scorePrefix, scoreStem,
// scoreInfix, scoreTypo or scoreFuzzy.
func tier(s int32) int32 {
	switch {
	case s >= scoreWord:
		return scoreWord
	case s >= scorePrefix:
		return scorePrefix
	case s >= scoreStem:
		return scoreStem
	case s >= scoreInfix:
		return scoreInfix
	case s >= scoreTypo:
		return scoreTypo
	}
	return scoreFuzzy
}

// maxNear is the number of terms the nearness bonus looks at.
const maxNear = 6

// maxFuzzyRunes bounds the length of a term that is still matched fuzzily: longer terms only
// match as substrings, which also keeps sahilm/fuzzy's adjacency bonus, which doubles per
// adjacent rune, far from overflowing.
const maxFuzzyRunes = 24

// termPlan is a term of a query made ready for one index: which words of the vocabulary match
// it and how well.
type termPlan struct {
	term
	runes int
	// whole is true when the term is one word and its mode is decided by words alone: the
	// clause's score for the term is the best score among its words. Otherwise the clause must
	// hold the required words and the term's text is then looked for in the clause (verify).
	whole bool
	// any is true when the term has no word at all: every clause is a candidate.
	any bool
	// pair is true when the term is exactly two Han characters: holding the pair is a match.
	pair     bool
	score    []int32  // per word of the vocabulary: > 0 when it matches a whole term
	required []uint32 // words a clause must hold for a term that is not whole
	words    []uint32 // the words through which candidate clauses are found
	est      int      // clauses reached through words, counted with repeats

	// byClause, when filled (fill), holds per clause what the term's postings say: the best
	// word score of a whole term, else how many of the required words (or, with none, of the
	// words) the clause holds, which must be need. touched lists the clauses set.
	byClause []int32
	touched  []int32
	need     int32
}

// planTerm matches t against the vocabulary of ix.
func planTerm(ix *Index, t term) *termPlan {
	tp := &termPlan{term: t, runes: runeCount(t.text)}
	var toks []token
	tokenize(t.text, func(k token) { toks = append(toks, k) })
	if len(toks) == 0 {
		tp.any, tp.est = true, math.MaxInt32 // scored last: it narrows nothing
		return tp
	}
	if len(toks) == 1 && toks[0].start == 0 && toks[0].end == len(t.text) &&
		(t.mode == modeFuzzy || t.mode == modeExact || t.mode == modeWord) {
		tp.whole = true
		tp.score = make([]int32, len(ix.words))
		tp.planWhole(ix)
		return tp
	}
	// Several words, or anchored: the clause must hold every word that lies inside the term and
	// every pair of adjacent Han characters; a word at an open end of the term may be part of a
	// longer word, so it is only used to find candidates when nothing else is required.
	isPairAt := func(i int) bool {
		return i+1 < len(toks) && toks[i+1].start == toks[i].end &&
			isHanToken(t.text[toks[i].start:toks[i].end]) && isHanToken(t.text[toks[i+1].start:toks[i+1].end])
	}
	tp.est = -1
	var open []uint32
	openEst := -1
	for i, tok := range toks {
		w := t.text[tok.start:tok.end]
		if isHanToken(w) {
			switch {
			case isPairAt(i):
				tp.require(ix, t.text[tok.start:toks[i+1].end])
			case i == 0 || !isPairAt(i-1):
				tp.require(ix, w) // a Han character with no Han neighbour in the term
			}
			continue
		}
		leftOpen := tok.start == 0 && t.mode != modePrefix && t.mode != modeWord
		rightOpen := tok.end == len(t.text) && t.mode != modeSuffix && t.mode != modeWord
		if !leftOpen && !rightOpen {
			tp.require(ix, w)
			continue
		}
		if ws, est := matchingWords(ix, w, leftOpen, rightOpen); openEst < 0 || est < openEst {
			open, openEst = ws, est
		}
	}
	tp.pair = len(toks) == 2 && len(tp.required) == 1 && toks[0].start == 0 && toks[1].end == len(t.text) &&
		isPairAt(0) && (t.mode == modeFuzzy || t.mode == modeExact || t.mode == modeWord)
	if tp.est < 0 || (openEst >= 0 && openEst < tp.est && len(tp.required) == 0) {
		tp.words, tp.est = open, openEst
		tp.score = make([]int32, len(ix.words))
		for _, w := range open {
			tp.score[w] = 1
		}
	}
	return tp
}

// require adds word w to the words a clause must hold, and makes it the way to candidates when
// it reaches fewer clauses than the others. A word missing from the vocabulary makes the term
// match nothing.
func (tp *termPlan) require(ix *Index, w string) {
	id, ok := ix.wordID[w]
	n := 0
	if ok {
		n = len(ix.postings(id))
		tp.required = append(tp.required, id)
	} else {
		tp.required = append(tp.required, ^uint32(0))
	}
	if tp.est < 0 || n < tp.est {
		tp.est = n
		tp.words = nil
		if ok {
			tp.words = []uint32{id}
		}
	}
}

// inWords reports whether some word of the vocabulary holds a whole term's text: a match of
// the word, word start or inner substring tier.
func (tp *termPlan) inWords() bool {
	for _, w := range tp.words {
		if tp.score[w] >= scoreInfix {
			return true
		}
	}
	return false
}

// holds reports whether a clause with the given words holds what a term that is not whole
// requires.
func (tp *termPlan) holds(words []uint32) bool {
	for _, r := range tp.required {
		if !slices.Contains(words, r) {
			return false
		}
	}
	if tp.score != nil {
		for _, w := range words {
			if tp.score[w] > 0 {
				return true
			}
		}
		return false
	}
	return true
}

// inHeading reports whether a whole term matches one of the heading words as a word or a
// word start.
func (tp *termPlan) inHeading(heads []uint32) bool {
	for _, w := range heads {
		if tp.score[w] >= scorePrefix {
			return true
		}
	}
	return false
}

// fill computes byClause through the postings of the term's words.
func (tp *termPlan) fill(ix *Index) {
	if tp.any || tp.byClause != nil {
		return
	}
	tp.byClause = getScratch(ix.Len())
	by := tp.byClause
	switch {
	case tp.whole:
		for _, w := range tp.words {
			s := tp.score[w]
			for _, c := range ix.postings(w) {
				if by[c] == 0 {
					tp.touched = append(tp.touched, int32(c))
				}
				by[c] = max(by[c], s)
			}
		}
	case len(tp.required) > 0:
		ids := slices.Clone(tp.required)
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if ids[len(ids)-1] == ^uint32(0) {
			tp.need = -1 // a required word is in no clause
			return
		}
		tp.need = int32(len(ids))
		for _, w := range ids {
			for _, c := range ix.postings(w) {
				if by[c] == 0 {
					tp.touched = append(tp.touched, int32(c))
				}
				by[c]++
			}
		}
	default:
		tp.need = 1
		for _, w := range tp.words {
			for _, c := range ix.postings(w) {
				if by[c] == 0 {
					tp.touched = append(tp.touched, int32(c))
					by[c] = 1
				}
			}
		}
	}
}

// release pools byClause, zeroed.
func (tp *termPlan) release() {
	if tp.byClause == nil {
		return
	}
	for _, c := range tp.touched {
		tp.byClause[c] = 0
	}
	putScratch(tp.byClause)
	tp.byClause, tp.touched = nil, nil
}

// inClause returns the term's score in clause c (words: its distinct words; text: its
// normalised text), 0 when it does not match.
func (tp *termPlan) inClause(c int32, words []uint32, text string) int32 {
	if tp.any {
		return tp.verify(text)
	}
	if tp.byClause != nil {
		v := tp.byClause[c]
		if tp.whole || v == 0 {
			return v
		}
		if v != tp.need {
			return 0
		}
	} else if tp.whole {
		best := int32(0)
		for _, w := range words {
			best = max(best, tp.score[w])
		}
		return best
	} else if !tp.holds(words) {
		return 0
	}
	if tp.pair {
		return scoreWord
	}
	return tp.verify(text)
}

// matchingWords returns the vocabulary words that may hold w given which of its sides may
// extend into more of the word, and the clauses they reach.
func matchingWords(ix *Index, w string, leftOpen, rightOpen bool) ([]uint32, int) {
	if !leftOpen && !rightOpen {
		id, ok := ix.wordID[w]
		if !ok {
			return nil, 0
		}
		return []uint32{id}, len(ix.postings(id))
	}
	var ws []uint32
	est := 0
	for id, v := range ix.words {
		var ok bool
		switch {
		case leftOpen && rightOpen:
			ok = strings.Contains(v, w)
		case leftOpen:
			ok = strings.HasSuffix(v, w)
		default:
			ok = strings.HasPrefix(v, w)
		}
		if ok {
			ws = append(ws, uint32(id))
			est += len(ix.postings(uint32(id)))
		}
	}
	return ws, est
}

// planWhole scores every vocabulary word against a one-word term.
func (tp *termPlan) planWhole(ix *Index) {
	t := tp.text
	first, _ := utf8.DecodeRuneInString(t)
	if isHan(first) { // one Han character: itself, not the pairs that begin with it
		if id, ok := ix.wordID[t]; ok {
			tp.score[id] = scoreWord
			tp.words, tp.est = []uint32{id}, len(ix.postings(id))
		}
		return
	}
	if tp.optional { // a function word: itself only
		if id, ok := ix.wordID[t]; ok {
			tp.score[id] = scoreStop
			tp.words, tp.est = []uint32{id}, len(ix.postings(id))
		}
		return
	}
	// One or two letters inside words match nearly every clause: words starts only; the short
	// terms of a query of several words likewise.
	short := tp.runes < 3 || tp.strict
	tstem := ""
	if tp.mode == modeFuzzy {
		tstem = model.Stem(t)
	}
	typos := newTypoMatcher(t, tp.runes, tp.mode)
	var typoStems []string // the stems of the words matched with a typo
	var fuzzyCands []string
	var fuzzyIDs []uint32
	for id, w := range ix.words {
		var s int32
		switch {
		case w == t:
			s = scoreWord
		case tp.mode == modeWord:
		case strings.HasPrefix(w, t):
			s = scorePrefix + int32(200*tp.runes/runeCount(w))
		case tstem != "" && ix.stems[id] == tstem:
			s = scoreStem
		case short && tp.mode == modeFuzzy:
		case strings.Contains(w, t):
			s = scoreInfix + int32(200*tp.runes/runeCount(w))
		case typos != nil && typos.within(w):
			s = scoreTypo + 50*int32(2-typos.dist)
			if ix.stems[id] != "" {
				typoStems = append(typoStems, ix.stems[id])
			}
		case tp.mode == modeFuzzy && !short && tp.runes <= maxFuzzyRunes && fuzzyCandidate(t, w, tp.runes):
			fuzzyCands = append(fuzzyCands, w)
			fuzzyIDs = append(fuzzyIDs, uint32(id))
		}
		if s > 0 {
			tp.score[id] = s
			tp.words = append(tp.words, uint32(id))
			tp.est += len(ix.postings(uint32(id)))
		}
	}
	if len(typoStems) > 0 {
		// The other forms of a word the user mistyped: "delte" finds "deletion" too.
		for id, st := range ix.stems {
			if tp.score[id] == 0 && st != "" && slices.Contains(typoStems, st) {
				tp.score[id] = scoreTypo
				tp.words = append(tp.words, uint32(id))
				tp.est += len(ix.postings(uint32(id)))
			}
		}
	}
	for _, m := range fuzzy.FindNoSort(t, fuzzyCands) {
		id := fuzzyIDs[m.Index]
		if tp.score[id] != 0 {
			continue // another form of a mistyped word, scored above
		}
		tp.score[id] = scoreFuzzy + int32(max(-100, min(100, m.Score)))
		tp.words = append(tp.words, id)
		tp.est += len(ix.postings(id))
	}
}

// Typo tolerance: a plain term of typoMinRunes letters or more also matches the words of
// the vocabulary one edit away (an inserted, dropped, replaced or two swapped letters: the
// optimal string alignment distance), two for terms of typoTwoRunes letters or more.
const (
	typoMinRunes = 5
	typoTwoRunes = 10
)

// typoMatcher finds the words within a few edits of a term.
type typoMatcher struct {
	term []rune
	max  int // edits allowed
	dist int // the distance found by the last successful within
	rows [3][]int
	w    []rune
}

// newTypoMatcher returns the matcher for a term of n runes, or nil when the term is too short,
// not plain, or holds anything but letters (Han characters have no typos of this kind).
func newTypoMatcher(t string, n int, mode termMode) *typoMatcher {
	if mode != modeFuzzy || n < typoMinRunes {
		return nil
	}
	for _, r := range t {
		if isHan(r) || r < utf8.RuneSelf && (r < 'a' || r > 'z') {
			return nil
		}
	}
	m := &typoMatcher{term: []rune(t), max: 1}
	if n >= typoTwoRunes {
		m.max = 2
	}
	for i := range m.rows {
		m.rows[i] = make([]int, n+1)
	}
	return m
}

// within reports whether word w is at most m.max edits from the term, and sets m.dist. Words
// shorter than typoMinRunes-1 runes never are.
func (m *typoMatcher) within(w string) bool {
	if d := len(w) - len(m.term); d > m.max*2 || d < -m.max*2 { // bytes: a cheap first cut
		return false
	}
	// One of the first two letters stands where it should, or the two are swapped: typos
	// rarely hit both, and this cut spares the distance for nearly every word.
	if t0, t1 := byte(m.term[0]), byte(m.term[1]); m.term[0] < utf8.RuneSelf && m.term[1] < utf8.RuneSelf &&
		len(w) > 1 && w[0] != t0 && w[1] != t1 && w[0] != t1 && w[1] != t0 {
		return false
	}
	m.w = m.w[:0]
	for _, r := range w {
		m.w = append(m.w, r)
	}
	a, b := m.term, m.w
	if len(b) < typoMinRunes-1 || abs(len(a)-len(b)) > m.max {
		return false
	}
	// Optimal string alignment, row by row over b, stopping when a row's minimum exceeds max.
	// Only the band of cells within max of the diagonal can stay within max: the cells just
	// outside it hold max+1.
	prev2, prev, cur := m.rows[0], m.rows[1], m.rows[2]
	for i := range prev {
		prev[i] = i
	}
	out := m.max + 1
	for j := 1; j <= len(b); j++ {
		lo, hi := max(1, j-m.max), min(len(a), j+m.max)
		cur[lo-1] = out
		best := out
		if lo == 1 {
			cur[0] = j
			best = j
		}
		if hi < len(a) {
			cur[hi+1] = out
		}
		for i := lo; i <= hi; i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[i-2]+1)
			}
			cur[i] = v
			best = min(best, v)
		}
		if best > m.max {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	m.dist = prev[len(a)]
	return m.dist <= m.max && m.dist > 0
}

// abs returns the absolute value of x.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fuzzyCandidate reports whether the runes of term t (n runes) occur in order in word w,
// starting at its first rune and spread over at most 2n runes: the bound that keeps
// scattered-letter matches out ("elt" does not find "development").
func fuzzyCandidate(t, w string, n int) bool {
	tr, tsize := utf8.DecodeRuneInString(t)
	wr, wsize := utf8.DecodeRuneInString(w)
	if tr != wr {
		return false
	}
	t, w = t[tsize:], w[wsize:]
	span := 1
	for _, r := range w {
		if t == "" {
			break
		}
		span++
		if span > 2*n {
			return false
		}
		if c, size := utf8.DecodeRuneInString(t); c == r {
			t = t[size:]
		}
	}
	return t == ""
}

// verify checks a term that is not one whole word against a clause's normalised text and
// returns its score there, 0 when it does not match.
func (tp *termPlan) verify(text string) int32 {
	switch tp.mode {
	case modePrefix:
		if strings.HasPrefix(strings.TrimLeft(text, " "), tp.text) {
			return scoreWord
		}
		return 0
	case modeSuffix:
		if strings.HasSuffix(strings.TrimRight(text, " "), tp.text) {
			return scoreWord
		}
		return 0
	}
	best := int32(0)
	for from, n := 0, 0; from < len(text) && n < 32; n++ {
		i := indexText(text[from:], tp.text)
		if i < 0 {
			break
		}
		i += from
		s := int32(scoreInfix)
		if boundaryBefore(text, i) {
			s = scorePrefix
			if boundaryBefore(text, i+len(tp.text)) {
				s = scoreWord
			}
		}
		if tp.mode == modeWord && s != scoreWord {
			s = 0
		}
		best = max(best, s)
		if best == scoreWord {
			break
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
	return best
}

// occurrences appends to offs the byte offset of every rune of the term's matches in text (the
// text of a clause that matched), for highlighting.
func (tp *termPlan) occurrences(ix *Index, text string, words []uint32, offs []int) []int {
	if !tp.whole || tp.any {
		return tp.substringOccurrences(text, offs)
	}
	// The clause's words that match the term in its best tier ("inf": both "inform" and
	// "information"): every occurrence of them is highlighted.
	best := int32(0)
	for _, w := range words {
		best = max(best, tp.score[w])
	}
	if best == 0 {
		return offs
	}
	var bestWords []string
	for _, w := range words {
		if s := tp.score[w]; s > 0 && tier(s) == tier(best) {
			bestWords = append(bestWords, ix.words[w])
		}
	}
	for _, w := range bestWords {
		for from := 0; from < len(text); {
			i := indexText(text[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			if !boundaryBefore(text, i) || !boundaryBefore(text, from) {
				continue // part of a longer word
			}
			if t := tier(best); t == scoreStem || t == scoreTypo {
				offs = appendRuneStarts(offs, text, i, from) // another form: the whole word
				continue
			}
			if tier(best) >= scoreInfix {
				j := i + strings.Index(w, tp.text)
				offs = appendRuneStarts(offs, text, j, j+len(tp.text))
				continue
			}
			for _, m := range fuzzy.Find(tp.text, []string{w}) {
				for _, b := range m.MatchedIndexes {
					offs = append(offs, i+b)
				}
			}
		}
	}
	return offs
}

// substringOccurrences appends the byte offsets of the runes of the term's substring matches.
func (tp *termPlan) substringOccurrences(text string, offs []int) []int {
	switch tp.mode {
	case modePrefix:
		trimmed := strings.TrimLeft(text, " ")
		i := len(text) - len(trimmed)
		return appendRuneStarts(offs, text, i, i+len(tp.text))
	case modeSuffix:
		trimmed := strings.TrimRight(text, " ")
		return appendRuneStarts(offs, text, len(trimmed)-len(tp.text), len(trimmed))
	}
	for from, n := 0, 0; from < len(text) && n < 64; n++ {
		i := indexText(text[from:], tp.text)
		if i < 0 {
			break
		}
		i += from
		end := i + len(tp.text)
		if tp.mode != modeWord || (boundaryBefore(text, i) && boundaryBefore(text, end)) {
			offs = appendRuneStarts(offs, text, i, end)
		}
		from = end
	}
	return offs
}

// appendRuneStarts appends the byte offset of each rune of text[a:b] but the separators.
func appendRuneStarts(offs []int, text string, a, b int) []int {
	for i := a; i < b; {
		if text[i] != ' ' {
			offs = append(offs, i)
		}
		if text[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	return offs
}
