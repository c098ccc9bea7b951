package model

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// checkInvariants reports every way p breaks the Policy contract for a parse of src.
func checkInvariants(src string, p *Policy) []string {
	var errs []string
	bad := func(f string, args ...any) { errs = append(errs, fmt.Sprintf(f, args...)) }
	if len(p.Parts) == 0 {
		bad("no parts")
		return errs
	}
	if p.Parts[0].FirstSection != 0 || p.Parts[0].FirstClause != 0 {
		bad("first part does not start at 0: %+v", p.Parts[0])
	}
	for i, pt := range p.Parts {
		if pt.FirstSection > pt.EndSection || pt.FirstClause > pt.EndClause {
			bad("part %d ranges inverted: %+v", i, pt)
		}
		if i > 0 && (pt.FirstSection != p.Parts[i-1].EndSection || pt.FirstClause != p.Parts[i-1].EndClause) {
			bad("part %d not contiguous", i)
		}
	}
	last := p.Parts[len(p.Parts)-1]
	if last.EndSection != len(p.Sections) || last.EndClause != len(p.Clauses) {
		bad("parts do not cover everything")
	}
	for i, s := range p.Sections {
		pt := p.Parts[s.Part]
		if i < pt.FirstSection || i >= pt.EndSection {
			bad("section %d outside its part %d", i, s.Part)
		}
		if s.FirstClause > s.EndClause || int(s.FirstClause) < pt.FirstClause || int(s.EndClause) > pt.EndClause {
			bad("section %d clause range [%d,%d) bad", i, s.FirstClause, s.EndClause)
		}
		if i > 0 && s.FirstClause < p.Sections[i-1].EndClause {
			bad("section %d overlaps the one before", i)
		}
		switch {
		case s.Parent == -1 && s.Level != 1:
			bad("top section %d has level %d", i, s.Level)
		case int(s.Parent) >= i:
			bad("section %d parent %d not before it", i, s.Parent)
		case s.Parent >= 0 && s.Level != p.Sections[s.Parent].Level+1:
			bad("section %d level %d under level %d", i, s.Level, p.Sections[s.Parent].Level)
		}
		for c := s.FirstClause; c < s.EndClause; c++ {
			if p.Clauses[c].Section != i {
				bad("clause %d in range of section %d says %d", c, i, p.Clauses[c].Section)
			}
		}
		if s.Anchor == "" || strings.TrimSpace(s.Title) == "" {
			bad("section %d has empty anchor or title", i)
		}
	}
	for i, c := range p.Clauses {
		if c.Text == "" && c.Kind != KindTableRow {
			bad("clause %d empty", i)
		}
		for _, r := range c.Text {
			if unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				bad("clause %d holds control rune %U", i, r)
				break
			}
		}
		if c.Offset < 0 || int(c.Offset) > len(src) || c.Line < 1 {
			bad("clause %d position line %d offset %d", i, c.Line, c.Offset)
		}
	}
	// Clause text comes from the input: every letter or digit of it is in the source (entities
	// such as &#20320; can create letters, so inputs with '&' are exempt).
	if !strings.Contains(src, "&") {
		for i, c := range p.Clauses {
			for _, r := range c.Text {
				if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !strings.ContainsRune(src, r) {
					bad("clause %d rune %q is not in the input", i, r)
					break
				}
			}
		}
	}
	var b strings.Builder
	for pi, pt := range p.Parts {
		if pi > 0 {
			b.WriteString("\n" + PartMark + "\n")
		}
		b.WriteString(p.PreambleMarkdown(pi))
		for i := pt.FirstSection; i < pt.EndSection; i++ {
			b.WriteString(p.SectionMarkdown(i))
		}
	}
	if md := b.String(); (md == "" && p.Markdown() != "") || (md != "" && CanonicalMark+"\n\n"+md != p.Markdown()) {
		bad("mark+preamble+section markdown != Markdown()")
	}
	return errs
}

// tocOf is the TOC that must survive a round trip through canonical markdown.
func tocOf(p *Policy) string {
	var b strings.Builder
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "%d|%d|%s|%s\n", s.Part, s.Level, s.Number, s.Title)
	}
	return b.String()
}

// seedFiles returns the bundled seed documents, read from the policies package's folder.
func seedFiles(t testing.TB) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob("../policies/seeds/*")
	if len(paths) == 0 {
		t.Skip("no seed documents in ../policies/seeds")
	}
	out := map[string][]byte{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(path)] = data
	}
	return out
}

func TestSeedsInvariantsAndRoundTrip(t *testing.T) {
	t.Parallel()
	for name, data := range seedFiles(t) {
		t.Run(name, func(t *testing.T) {
			p, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range checkInvariants(string(data), p) {
				t.Error(e)
			}
			md := p.Markdown()
			q, err := Parse("canonical", []byte(md))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := tocOf(q), tocOf(p); got != want {
				t.Errorf("TOC changed by a round trip through markdown\ngot:\n%s\nwant:\n%s", got, want)
			}
			if q.Markdown() != md {
				t.Errorf("canonical markdown is not a fixed point")
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, data := range seedFiles(f) {
		f.Add(data)
	}
	for _, s := range []string{
		"", "\uFEFF", "1.\n", "一\n", "# \n", "|\n|", "●\n", "6.\nData\n", "- - -\n", "```\n",
		"Title\n\n1. A\n\ntext\n\n1.1 B\n\n2. C\n", "\x1b]52;c;AAAA\x07x", "一我们\n二你们\n",
		"a | b |\n| --- |\nc", "---\nk: v\n---\n# T\n", "（一）标题\n正文。\n", "<!--\nx\n-->\ny",
		// Canonical markdown, read as written: the fuzzer starts from the mark too.
		CanonicalMark + "\n\n# T\n\n## 1 A\n\n1 B\n\n**C**\n\n###### 1.1.1.1.1.1 D\n\n# 二\n\n- x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz", data)
		if err != nil {
			if p != nil {
				t.Fatal("non-nil policy with an error")
			}
			return
		}
		for _, e := range checkInvariants(string(data), p) {
			t.Error(e)
		}
		md := p.Markdown()
		if strings.TrimSpace(md) == "" {
			return
		}
		q, err := Parse("canonical", []byte(md))
		if err != nil {
			t.Fatalf("canonical markdown does not parse: %v\n%s", err, md)
		}
		if got, want := tocOf(q), tocOf(p); got != want {
			t.Errorf("TOC changed by a round trip through markdown\ngot:\n%s\nwant:\n%s\nmarkdown:\n%s", got, want, md)
		}
	})
}

// TestEvalCorpus parses the real policies of the evaluation sets (read at test time only, from
// ../shared/eval/dev, dev-intl and structure next to the repository; skipped when absent) and checks the Policy
// contract and the markdown round trip on each.
func TestEvalCorpus(t *testing.T) {
	t.Parallel()
	var paths []string
	for _, set := range []string{"dev", "dev-intl", "structure"} {
		more, _ := filepath.Glob("../../shared/eval/" + set + "/*.md")
		paths = append(paths, more...)
	}
	if len(paths) == 0 {
		t.Skip("no evaluation corpus at ../shared/eval")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(path, data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, e := range checkInvariants(string(data), p) {
			t.Errorf("%s: %s", filepath.Base(path), e)
		}
		q, err := Parse("canonical", []byte(p.Markdown()))
		if err != nil {
			t.Errorf("%s: canonical markdown: %v", filepath.Base(path), err)
			continue
		}
		if got, want := tocOf(q), tocOf(p); got != want {
			t.Errorf("%s: TOC changed by a markdown round trip\ngot:\n%s\nwant:\n%s", filepath.Base(path), got, want)
		}
		if len(q.Clauses) != len(p.Clauses) {
			t.Errorf("%s: %d clauses after a markdown round trip, want %d", filepath.Base(path), len(q.Clauses), len(p.Clauses))
			continue
		}
		for i := range p.Clauses {
			if a, b := p.Clauses[i], q.Clauses[i]; a.Text != b.Text || a.Kind != b.Kind {
				t.Errorf("%s: clause %d %v %q became %v %q", filepath.Base(path), i, a.Kind, a.Text, b.Kind, b.Text)
				break
			}
		}
	}
}
