package policies

import (
	"errors"
	"strings"
	"testing"
	"unicode"
)

const savedPage = `<!DOCTYPE html>
<html lang="en">
<head>
<title>Privacy Policy | Example Corp</title>
<meta property="og:site_name" content="Example Corp">
<style>body { color: red }</style>
<script>window.track("visit"); document.write("SCRIPT-TEXT")</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/">Example Corp home</a> <span>HEADER-TEXT</span></header>
<nav><ul><li><a href="/products">Products NAV-TEXT</a></li><li>Pricing</li></ul></nav>
<div id="onetrust-banner-sdk"><p>We use cookies. COOKIE-BANNER-TEXT</p><button>Accept all</button></div>
<div class="cookie-notice" role="region"><p>Cookie notice COOKIE-NOTICE-TEXT</p></div>
<main>
  <article>
    <h1>Privacy   Policy</h1>
    <p>Last updated: <strong>March 3, 2024</strong></p>
    <h2>1. Information We Collect</h2>
    <p>We collect your <em>name</em>,
       email address and   phone number.<br>We also collect device data.</p>
    <ul>
      <li>Account data: name and email.</li>
      <li>Usage data<ul><li>pages viewed</li></ul></li>
    </ul>
    <h2 id="cookies">2. Cookies</h2>
    <section id="cookie-policy"><p>We use cookies to keep you signed in. COOKIE-SECTION-TEXT</p></section>
    <table>
      <thead><tr><th>Category</th><th>Examples</th></tr></thead>
      <tbody><tr><td>Identifiers</td><td>name | alias</td></tr><tr><td>Device</td></tr></tbody>
    </table>
    <div hidden>HIDDEN-TEXT</div>
    <div style="display: none">DISPLAY-NONE-TEXT</div>
    <p aria-hidden="true">ARIA-HIDDEN-TEXT</p>
  </article>
</main>
<aside>ASIDE-TEXT</aside>
<footer><p>© Example Corp FOOTER-TEXT</p></footer>
<noscript>NOSCRIPT-TEXT</noscript>
</body>
</html>`

func TestHTMLToMarkdownKeepsPolicyDropsChrome(t *testing.T) {
	t.Parallel()
	page, err := HTMLToMarkdown([]byte(savedPage))
	if err != nil {
		t.Fatal(err)
	}
	want := `# Privacy Policy

Last updated: March 3, 2024

## 1. Information We Collect

We collect your name, email address and phone number.
We also collect device data.

- Account data: name and email.

- Usage data

  - pages viewed

## 2. Cookies

We use cookies to keep you signed in. COOKIE-SECTION-TEXT

| Category | Examples |
| --- | --- |
| Identifiers | name \| alias |
| Device |  |
`
	if page.Markdown != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", page.Markdown, want)
	}
	for _, gone := range []string{"SCRIPT", "HEADER", "NAV", "COOKIE-BANNER", "COOKIE-NOTICE", "Accept all",
		"HIDDEN", "DISPLAY-NONE", "ARIA-HIDDEN", "ASIDE", "FOOTER", "NOSCRIPT", "Skip to content", "color: red"} {
		if strings.Contains(page.Markdown, gone) {
			t.Errorf("Markdown keeps %q, which is page chrome", gone)
		}
	}
	if page.Title != "Privacy Policy" {
		t.Errorf("Title = %q, want %q", page.Title, "Privacy Policy")
	}
	if page.SiteName != "Example Corp" {
		t.Errorf("SiteName = %q, want %q", page.SiteName, "Example Corp")
	}
}

func TestHTMLToMarkdownTitleWhenNoH1(t *testing.T) {
	t.Parallel()
	page, err := HTMLToMarkdown([]byte(`<html><head><title>Acme — 隐私政策</title></head><body>
<div class="content"><p><b>1. 我们收集的信息</b></p><p>我们收集您的姓名。</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "# 隐私政策\n\n## 1. 我们收集的信息\n\n我们收集您的姓名。\n"
	if page.Markdown != want {
		t.Errorf("Markdown = %q, want %q", page.Markdown, want)
	}
}

func TestHTMLToMarkdownLargestArticle(t *testing.T) {
	t.Parallel()
	page, err := HTMLToMarkdown([]byte(`<body><article><p>Related: other post</p></article>
<article><h1>Privacy</h1><p>We keep your data for thirty days and then delete it.</p></article></body>`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(page.Markdown, "Related") || !strings.Contains(page.Markdown, "thirty days") {
		t.Errorf("Markdown = %q: want the larger article only", page.Markdown)
	}
}

func TestHTMLToMarkdownDeepNesting(t *testing.T) {
	t.Parallel()
	const depth = 100000
	src := strings.Repeat("<div>", depth) + "<p>deep text</p>" + strings.Repeat("</div>", depth)
	page, err := HTMLToMarkdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.Markdown, "deep text") {
		t.Errorf("Markdown = %.200q: lost the deeply nested text", page.Markdown)
	}
}

func TestIsHTML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, content string
		want          bool
	}{
		{"policy.txt", "  <!DOCTYPE html><html><body><p>x</p></body></html>", true},
		{"policy", "<html><body>x</body></html>", true},
		{"policy.md", "<HEAD><title>x</title></HEAD>", true},
		{"policy.html", "<p>fragment</p>", true},
		{"policy.html", "Privacy Policy\nplain text saved with the wrong name", false},
		{"policy.md", "# Privacy\n\n<p>inline html in markdown</p>", false},
		{"policy.txt", "<p>a fragment copied from a page</p>", true},
		{"policy", "<div class=x><h1>Privacy</h1></div>", true},
		{"policy.txt", "<p>unclosed, so maybe not markup", false},
		{"policy.txt", "<pre>not a block tag we expect", false},
		{"policy.txt", "<preferences> are set </preferences>", false},
		{"README.md", "<p align=\"center\"><img src=logo.png></p>\n\n# Privacy Policy\n", false},
	}
	for _, tt := range tests {
		if got := isHTML(tt.name, []byte(tt.content)); got != tt.want {
			t.Errorf("isHTML(%q, %q) = %v, want %v", tt.name, tt.content, got, tt.want)
		}
	}
}

// TestHTMLEntityEscapes checks that escape sequences written as character references
// (&#27;, &#x9b;) are decoded by the HTML parser and then removed like raw ones.
func TestHTMLEntityEscapes(t *testing.T) {
	t.Parallel()
	src := `<html><head><title>Evil&#27;]52;c;ZXZpbA==&#7; Policy</title>
<meta property="og:site_name" content="Bad&#x1b;[31mCo"></head><body>
<p>We collect &#x1b;]52;c;cm0gLXJmIH4=&#x07;your&#x9b;2J name &#x202e;and email.</p></body></html>`
	p, err := parseDocument("evil.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	all := p.Title + "\n" + p.Company
	for _, c := range p.Clauses {
		all += "\n" + c.Text
	}
	if strings.ContainsAny(all, "\x1b\x07\u009b\u202e") || strings.Contains(all, "]52;") && strings.Contains(all, "\x1b") {
		t.Errorf("control characters survived: %q", all)
	}
	if !strings.Contains(all, "name") || !strings.Contains(p.Company, "Bad") {
		t.Errorf("text lost: %q", all)
	}
}

func TestHTMLWithOnlyChromeIsRefused(t *testing.T) {
	t.Parallel()
	_, err := parseDocument("menu.html", []byte(`<html><head><script>var x</script></head>
<body><nav><a href="/">Home</a></nav><footer>© Acme</footer></body></html>`))
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "no text outside navigation") {
		t.Errorf("error %v, want ErrNoText about navigation", err)
	}
}

func TestCollapse(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"": "", " ": "", "a": "a", "a b": "a b", " a b ": "a b", "a  b": "a b", "a\tb": "a b", "a b ": "a b",
		"a\u00a0 b": "a b", "données  collectées": "données collectées", "我们 收集": "我们 收集", "a\n": "a",
	} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}

// writeWordsCases hold every kind of white space writeWords must find: ASCII, the no-break
// space, the ideographic space, a thin space, invalid UTF-8 and runes whose bytes look like
// the lead byte of a space.
var writeWordsCases = []string{
	"", " ", "one", "  two  words ", "a\u00a0b", "a\u3000b\u2009c\u205fd", "\u0085x\u1680y\u2028z",
	"Données\tcollectées\r\n", "我们收集 您的信息", "\xc2\xa0\xc2", "\xe2\x80", "x\xe2\x80\x8by", "©\u00a9 é",
	"\xff\xfe a \x80", "Wir speichern  Ihre\u00a0Daten",
}

// TestWriteWords checks writeWords against strings.Fields, whose words it must write.
func TestWriteWords(t *testing.T) {
	for _, s := range writeWordsCases {
		checkWriteWords(t, s)
	}
}

// FuzzWriteWords checks writeWords against strings.Fields on any input.
func FuzzWriteWords(f *testing.F) {
	for _, s := range writeWordsCases {
		f.Add(s)
	}
	f.Fuzz(checkWriteWords)
}

func checkWriteWords(t *testing.T, s string) {
	c := &converter{}
	n := c.writeWords(s)
	want := strings.Fields(s)
	if got := string(c.para); got != strings.Join(want, " ") || n != len(want) {
		t.Errorf("writeWords(%q) = %q, %d words; want %q, %d", s, got, n, strings.Join(want, " "), len(want))
	}
}

// visibleRunesByRune is visibleRunes rune by rune: the reference it must agree with.
func visibleRunesByRune(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// TestVisibleRunes checks visibleRunes against a count rune by rune.
func TestVisibleRunes(t *testing.T) {
	for _, s := range writeWordsCases {
		if got, want := visibleRunes(s), visibleRunesByRune(s); got != want {
			t.Errorf("visibleRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzVisibleRunes checks visibleRunes against a count rune by rune on any input.
func FuzzVisibleRunes(f *testing.F) {
	for _, s := range writeWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := visibleRunes(s), visibleRunesByRune(s); got != want {
			t.Errorf("visibleRunes(%q) = %d, want %d", s, got, want)
		}
	})
}
