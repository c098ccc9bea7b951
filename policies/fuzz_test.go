package policies

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	for _, e := range manifest {
		data, err := Seed(e.File)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(savedPage))
	f.Add(utf16Bytes(samplePolicy, false))
	f.Add(utf16Bytes("<html><body><h1>隐私政策</h1><p>我们收集</p></body></html>", true))
	f.Add([]byte("\xef\xbb\xbf# Title\n\x1b]52;c;eA==\x07text\n"))
	f.Add([]byte("<table><tr><td>a|b<td>c<tr><th>d</table><ul><li>x<li>y<ol><li>z</ol></ul>"))
	f.Add([]byte(strings.Repeat("<div><b>", 600) + "deep" + strings.Repeat("</b></div>", 600)))
}

// FuzzDecode checks that Decode never panics and that what it accepts is non-blank UTF-8
// without NUL bytes, equal to the input when the input was plain UTF-8.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.Valid(text) || bytes.IndexByte(text, 0) >= 0 || len(bytes.TrimSpace(text)) == 0 {
			t.Fatalf("Decode accepted %q as %q", data, text)
		}
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && !bytes.Equal(text, data) {
			t.Fatalf("Decode changed plain UTF-8 %q into %q", data, text)
		}
	})
}

// FuzzHTML checks that HTMLToMarkdown never panics or fails, gives valid UTF-8 for valid UTF-8
// input, and never lets script or style content through.
func FuzzHTML(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		page, err := HTMLToMarkdown(data)
		if err != nil {
			t.Fatalf("HTMLToMarkdown: %v", err)
		}
		if utf8.Valid(data) && !utf8.ValidString(page.Markdown) {
			t.Fatalf("invalid UTF-8 out of valid input %q: %q", data, page.Markdown)
		}
		const marker = "FUZZSCRIPTMARKER"
		wrapped := append([]byte("<script>"+marker+"</script><style>"+marker+"</style>"), data...)
		if p, _ := HTMLToMarkdown(wrapped); strings.Contains(p.Markdown, marker) && !bytes.Contains(data, []byte(marker)) {
			t.Fatalf("script or style text leaked for input %q: %q", data, p.Markdown)
		}
	})
}

// FuzzLoadDocument runs the whole pipeline for one file (decode, HTML import, parse) and checks
// that it never panics and that no escape or control character reaches the policy's text.
func FuzzLoadDocument(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"fuzz.txt", "fuzz.html"} {
			p, err := parseDocument(name, data)
			if err != nil {
				continue
			}
			fields := []string{p.Title, p.Company, p.Date}
			for _, s := range p.Sections {
				fields = append(fields, s.Title, s.Number, s.Anchor)
			}
			for _, c := range p.Clauses {
				fields = append(fields, c.Text)
			}
			for _, s := range fields {
				if i := strings.IndexFunc(s, func(r rune) bool {
					return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 ||
						r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
				}); i >= 0 {
					t.Fatalf("%s: control character %q in %q", name, s[i:i+1], s)
				}
			}
		}
	})
}
