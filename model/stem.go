package model

import "strings"

// stemSuffixes are the English endings Stem removes, tried in this order; the first that leaves
// at least minStem letters is removed. "ies"/"ied" become "i", as a final "y" does, so that
// "policy" and "policies" meet, and "cookie" and "cookies".
var stemSuffixes = []string{"ations", "ation", "ions", "ion", "ings", "ing", "ments", "ment",
	"ies", "ied", "age", "ed", "es", "ly", "s", "e"}

// minStem is the shortest stem kept: shorter ones ("us" from "uses") join unrelated words.
const minStem = 4

// Stem returns a light English stem of the lower-case word w, so that the forms of a word meet
// ("delete", "deleted", "deletion" -> "delet"; "process", "processing" -> "process"; "store",
// "storage" -> "stor"; "policy", "policies" -> "polici"), or "" for a word that is not plain a-z or is too short to stem safely.
// It is no full stemmer: it only makes the common inflections of policy vocabulary equal, and
// errs on the side of leaving words apart. It is the one stemmer of fineprint: search matches
// word forms with it and AlignSections matches section titles with it.
func Stem(w string) string {
	if len(w) < minStem+1 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	for _, suf := range stemSuffixes {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < minStem {
			continue
		}
		switch {
		case suf == "s" && strings.HasSuffix(base, "s"):
			return w // "process", "access": the s is part of the word
		case suf == "ies" || suf == "ied":
			return base + "i"
		}
		return base
	}
	if base, ok := strings.CutSuffix(w, "y"); ok && len(base) >= minStem {
		return base + "i"
	}
	return w
}
