package ui

import (
	"charm.land/glamour/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// checkKinsoku fails when a line of plain starts with a mark that may not start a line, ends
// with one that may not end it, is a lone "。", or is wider than width cells.
func checkKinsoku(t *testing.T, plain []string, width int) {
	t.Helper()
	for i, l := range plain {
		if w := ansi.StringWidth(strings.TrimRight(l, " ")); w > width {
			t.Errorf("line %d is %d cells, more than %d: %q", i, w, width, l)
		}
		if strings.TrimSpace(l) == "。" {
			t.Errorf("line %d is a lone 。", i)
		}
		if i+1 < len(plain) && kinsokuViolation(l, plain[i+1]) {
			t.Errorf("lines %d and %d break against the rules: %q / %q", i, i+1, l, plain[i+1])
		}
	}
}

func TestFixLineBreaks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		width int
		in    []string
		want  []string
	}{
		{"comma hangs on the line before", 20,
			[]string{"  我们收集您的信息", "  ，用于提供服务。"},
			[]string{"  我们收集您的信息，", "  用于提供服务。"}},
		{"lone full stop hangs", 20,
			[]string{"  我们不会出售信息", "  。"},
			[]string{"  我们不会出售信息。"}},
		{"closing marks that do not fit carry a character down", 16,
			[]string{"  您可以删除账户", "  」。随后我们"},
			[]string{"  您可以删除账", "  户」。随后我们"}},
		{"carrying down re-breaks the lines after", 16,
			[]string{"  您可以删除账户", "  」。随后我们会处"},
			[]string{"  您可以删除账", "  户」。随后我们", "  会处"}},
		{"an opening bracket goes to the next line", 20,
			[]string{"  包括个人敏感信息（", "  如身份证号）"},
			[]string{"  包括个人敏感信息", "  （如身份证号）"}},
		{"an English word is carried whole", 24,
			[]string{"  请联系 cs@example.com", "  ，我们将回复。"},
			[]string{"  请联系", "  cs@example.com，我们将", "  回复。"}},
		{"mixed text with a space before the mark", 20,
			[]string{"  设备封禁 ", "  、功能封禁的处罚"},
			[]string{"  设备封禁、", "  功能封禁的处罚"}},
		{"a list item keeps its indent", 18,
			[]string{"  • 访问您的数据", "    ；删除您的账户"},
			[]string{"  • 访问您的数据；", "    删除您的账户"}},
		{"nothing to fix is left alone", 20,
			[]string{"  我们收集您的信息，", "  用于提供服务。", "", "  ，新段落"},
			[]string{"  我们收集您的信息，", "  用于提供服务。", "", "  ，新段落"}},
		{"English parentheses", 30,
			[]string{"  We will: ( i", "  ) comply with the law"},
			[]string{"  We will: ( i)", "  comply with the law"}},
		{"a new last line is indented past the list marker", 16,
			[]string{"  • 访问您的数据", "    ；"},
			[]string{"  • 访问您的数", "    据；"}},
		{"a table is left to glamour", 20,
			[]string{"  │ 名称 │ 说明", "  │ 。   │ 无"},
			[]string{"  │ 名称 │ 说明", "  │ 。   │ 无"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, plain := fixLineBreaks(c.in, c.width)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
			if strings.Join(plain, "\n") != ansi.Strip(strings.Join(got, "\n")) {
				t.Errorf("plain %q is not the lines without styling", plain)
			}
			if c.name != "nothing to fix is left alone" && c.name != "a table is left to glamour" {
				checkKinsoku(t, plain, c.width)
			}
		})
	}
}

// TestFixLineBreaksKeepsStyling moves styled text across lines: every grapheme keeps the
// styling it had.
func TestFixLineBreaksKeepsStyling(t *testing.T) {
	t.Parallel()
	bold, link, reset := "\x1b[1m", "\x1b[4;36m", "\x1b[m"
	in := []string{
		"  " + bold + "请联系" + reset + " " + link + "cs@example.com" + reset,
		"  " + bold + "，我们将回复。" + reset,
	}
	got, plain := fixLineBreaks(in, 24)
	checkKinsoku(t, plain, 24)
	joined := strings.Join(got, "\n")
	if !strings.Contains(joined, link+"cs@example.com") || !strings.Contains(joined, bold+"，") {
		t.Errorf("styling lost: %q", got)
	}
	for _, l := range parseStyledLine(got[1]).toks {
		if l.g == "c" && !strings.HasSuffix(l.state, link) {
			t.Errorf("the carried word lost its style: %q", l.state)
		}
	}
}

// TestRenderedChineseBreaks renders the bundled Chinese policy at many widths: no line of a
// paragraph breaks against the rules.
func TestRenderedChineseBreaks(t *testing.T) {
	t.Parallel()
	p := seed(t, "aiwellflow")
	for w := 20; w <= 120; w += 3 {
		d, err := renderDoc(renderKey{policy: p, part: 0, width: w, style: "dark"})
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(d.plain); i++ {
			if kinsokuViolation(d.plain[i], d.plain[i+1]) {
				t.Errorf("width %d, lines %d-%d: %q / %q", w, i, i+1, d.plain[i], d.plain[i+1])
			}
			if strings.TrimSpace(d.plain[i]) == "。" {
				t.Errorf("width %d, line %d is a lone 。", w, i)
			}
		}
	}
}

// BenchmarkLineBreakPass measures the kinsoku pass alone on glamour's output for the bundled
// Chinese policy at 79 cells (the reader's text width at 120 columns), beside
// BenchmarkRenderChinese, the whole rendering it is part of.
func BenchmarkLineBreakPass(b *testing.B) {
	p := seed(b, "aiwellflow")
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(79))
	if err != nil {
		b.Fatal(err)
	}
	out, err := r.Render(cjkBreaks(model.WithoutMarks(p.Markdown())))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(out, string(lineBreakMark), ""), "\n")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		fixLineBreaks(lines, 79)
	}
}

// BenchmarkRenderChinese renders the bundled Chinese policy's Chinese part at 79 cells.
func BenchmarkRenderChinese(b *testing.B) {
	p := seed(b, "aiwellflow")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := renderDoc(renderKey{policy: p, part: 0, width: 79, style: "dark"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFixLineBreaksLongCascade carries a character down a long paragraph of full lines: every
// line re-breaks in turn, and no text is lost or runs past the width.
func TestFixLineBreaksLongCascade(t *testing.T) {
	t.Parallel()
	row := "  " + strings.Repeat("隐私", 9) // 38 cells
	in := []string{row, "  。" + strings.Repeat("数据", 8) + "数"}
	for range 40 {
		in = append(in, row)
	}
	got, plain := fixLineBreaks(in, 38)
	checkKinsoku(t, plain, 38)
	join := func(ls []string) string {
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(strings.TrimSpace(l))
		}
		return b.String()
	}
	if join(plain) != join(in) {
		t.Errorf("text changed:\n got %q\nwant %q", join(plain), join(in))
	}
	if len(got) != len(in)+1 {
		t.Errorf("%d full lines became %d, want one more (the cascade's end)", len(in), len(got))
	}
}
