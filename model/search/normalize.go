package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fineprint/model"
)

// foldRune returns the search form of r when it is one rune: model.FoldRune (lower case,
// half-width, without accents, simplified Chinese), with punctuation and spaces of any script
// (ASCII, Chinese 、。《》「」, typographic “”…) made a space, the separator of words. Letters
// that fold to several runes (ß) are expanded by normalize, not here.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		}
		return ' '
	}
	r = model.FoldRune(r)
	if r < utf8.RuneSelf {
		return foldRune(r) // a full-width form
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return r
	}
	return ' '
}

// foldQueryRune is foldRune for the text of a query, which keeps ASCII punctuation (full-width
// forms included) so that the query syntax ('exact, ^prefix, @company, #key) can be read
// before the terms are normalised with foldRune.
func foldQueryRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E && strings.ContainsRune(`'^!@#$\`, r-0xFEE0) {
		r -= 0xFEE0 // full-width syntax characters; other Chinese punctuation separates terms
	}
	if r < utf8.RuneSelf && r > ' ' && r != 0x7F && !isWordRune(r) {
		return r
	}
	return foldRune(r)
}

// normalize returns the search form of s appended to dst (see foldRune), the number of runes
// in s, and whether a letter of s folded to several runes (ß to ss), in which case rune
// offsets in the search form are not those of s (see sourceOffsets). Invalid UTF-8 bytes count
// as one rune each, as in a range loop and []rune(s).
func normalize(dst []byte, s string) ([]byte, int, bool) {
	n := 0
	expanded := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, byte(foldRune(rune(c))))
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if model.Expands(r) {
			dst, _ = model.AppendFold(dst, r)
			expanded = true
		} else {
			dst = utf8.AppendRune(dst, foldRune(r))
		}
		i += size
		n++
	}
	return dst, n, expanded
}

// sourceOffsets returns, for each rune of the search form of s, the rune offset in s it came
// from; see model.Fold.
func sourceOffsets(s string) []int32 {
	_, src := model.Fold(s)
	out := make([]int32, len(src))
	for i, o := range src {
		out[i] = int32(o)
	}
	return out
}

// normalizeString returns the search form of s.
func normalizeString(s string) string {
	b, _, _ := normalize(make([]byte, 0, len(s)), s)
	return string(b)
}

// normalizeQuery returns s with foldQueryRune applied to each rune.
func normalizeQuery(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, foldQueryRune(r))
	}
	return string(b)
}

// isHan reports whether r is a Han character. Each Han character is a word of its own: Chinese
// has no spaces, so a Han run cannot be split into words without a dictionary.
func isHan(r rune) bool {
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// isWordRune reports whether r, a normalised rune, belongs to a word: a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// token is one word of a normalised text: bytes [start, end) and the rune offset of its start.
type token struct {
	start, end int
	runeStart  int
}

// tokenize calls yield for each word of the normalised text s, in order: runs of word runes,
// and each Han character alone.
func tokenize(s string, yield func(token)) {
	runes := 0
	start, startRune := -1, 0
	for i := 0; i < len(s); runes++ {
		c := s[i]
		if c < utf8.RuneSelf { // normalised ASCII is a-z, 0-9 or a space
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if start < 0 {
					start, startRune = i, runes
				}
			} else if start >= 0 {
				yield(token{start, i, startRune})
				start = -1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isHan(r):
			if start >= 0 {
				yield(token{start, i, startRune})
				start = -1
			}
			yield(token{i, i + size, runes})
		case isWordRune(r):
			if start < 0 {
				start, startRune = i, runes
			}
		default:
			if start >= 0 {
				yield(token{start, i, startRune})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		yield(token{start, len(s), startRune})
	}
}

// boundaryBefore reports whether byte offset i of the normalised text s starts a word: it is
// the start of s, follows a non-word rune, or is next to a Han character.
func boundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	if i >= len(s) {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	n, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(p) || !isWordRune(n) || isHan(p) || isHan(n)
}

// runeOffsets converts sorted byte offsets of s into rune offsets, in place.
func runeOffsets(s string, offs []int) {
	r, b := 0, 0
	for k, o := range offs {
		for b < o && b < len(s) {
			if s[b] < utf8.RuneSelf {
				b++
			} else {
				_, size := utf8.DecodeRuneInString(s[b:])
				b += size
			}
			r++
		}
		offs[k] = r
	}
}

// indexText is strings.Index for normalised text. For a pattern that ends in a multi-byte
// character (Chinese) it looks for the pattern's last byte, a continuation byte, which is far
// rarer in Chinese text than the lead byte strings.Index looks for (most Han characters share a
// handful of lead bytes): three to four times faster on Chinese clauses.
func indexText(s, pat string) int {
	k := len(pat) - 1
	if k < 0 || pat[k] < utf8.RuneSelf {
		return strings.Index(s, pat)
	}
	c := pat[k]
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-k:i+1] == pat {
			return i - k
		}
	}
	return -1
}
