package detect

import (
	"fmt"
	"strings"
	"testing"

	"fineprint/model"
)

// langText returns about size bytes of policy text in lexicon lx's language, made of the
// catch and near-miss sentences of its rules under numbered headings: a text denser in
// triggers than a real policy, so a pessimistic one for speed.
func langText(lx *lexicon, size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "\n# %d\n\n", i+1)
		for j, r := range lx.rules {
			b.WriteString(r.Catch)
			b.WriteByte(' ')
			b.WriteString(r.Miss)
			if j%4 == 3 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// loopCPU runs f in b's loop and reports, besides the wall-clock MB/s, the MB/s per second of
// CPU time ("MB/cpu-s"), which holds on a machine whose cores other processes share.
func loopCPU(b *testing.B, bytes int, f func()) {
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	start, n := cpuTime(), 0
	for b.Loop() {
		f()
		n++
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(bytes*n)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkAnalyzeLexDense analyses about 1 MB of German, Spanish and Italian text made of
// the rules' own sentences (see langText): the worst case for speed, where nearly every
// sentence holds triggers. BenchmarkAnalyzeLang measures real policies.
func BenchmarkAnalyzeLexDense(b *testing.B) {
	for _, lx := range []*lexicon{lexDE, lexES, lexIT} {
		b.Run(lx.name, func(b *testing.B) {
			text := langText(lx, 1<<20)
			p, err := model.Parse(lx.name+".md", []byte(text))
			if err != nil {
				b.Fatal(err)
			}
			if got := p.Clauses[len(p.Clauses)/2].Lang; !Analysed(got) || lexiconFor(got) != lx {
				b.Fatalf("text read as %v, not %s", got, lx.name)
			}
			Analyze(p) // compile the lexicon outside the timing
			loopCPU(b, len(text), func() { Analyze(p) })
		})
	}
}

// BenchmarkCompileLexicons compiles every lexicon (rules, cues, headings, values) from its
// table, as the first Analyze of a program does: what every compare, #key search and TUI start
// pays once.
func BenchmarkCompileLexicons(b *testing.B) {
	for b.Loop() {
		for _, lx := range lexicons {
			compileLexicon(lx)
		}
	}
}
