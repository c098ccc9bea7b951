package model

import (
	"strings"
	"unicode"
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
	for _, p := range parts {
		if v, ok := atoi(p); ok {
			out = append(out, v)
			continue
		}
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

// looseHeadingShaped reports whether the text after a number could be a heading when the
// number itself continues the document's heading sequence: a phrase or a question of up to
// twenty words, not a sentence ending in a full stop, comma or semicolon, and not starting in
// lower case. French and German headings are not in title case and may be long questions
// ("IV. Comment sont traitées vos Données et qui y a accès ?").
func looseHeadingShaped(text string) bool {
	if text == "" || headingShaped(text) {
		return text != ""
	}
	last := lastRune(text)
	if strings.ContainsRune(".。；;，,、!！:：", last) || unicode.IsLower(firstRune(text)) {
		return false
	}
	words := strings.Fields(text)
	return len(words) <= 20 && len(text) <= 160 && !sentenceBreak(text)
}
