package model

import (
	"fmt"
	"strings"
	"testing"
)

func TestMarkdownShape(t *testing.T) {
	t.Parallel()
	src := "Acme Privacy Policy\nLast updated: 2023-05-01\n1. Data\nWe collect:\n● \nName;\n● \nEmail.\n1.1 Cookies\nCookie | Purpose |\nsid | login\n2. Rights\nYou may ask.\n"
	p := mustParse(t, src)
	want := CanonicalMark + "\n\n# Acme Privacy Policy\n\nLast updated: 2023-05-01\n\n## 1 Data\n\nWe collect:\n\n- Name;\n- Email.\n\n### 1.1 Cookies\n\n| Cookie | Purpose |\n| --- | --- |\n| sid | login |\n\n## 2 Rights\n\nYou may ask.\n"
	if got := p.Markdown(); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
	if got := p.PreambleMarkdown(0); got != "# Acme Privacy Policy\n\nLast updated: 2023-05-01\n" {
		t.Errorf("PreambleMarkdown = %q", got)
	}
	if got := p.SectionMarkdown(0); got != "\n## 1 Data\n\nWe collect:\n\n- Name;\n- Email.\n" {
		t.Errorf("SectionMarkdown(0) = %q", got)
	}
	if p.SectionMarkdown(-1) != "" || p.SectionMarkdown(99) != "" || p.PreambleMarkdown(5) != "" {
		t.Error("out-of-range markdown not empty")
	}
}

func TestMarkdownWithoutPreamble(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "1. One\nText.\n2. Two\nMore.\n")
	if got := p.Markdown(); !strings.HasPrefix(got, CanonicalMark+"\n\n## 1 One\n\nText.\n\n## 2 Two\n") {
		t.Errorf("Markdown = %q", got)
	}
}

func TestEscapeText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"5 * 3 and a_b", "5 \\* 3 and a\\_b"},
		{"[x](y) <b> `c`", "\\[x\\](y) \\<b\\> \\`c\\`"},
		{"AT&T", "AT&amp;T"},
		{"~~gone~~ a~b", "&#126;&#126;gone&#126;&#126; a~b"},
		{"# not heading", "\\# not heading"},
		{"> not a quote", "\\> not a quote"},
		{"- not item", "\\- not item"},
		{"1. not ordered", "1\\. not ordered"},
		{"12) not ordered", "12\\) not ordered"},
		{"2.1 fine", "2.1 fine"},
		{"中文*强调*", "中文\\*强调\\*"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in, true); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownRoundTripText checks that canonical markdown says exactly what the policy says:
// parsing it again gives the same clause texts, kinds and sections.
func TestMarkdownRoundTripText(t *testing.T) {
	t.Parallel()
	docs := map[string]string{
		"hostile": "Test Policy\n\n1. Markup Chars\n\nStars *x* a_b `c` AT&T 5 * 3 [y] a < b, ~~s~~, back\\\\slash, <your email>.\n\n- 1. item\n- + plus\n- # hash\n\n| a*b | c_d |\n| --- | --- |\n| [y] | |\n",
		"chinese": "隐私政策\n一、我们如何收集信息\n（一）注册信息\n你注册时我们收集手机号*和*邮箱。\n· 姓名\n· 电话\n",
		"numbers": "# Politique\n\n## 2.a.Périmètre\n\n\\> Cookies fonctionnels :\n\n**a) Cookies transitoires**\n\nTexte.\n\n**b) Cookies persistants**\n\nTexte.\n",
	}
	for name, data := range seedFiles(t) {
		docs[name] = string(data)
	}
	for name, src := range docs {
		t.Run(name, func(t *testing.T) {
			p := mustParse(t, src)
			q := mustParse(t, p.Markdown())
			if got, want := tocOf(q), tocOf(p); got != want {
				t.Errorf("sections after round trip:\n%s\nwant:\n%s\nmarkdown:\n%s", got, want, p.Markdown())
			}
			if len(q.Clauses) != len(p.Clauses) {
				t.Fatalf("%d clauses after round trip, want %d\n%s", len(q.Clauses), len(p.Clauses), p.Markdown())
			}
			for i := range p.Clauses {
				a, b := p.Clauses[i], q.Clauses[i]
				if a.Text != b.Text || a.Kind != b.Kind || a.Section != b.Section || a.Depth != b.Depth {
					t.Errorf("clause %d: %v %q (section %d) became %v %q (section %d)", i, a.Kind, a.Text, a.Section, b.Kind, b.Text, b.Section)
				}
			}
		})
	}
}

func TestDeepNumberedLevelsSurviveMarkdown(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	num := ""
	for d := 1; d <= 7; d++ {
		if num == "" {
			num = "1"
		} else {
			num += ".1"
		}
		b.WriteString(num + " Level Heading\nSome text here.\n")
	}
	p := mustParse(t, b.String())
	if len(p.Sections) != 7 || p.Sections[6].Level != 7 {
		t.Fatalf("toc:\n%s", toc(p))
	}
	q := mustParse(t, p.Markdown())
	if got, want := toc(q), toc(p); got != want {
		t.Errorf("round trip toc\n%s\nwant\n%s\nmarkdown:\n%s", got, want, p.Markdown())
	}
}

func TestMarkdownSameHashesNestByNumber(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "# Policy\n\n## 1 Data\n\nText.\n\n## 1.1 Cookies\n\nText.\n\n## 2 Rights\n\nText.\n")
	if got, want := toc(p), "1 1|Data\n2 1.1|Cookies\n1 2|Rights\n"; got != want {
		t.Errorf("toc\n%s\nwant\n%s", got, want)
	}
}

// TestCanonicalMarkdownReadLiterally checks that markdown opening with CanonicalMark is read
// as fineprint wrote it: its '#' heading is the title, its other headings are the sections at
// the levels their '#' count gives, and a line that would pass for a heading elsewhere (a
// numbered title line, a bold line) is text. The same document without the mark is judged
// from its text: there, those lines are headings and "## 1.1" nests in "## 1".
func TestCanonicalMarkdownReadLiterally(t *testing.T) {
	t.Parallel()
	body := "# Acme Privacy Policy\n\nWe collect what you give us.\n\n## 1 Data\n\nWe keep it safe.\n\n" +
		"## 1.1 Cookies\n\nWe set a session cookie.\n\n2 Sharing of your data\n\n**Your rights**\n\nYou may ask.\n"
	toc := func(p *Policy) string {
		var b strings.Builder
		for _, s := range p.Sections {
			fmt.Fprintf(&b, "%d %s|", s.Level, s.Heading())
		}
		return b.String()
	}
	lit := mustParse(t, CanonicalMark+"\n\n"+body)
	if got, want := toc(lit), "1 1 Data|1 1.1 Cookies|"; got != want {
		t.Errorf("canonical markdown: sections %q, want %q", got, want)
	}
	if lit.Title != "Acme Privacy Policy" {
		t.Errorf("canonical markdown: title %q", lit.Title)
	}
	var texts []string
	for _, c := range lit.Clauses {
		texts = append(texts, c.Text)
	}
	if got := strings.Join(texts, "|"); !strings.Contains(got, "|2 Sharing of your data|Your rights|") {
		t.Errorf("canonical markdown: the numbered and bold lines are not text: %q", got)
	}
	// The near miss: without the mark, the same lines are read as the headings they look like.
	if got, want := toc(mustParse(t, body)), "1 1 Data|2 1.1 Cookies|1 2 Sharing of your data|"; !strings.HasPrefix(got, want) {
		t.Errorf("markdown without the mark: sections %q, want them to start %q", got, want)
	}
	// And what fineprint writes reads back to the same table of contents, also saved as text.
	for _, name := range []string{"acme.md", "acme.txt"} {
		again, err := Parse(name, []byte(lit.Markdown()))
		if err != nil {
			t.Fatal(err)
		}
		if toc(again) != toc(lit) {
			t.Errorf("round trip through %s: %q, want %q", name, toc(again), toc(lit))
		}
	}
}

// TestCanonicalMarkdownParts checks that canonical markdown's parts start where its PartMark
// lines say, a part without a title included, whatever languages the text is in; without the
// marks the same text is one part, its languages deciding.
func TestCanonicalMarkdownParts(t *testing.T) {
	t.Parallel()
	body := "# Acme Privacy Policy\n\nWe collect what you give us when you register.\n\n## 1 Data\n\nWe keep it safe.\n\n" +
		PartMark + "\n\nThe same policy, as the second part: we collect what you give us.\n\n## 1 Data\n\nWe keep it safe.\n"
	p := mustParse(t, CanonicalMark+"\n\n"+body)
	if len(p.Parts) != 2 || p.Parts[0].Title != "Acme Privacy Policy" || p.Parts[1].Title != "" {
		t.Fatalf("parts %+v, want two, the second without a title", p.Parts)
	}
	if len(p.Sections) != 2 || p.Sections[0].Part != 0 || p.Sections[1].Part != 1 {
		t.Errorf("sections %+v, want one in each part", p.Sections)
	}
	if again := mustParse(t, p.Markdown()); len(again.Parts) != 2 || again.Markdown() != p.Markdown() {
		t.Errorf("round trip: %d parts, markdown\n%s\nwant\n%s", len(again.Parts), again.Markdown(), p.Markdown())
	}
	if n := len(mustParse(t, strings.ReplaceAll(body, PartMark, "")).Parts); n != 1 {
		t.Errorf("without the marks: %d parts, want 1", n)
	}
}
