package diff

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fineprint/model"
)

// FuzzWords checks that the edits give back both texts (the old one up to white space), never hold an empty edit, and never
// put two edits of the same kind side by side.
func FuzzWords(f *testing.F) {
	for _, s := range [][2]string{
		{"We keep logs for 30 days.", "We keep logs for 90 days."},
		{"我们保存日志三十天。", "我们保存日志九十天。"},
		{"Nous conservons vos données.", "Wir speichern Ihre Daten."},
		{"", "new"}, {"old", ""}, {"a  b\n c", "a b c"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		edits := Words(a, b)
		var o, n strings.Builder
		for i, e := range edits {
			if e.Text == "" {
				t.Fatalf("empty edit at %d: %+v", i, edits)
			}
			if i > 0 && edits[i-1].Op == e.Op {
				t.Fatalf("two %s edits side by side: %+v", e.Op, edits)
			}
			if e.Op != Insert {
				o.WriteString(e.Text)
			}
			if e.Op != Delete {
				n.WriteString(e.Text)
			}
		}
		if n.String() != b || spaced(o.String()) != spaced(a) {
			t.Fatalf("edits give %q and %q, want %q and %q", o.String(), n.String(), a, b)
		}
	})
}

// spaced collapses white space: the edits keep the new version's white space where the
// texts are equal.
func spaced(s string) string { return strings.Join(strings.Fields(s), " ") }

// FuzzCompare checks that aligning two documents never panics and places every section of
// both exactly once.
func FuzzCompare(f *testing.F) {
	f.Add("# P\n\n## 1. A\n\nText a.\n\n## 2. B\n\nText b.\n", "# P\n\n## 1. B\n\nText b.\n\n## 2. A\n\nText a changed.\n")
	f.Add("## 一、收集\n\n我们收集信息。\n", "## 一、收集\n\n我们收集位置信息。\n\n## 二、保存\n\n三十天。\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		pa, err := model.Parse("a.md", []byte(a))
		if err != nil {
			return
		}
		pb, err := model.Parse("b.md", []byte(b))
		if err != nil {
			return
		}
		secs, clauses := align(pa, pb)
		covers(t, aligned{secs, clauses, pa, pb})
	})
}
