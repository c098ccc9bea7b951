package policies

import (
	"strings"
	"testing"
)

// policyBody is enough policy text to be most of a small page.
const policyBody = `<h2>Information we collect</h2>
<p>We collect your name, your email address and the pages you read, so that we can run the service you asked for and keep it secure.</p>
<h2>Your rights</h2>
<p>You may ask us at any time to see, correct or delete the personal data we hold about you; we answer within thirty days.</p>`

// TestHTMLChrome checks what the extraction keeps and drops: each case has a page, text a
// reader must see and text that is chrome. Near misses sit beside the constructs they resemble.
func TestHTMLChrome(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		html       string
		keep, drop []string
	}{
		{"body class mentioning breadcrumb and cookie-banner is a theme, not chrome",
			`<html><body class="page-template breadcrumb-on cookie-banner-active">` + policyBody + `</body></html>`,
			[]string{"thirty days", "## Your rights"}, nil},
		{"a real breadcrumb trail is dropped",
			`<body><div class="breadcrumb"><a href="/">Home</a> › <a href="/legal">Legal</a></div>` + policyBody + `</body>`,
			[]string{"thirty days"}, []string{"Home", "Legal"}},
		{"a wrapper with a cookie-banner class holding the policy is kept",
			`<body><div id="page" class="has-cookie-banner">` + policyBody + `</div><div class="cookie-banner"><p>We use cookies.</p><button>OK</button></div></body>`,
			[]string{"thirty days"}, []string{"We use cookies", "OK"}},
		{"an ASP.NET page wrapped in a form loads; its controls do not",
			`<body><form id="aspnetForm" method="post"><input type="hidden" value="VIEWSTATE"><select><option>English</option></select>` + policyBody + `</form></body>`,
			[]string{"thirty days", "## Information we collect"}, []string{"VIEWSTATE", "English"}},
		{"a page hidden until a script shows it loads",
			`<body><div id="app" style="display: none">` + policyBody + `</div></body>`,
			[]string{"thirty days"}, nil},
		{"a small hidden element is dropped",
			`<body>` + policyBody + `<div hidden><p>Subscribe to our newsletter</p></div><p aria-hidden="true">Loading…</p></body>`,
			[]string{"thirty days"}, []string{"newsletter", "Loading"}},
		{"a menu of short links is dropped, with its title",
			`<body><h3>Most Popular</h3><div class="rail"><a href="/a">Ten recipes</a> <a href="/b">A new phone</a> <a href="/c">Weather</a></div>` + policyBody + `</body>`,
			[]string{"thirty days"}, []string{"Most Popular", "Ten recipes"}},
		{"a list of teasers whose headings link elsewhere is dropped, with its title",
			`<body>` + policyBody + `<div class="rail"><h2>Lo más leído</h2><ul><li><a href="/a/1"><h3>Diez recetas de verano</h3></a><p>Un resumen largo del artículo sobre recetas que nadie pidió leer aquí.</p></li>` +
				`<li><a href="/a/2"><h3>Un teléfono nuevo</h3></a><p>Otro resumen largo de un artículo que no es parte de la política de privacidad.</p></li></ul></div></body>`,
			[]string{"thirty days"}, []string{"Lo más leído", "Diez recetas", "Otro resumen"}},
		{"sections whose headings link to themselves are kept",
			`<body><h2><a href="#collect">Information we collect</a></h2><p>We collect your name and email address to run the service.</p>` +
				`<h2><a href="#rights">Your rights</a></h2><p>You may ask us to delete your data at any time.</p></body>`,
			[]string{"## Information we collect", "## Your rights"}, nil},
		{"the label of a search box is dropped",
			`<body><label for="q">Search All Example.com</label><input id="q">` + policyBody + `</body>`,
			[]string{"thirty days"}, []string{"Search All"}},
		{"site headings above the policy's title are dropped",
			`<body><h1>Help</h1><h1>Privacy Policy</h1>` + policyBody + `</body>`,
			[]string{"# Privacy Policy"}, []string{"Help"}},
		{"a title followed directly by its first section keeps both",
			`<body><h1>Datenschutzerklärung</h1><h2>1. Verantwortlicher</h2><p>Verantwortlich ist die Beispiel GmbH, Hauptstraße 1, Berlin.</p></body>`,
			[]string{"# Datenschutzerklärung", "## 1. Verantwortlicher"}, nil},
		{"a summary article above the full policy article: both kept",
			`<body><article id="summary"><h2>In short</h2><p>` + strings.Repeat("We collect little and sell nothing. ", 20) + `</p></article>` +
				`<article id="full"><h1>Full policy</h1><p>` + strings.Repeat("Here is every detail of what we collect and why. ", 60) + `</p></article></body>`,
			[]string{"## In short", "# Full policy"}, nil},
		{"a short related-post article beside the policy is dropped",
			`<body><article><p>Related: our new app.</p></article><article>` + policyBody + `</article></body>`,
			[]string{"thirty days"}, []string{"Related"}},
		{"a return-to-top link written as an absolute URL to this page is dropped",
			`<body><div id="privacyContainer">` + policyBody + `<p class="top"><a href="https://example.com/privacy.html#privacyContainer">Return to top</a></p></div></body>`,
			[]string{"thirty days"}, []string{"Return to top"}},
		{"a link to a section of another page is kept",
			`<body>` + policyBody + `<p><a href="https://example.com/terms.html#liability">Limitation of liability</a> is in our terms.</p></body>`,
			[]string{"Limitation of liability is in our terms."}, nil},
		{"buttons are dropped, except the title of an accordion's heading",
			`<body><h2><button aria-controls="p1">Informationen, die wir erheben</button></h2><div id="p1">` + policyBody + `</div><button>Alle akzeptieren</button></body>`,
			[]string{"## Informationen, die wir erheben", "thirty days"}, []string{"Alle akzeptieren"}},
		{"a cookie banner is dropped by its shape, whatever its class",
			`<body>` + policyBody + `<div class="x1 y2"><p>Nous utilisons des cookies pour mesurer l'audience.</p><button>Tout accepter</button><button>Refuser</button></div></body>`,
			[]string{"thirty days"}, []string{"Nous utilisons des cookies", "Tout accepter"}},
		{"a cookies section with a settings button is policy, not a banner",
			`<body>` + policyBody + `<div class="section"><h2>Cookies</h2><p>We use cookies to keep you signed in and to count visits.</p><button>Cookie settings</button></div></body>`,
			[]string{"## Cookies", "We use cookies to keep you signed in"}, []string{"Cookie settings"}},
		{"a sentence with a link in it is kept",
			`<body>` + policyBody + `<p>To opt out, visit <a href="https://optout.example">the opt-out page</a> of the industry body.</p></body>`,
			[]string{"To opt out, visit the opt-out page of the industry body."}, nil},
		{"back to top and skip links are dropped",
			`<body id="top"><a href="#content">Skip to content</a><div id="content">` + policyBody + `<p><a href="#top">Back to top</a></p><p><a href="#">↑ Top</a></p></div></body>`,
			[]string{"thirty days"}, []string{"Skip to content", "Back to top", "Top"}},
		{"a link to a section of the policy is kept",
			`<body>` + policyBody + `<p>See <a href="#rights">your rights</a> above.</p><p id="rights">More on rights.</p></body>`,
			[]string{"See your rights above."}, nil},
		{"navigation, share bar and footer are dropped",
			`<body><nav><a href="/">Accueil</a></nav><main>` + policyBody + `<ul class="share"><li><a href="https://fb.example">Facebook</a></li><li><a href="https://x.example">X</a></li></ul></main><footer><p>© Beispiel GmbH</p></footer></body>`,
			[]string{"thirty days"}, []string{"Accueil", "Facebook", "Beispiel"}},
		{"&nbsp; at a tag edge separates words; a tag inside a word does not",
			`<body>` + policyBody + `<p>Wir<b>&nbsp;erheben</b>&nbsp;<i>Daten</i> un<b>glaub</b>lich.</p></body>`,
			[]string{"Wir erheben Daten unglaublich."}, nil},
		{"a layout table is read as blocks, a data table as a table",
			`<body><table><tr><td><h2>数据</h2><p>我们收集您的姓名和电子邮件地址，用于提供服务。</p></td></tr></table>` +
				`<table><tr><th>Data</th><th>Purpose</th></tr><tr><td>Email</td><td>Login</td></tr></table></body>`,
			[]string{"## 数据", "| Data | Purpose |", "| Email | Login |"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := HTMLToMarkdown([]byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(page.Markdown, k) {
					t.Errorf("lost %q:\n%s", k, page.Markdown)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(page.Markdown, d) {
					t.Errorf("kept chrome %q:\n%s", d, page.Markdown)
				}
			}
		})
	}
}

// TestHTMLPre checks that a policy inside <pre> is read line by line as plain text, and that a
// page generated from a text file does not take its file name as title.
func TestHTMLPre(t *testing.T) {
	t.Parallel()
	src := `<html><head><title>xYz_0496_com_example_app.txt</title></head><body><article><pre>
隐私政策
==========
一、我们收集的信息
我们收集您的手机号码。
==========
二、您的权利
您可以随时删除您的账号。
</pre></article></body></html>`
	page, err := HTMLToMarkdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "隐私政策\n==========\n一、我们收集的信息\n我们收集您的手机号码。\n\n二、您的权利\n您可以随时删除您的账号。\n"
	if page.Markdown != want {
		t.Errorf("Markdown = %q\nwant %q", page.Markdown, want)
	}
	if page.Title != "" {
		t.Errorf("Title = %q, want none (a file name is not a title)", page.Title)
	}
	p, err := parseDocument("pre.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Clauses) < 2 || strings.Contains(p.Title, ".txt") {
		t.Errorf("title %q, %d clauses: want the text read line by line", p.Title, len(p.Clauses))
	}
}

// TestHTMLTitleNotDoubled: the page's <title> heads the markdown only when the page does not
// already open with a heading of that text.
func TestHTMLTitleNotDoubled(t *testing.T) {
	t.Parallel()
	page, err := HTMLToMarkdown([]byte(`<html><head><title>Privacy Policy | Example</title></head><body>
<h3>Privacy Policy</h3><p>Example takes your privacy seriously and never sells your data.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := headingsOf(page.Markdown); len(got) != 1 || got[0] != "### Privacy Policy" {
		t.Errorf("headings %q, want the page's own heading once", got)
	}
}

// TestHTMLPagesOnceRefusedLoad runs the whole import on the kinds of page that were refused as
// "no policy text": each must load with its sections.
func TestHTMLPagesOnceRefusedLoad(t *testing.T) {
	t.Parallel()
	pages := map[string]string{
		"breadcrumb body class": `<html><body class="single breadcrumb-enabled">` + policyBody + `</body></html>`,
		"cookie-banner theme":   `<html><body><div class="site cookie-banner-visible">` + policyBody + `</div></body></html>`,
		"ASP.NET form":          `<html><body><form id="form1" runat="server"><div>` + policyBody + `</div></form></body></html>`,
		"hidden wrapper":        `<html><body><div class="page" aria-hidden="true" hidden>` + policyBody + `</div></body></html>`,
	}
	for name, src := range pages {
		t.Run(name, func(t *testing.T) {
			p, err := parseDocument("page.html", []byte(src))
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if len(p.Sections) < 2 {
				t.Errorf("%d sections, want the page's two", len(p.Sections))
			}
		})
	}
}
