package policies

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// maxSlugRunes bounds the length of an ID made from a file name.
const maxSlugRunes = 48

// Slug returns the ID form of a file name: its base name without extension, lower-cased, with
// every run of characters other than letters and digits replaced by one "-" and no "-" at either
// end ("My Policy (2024).html" -> "my-policy-2024"). Letters of any script are kept
// ("隐私政策.txt" -> "隐私政策"). A name with no letters or digits gives "policy".
func Slug(name string) string {
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	var b strings.Builder
	dash, n := false, 0
	for _, r := range base {
		if n >= maxSlugRunes {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			b.WriteRune(unicode.ToLower(r))
			dash = false
			n++
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "policy"
	}
	return b.String()
}

// idSet hands out unique IDs.
type idSet struct{ taken map[string]bool }

func newIDSet(reserved ...[]string) *idSet {
	s := &idSet{taken: map[string]bool{}}
	for _, ids := range reserved {
		for _, id := range ids {
			s.taken[id] = true
		}
	}
	return s
}

// take returns the slug of name, with "-2", "-3", ... appended when it is already taken, and
// marks the result taken.
func (s *idSet) take(name string) string {
	id := Slug(name)
	for n := 2; s.taken[id]; n++ {
		id = Slug(name) + "-" + strconv.Itoa(n)
	}
	s.taken[id] = true
	return id
}
