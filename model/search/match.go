package search

import (
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Scores of one term in one clause, by how the term matched. A phrase bonus and a small
// length penalty are added per clause; the tiers are far enough apart that neither can lift a
// clause over a better tier of match.
const (
	scoreWord   = 1000 // a whole word ("delete" in "delete your data"), or any Han match
	scorePrefix = 700  // a word start ("delet" in "deletion"), +0..200 for the share covered
	scoreInfix  = 400  // inside a word ("lete" in "delete"), +0..200 for the share covered
	scoreFuzzy  = 150  // the term's runes in order inside one word, from its start, +-100
	scorePhrase = 600  // the terms stand next to each other, in order
)

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
	// clause's score for the term is the best score among its words. Otherwise the term's key
	// word only narrows the candidates and the clause text is checked (verify).
	whole bool
	// any is true when the term has no word at all ("@@"): every clause is a candidate.
	any   bool
	score []int32 // per word of the vocabulary, > 0 when it matches (nil when any)
	words []uint32
	est   int // clauses reached through words, counted with repeats
}

// planTerm matches t against the vocabulary of ix.
func planTerm(ix *Index, t term) *termPlan {
	tp := &termPlan{term: t, runes: runeCount(t.text)}
	var toks []token
	tokenize(t.text, func(k token) { toks = append(toks, k) })
	if len(toks) == 0 {
		tp.any = true
		return tp
	}
	tp.score = make([]int32, len(ix.words))
	if len(toks) == 1 && toks[0].start == 0 && toks[0].end == len(t.text) &&
		(t.mode == modeFuzzy || t.mode == modeExact || t.mode == modeWord) {
		tp.whole = true
		tp.planWhole(ix)
		return tp
	}
	// Several words, or anchored: narrow by the word that reaches the fewest clauses.
	best := -1
	var bestWords []uint32
	for _, tok := range toks {
		leftOpen := tok.start == 0 && t.mode != modePrefix && t.mode != modeWord
		rightOpen := tok.end == len(t.text) && t.mode != modeSuffix && t.mode != modeWord
		w := t.text[tok.start:tok.end]
		if r, _ := utf8.DecodeRuneInString(w); isHan(r) {
			leftOpen, rightOpen = false, false
		}
		ws, est := matchingWords(ix, w, leftOpen, rightOpen)
		if best < 0 || est < best {
			best, bestWords = est, ws
		}
		if est == 0 {
			break
		}
	}
	for _, w := range bestWords {
		tp.score[w] = 1
	}
	tp.words, tp.est = bestWords, best
	return tp
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
	short := tp.runes < 3 && !isHan(first)
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
		case short && tp.mode == modeFuzzy:
			// One or two letters inside words match nearly every clause: words starts only.
		case strings.Contains(w, t):
			s = scoreInfix + int32(200*tp.runes/runeCount(w))
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
	for _, m := range fuzzy.FindNoSort(t, fuzzyCands) {
		id := fuzzyIDs[m.Index]
		tp.score[id] = scoreFuzzy + int32(max(-100, min(100, m.Score)))
		tp.words = append(tp.words, id)
		tp.est += len(ix.postings(id))
	}
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
		i := strings.Index(text[from:], tp.text)
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
	if !tp.whole {
		return tp.substringOccurrences(text, offs)
	}
	best := int32(0)
	for _, w := range words {
		best = max(best, tp.score[w])
	}
	if best == 0 {
		return offs
	}
	tokenize(text, func(k token) {
		w := text[k.start:k.end]
		id, ok := ix.wordID[w]
		if !ok || tp.score[id] != best {
			return
		}
		if best >= scoreInfix {
			i := strings.Index(w, tp.text)
			offs = appendRuneStarts(offs, text, k.start+i, k.start+i+len(tp.text))
			return
		}
		for _, m := range fuzzy.Find(tp.text, []string{w}) {
			for _, b := range m.MatchedIndexes {
				offs = append(offs, k.start+b)
			}
		}
	})
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
		i := strings.Index(text[from:], tp.text)
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

// appendRuneStarts appends the byte offset of each rune of text[a:b].
func appendRuneStarts(offs []int, text string, a, b int) []int {
	for i := a; i < b; {
		offs = append(offs, i)
		if text[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	return offs
}
