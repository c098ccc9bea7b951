package search

import "strings"

// stemSuffixes are the English endings stem removes, tried in this order; the first that
// leaves at least minStem letters is removed. "ies"/"ied" become "y".
var stemSuffixes = []string{"ations", "ation", "ions", "ion", "ings", "ing", "ments", "ment",
	"ies", "ied", "ed", "es", "ly", "s", "e"}

// minStem is the shortest stem kept: shorter ones ("us" from "uses") join unrelated words.
const minStem = 4

// stem returns a light English stem of the normalised word w, so that the forms of a word meet
// ("delete", "deleted", "deletion" -> "delet"; "process", "processing" -> "process"), or "" for
// a word that is not plain a-z or is too short to stem safely. It is no full stemmer: it only
// needs to make the common inflections of policy vocabulary equal, and it errs on the side of
// leaving words apart.
func stem(w string) string {
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
			return base + "y"
		}
		return base
	}
	return w
}
