package model

// majorityLang returns the language carrying most weight in blocks.
func majorityLang(blocks []block) Lang {
	var w [numLangs]int
	for _, b := range blocks {
		w[b.lang] += b.wt
	}
	switch {
	case w[LangZH] == 0 && w[LangEN] == 0:
		return LangUnknown
	case w[LangZH] >= w[LangEN]:
		return LangZH
	}
	return LangEN
}

// splitParts returns the block indexes where language parts begin, plus len(blocks): [0, n] for
// a one-language document, [0, k, n] for a document written in one language and then repeated
// in another. A split is made only when each side is at least a fifth of the text and almost
// all of it (90%) is in that side's language.
func splitParts(blocks []block) []int {
	n := len(blocks)
	total := 0
	for _, b := range blocks {
		if b.lang != LangUnknown {
			total += b.wt
		}
	}
	if total == 0 {
		return []int{0, n}
	}
	best, bestK, bestFirst := -1, 0, LangUnknown
	for _, first := range []Lang{LangZH, LangEN} {
		second := LangEN
		if first == LangEN {
			second = LangZH
		}
		// score(k) = weight of first-language blocks before k + second-language blocks from k.
		after := 0
		for _, b := range blocks {
			if b.lang == second {
				after += b.wt
			}
		}
		before := 0
		for k := 0; k <= n; k++ {
			if s := before + after; s > best {
				best, bestK, bestFirst = s, k, first
			}
			if k < n {
				switch blocks[k].lang {
				case first:
					before += blocks[k].wt
				case second:
					after -= blocks[k].wt
				}
			}
		}
	}
	if best*10 < total*9 || bestK == 0 || bestK == n {
		return []int{0, n}
	}
	var a, b int
	for i, bl := range blocks {
		if bl.lang == LangUnknown {
			continue
		}
		if i < bestK && bl.lang == bestFirst {
			a += bl.wt
		} else if i >= bestK && bl.lang != bestFirst {
			b += bl.wt
		}
	}
	if a*5 < total || b*5 < total {
		return []int{0, n}
	}
	// A translation repeats the structure; an appendix in another language (a list of SDKs in
	// English after a Chinese policy) does not.
	ha, hb := 0, 0
	for i, bl := range blocks {
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
