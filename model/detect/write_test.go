package detect

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"

	"fineprint/model"
)

// sampleReports analyses two small policies, one English and one Chinese with a hostile
// company name.
func sampleReports() []*Report {
	en := testPolicy("Your rights",
		"You can request deletion of your personal data.",
		"We do not sell your personal information.")
	en.ID, en.Company, en.Source = "acme", "Acme Inc.", "policies/acme.md"
	zh := testPolicy("权利", "您可以删除您的个人信息。")
	zh.ID, zh.Company, zh.Source = "zh", "某某科技\x1b[31m有限公司", "bundled:zh.txt"
	return []*Report{Analyze(en), Analyze(zh)}
}

func TestWriteJSON(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleReports()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Policies []struct {
			ID, Company, Source string
			Findings            []struct {
				Key, Status, Scope, Value string
				Evidence                  []struct {
					Section     string
					Clause      int
					Quote, Text string
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	if len(doc.Policies) != 2 {
		t.Fatalf("%d policies", len(doc.Policies))
	}
	p := doc.Policies[0]
	if p.ID != "acme" || p.Source != "policies/acme.md" || p.Company != "Acme Inc." {
		t.Errorf("policy header = %q %q %q", p.ID, p.Company, p.Source)
	}
	if len(p.Findings) != int(NumKeys) {
		t.Fatalf("%d findings, want every key once (%d)", len(p.Findings), NumKeys)
	}
	seen := map[string]bool{}
	for i, f := range p.Findings {
		if seen[f.Key] {
			t.Errorf("key %s twice", f.Key)
		}
		seen[f.Key] = true
		if f.Key != Key(i).String() {
			t.Errorf("finding %d is %s, want taxonomy order", i, f.Key)
		}
	}
	del := p.Findings[RightDeletion]
	if del.Status != "declared" || del.Scope != "all" || len(del.Evidence) != 1 {
		t.Fatalf("right.deletion = %+v", del)
	}
	ev := del.Evidence[0]
	if ev.Section != "Your rights" || ev.Clause != 0 || ev.Quote != "request deletion" ||
		ev.Text != "You can request deletion of your personal data." {
		t.Errorf("evidence = %+v", ev)
	}
	if s := p.Findings[PracticeSale].Status; s != "denied" {
		t.Errorf("practice.sale = %s, want denied", s)
	}
	if strings.Contains(buf.String(), "\x1b") || strings.Contains(buf.String(), `\u001b`) {
		t.Errorf("JSON carries an escape sequence")
	}
	if !strings.Contains(buf.String(), `"evidence": []`) {
		t.Errorf("not-mentioned findings should have an empty evidence array")
	}
}

func TestWriteText(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteText(&buf, sampleReports()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "\x1b") {
		t.Errorf("text output carries an escape sequence")
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "RIGHTS") || !strings.Contains(lines[0], "acme") || !strings.Contains(lines[0], "zh") {
		t.Errorf("header = %q", lines[0])
	}
	var del, sale string
	for _, l := range lines {
		if strings.HasPrefix(l, "right.deletion ") {
			del = l
		}
		if strings.HasPrefix(l, "practice.sale ") {
			sale = l
		}
	}
	if strings.Count(del, markDeclared) != 2 {
		t.Errorf("right.deletion row = %q, want two ✓", del)
	}
	if !strings.Contains(sale, markDenied) || !strings.Contains(sale, markNotMentioned) {
		t.Errorf("practice.sale row = %q, want ✗ and ·", sale)
	}
	// Columns line up in terminal cells: the second column starts at the same cell on
	// every matrix row.
	col := -1
	for _, l := range lines {
		if !strings.HasPrefix(l, "right.") {
			continue
		}
		fields := strings.SplitN(l, "  ", 2)
		w := displaywidth.String(l) - displaywidth.String(strings.TrimLeft(fields[1], " "))
		if col < 0 {
			col = w
		} else if w != col {
			t.Errorf("row %q: first mark at cell %d, want %d", l, w, col)
		}
	}
}

func TestWriteMarkdownAndCSV(t *testing.T) {
	t.Parallel()
	var md bytes.Buffer
	if err := WriteMarkdown(&md, sampleReports()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| `right.deletion` | ✓ | ✓ |") {
		t.Errorf("markdown lacks the deletion row:\n%s", md.String())
	}
	var c bytes.Buffer
	if err := WriteCSV(&c, sampleReports()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+2*int(NumKeys) {
		t.Fatalf("%d CSV rows, want header + %d", len(rows), 2*NumKeys)
	}
	if got := rows[1+int(RightDeletion)]; got[3] != "right.deletion" || got[4] != "declared" || got[9] != "request deletion" {
		t.Errorf("deletion row = %q", got)
	}
}

func TestWritersEmpty(t *testing.T) {
	t.Parallel()
	for name, w := range map[string]func(*bytes.Buffer, []*Report) error{
		"json":     func(b *bytes.Buffer, r []*Report) error { return WriteJSON(b, r) },
		"text":     func(b *bytes.Buffer, r []*Report) error { return WriteText(b, r) },
		"markdown": func(b *bytes.Buffer, r []*Report) error { return WriteMarkdown(b, r) },
		"csv":      func(b *bytes.Buffer, r []*Report) error { return WriteCSV(b, r) },
	} {
		var b bytes.Buffer
		if err := w(&b, []*Report{nil, Analyze(&model.Policy{})}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestEvidenceTextClauseSized checks that evidence from a clause of thousands of words (a page
// whose structure was lost) is cut to the sentences around its quote, and that a short clause
// is given whole.
func TestEvidenceTextClauseSized(t *testing.T) {
	t.Parallel()
	filler := strings.Repeat("Our company was founded long ago and makes many products for many people. ", 150)
	text := filler + "You can delete your personal data at any time from the settings page. " + filler
	p := testPolicy("Everything", text, "You may request a copy of your data.")
	r := Analyze(p)
	f := r.Finding(RightDeletion)
	if f.Status != Declared {
		t.Fatalf("deletion = %v", f.Status)
	}
	got := evidenceText(p, f.Evidence[0])
	if n := utf8.RuneCountInString(got); n > maxEvidenceText+2 || !strings.Contains(got, "You can delete your personal data at any time") {
		t.Errorf("evidence text (%d runes) = %q, want the sentence around the quote", n, got)
	}
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("evidence text %q does not mark its cuts", got)
	}
	a := r.Finding(RightAccess)
	if a.Status != Declared || evidenceText(p, a.Evidence[0]) != "You may request a copy of your data." {
		t.Errorf("short clause evidence = %+v", a)
	}
}

// TestWriteJSONStreamsTheDocument checks that the streamed document is byte for byte what
// encoding the whole document at once prints (the shape README.md documents), for none, one
// and several policies, and that JSON lines carry the same policies, one compact object per
// line.
func TestWriteJSONStreamsTheDocument(t *testing.T) {
	t.Parallel()
	all := sampleReports()
	for _, reports := range [][]*Report{nil, all[:1], all, {all[1], nil, all[0]}} {
		var whole bytes.Buffer
		doc := struct {
			Policies []jsonPolicy `json:"policies"`
		}{Policies: []jsonPolicy{}}
		for _, r := range reports {
			doc.Policies = append(doc.Policies, newJSONPolicy(r))
		}
		enc := json.NewEncoder(&whole)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		var streamed bytes.Buffer
		if err := WriteJSON(&streamed, reports); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != whole.String() {
			t.Errorf("%d policies: streamed document differs from the whole one:\n%s\nwant:\n%s", len(reports), streamed.String(), whole.String())
		}

		var lines bytes.Buffer
		jw := NewJSONWriter(&lines, true)
		for _, r := range reports {
			if err := jw.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := jw.Close(); err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
		if len(reports) == 0 {
			got = nil
		}
		if len(got) != len(reports) {
			t.Fatalf("%d JSON lines for %d policies:\n%s", len(got), len(reports), lines.String())
		}
		for i, l := range got {
			var one, want any
			if err := json.Unmarshal([]byte(l), &one); err != nil {
				t.Fatalf("line %d is not JSON: %v", i+1, err)
			}
			b, _ := json.Marshal(doc.Policies[i])
			_ = json.Unmarshal(b, &want)
			if !reflect.DeepEqual(one, want) {
				t.Errorf("line %d = %s, want %s", i+1, l, b)
			}
		}
	}
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (f *failingWriter) Write(b []byte) (int, error) {
	if f.n -= len(b); f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(b), nil
}

func TestJSONWriterReportsAWriteError(t *testing.T) {
	t.Parallel()
	jw := NewJSONWriter(&failingWriter{n: 10}, false)
	err := jw.Write(sampleReports()[0])
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Write = %v, want the writer's error", err)
	}
	if err := jw.Close(); err == nil {
		t.Errorf("Close after a failed write = nil")
	}
}
