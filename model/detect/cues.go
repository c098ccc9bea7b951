package detect

import (
	"unicode"
	"unicode/utf8"
)

// cueLen bounds, in bytes, the length of a cue: the cues newCues finds in whole clauses are
// matched by literal-anchored matchers (see matcher), many times faster than scanning with the
// regular expressions on long clauses.
const cueLen = 96

// scopeOf returns the scope a folded text names, ScopeAll when none. California is tested
// first: a US-state notice often mentions the EU only in passing.
func (c *compiledLexicon) scopeOf(s string) Scope {
	switch {
	case c.california.matchString(s):
		return ScopeCalifornia
	case c.eea.matchString(s):
		return ScopeEEAUK
	case c.china.matchString(s):
		return ScopeChina
	case c.children.matchString(s):
		return ScopeChildren
	}
	return ScopeAll
}

// wordBefore returns the word that ends right before byte offset i of f, spaces and light
// punctuation skipped: a word of letters and digits in an alphabetic script, or the last one
// and the last two Han characters (Chinese has no spaces between words).
func wordBefore(f string, i int) (one, two string) {
	j := i
	for j > 0 && (f[j-1] == ' ' || f[j-1] == ',' || f[j-1] == '"') {
		j--
	}
	r1, n1 := utf8.DecodeLastRuneInString(f[:j])
	if n1 == 0 {
		return "", ""
	}
	if isHan(r1) {
		r2, n2 := utf8.DecodeLastRuneInString(f[:j-n1])
		if n2 <= 1 || !isHan(r2) {
			return string(r1), ""
		}
		return string(r1), f[j-n1-n2 : j]
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(f[:k])
		if !isWordRune(r) || isHan(r) {
			break
		}
		k -= n
	}
	return f[k:j], ""
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isWordRune reports whether r is part of a word: a letter, a mark, a digit or '_'.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordBefore1 reports whether the rune ending right before byte offset i of s is part of a
// word, so that a match starting at i would start inside a word.
func wordBefore1(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return n > 0 && isWordRune(r) && !isHan(r)
}

// wordAfter reports whether the rune starting at byte offset i of s is part of a word, so that
// a match ending at i would end inside a word.
func wordAfter(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return n > 0 && isWordRune(r) && !isHan(r)
}

// midWord reports whether byte offset i of s lies inside a word: between two runes that are
// both part of it. A match of a word-bounded lexicon may neither start nor end there.
func midWord(s string, i int) bool {
	return i > 0 && i < len(s) && wordBefore1(s, i) && wordAfter(s, i)
}
