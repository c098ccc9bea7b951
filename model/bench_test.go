package model

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func BenchmarkParseSeed(b *testing.B) {
	seeds := seedFiles(b)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		data := seeds[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseAllSeeds parses the five bundled policies, as the app does at start-up
// (target: under 5 ms).
func BenchmarkParseAllSeeds(b *testing.B) {
	seeds := seedFiles(b)
	total := 0
	for _, d := range seeds {
		total += len(d)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for name, data := range seeds {
			if _, err := Parse(name, data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// synthetic builds a policy of about size bytes that exercises every rule: numbered and
// Chinese headings, numbered sentences, bullets, tables, hard-wrapped paragraphs, one very long
// wrapped paragraph (a quadratic join would show there) and a bilingual split.
func synthetic(size int) []byte {
	return syntheticDoc(size, "")
}

// syntheticMarkdown is synthetic with its numbered headings marked up as "##" and "###"
// markdown headings, so that the CommonMark block parse has headings to find.
func syntheticMarkdown(size int) []byte {
	return syntheticDoc(size, "#")
}

// syntheticDoc builds the synthetic policy; mark, when not empty, opens its section headings
// (mark+"# ") and subsection headings (mark+"## ").
func syntheticDoc(size int, mark string) []byte {
	h1, h2 := "", ""
	if mark != "" {
		h1, h2 = mark+"# ", mark+"## "
	}
	var b strings.Builder
	b.WriteString("Synthetic Privacy Policy\n\nLast updated: August 15, 2022\n\n")
	half := size / 2
	for i := 1; b.Len() < half; i++ {
		fmt.Fprintf(&b, "%s%d. Section Number %d\n\n", h1, i, i)
		fmt.Fprintf(&b, "%s%d.1 Information You Provide\n\n", h2, i)
		b.WriteString("We collect information you give us when you register, such as your name\nand email address, and information about your device when you use the\nservice, as described below in this section of the policy.\n\n")
		fmt.Fprintf(&b, "%d.2 This Policy applies to all services we provide. We may update it at any time.\n\n", i)
		b.WriteString("  • Log Information: browser type, access times and pages viewed.\n  • Device Information: hardware model and operating system.\n●\nContact details you give us;\n\n")
		b.WriteString("Cookie | Provider | Purpose |\nsid | first party | login\n_ga | Google |\n\n")
	}
	// One paragraph wrapped over many lines.
	for k := 0; k < size/8/72; k++ {
		b.WriteString("and this paragraph keeps going over many wrapped lines without an end\n")
	}
	b.WriteString("\n")
	zh := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九"}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s、我们如何收集和使用个人信息\n", zh[i%len(zh)])
		b.WriteString("（一）账号注册\n为平台运营之目的，我们将获取您登录时的账号信息，包括您的账号、注册时间。\n(1) 完成该业务目的需要留存个人信息的时间；\n- 与国家安全、国防安全直接相关的；\n")
	}
	return []byte(b.String())
}

// BenchmarkParseSynthetic shows that parse time grows linearly with the document: compare
// ns/op (or MB/s, which should stay flat) across the sizes.
func BenchmarkParseSynthetic(b *testing.B) {
	for _, size := range []int{512 << 10, 1 << 20, 2 << 20} {
		// A markdown document (CommonMark block parse, then the scanner) and a plain text one
		// (the scanner alone).
		for _, name := range []string{"synthetic.md", "synthetic.txt"} {
			data := synthetic(size)
			if name == "synthetic.md" {
				data = syntheticMarkdown(size)
			}
			b.Run(fmt.Sprintf("%dKB/%s", size>>10, name[len("synthetic."):]), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				defer reportCPU(b, len(data))()
				for b.Loop() {
					if _, err := Parse(name, data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	p, err := Parse("synthetic", synthetic(1<<20))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = p.Markdown()
	}
}

func TestSyntheticParses(t *testing.T) {
	t.Parallel()
	p := mustParse(t, string(synthetic(64<<10)))
	if len(p.Parts) != 2 || len(p.Sections) < 20 {
		t.Errorf("synthetic policy: %d parts, %d sections", len(p.Parts), len(p.Sections))
	}
	for _, e := range checkInvariants(string(synthetic(64<<10)), p) {
		t.Error(e)
	}
}

// BenchmarkParsePathological parses 256 KB lines built to make a careless scanner quadratic:
// brackets, angle brackets, pipes, escapes, dots and numbers.
func BenchmarkParsePathological(b *testing.B) {
	for _, unit := range []string{"[", "![", "<a", "|", "\x1b]", "a. ", "1.", "一", "（", "**", "\\", "Ltd ", "有限公司", "&amp;"} {
		data := []byte(strings.Repeat(unit, (256<<10)/len(unit)))
		b.Run(fmt.Sprintf("%q", unit), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("pathological", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reportCPU reports MB per second of the process's CPU time (garbage collection included), the
// figure to compare across runs on a shared machine, where wall-time MB/s varies with the load.
func reportCPU(b *testing.B, size int) func() {
	start, ok := processCPU()
	return func() {
		end, _ := processCPU()
		if ok && end > start && b.N > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/1e6/(end-start).Seconds(), "MB/cpu-s")
		}
	}
}
