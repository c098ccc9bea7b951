package changes

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"fineprint/model"
	"fineprint/model/diff"
)

func TestMarkEditsSanitises(t *testing.T) {
	t.Parallel()
	edits := []diff.Edit{{Op: diff.Equal, Text: "keep "}, {Op: diff.Delete, Text: "30\x1b]52;c;aGk=\x07"}, {Op: diff.Insert, Text: "90"}}
	got := MarkEdits(edits, PlainMarker)
	if strings.ContainsRune(got, '\x1b') || strings.ContainsRune(got, '\x07') {
		t.Errorf("escape sequence reached the output: %q", got)
	}
	if !strings.HasPrefix(got, "keep [-30") || !strings.HasSuffix(got, "-]{+90+}") {
		t.Errorf("MarkEdits = %q", got)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"a|b", `a\|b`},
		{"**bold** <b>", `\*\*bold\*\* &lt;b>`},
		{"plain words", "plain words"}, // near miss: nothing to escape
		{"数据 保存", "数据 保存"},
	}
	for _, tt := range tests {
		if got := md(tt.in); got != tt.want {
			t.Errorf("md(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDiffPrinters(t *testing.T) {
	t.Parallel()
	old, _ := model.Parse("a.md", []byte("# P\n\n## 1. Données\n\nNous conservons vos données 30 jours.\n\n## 2. Kontakt\n\nSchreiben Sie uns.\n"))
	new, _ := model.Parse("b.md", []byte("# P\n\n## 1. Données\n\nNous conservons vos données 90 jours.\n\n## 2. Kontakt\n\nSchreiben Sie uns.\n"))
	r := diff.Compare(old, new)
	var text, mdOut bytes.Buffer
	if err := WriteText(&text, r, PlainMarker); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "vos données [-30-]{+90+} jours") || !strings.Contains(text.String(), "changed           1 Données") {
		t.Errorf("text:\n%s", text.String())
	}
	if strings.Contains(text.String(), "Kontakt") {
		t.Errorf("an unchanged section is listed:\n%s", text.String())
	}
	if err := WriteMarkdown(&mdOut, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mdOut.String(), "~~30~~**90**") {
		t.Errorf("markdown:\n%s", mdOut.String())
	}
}

func TestHistoryPrinters(t *testing.T) {
	t.Parallel()
	vs := []Version{
		{Commit: "8b1c2d3e4f5a6b7c", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Subject: "Record changes", Summary: "now collects location"},
		{Commit: "3f2a9c1d0e4b5c6d", Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Subject: "First record"},
	}
	var b bytes.Buffer
	if err := WriteHistoryText(&b, "policy.md", vs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	if !strings.Contains(lines[2], "2024-03-01  8b1c2d3e4f5a  now collects location") ||
		!strings.Contains(lines[3], "First record") { // no summary: the subject stands in
		t.Errorf("history text:\n%s", b.String())
	}
}

// TestHistoryTextPlural: a file committed once has "1 version", not "1 versions".
func TestHistoryTextPlural(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n    int
		want string
	}{{1, "1 version of policy.md\n"}, {2, "2 versions of policy.md\n"}, {0, "0 versions of policy.md\n"}} {
		vs := make([]Version, tt.n)
		for i := range vs {
			vs[i] = Version{Commit: "8b1c2d3e4f5a6b7c", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Subject: "Record"}
		}
		var b bytes.Buffer
		if err := WriteHistoryText(&b, "policy.md", vs); err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(b.String(), "\n"); first+"\n" != tt.want {
			t.Errorf("%d versions: first line %q, want %q", tt.n, first, tt.want)
		}
	}
}
