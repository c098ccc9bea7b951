package model

import (
	"bytes"
	"slices"
	"strings"
)

// numberValues returns the value of each component of a heading number: "3.b.ii" is [3 2 2],
// "IV" is [4], "二" is [2]; nil when a component has no value.
func numberValues(n numbered) []int {
	if n.style != styleArabic {
		if n.value == 0 {
			return nil
		}
		return []int{n.value}
	}
	parts := strings.Split(n.number, ".")
	out := make([]int, 0, len(parts))
	letter := false // the component before was a letter: "i" after "b" is a roman one
	for _, p := range parts {
		if v, ok := atoi(p); ok {
			out = append(out, v)
			letter = false
			continue
		}
		if v := romanValue(strings.ToUpper(p)); v > 0 && letter {
			out = append(out, v)
			continue
		}
		letter = true
		if len(p) == 1 && p[0] >= 'a' && p[0] <= 'z' {
			out = append(out, int(p[0]-'a')+1)
			continue
		}
		v := romanValue(strings.ToUpper(p))
		if v == 0 {
			return nil
		}
		out = append(out, v)
	}
	return out
}

// followsNumber reports whether n is the number a reader expects right after prev among a
// document's headings: the next sibling ("2.1" → "2.2"), the first child ("2" → "2.1",
// "3.b" → "3.b.i") or the next sibling of an ancestor ("2.3" → "3"). Other styles than arabic
// only count up ("II" → "III").
func followsNumber(prev, n numbered) bool {
	if prev.style != n.style {
		return false
	}
	p, c := numberValues(prev), numberValues(n)
	if p == nil || c == nil {
		return false
	}
	switch {
	case len(c) == len(p)+1:
		return equalInts(c[:len(p)], p) && c[len(c)-1] == 1
	case len(c) <= len(p):
		k := len(c) - 1
		return equalInts(c[:k], p[:k]) && c[k] == p[k]+1
	}
	return false
}

// equalInts reports whether a and b hold the same values.
func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// normalizeRanks makes heading ranks follow the document's numbering before its markup:
//   - every heading numbered in one scheme ("3.", "6." of depth 1) takes the rank most of them
//     have, so a "#### 6" among "### 5" and "### 7" is their sibling;
//   - a lone unnumbered markdown heading opening the sections ("## Preamble" before "###"
//     sections and nothing else at its rank) is their sibling, not their parent;
//   - plain numbered headings that come after every markdown section heading ("## Our
//     commitment" then "I.", "II." …) are siblings of those, not nested in the last one,
//     unless that one is numbered ("## 1. Data" then "1.1", "a."): they are then inside it.
//
// first is the index of the document's title block, or -1.
func normalizeRanks(blocks []block, first int) {
	type key struct {
		style numStyle
		depth int
	}
	counts := map[key]map[int]int{}
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || b.num.style == styleNone || b.md == 0 || i == first {
			continue
		}
		k := key{b.num.style, b.num.depth}
		if counts[k] == nil {
			counts[k] = map[int]int{}
		}
		counts[k][b.rank]++
	}
	mode := map[key]int{}
	for k, m := range counts {
		best, bestN := 0, 0
		for r, n := range m {
			if n > bestN || (n == bestN && r < best) {
				best, bestN = r, n
			}
		}
		mode[k] = best
	}
	rankMarkdownNumbers(blocks, first)
	plainSiblings(blocks, first)
	var heads []int
	prevAt := map[key]int{} // the last heading of each scheme
	// other: a heading of another numbering came since the last one of each style; the sequence
	// is then not a plain run of siblings and children.
	var other [styleEnum + 1]bool
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || i == first {
			continue
		}
		heads = append(heads, i)
		for st := range other {
			if numStyle(st) != b.num.style {
				other[st] = true
			}
		}
		if b.num.style == styleNone || b.num.style >= styleEnum {
			continue
		}
		k := key{b.num.style, b.num.depth}
		if pi, seen := prevAt[k]; seen && !other[b.num.style] && blocks[pi].rank == mode[k] && b.rank != mode[k] &&
			followsNumber(blocks[pi].num, b.num) && bestMajority(counts[k]) {
			b.rank = mode[k]
		}
		prevAt[k] = i
		other[b.num.style] = false
	}
	if len(heads) >= 3 {
		// The next markdown heading; a lone opening heading has text of its own before it
		// ("## Preamble", a paragraph, "### Scope"), where a parent leads straight into its first
		// child.
		h0 := &blocks[heads[0]]
		var h1 *block
		for _, i := range heads[1:] {
			if blocks[i].md > 0 {
				h1 = &blocks[i]
				break
			}
		}
		lone := h1 != nil && h0.md > 0 && h0.num.style == styleNone && h1.rank > h0.rank &&
			heads[0]+1 < len(blocks) && blocks[heads[0]+1].kind != blockHeading
		for _, i := range heads[1:] {
			if blocks[i].rank <= h0.rank {
				lone = false
				break
			}
		}
		if lone {
			h0.rank = h1.rank
		}
	}
	// Plain numbered headings after every markdown heading of the sections.
	firstPlain := -1
	for k, i := range heads {
		if blocks[i].md == 0 && blocks[i].num.style != styleNone {
			firstPlain = k
			break
		}
	}
	if firstPlain > 0 && firstPlain <= 2 && blocks[heads[firstPlain-1]].num.style == styleNone {
		top := blocks[heads[firstPlain]].rank
		for _, i := range heads[firstPlain:] {
			if blocks[i].md == 0 {
				top = min(top, blocks[i].rank)
			}
		}
		mdMin := blocks[heads[0]].rank
		for _, i := range heads[:firstPlain] {
			mdMin = min(mdMin, blocks[i].rank)
		}
		after := false
		for _, i := range heads[firstPlain:] {
			if blocks[i].md > 0 && blocks[i].rank <= top {
				after = true
			}
		}
		if !after && mdMin < top {
			shift := top - mdMin
			for _, i := range heads[firstPlain:] {
				if blocks[i].md == 0 {
					blocks[i].rank -= shift
				}
			}
		}
	}
}

// rankMarkdownNumbers nests markdown headings of one '#' count by their numbering, the way
// rankPlainNumbers nests plain ones. Tools that convert a policy often give every heading the
// same markup whatever its rank (every title "### ", as the HTML reader's numberLevels sees in
// <h2> pages), while the numbering says what nests in what: "### 一、" holds "### （一）", which
// holds "### 1、". So among the headings of one '#' count, a numbering not yet open nests in
// the one open last when it opens at its first number ("a", "1", "I"; "## C. California" after
// "## 2. Sharing" is their sibling), a numbering already open closes those opened after it,
// and a heading with no number starts afresh, unless the numbering goes on after it ("## Data
// From Others" between "## A." and "## B."): it is then a sibling of the numbered heading
// before it. A heading of fewer '#' closes the numberings of the deeper counts.
// Only a document whose numbered headings all have one '#' count, and use two numberings or
// more, changes: where the markup itself ranks the numbered headings ("## 一、", "### 1、"), or
// the numbering agrees with it ("## 1", "### 1.1"), the ranks stay. Arabic numbers are one
// numbering whose depth ("2.1") already nests; "1、" and "1." are two, as in rankPlainNumbers.
func rankMarkdownNumbers(blocks []block, first int) {
	type family struct {
		style numStyle
		ideo  bool
	}
	familyOf := func(n numbered) family {
		return family{n.style, n.style == styleArabic && n.ideo}
	}
	// The '#' counts whose numbered headings use two numberings or more.
	seen := map[int]map[family]int{} // the number of headings of each numbering, by '#' count
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || b.md == 0 || i == first || b.num.style == styleNone || b.num.style >= styleEnum {
			continue
		}
		if seen[b.md] == nil {
			seen[b.md] = map[family]int{}
		}
		seen[b.md][familyOf(b.num)]++
	}
	if len(seen) != 1 {
		return // the markup ranks the numbered headings itself
	}
	md := 0 // the one '#' count of the numbered headings
	for m, fs := range seen {
		if len(fs) < 2 {
			return
		}
		md = m
	}
	// resumes[i]: a numbered heading of that count comes after heading i before any heading of
	// fewer '#', so the numbering goes on past it.
	resumes := make([]bool, len(blocks))
	next := false
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.kind != blockHeading || b.md == 0 || i == first || b.md > md {
			continue
		}
		resumes[i] = next
		switch {
		case b.md < md:
			next = false
		case b.num.style != styleNone && b.num.style < styleEnum:
			next = true
		}
	}
	var open []family // the numberings open at that count, outermost first
	last := -1        // the rank of the last numbered heading at that count
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || b.md == 0 || i == first || b.md > md {
			continue
		}
		if b.md == md && b.num.style == styleNone && len(open) > 0 && resumes[i] {
			b.rank = last // "## Cookies" between "## A." and "## B." is their sibling
			continue
		}
		if b.md < md || b.num.style == styleNone || b.num.style >= styleEnum {
			open = nil
			continue
		}
		f := familyOf(b.num)
		k := slices.Index(open, f)
		switch {
		case k < 0 && len(open) > 0 && (b.num.value != 1 || seen[md][open[len(open)-1]] < 2):
			// A numbering opens at its first number: "## b. Address" after "## 1 Data" is
			// its sibling, not a subsection. And it opens inside a numbering that counts on:
			// "## A. Scope" after a lone "## 0. Preface" is its sibling.
			k = len(open) - 1
		case k < 0:
			k = len(open)
		}
		open = append(open[:k], f)
		extra := 0
		if b.num.style == styleArabic {
			extra = b.num.depth - 1
		}
		b.rank = 10*md + min(k+extra, 9)
		last = b.rank
	}
}

// plainSiblings ranks a plain numbered heading that continues the numbering of the markdown
// headings as their sibling: "SECTION 3 - DISCLOSURE" left unmarked between "## SECTION 2" and
// "## SECTION 4", "3 Personnalisation" between "### 2" and "### 4", is one of them, not a
// subsection of whatever heading came last. The plain heading must be the next number at the
// same depth as the last markdown heading of its numbering.
func plainSiblings(blocks []block, first int) {
	type key struct {
		style numStyle
		depth int
	}
	last := map[key]int{}
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || i == first || b.num.style == styleNone || b.num.style >= styleEnum {
			continue
		}
		k := key{b.num.style, b.num.depth}
		if b.md > 0 {
			last[k] = i
			continue
		}
		if j, ok := last[k]; ok && followsNumber(blocks[j].num, b.num) {
			b.rank = blocks[j].rank
		}
	}
}

// bestMajority reports whether one rank holds more than half of a scheme's headings, so that
// a document whose markup ranks differ on purpose keeps them.
func bestMajority(m map[int]int) bool {
	total, best := 0, 0
	for _, n := range m {
		total += n
		best = max(best, n)
	}
	return best*2 > total
}

// rankPlainNumbers ranks the headings numbered without markup (plain or bold lines) by the
// document's own use of its numberings: a numbering not yet open nests in the one open last
// ("A." … "I." … "1." … "a)" … "aa)"), and a numbering already open closes everything opened
// after it ("2." after "aa)" is the sibling of "1."). So the same scheme can sit at level 2 in
// one section and level 3 in another ("1." under "二、" and under "（三）"). A numbering that
// starts again at 1 under one of its own headings ("4 Erasure", "1 Obligation") nests in it.
// Arabic numbers are one numbering whose depth ("2.1") nests further; "1、" and "1." are two, so
// that a Chinese document using "一、", "（一）", "1、" and "1." nests them in the order it opens
// them, unless one continues the other's count ("1、" then "2."), a slip of punctuation. A "1"
// with the title of its numbering's first heading starts the document over (a policy pasted
// twice, or its second language version), and is that first heading's sibling.
func rankPlainNumbers(blocks []block) {
	type family struct {
		style numStyle
		depth int
		ideo  bool
	}
	type level struct {
		f     family
		last  numbered
		first string // the title of the level's first heading
	}
	var open []level
	between := false // a line of another numbering read as text came since the last lower-case numbered heading
	for i := range blocks {
		b := &blocks[i]
		if numberedText(*b) && !b.num.style.lowerCase() {
			between = true
		}
		if b.kind != blockHeading || b.md > 0 || b.num.style == styleNone {
			continue
		}
		// A lettered list starting again at "a" after text numbered in another way ("c)",
		// then "4. Durée de conservation" read as text, then "a)") is under that number, not
		// inside "c)".
		again := !b.num.style.lowerCase() || !between
		if b.num.style.lowerCase() {
			between = false
		}
		f := family{b.num.style, b.num.depth, false}
		extra := 0
		if b.num.style == styleArabic {
			f.depth, f.ideo, extra = 0, b.num.ideo, min(b.num.depth-1, 9)
		}
		k := -1
		for j := len(open) - 1; j >= 0; j-- {
			other := open[j].f
			other.ideo = f.ideo
			if other == f && followsNumber(open[j].last, b.num) {
				k, f = j, open[j].f
				break
			}
		}
		if k < 0 {
			for j := len(open) - 1; j >= 0; j-- {
				if open[j].f == f {
					k = j
					break
				}
			}
			if k >= 0 && again && b.num.value == 1 && b.num.depth == 1 && open[k].last.value > 1 && !bytes.Equal(titleKey(nil, b.title), titleKey(nil, open[k].first)) {
				k = len(open) // numbered again from 1: nested
			}
		}
		if k < 0 {
			k = len(open)
		}
		first := b.title
		if k < len(open) && open[k].f == f && (b.num.value != 1 || b.num.depth != 1) {
			first = open[k].first
		}
		open = append(open[:k], level{f, b.num, first})
		b.rank = 100 + 10*k + extra
	}
}
