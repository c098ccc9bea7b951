package ui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// seg is shorthand for a one-line match.
func seg(line, start, end int) docMatch {
	return docMatch{segs: []matchSeg{{line, start, end}}}
}

func TestFindInLines(t *testing.T) {
	t.Parallel()
	lines := []string{
		"  Personal data, PERSONAL information",
		"  我们如何收集和使用个人信息，个人信息的保护",
		"  Données personnelles: CAFÉ café",
		"",
		"  • we share personal",
		"  information with partners; 我们收集个人",
		"  信息。",
	}
	cases := []struct {
		query string
		want  []docMatch
	}{
		{"personal", []docMatch{seg(0, 2, 10), seg(0, 17, 25), seg(4, 13, 21)}},
		{"个人信息", []docMatch{seg(1, 20, 28), seg(1, 30, 38), {segs: []matchSeg{{5, 37, 41}, {6, 2, 6}}}}}, // two cells per Han character
		{"café", []docMatch{seg(2, 24, 28), seg(2, 29, 33)}},
		{"cafe", []docMatch{seg(2, 24, 28), seg(2, 29, 33)}}, // accents folded, as search folds them
		{"donnees", []docMatch{seg(2, 2, 9)}},
		// Wrapped by glamour: found across the line break, not across the blank line.
		{"personal information", []docMatch{seg(0, 17, 37), {segs: []matchSeg{{4, 13, 21}, {5, 2, 13}}}}},
		{"café • we", nil},
		{"  ", nil},
		{"absent", nil},
	}
	for _, c := range cases {
		got := findInLines(lines, c.query)
		if !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q:\n got %v\nwant %v", c.query, got, c.want)
		}
	}
}

// TestOverlayKeepsText checks the highlight layer on real glamour output: the text is
// unchanged once styling is stripped, the matched cells carry the match style, and the
// styling after a match is glamour's again.
func TestOverlayKeepsText(t *testing.T) {
	t.Parallel()
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
			for _, sg := range m.segs {
				byLine[sg.line] = append(byLine[sg.line], span{sg.start, sg.end, st})
			}
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

func TestCJKBreaks(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"我们,你们":               "我\u2028们,\u2028你\u2028们",
		"(1) 我们":              "(1) 我\u2028们",
		"登录AiWellFlow及":       "登\u2028录\u2028AiWellFlow\u2028及",
		"（含）。":                "（含）。",
		"| 表格 | 行 |\n":        "| 表格 | 行 |\n",
		"no wide text at all": "no wide text at all",
	}
	for in, want := range cases {
		if got := cjkBreaks(in); got != want {
			t.Errorf("cjkBreaks(%q) = %q, want %q", in, got, want)
		}
	}
	// Rendered, a Chinese paragraph fills its lines and the marks are gone.
	p := seed(t, "aiwellflow")
	d, err := renderDoc(renderKey{policy: p, part: 0, width: 60, style: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	full := 0
	for i, l := range d.lines {
		if strings.ContainsRune(l, lineBreakMark) {
			t.Fatalf("line %d still holds the break mark: %q", i, d.plain[i])
		}
		if w := ansi.StringWidth(strings.TrimRight(d.plain[i], " ")); w >= 56 {
			full++
		}
	}
	if full < len(d.lines)/3 {
		t.Errorf("only %d of %d lines are nearly full at width 60", full, len(d.lines))
	}
}

// TestRenderInBatches checks that a long document rendered in two batches ends up the same as
// rendered at once, that the first batch is a prefix of it, and that a pane keeps a TOC jump
// to a section of the second batch until it arrives.
func TestRenderInBatches(t *testing.T) {
	t.Parallel()
	p := seed(t, "aiwellflow")
	k := renderKey{policy: p, part: 0, width: 70, style: "dark"}
	whole, err := renderDoc(k)
	if err != nil {
		t.Fatal(err)
	}
	shared := newStore(newStyles(true, false))
	first := renderCmd(shared.renders, k)().(renderedMsg)
	if first.doc.complete || first.more == nil || len(first.doc.lines) < firstBatchLines {
		t.Fatalf("first batch: complete %v, %d lines", first.doc.complete, len(first.doc.lines))
	}
	if !reflect.DeepEqual(whole.lines[:len(first.doc.lines)], first.doc.lines) {
		t.Error("the first batch is not the start of the whole rendering")
	}
	pane := newReaderPane(shared)
	pane.SetSize(71, 20)
	pane.Open(p, 0)
	pane.want = k
	more := pane.Update(first)
	total := p.Parts[0].EndSection - p.Parts[0].FirstSection
	if done, n, ok := pane.Progress(); !ok || n != total || done <= 0 || done >= total {
		t.Errorf("after the first batch Progress() = %d, %d, %v; want some of %d sections, in progress", done, n, ok, total)
	}
	last := p.Parts[0].EndSection - 1
	pane.GotoSection(last)
	if more == nil || pane.gotoSection != last {
		t.Fatalf("jump to an unrendered section not kept (pending %d)", pane.gotoSection)
	}
	rest := more().(renderedMsg)
	if !rest.doc.complete || !reflect.DeepEqual(rest.doc.lines, whole.lines) || !reflect.DeepEqual(rest.doc.starts, whole.starts) {
		t.Fatalf("batched rendering differs from the whole: %d lines vs %d", len(rest.doc.lines), len(whole.lines))
	}
	if again := first.more().(renderedMsg); again.doc != rest.doc {
		t.Error("the rest was rendered twice")
	}
	pane.Update(rest)
	if _, _, ok := pane.Progress(); ok {
		t.Error("Progress() still reports rendering once the document is complete")
	}
	if got := pane.CurrentSection(); got != last {
		t.Errorf("after the rest arrived the pane reads %d, want the pending jump's %d", got, last)
	}
}
