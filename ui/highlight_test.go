package ui

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestFindInLines(t *testing.T) {
	lines := []string{
		"  Personal data, PERSONAL information",
		"  我们如何收集和使用个人信息，个人信息的保护",
		"  Données personnelles: CAFÉ café",
		"",
	}
	cases := []struct {
		query string
		want  []docMatch
	}{
		{"personal", []docMatch{{0, 2, 10}, {0, 17, 25}}},
		{"个人信息", []docMatch{{1, 20, 28}, {1, 30, 38}}}, // two cells per Han character
		{"café", []docMatch{{2, 24, 28}, {2, 29, 33}}},
		{"é", []docMatch{{2, 6, 7}, {2, 27, 28}, {2, 32, 33}}},
		{"  ", []docMatch{}},
		{"absent", []docMatch{}},
	}
	for _, c := range cases {
		got := findInLines(lines, c.query)
		if len(got) != len(c.want) {
			t.Errorf("%q: %v, want %v", c.query, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q match %d: %v, want %v", c.query, i, got[i], c.want[i])
			}
		}
	}
}

// TestOverlayKeepsText checks the highlight layer on real glamour output: the text is
// unchanged once styling is stripped, the matched cells carry the match style, and the
// styling after a match is glamour's again.
func TestOverlayKeepsText(t *testing.T) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(60))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render("## 2 个人信息 Personal\n\nWe **share personal** data with `partners`; 我们共享个人信息。\n\n- personal item\n")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	plain := make([]string, len(lines))
	for i, l := range lines {
		plain[i] = ansi.Strip(l)
	}
	st := lipgloss.NewStyle().Reverse(true)
	for _, q := range []string{"personal", "个人信息", "share personal data", "e"} {
		ms := findInLines(plain, q)
		if len(ms) == 0 {
			t.Fatalf("%q: no matches in %q", q, plain)
		}
		byLine := map[int][]span{}
		for _, m := range ms {
			byLine[m.line] = append(byLine[m.line], span{m.start, m.end, st})
		}
		for l, spans := range byLine {
			got := overlay(lines[l], spans)
			if ansi.Strip(got) != plain[l] {
				t.Errorf("%q line %d: text changed:\n got %q\nwant %q", q, l, ansi.Strip(got), plain[l])
			}
			if !strings.Contains(got, "\x1b[7m") {
				t.Errorf("%q line %d: no reverse video in %q", q, l, got)
			}
			if ansi.StringWidth(got) != ansi.StringWidth(lines[l]) {
				t.Errorf("%q line %d: width %d, was %d", q, l, ansi.StringWidth(got), ansi.StringWidth(lines[l]))
			}
		}
	}
}
