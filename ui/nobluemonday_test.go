package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"fineprint/model"
	"fineprint/policies"
)

// standInCases are HTML fragments with what the real bluemonday v1.0.27's StrictPolicy
// returns for them (recorded with ui/nobluemonday/oracle; TestBluemondayStandInMatchesReal
// checks them again against it).
var standInCases = []struct{ in, want string }{
	{"<p>Données &amp; 数据</p>", "Données &amp; 数据"},
	{`<a href="https://example.com/?a=1&b=2" onclick="x()">Datenschutz</a>`, "Datenschutz"},
	{"<script>alert('x')</script>after", "after"},
	{"<STYLE>p{color:red}</STYLE><b>fett</b>", "fett"},
	{"<title>Titre</title><h1>Politique</h1>", "Politique"},
	{"<iframe><iframe>in</iframe>still</iframe>out", "stillout"}, // an iframe's content is raw text
	{"<object><object>a</object>b</object>c", "c"},
	{"</iframe>a<iframe>b</iframe>c", "a"}, // bluemonday's quirk: the count went below zero
	{"<!-- comment --><!DOCTYPE html>text", "text"},
	{"a < b > c \"q\" 'r'", "a &lt; b &gt; c &#34;q&#34; &#39;r&#39;"},
	{"line<br/>break<img src=x />", "linebreak"},
	{"<div>unclosed <em>tags", "unclosed tags"},
	{"   \n\t ", "   \n\t "},
	{"", ""},
	{"<noscript>no</noscript><object>obj</object>ok", "ok"},
	{"<script>var a = '<p>x</p>';</script><p>y</p>", "y"},
	{"&nbsp;&eacute;&#x4e2d;", "\u00a0é中"},
}

// TestBluemondayStandIn checks the stand-in for bluemonday that go.mod's replace links
// (ui/nobluemonday): it strips tags and the content of script, style and title, keeps and
// escapes the text, as the real strict policy does; and glamour, which calls it for raw HTML in
// markdown, shows the text of that HTML without its tags.
func TestBluemondayStandIn(t *testing.T) {
	t.Parallel()
	p := bluemonday.StrictPolicy()
	for _, c := range standInCases {
		if got := p.Sanitize(c.in); got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render("Avant.\n\n<div class=\"x\">\n<script>evil()</script>\n<p>Bloc &amp; 数据</p>\n</div>\n\nInline <span style=\"color:red\">Überall</span> text.\n")
	if err != nil {
		t.Fatal(err)
	}
	plain := ansi.Strip(out)
	for _, want := range []string{"Avant.", "Bloc & 数据", "Inline", "Überall", "text."} {
		if !strings.Contains(plain, want) {
			t.Errorf("the rendered markdown lacks %q:\n%s", want, plain)
		}
	}
	for _, bad := range []string{"<", "evil", "span", "color"} {
		if strings.Contains(plain, bad) {
			t.Errorf("the rendered markdown shows %q, which the sanitiser strips:\n%s", bad, plain)
		}
	}
}

// TestBluemondayStandInMatchesReal runs the real bluemonday (ui/nobluemonday/oracle, its own
// module without fineprint's replace) on the HTML glamour would sanitise in the bundled
// policies' and the evaluation set's markdown (every HTML block and inline HTML, as glamour's
// goldmark parses them), on the evaluation set's HTML documents whole and on standInCases, and
// checks that the stand-in returns the same bytes for every one. It needs the go command and
// the module cache (skipped with -short).
func TestBluemondayStandInMatchesReal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the oracle module")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the oracle:", err)
	}
	var inputs []string
	for _, c := range standInCases {
		inputs = append(inputs, c.in)
	}
	bundled, err := policies.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var markdown [][]byte
	for _, p := range bundled {
		markdown = append(markdown, []byte(p.Markdown()))
	}
	evalHTML := 0
	evalRoot := filepath.Join("..", "..", "shared", "eval")
	if d := os.Getenv("FINEPRINT_EVAL_ROOT"); d != "" {
		evalRoot = d
	}
	files, _ := filepath.Glob(filepath.Join(evalRoot, "*", "*.md"))
	htmlFiles, _ := filepath.Glob(filepath.Join(evalRoot, "*", "*.html"))
	for _, f := range append(files, htmlFiles...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".html") {
			inputs = append(inputs, string(data))
			evalHTML++
			continue
		}
		markdown = append(markdown, data)
	}
	fromMarkdown := 0
	for _, src := range markdown {
		h := rawHTML(src)
		inputs = append(inputs, h...)
		fromMarkdown += len(h)
	}
	for i, s := range inputs { // JSON carries valid UTF-8 only
		inputs[i] = strings.ToValidUTF8(s, "\uFFFD")
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goCmd, "run", ".")
	cmd.Dir = filepath.Join("nobluemonday", "oracle")
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the oracle (real bluemonday) failed: %v\n%s", err, stderr.String())
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil || len(want) != len(inputs) {
		t.Fatalf("the oracle answered %d strings for %d (%v)", len(want), len(inputs), err)
	}
	p := bluemonday.StrictPolicy()
	for i, s := range inputs {
		if got := p.Sanitize(s); got != want[i] {
			t.Errorf("input %d (%.80q): the stand-in returns %.200q, bluemonday %.200q", i, s, got, want[i])
		}
	}
	t.Logf("%d inputs the same: %d from markdown (%d documents), %d HTML documents, %d cases",
		len(inputs), fromMarkdown, len(markdown), evalHTML, len(standInCases))
}

// rawHTML returns the HTML blocks and inline HTML of markdown src as glamour's goldmark
// (GFM and definition lists) parses them: the strings glamour hands bluemonday.
func rawHTML(src []byte) []string {
	var out []string
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	doc := md.Parser().Parse(text.NewReader(src))
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		var segs *text.Segments
		switch n := n.(type) {
		case *gast.HTMLBlock:
			segs = n.Lines()
		case *gast.RawHTML:
			segs = n.Segments
		default:
			return gast.WalkContinue, nil
		}
		var b bytes.Buffer
		for i := 0; i < segs.Len(); i++ {
			seg := segs.At(i)
			b.Write(seg.Value(src))
		}
		out = append(out, b.String())
		return gast.WalkContinue, nil
	})
	return out
}

// TestRenderedMarkdownHasNoRawHTML checks why the bluemonday stand-in is safe: the markdown
// fineprint renders (model.Policy's canonical markdown, less the comments that mark it, which
// `show` drops before rendering: model.WithoutMarks) escapes '<', so goldmark finds no HTML in it and glamour
// never calls the sanitiser, whatever HTML a policy's text holds (the bundled policies, and
// text full of tags).
func TestRenderedMarkdownHasNoRawHTML(t *testing.T) {
	t.Parallel()
	ps, err := policies.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	tagged, err := model.Parse("tags.md", []byte("# Données <b>personnelles</b>\n\nWe <script>x()</script> share <a href=\"y\">数据</a> & <!-- c --> keep <div>\n\n<div>\nblock\n</div>\n\n| a <i>b</i> | c |\n| --- | --- |\n| <br> | d |\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(ps, tagged) {
		if !strings.HasPrefix(p.Markdown(), model.CanonicalMark+"\n") {
			t.Errorf("%s: the canonical markdown does not open with model.CanonicalMark", p.ID)
		}
		if h := rawHTML([]byte(model.WithoutMarks(p.Markdown()))); len(h) > 0 {
			t.Errorf("%s: the rendered markdown holds raw HTML glamour would sanitise: %q", p.ID, h)
		}
	}
	if !strings.Contains(tagged.Markdown(), "script") {
		t.Fatalf("the tagged policy lost its text:\n%s", tagged.Markdown())
	}
}
