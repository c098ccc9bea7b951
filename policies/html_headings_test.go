package policies

import (
	"slices"
	"strings"
	"testing"
)

// headingsOf returns the markdown headings of md, as "## Title" lines.
func headingsOf(md string) []string {
	var out []string
	for l := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// TestHTMLStyledHeadings checks which styled paragraphs become headings and at which level.
// Each construct has a near miss that must stay text.
func TestHTMLStyledHeadings(t *testing.T) {
	t.Parallel()
	const para = `<p>We keep this data for as long as your account is open, and delete it within thirty days after.</p>`
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"a short bold paragraph alone is a heading",
			`<p><strong>Your Rights</strong></p>` + para, []string{"## Your Rights"}},
		{"a bold lead-in ending with a colon is not",
			`<p><strong>How to contact us:</strong></p><ul><li>by email</li></ul>` + para, nil},
		{"a label and its value are not",
			`<p><b>Effective: January 1, 2015</b></p>` + para + `<p><b>Email</b>: privacy@example.com</p>`, nil},
		{"a run-in bold lead-in followed by text is not",
			`<p><strong>Device information.</strong> We collect the model of your phone.</p>` + para, nil},
		{"a bold sentence is not",
			`<p><strong>By using our services, you accept the practices described in this policy, including cookies.</strong></p>` + para, nil},
		{"a bold line before a <br> heads the text after it",
			`<p><b>Cookies</b><br>We use cookies to keep you signed in.</p>` + para, []string{"## Cookies"}},
		{"a subhead div is a heading",
			`<div class="policy-subhead">Données collectées</div>` + para, []string{"## Données collectées"}},
		{"a run of bold names with nothing between is a list, not headings",
			`<p><b>Google</b></p><p><b>Meta</b></p><p><b>Criteo</b></p>` + para, nil},
		{"a bold link is navigation, not a heading",
			`<p><a href="/privacy.pdf"><b>Download as PDF</b></a></p>` + para, nil},
		{"more emphasis nests less: underlined bold over bold",
			`<p><u><strong>Welche Daten wir erheben</strong></u></p>` + para + `<p><strong>Ihre Kontodaten</strong></p>` + para +
				`<p><u><b>Ihre Rechte</b></u></p>` + para,
			[]string{"## Welche Daten wir erheben", "### Ihre Kontodaten", "## Ihre Rechte"}},
		{"styled headings come below <h2> sections",
			`<h2>一、我们如何收集信息</h2>` + para + `<p><b>（一）注册账号</b></p>` + para, []string{"## 一、我们如何收集信息", "### （一）注册账号"}},
		{"same emphasis, another numbering met later: nested",
			`<p><b>一、我们收集的信息</b></p><p><b>（一）注册账号</b></p>` + para + `<p><b>（二）设备信息</b></p>` + para + `<p><b>二、您的权利</b></p>` + para,
			[]string{"## 一、我们收集的信息", "### （一）注册账号", "### （二）设备信息", "## 二、您的权利"}},
		{"roman sections over lettered subsections",
			`<p><b>I. INFORMATION</b></p>` + para + `<p><b>A. From you</b></p>` + para + `<p><b>V. ADVERTISING</b></p>` + para,
			[]string{"## I. INFORMATION", "### A. From you", "## V. ADVERTISING"}},
		{"an accordion: the button inside a heading is its title; a <summary> heads its <details>",
			`<h2><button aria-expanded="false">Data we collect</button></h2>` + para + `<p><button>Print this page</button></p>` +
				`<details><summary>Vos droits</summary>` + para + `</details>`,
			[]string{"## Data we collect", "### Vos droits"}},
		{"a bold name over an address in a <br> paragraph is not a heading",
			`<p><strong>Example Inc.</strong><br>Attn: Privacy Office<br>701 First Avenue<br>Sunnyvale, CA 94089</p>` + para, nil},
		{"a bold address, every line bold, is not a heading",
			`<p><b>Example SAS</b><br><b>12 rue de la Paix</b><br><b>75002 Paris</b></p>` + para, nil},
		{"a bold name over a contact line is not a heading",
			`<p><b>Datenschutzbeauftragter</b><br>dsb@example.de</p>` + para, nil},
		{"near miss: a bold line over a sentence in the same paragraph heads it",
			`<p><b>Vos droits</b><br>Vous pouvez accéder à vos données.<br>Écrivez-nous.</p>` + para, []string{"## Vos droits"}},
		{"near miss: a bold line over one short line of text heads it",
			`<p><b>Cookies</b><br>We use cookies</p>` + para, []string{"## Cookies"}},
		{"a bold line inside a list item is a list item",
			`<ul><li><b>Analytics</b></li><li>Advertising</li></ul>` + para, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := HTMLToMarkdown([]byte("<html><head><title>Privacy Policy</title></head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := headingsOf(page.Markdown)
			if len(got) == 0 || got[0] != "# Privacy Policy" {
				t.Fatalf("want the page title first, got %q", got)
			}
			if got = got[1:]; !slices.Equal(got, tt.want) {
				t.Errorf("headings %q, want %q\n%s", got, tt.want, page.Markdown)
			}
		})
	}
}

func TestNumberScheme(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"一、我们收集的信息": "zh", "（一）注册账号": "zh()", "(二) 设备": "zh()", "第三条 权利": "zh第",
		"1. Introduction": "1", "2.1 Cookies": "1.1", "3.2.1 Detail": "1.1.1", "(4) Access": "(1)", "5) Erasure": "(1)",
		"a. Account data": "a", "(b) Usage": "(a)", "IV. Rights": "I", "V. ADVERTISING": "I", "ii. Scope": "I",
		"Your rights": "", "Cookies.": "", "2015 updates": "", "3rd parties": "", "1、您向我们提供的信息": "1", "3.1信息的共享": "1.1", "Art. 5": "", "一些说明": "",
	}
	for in, want := range tests {
		if got := numberScheme(in); got != want {
			t.Errorf("numberScheme(%q) = %q, want %q", in, got, want)
		}
	}
}
