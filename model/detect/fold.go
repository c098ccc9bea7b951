package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fineprint/model"
)

// foldASCII returns s with ASCII letters lower-cased: the fold of the English lexicon. It keeps
// every byte's offset.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

// foldZH returns s with ASCII letters lower-cased and traditional Chinese characters mapped to
// their simplified forms, so that one lower-case, simplified vocabulary serves both Chinese
// scripts and the English loanwords Chinese policies use. Every replacement keeps the byte
// length of the rune it replaces, so byte offsets found in the folded text are valid in s and
// rune boundaries do not move.
func foldZH(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + ('a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if simp := simplified(r); simp != r {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:i+n], simp)
		}
		i += n
	}
	if b == nil {
		return s
	}
	for _, w := range tradWordPairs {
		for i := strings.Index(s, w[0]); i >= 0; {
			copy(b[i:], w[1])
			j := strings.Index(s[i+len(w[0]):], w[0])
			if j < 0 {
				break
			}
			i += len(w[0]) + j
		}
	}
	out := string(b)
	for _, w := range wordPairs {
		if strings.Contains(out, w[0]) {
			out = strings.ReplaceAll(out, w[0], w[1])
		}
	}
	return out
}

// wordPairs are words of traditional usage folded to the simplified vocabulary's word, after
// the characters are folded: Taiwan's 資訊 and 訊息 are the mainland's 信息. Both words of a
// pair have the same byte length, which fold relies on.
var wordPairs = [][2]string{{"资讯", "信息"}, {"讯息", "信息"}}

// tradWordPairs are words folded only when written in traditional characters: Taiwan's and Hong
// Kong's 個人資料 is personal data (the mainland's 个人信息), while the mainland's 个人资料 is
// often a profile. Both words of a pair have the same byte length.
var tradWordPairs = [][2]string{{"個人資料", "个人信息"}}

// simplified returns the simplified form of Han character r when it is traditional and its
// simplified form has the same UTF-8 length (folding must keep byte offsets), else r. The
// table is the model's (model.FoldRune, generated from OpenCC's TSCharacters), built on first
// use, so the detector does no work when its package is initialised.
func simplified(r rune) rune {
	if r < 0x2E80 {
		return r
	}
	// model.FoldRune also makes one spelling of the variants the vocabulary writes one way
	// (帐, 帳 → 账; 暱 → 昵).
	s := model.FoldRune(r)
	if s == r || utf8.RuneLen(s) != utf8.RuneLen(r) || !isHan(s) {
		return r
	}
	return s
}

// foldLower returns s in Unicode lower case, rune by rune, where the lower-case rune has the
// same UTF-8 length as the upper-case one (É and é, Ü and ü, Ñ and ñ all do), so that byte
// offsets found in the folded text are valid in s. It is the fold of alphabetic lexicons.
func foldLower(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + ('a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:i+n], l)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}
