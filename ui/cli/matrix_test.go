package cli

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
	"fineprint/model/detect"
)

// testPolicy returns a policy of one section titled title holding one clause per paragraph.
func testPolicy(title string, paras ...string) *model.Policy {
	p := &model.Policy{Source: "test", Title: "Test policy"}
	p.Sections = []model.Section{{Title: title, Level: 1, Parent: -1, FirstClause: 0, EndClause: int32(len(paras))}}
	for _, t := range paras {
		p.Clauses = append(p.Clauses, model.Clause{Kind: model.KindParagraph, Section: 0, Text: t})
	}
	p.Parts = []model.Part{{EndSection: 1, EndClause: len(paras)}}
	return p
}

// sampleReports analyses two small policies, one English and one Chinese with a hostile
// company name.
func sampleReports() []*detect.Report {
	en := testPolicy("Your rights",
		"You can request deletion of your personal data.",
		"We do not sell your personal information.")
	en.ID, en.Company, en.Source = "acme", "Acme Inc.", "policies/acme.md"
	zh := testPolicy("权利", "您可以删除您的个人信息。")
	zh.ID, zh.Company, zh.Source = "zh", "某某科技\x1b[31m有限公司", "bundled:zh.txt"
	// Chinese, as the parser labels it: the detector reads it with the Chinese lexicon.
	zh.Parts[0].Lang, zh.Sections[0].Lang, zh.Clauses[0].Lang = model.LangZH, model.LangZH, model.LangZH
	return []*detect.Report{detect.Analyze(en), detect.Analyze(zh)}
}

func TestWriteJSON(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := writeMatrixJSON(&buf, sampleReports()); err != nil {
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
					ClauseIndex int `json:"clause_index"`
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
	if len(p.Findings) != int(detect.NumKeys) {
		t.Fatalf("%d findings, want every key once (%d)", len(p.Findings), detect.NumKeys)
	}
	seen := map[string]bool{}
	for i, f := range p.Findings {
		if seen[f.Key] {
			t.Errorf("key %s twice", f.Key)
		}
		seen[f.Key] = true
		if f.Key != detect.Key(i).String() {
			t.Errorf("finding %d is %s, want taxonomy order", i, f.Key)
		}
	}
	del := p.Findings[detect.RightDeletion]
	if del.Status != "declared" || del.Scope != "all" || len(del.Evidence) != 1 {
		t.Fatalf("right.deletion = %+v", del)
	}
	ev := del.Evidence[0]
	if ev.Section != "Your rights" || ev.Clause != 1 || ev.ClauseIndex != 0 || ev.Quote != "request deletion" ||
		ev.Text != "You can request deletion of your personal data." {
		t.Errorf("evidence = %+v", ev)
	}
	if s := p.Findings[detect.PracticeSale].Status; s != "denied" {
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
	if err := writeMatrixText(&buf, sampleReports()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "\x1b") {
		t.Errorf("text output carries an escape sequence")
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "RIGHTS") || !strings.Contains(lines[0], "Acme Inc.") || !strings.Contains(lines[0], "某某科技") {
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

func TestWriteMatrixCSV(t *testing.T) {
	t.Parallel()
	var c bytes.Buffer
	if err := writeMatrixCSV(&c, sampleReports()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+2*int(detect.NumKeys) {
		t.Fatalf("%d CSV rows, want header + %d", len(rows), 2*detect.NumKeys)
	}
	if got := rows[1+int(detect.RightDeletion)]; got[3] != "right.deletion" || got[4] != "declared" || got[9] != "request deletion" {
		t.Errorf("deletion row = %q", got)
	}
}

func TestWritersEmpty(t *testing.T) {
	t.Parallel()
	for name, w := range map[string]func(*bytes.Buffer, []*detect.Report) error{
		"json": func(b *bytes.Buffer, r []*detect.Report) error { return writeMatrixJSON(b, r) },
		"text": func(b *bytes.Buffer, r []*detect.Report) error { return writeMatrixText(b, r) },
		"csv":  func(b *bytes.Buffer, r []*detect.Report) error { return writeMatrixCSV(b, r) },
	} {
		var b bytes.Buffer
		if err := w(&b, []*detect.Report{nil, detect.Analyze(&model.Policy{})}); err != nil {
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
	r := detect.Analyze(p)
	f := r.Finding(detect.RightDeletion)
	if f.Status != detect.Declared {
		t.Fatalf("deletion = %v", f.Status)
	}
	got := evidenceText(p, f.Evidence[0])
	if n := utf8.RuneCountInString(got); n > maxEvidenceText+2 || !strings.Contains(got, "You can delete your personal data at any time") {
		t.Errorf("evidence text (%d runes) = %q, want the sentence around the quote", n, got)
	}
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("evidence text %q does not mark its cuts", got)
	}
	a := r.Finding(detect.RightAccess)
	if a.Status != detect.Declared || evidenceText(p, a.Evidence[0]) != "You may request a copy of your data." {
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
	for _, reports := range [][]*detect.Report{nil, all[:1], all, {all[1], nil, all[0]}} {
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
		if err := writeMatrixJSON(&streamed, reports); err != nil {
			t.Fatal(err)
		}
		if streamed.String() != whole.String() {
			t.Errorf("%d policies: streamed document differs from the whole one:\n%s\nwant:\n%s", len(reports), streamed.String(), whole.String())
		}

		var lines bytes.Buffer
		jw := newJSONWriter(&lines, true)
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
	jw := newJSONWriter(&failingWriter{n: 10}, false)
	err := jw.Write(sampleReports()[0])
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Write = %v, want the writer's error", err)
	}
	if err := jw.Close(); err == nil {
		t.Errorf("Close after a failed write = nil")
	}
}

// TestMatrixNotAnalysed parses short policies in Korean, Russian and Dutch, languages the
// detector has no lexicon for, and checks compare --json ("status": "unknown" for every key,
// "not_analysed" naming the language) and the text matrix ("?" on every key's row).
func TestMatrixNotAnalysed(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, code, text string }{
		{"Korean", "ko", "# 개인정보 처리방침\n\n회사는 회원 가입 시 이름, 이메일 주소, 전화번호를 수집합니다. 이용자는 언제든지 자신의 개인정보에 대한 열람, 정정, 삭제를 요청할 수 있습니다.\n"},
		{"Russian", "ru", "# Политика конфиденциальности\n\nМы собираем ваше имя, адрес электронной почты и номер телефона. Вы можете в любое время запросить доступ к своим персональным данным, их исправление или удаление.\n"},
		{"Dutch", "nl", "# Privacyverklaring\n\nWij verzamelen uw naam, e-mailadres en telefoonnummer wanneer u een account aanmaakt. U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te laten verwijderen. Wij verkopen uw gegevens niet aan derden.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := model.Parse(c.code+".md", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			reports := []*detect.Report{detect.Analyze(p)}
			var js bytes.Buffer
			if err := writeMatrixJSON(&js, reports); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Policies []struct {
					NotAnalysed []string `json:"not_analysed"`
					Findings    []struct{ Key, Status string }
				}
			}
			if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Policies) != 1 || len(doc.Policies[0].Findings) != int(detect.NumKeys) {
				t.Fatalf("JSON: %s", js.String())
			}
			if got := doc.Policies[0].NotAnalysed; len(got) != 1 || got[0] != c.code {
				t.Errorf("not_analysed = %v, want [%s]", got, c.code)
			}
			for _, f := range doc.Policies[0].Findings {
				if f.Status != "unknown" {
					t.Errorf("%s status %q, want unknown", f.Key, f.Status)
				}
			}
			var txt bytes.Buffer
			if err := writeMatrixText(&txt, reports); err != nil {
				t.Fatal(err)
			}
			rows := 0
			for _, line := range strings.Split(txt.String(), "\n") {
				if fields := strings.Fields(line); len(fields) == 2 && strings.Contains(fields[0], ".") {
					rows++
					if fields[1] != "?" {
						t.Errorf("text matrix row %q, want ?", line)
					}
				}
			}
			if rows != int(detect.NumKeys) {
				t.Errorf("text matrix has %d key rows, want %d:\n%s", rows, detect.NumKeys, txt.String())
			}
		})
	}
}
