package model

import (
	"reflect"
	"strings"
	"testing"
)

// structure is what must not change when only the bytes' encoding details change: sections,
// clause kinds and texts, parts.
func structure(p *Policy) any {
	type clause struct {
		Kind    ClauseKind
		Section int
		Text    string
		Depth   int32
		Header  bool
		Lang    Lang
	}
	cs := make([]clause, len(p.Clauses))
	for i, c := range p.Clauses {
		cs[i] = clause{c.Kind, c.Section, c.Text, c.Depth, c.Header, c.Lang}
	}
	ss := make([]Section, len(p.Sections))
	for i, s := range p.Sections {
		s.Line = 0
		ss[i] = s
	}
	return []any{p.Title, p.Company, p.Date, p.Langs, p.Parts, ss, cs, p.Words}
}

const invarianceDoc = "Acme Privacy Policy\nLast updated: August 15, 2022\n\n1. Scope\n\nAcme Widgets Ltd. (\"we\") runs this service.\n\n2. Data We Collect\n\n2.1 Information You Provide\n\n  • Name and email;\n  • Phone number.\n\nCookie | Purpose |\nsid | login\n\n一、我们如何收集信息\n（一）注册信息\n你注册时我们收集手机号。\n"

func TestInvariance(t *testing.T) {
	t.Parallel()
	base := mustParse(t, invarianceDoc)
	variants := map[string]string{
		"CRLF":             strings.ReplaceAll(invarianceDoc, "\n", "\r\n"),
		"CR":               strings.ReplaceAll(invarianceDoc, "\n", "\r"),
		"BOM":              "\uFEFF" + invarianceDoc,
		"BOM+CRLF":         "\uFEFF" + strings.ReplaceAll(invarianceDoc, "\n", "\r\n"),
		"no final newline": strings.TrimSuffix(invarianceDoc, "\n"),
		"extra newlines":   invarianceDoc + "\n\n\n",
		"tabs for indent":  strings.ReplaceAll(invarianceDoc, "  •", "\t•"),
		"nbsp":             strings.ReplaceAll(invarianceDoc, "Data We", "Data\u00a0We"),
		"full-width space": strings.ReplaceAll(invarianceDoc, "Data We", "Data\u3000We"),
		"trailing spaces":  strings.ReplaceAll(invarianceDoc, "\n", "  \n"),
		"zero-width space": strings.ReplaceAll(invarianceDoc, "Scope", "Sco\u200bpe"),
	}
	want := structure(base)
	for name, src := range variants {
		t.Run(name, func(t *testing.T) {
			got := structure(mustParse(t, src))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("structure differs\ngot:  %+v\nwant: %+v", got, want)
			}
		})
	}
}

func TestNormLine(t *testing.T) {
	t.Parallel()
	lines := splitLines([]byte("\uFEFF\t a\u00a0\u00a0b\u3000c  \r\nsecond\rthird\n"))
	if len(lines) != 3 {
		t.Fatalf("%d lines: %+v", len(lines), lines)
	}
	l := lines[0]
	if l.text != "a b c" || l.indent != 5 || l.num != 1 || l.off != 5 {
		t.Errorf("line 1 = %+v", l)
	}
	if lines[1].text != "second" || lines[1].num != 2 || lines[2].text != "third" || lines[2].num != 3 {
		t.Errorf("lines 2,3 = %+v %+v", lines[1], lines[2])
	}
}

// TestCleanInlineLinks checks that a markdown link is reduced to its text, also when that
// text holds escaped brackets, as a page saved through a converter writes Cloudflare's
// "[email protected]" placeholder; a bracket that opens no link stays.
func TestCleanInlineLinks(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Écrivez à [\\[email protected\\]](https://www.example.fr/cdn-cgi/l/email-protection) ou par courrier.",
			"Écrivez à [email protected] ou par courrier."},
		{"Siehe [Abschnitt 4](#abschnitt-4) unten.", "Siehe Abschnitt 4 unten."},
		{"[\\[1\\] Cookies](https://example.com/c) und [2]", "[1] Cookies und [2]"},
		{"a \\[b\\] (c)", "a [b] (c)"}, // escaped brackets before a parenthesis: no link
		{"联系 [我们](mailto:a@b.cn)。", "联系 我们。"},
	}
	for _, tt := range tests {
		if got := cleanInline(tt.in); got != tt.want {
			t.Errorf("cleanInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
