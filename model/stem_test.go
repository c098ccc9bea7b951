package model

import "testing"

func TestStem(t *testing.T) {
	t.Parallel()
	for _, group := range [][]string{
		{"delete", "deleted", "deletes", "deleting", "deletion", "deletions"},
		{"process", "processes", "processed", "processing"},
		{"collect", "collected", "collecting", "collection", "collects"},
		{"policy", "policies"},
		{"cookie", "cookies"},
		{"party", "parties"},
		{"share", "shared", "sharing", "shares"},
		{"inform", "information", "informed"},
		{"store", "storage", "stored", "stores"},
	} {
		for _, w := range group {
			if Stem(w) != Stem(group[0]) || Stem(w) == "" {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want the same", w, Stem(w), group[0], Stem(group[0]))
			}
		}
	}
	for _, w := range []string{"use", "uses", "data", "api7", "删除", "ＡＰＩ"} {
		if s := Stem(w); s != "" && s != w {
			t.Errorf("Stem(%q) = %q, want it left alone", w, s)
		}
	}
	if Stem("access") == Stem("acce") || Stem("process") != "process" {
		t.Errorf("a double s was cut: %q %q", Stem("access"), Stem("process"))
	}
}
