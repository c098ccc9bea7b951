package model

import "unicode"

// majorityLang returns the language carrying most weight in blocks, LangUnknown when none
// carries any. Chinese wins a tie, as a Chinese text names products in English.
func majorityLang(blocks []block) Lang {
	var w [numLangs]int
	for bi := range blocks {
		b := &blocks[bi]
		w[b.lang] += b.wt
	}
	best := LangZH
	for l := LangUnknown + 1; l < numLangs; l++ {
		if w[l] > w[best] {
			best = l
		}
	}
	if w[best] == 0 {
		return LangUnknown
	}
	return best
}

// isProse reports whether a block is prose: not a heading, and a sentence's worth of words
// (five or more, with a dozen letters or more, a Chinese character counting two), not a label
// or a stray fragment ("AA0A A", "0", "Z B B B B").
func isProse(b *block) bool {
	if b.kind == blockHeading || CountWords(b.text) < 5 {
		return false
	}
	letters := 0
	for _, r := range b.text {
		switch {
		case isHan(r):
			letters += 2
		case unicode.IsLetter(r):
			letters++
		}
		if letters >= 12 {
			return true
		}
	}
	return false
}

// splitParts returns the block indexes where language parts begin, plus len(blocks): [0, n] for
// a one-language document, [0, k, n] for a document written in one language and then repeated
// in another. A split is made only when each side is at least a fifth of the text, holds
// prose in its language (a block of five words or more that is not a heading: a title whose
// one function word reads as another language, "A Privacy Policy", is a label, not a part), and almost all of it (90%) is in that side's language.
func splitParts(blocks []block) []int {
	n := len(blocks)
	total := 0
	for bi := range blocks {
		b := &blocks[bi]
		if b.lang != LangUnknown {
			total += b.wt
		}
	}
	if total == 0 {
		return []int{0, n}
	}
	// Only languages carrying a fifth of the text can make a part.
	var weights [numLangs]int
	for bi := range blocks {
		b := &blocks[bi]
		weights[b.lang] += b.wt
	}
	var major []Lang
	for l := LangUnknown + 1; l < numLangs; l++ {
		if weights[l]*5 >= total {
			major = append(major, l)
		}
	}
	best, bestK, bestFirst, bestSecond := -1, 0, LangUnknown, LangUnknown
	for _, first := range major {
		for _, second := range major {
			if second == first {
				continue
			}
			if s, k := bestSplit(blocks, first, second); s > best {
				best, bestK, bestFirst, bestSecond = s, k, first, second
			}
		}
	}
	if best*10 < total*9 || bestK == 0 || bestK == n {
		return []int{0, n}
	}
	var a, b int
	var proseA, proseB bool
	for i := range blocks {
		bl := &blocks[i]
		if bl.lang == LangUnknown {
			continue
		}
		if i < bestK && bl.lang == bestFirst {
			a += bl.wt
			proseA = proseA || isProse(bl)
		} else if i >= bestK && bl.lang == bestSecond {
			b += bl.wt
			proseB = proseB || isProse(bl)
		}
	}
	if a*5 < total || b*5 < total || !proseA || !proseB {
		return []int{0, n}
	}
	// A translation repeats the structure; an appendix in another language (a list of SDKs in
	// English after a Chinese policy) does not.
	ha, hb := 0, 0
	for i := range blocks {
		bl := &blocks[i]
		if bl.kind == blockHeading {
			if i < bestK {
				ha++
			} else {
				hb++
			}
		}
	}
	if max(ha, hb) >= 4 && min(ha, hb)*3 < max(ha, hb) {
		return []int{0, n}
	}
	return []int{0, bestK, n}
}

// bestSplit returns the block index k that best splits blocks into a part in language first
// followed by one in language second, and its score: the weight of first-language blocks before
// k and second-language blocks from k.
func bestSplit(blocks []block, first, second Lang) (score, k int) {
	after := 0
	for bi := range blocks {
		b := &blocks[bi]
		if b.lang == second {
			after += b.wt
		}
	}
	score, k = -1, 0
	before := 0
	for i := 0; i <= len(blocks); i++ {
		if s := before + after; s > score {
			score, k = s, i
		}
		if i < len(blocks) {
			switch blocks[i].lang {
			case first:
				before += blocks[i].wt
			case second:
				after -= blocks[i].wt
			}
		}
	}
	return score, k
}
