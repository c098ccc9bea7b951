package model

//go:generate go run gen_fold_table.go TSCharacters.txt

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text folding: the one way fineprint makes two spellings of a word equal, for search and find.
// A folded text is lower case, half-width (ＡＰＩ７ is api7), without accents on Latin letters
// (é is e, ü is u, ø is o), and in simplified Chinese characters (刪除 is 删除). Letters that
// stand for two (ß, æ, œ and the ﬁ ligatures) become two (ss, ae, oe, fi), so a folded text
// may have more runes than its source: Fold says where each folded rune came from.
// Punctuation, spaces and digits other than full-width ones are kept as they are.

// FoldRune returns the folded form of r when it is one rune (see the package's text folding);
// a rune that folds to several (ß) is returned lower-cased only: AppendFold and Fold expand it.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	return folds().fold(r)
}

// fold is FoldRune for r beyond ASCII, with the tables in t.
func (t *foldTables) fold(r rune) rune {
	switch r {
	// Variants OpenCC keeps apart that readers write one way: 帳號 and 帐号 are both spelled
	// 账号 in most simplified text; 暱称 is 昵称.
	case '帐', '帳':
		return '账'
	case '暱':
		return '昵'
	}
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII forms
		a := r - 0xFEE0
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		return a
	case r == 0x3000: // the ideographic space
		return ' '
	case r < latinEnd:
		if b := t.latinBase[r]; b != 0 {
			return b
		}
	case r >= tradLo && r <= tradHi:
		if i := t.tradIndex[r-tradLo]; i != 0 {
			return t.tradSimp[i-1]
		}
		return r
	case r >= 0x2E80:
		if s, ok := t.tradOther[r]; ok {
			return s
		}
	}
	return unicode.ToLower(r)
}

// expansions are the letters that fold to more than one rune.
var expansions = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// Expands reports whether r folds to more than one rune.
func Expands(r rune) bool {
	switch {
	case r < 0xC6:
		return false
	case r <= 0x153, r == 'ẞ', r >= 0xFB00 && r <= 0xFB06:
		_, ok := expansions[r]
		return ok
	}
	return false
}

// AppendFold appends the folded form of r to dst and returns it with the number of runes
// appended: 1, or 2 or 3 for a letter that stands for several (ß, ﬃ).
func AppendFold(dst []byte, r rune) ([]byte, int) {
	if Expands(r) {
		e := expansions[r]
		return append(dst, e...), len(e)
	}
	return utf8.AppendRune(dst, FoldRune(r)), 1
}

// Fold returns the folded form of s and, when it has not as many runes as s, src: for each
// rune of the folded text, the rune offset in s of the rune it came from (ascending, so that a
// match at folded runes [i, j) is source runes [src[i], src[j-1]+1)). src is nil when rune i of
// the folded text is rune i of s, which is the case unless s holds ß, æ, œ or a ligature.
// Invalid UTF-8 bytes count as one rune each and fold to U+FFFD, as in a range loop.
func Fold(s string) (folded string, src []int) {
	b := make([]byte, 0, len(s))
	expanded := false
	for _, r := range s {
		if Expands(r) {
			expanded = true
		}
		b, _ = AppendFold(b, r)
	}
	if !expanded {
		return string(b), nil
	}
	n := 0
	for _, r := range s {
		k := 1
		if Expands(r) {
			k = len(expansions[r])
		}
		for range k {
			src = append(src, n)
		}
		n++
	}
	return string(b), src
}

// FoldString returns the folded form of s, for comparing words when offsets do not matter.
func FoldString(s string) string {
	f, _ := Fold(s)
	return f
}

// latinEnd ends the Latin range latinBase covers: Latin-1, Latin Extended-A and -B.
const latinEnd = 0x250

// The traditional characters of the CJK blocks are looked up in an array, the few outside
// them in a map: folding runs on every rune of every clause when an index is built.
const (
	tradLo = 0x3400 // CJK Unified Ideographs Extension A
	tradHi = 0x9FFF // the end of CJK Unified Ideographs
)

// foldTables are the tables of FoldRune beyond ASCII.
type foldTables struct {
	// latinBase maps the accented Latin letters of U+00C0..U+024F to their lower-case base
	// letter ("É" -> 'e'), and the few with no decomposition to the letter a reader sees in
	// them (ø, đ, ł, ı); 0 where there is none.
	latinBase [latinEnd]rune
	tradIndex []uint16 // per rune from tradLo, 1 + its index in tradSimp; 0 when not traditional
	tradSimp  []rune
	tradOther map[rune]rune // the traditional characters outside tradLo..tradHi
}

// folds returns the fold tables, built on the first text folded beyond ASCII rather than when
// the program starts (they take a few milliseconds and 60 KB).
var folds = sync.OnceValue(newFoldTables)

// newFoldTables builds the fold tables from Unicode's decompositions and tradSimpPairs.
func newFoldTables() *foldTables {
	t := &foldTables{tradIndex: make([]uint16, tradHi-tradLo+1), tradOther: map[rune]rune{}}
	for r := rune(0xC0); r < latinEnd; r++ {
		d := norm.NFD.String(string(r))
		b, _ := utf8.DecodeRuneInString(d)
		if b < utf8.RuneSelf && unicode.IsLetter(b) {
			t.latinBase[r] = unicode.ToLower(b)
		}
	}
	for _, p := range []string{"øo", "Øo", "đd", "Đd", "łl", "Łl", "ıi", "ħh", "Ħh"} {
		rs := []rune(p)
		t.latinBase[rs[0]] = rs[1]
	}
	rs := []rune(tradSimpPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		tr, si := rs[i], rs[i+1]
		switch {
		case tr >= tradLo && tr <= tradHi:
			t.tradSimp = append(t.tradSimp, si)
			t.tradIndex[tr-tradLo] = uint16(len(t.tradSimp))
		default:
			t.tradOther[tr] = si
		}
	}
	// A few simplified forms are themselves traditional forms of another character (苧 is
	// 苎): follow them, so that folding twice changes nothing.
	for i, si := range t.tradSimp {
		for k := 0; k < 4 && t.fold(si) != si; k++ {
			si = t.fold(si)
		}
		t.tradSimp[i] = si
	}
	for tr, si := range t.tradOther {
		for k := 0; k < 4 && t.fold(si) != si; k++ {
			si = t.fold(si)
		}
		t.tradOther[tr] = si
	}
	return t
}
