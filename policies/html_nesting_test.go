package policies

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nestsDeeperTokenizer reports whether the elements of src nest more than limit deep, by the same
// reckoning as limitNesting, read with the html Tokenizer: the reference nestsDeeper must agree
// with.
func nestsDeeperTokenizer(src []byte, limit int) bool {
	type tag struct {
		a    atom.Atom
		name string // for unknown tags only
	}
	of := func(name []byte) tag {
		if a := atom.Lookup(name); a != 0 {
			return tag{a: a}
		}
		return tag{name: string(name)}
	}
	var stack []tag
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			t := of(name)
			if t.a != 0 && voidAtom(t.a) {
				continue
			}
			if t.a != 0 && selfClosingAtom(t.a) && len(stack) > 0 && stack[len(stack)-1] == t {
				stack = stack[:len(stack)-1]
			}
			if len(stack) >= limit {
				return true
			}
			stack = append(stack, t)
		case html.EndTagToken:
			name, _ := z.TagName()
			t := of(name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == t {
					stack = stack[:i]
					break
				}
			}
		}
	}
}

// nestingCases are pages whose tags, comments and raw text the scanner must read as the
// tokenizer does: each nests 3 deep by the tokenizer's reckoning, or not, for a reason a
// careless scanner would miss.
var nestingCases = []struct {
	name string
	src  string
	deep bool // nests more than 2 deep
}{
	{"three divs", "<div><div><div>x</div></div></div>", true},
	{"siblings", "<div></div><div></div><div></div>", false},
	{"void and self-closing", "<div><br><img src=x><hr/><div/><p>x</p></div>", false},
	{"slash ending an unquoted value", "<div><p a=/><span>x", true},
	{"paragraphs close paragraphs", "<div><p>one<p>two<p>three", false},
	{"upper case", "<DIV><Div><div>", true},
	{"end tag closes above it", "<div><span></div><div><i>", false},
	{"tags in a comment", "<div><!-- <div><div> --></div><div>", false},
	{"short comments", "<div><!--><div><!---><div>", true},
	{"comment closed by --!>", "<div><!-- x --!><div><div>", true},
	{"'>' in a quoted value", `<div title="a>b"><div class='>'><div>`, true},
	{"tags in a script", "<div><script>var s = '<div><div>';</script></div>", false},
	{"escaped script", "<div><script><!-- <script> </script> <div><div> --></script></div>", false},
	{"script end after escape", "<div><script><!-- x </script><div><div>", true},
	{"tags in a title", "<title><div><div><div></title>", false},
	{"title end needs a delimiter", "<title></titlex><div><div></title><div><div><div>", true},
	{"tags in a textarea", "<div><textarea><div><div></TEXTAREA ></div>", false},
	{"plaintext", "<div><plaintext><div><div><div>", false},
	{"doctype and bogus comments", "<!DOCTYPE html><?xml <div> ?><div></ <div>><div>", false},
	{"unfinished tag at the end", "<div><div><div", false},
	{"unfinished comment", "<div><div><!-- <div>", false},
	{"text with less-than signs", "<div>1 < 2 <<div> <3 <div>", true},
	{"custom elements", "<my-app><my-app><my-app>", true},
	{"end tag attributes", `<div></div a=">"><div><div>`, false},
}

// TestNestsDeeper checks the scanner against the tokenizer on pages built to tell them apart,
// and on the saved pages of ../shared/eval when present.
func TestNestsDeeper(t *testing.T) {
	for _, tc := range nestingCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := nestsDeeperTokenizer([]byte(tc.src), 2); got != tc.deep {
				t.Fatalf("tokenizer: nests deeper = %v, the case says %v", got, tc.deep)
			}
			if got := nestsDeeper([]byte(tc.src), 2); got != tc.deep {
				t.Errorf("nestsDeeper(%q, 2) = %v, want %v (as the tokenizer)", tc.src, got, tc.deep)
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "*", "*.html"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{4, 8, 12, 16, 24, 32, 512} {
			if got, want := nestsDeeper(src, limit), nestsDeeperTokenizer(src, limit); got != want {
				t.Errorf("%s at limit %d: nestsDeeper = %v, tokenizer %v", filepath.Base(f), limit, got, want)
			}
		}
	}
}

// FuzzNestsDeeper checks that the scanner and the tokenizer agree on any input, at limits
// small enough for fuzzed inputs to reach.
func FuzzNestsDeeper(f *testing.F) {
	for _, tc := range nestingCases {
		f.Add([]byte(tc.src))
	}
	f.Add(benchPage(2000))
	// The script and comment states, for the fuzzer to start from.
	for _, src := range []string{
		"<div><script><!--<script>x</script>--><div></script><div><div>",
		"<script><!-- a -- > <script ><div></SCRIPT ><div></script><div><div>",
		"<div><script>a<!--b--->c<!-- <script/> -- </script> --></script><div><div>",
		"<div><!-- a -!> b --!x --><div><!----!><div>",
		"<p a='>' b=\"/>\" c=/><p/><br/ ><textarea/></textarea>",
	} {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, limit := range []int{1, 2, 3, 5} {
			if got, want := nestsDeeper(src, limit), nestsDeeperTokenizer(src, limit); got != want {
				t.Fatalf("nestsDeeper(%q, %d) = %v, tokenizer %v", src, limit, got, want)
			}
		}
	})
}

// BenchmarkNestsDeeper measures the nesting check on a synthetic page of 1 MB.
func BenchmarkNestsDeeper(b *testing.B) {
	src := benchPage(1 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if nestsDeeper(src, maxHTMLNesting) {
			b.Fatal("the page nests deeper than it does")
		}
	}
}

// TestAtomSets checks that voidAtom and selfClosingAtom name the elements of voidElements and
// selfClosing, which limitNesting reads by name.
func TestAtomSets(t *testing.T) {
	for _, set := range []struct {
		names map[string]bool
		is    func(atom.Atom) bool
	}{{voidElements, voidAtom}, {selfClosing, selfClosingAtom}} {
		n := 0
		for name := range set.names {
			a := atom.Lookup([]byte(name))
			if a == 0 || !set.is(a) {
				t.Errorf("%q is not in its atom set", name)
			}
		}
		for _, a := range []atom.Atom{atom.Div, atom.Span, atom.Script, atom.Table, atom.Ul} {
			if set.is(a) {
				n++
			}
		}
		if n != 0 {
			t.Errorf("%d common container elements in an atom set", n)
		}
	}
}

// TestDeepNesting checks that a page nested far deeper than maxHTMLNesting is converted, its
// text kept, in about the time of a flat page of its size (the parser alone would take minutes).
func TestDeepNesting(t *testing.T) {
	const depth = 50000
	src := []byte("<html><body><h1>Privacy Policy</h1><p>We collect your e-mail address.</p>" +
		strings.Repeat("<div>", depth) + "<p>Deep inside, we keep your data for a year.</p>" +
		strings.Repeat("</div>", depth) + "</body></html>")
	if !nestsDeeper(src, maxHTMLNesting) {
		t.Fatal("the page does not count as deeply nested")
	}
	page, err := HTMLToMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Privacy Policy", "We collect your e-mail address.", "Deep inside, we keep your data for a year."} {
		if !strings.Contains(page.Markdown, want) {
			t.Errorf("markdown lacks %q:\n%s", want, page.Markdown)
		}
	}
}
