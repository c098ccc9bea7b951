package detect

import (
	"fmt"
	"strings"
	"sync"
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

// BenchmarkCompile compiles each lexicon (rules, cues, headings, values) from its table, as
// the first Analyze of a program in that language does: what every compare, #key search and
// TUI start pays once per language it meets (issue 16: under 20 ms). "all" compiles the six.
// Regular expressions are compiled on first use (lazyRegexp) and every branch's literals were
// found at build time (specs_gen.go), so this is mostly building the automata; "cpu-ms/op"
// is CPU time per compile, which holds on a loaded machine.
func BenchmarkCompile(b *testing.B) {
	run := func(b *testing.B, lxs []*lexicon) {
		start, n := cpuTime(), 0
		for b.Loop() {
			for _, lx := range lxs {
				compileLexicon(lx)
			}
			n++
		}
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(used.Seconds()*1e3/float64(n), "cpu-ms/op")
		}
	}
	for _, lx := range lexicons {
		b.Run(lx.name, func(b *testing.B) { run(b, []*lexicon{lx}) })
	}
	b.Run("all", func(b *testing.B) { run(b, lexicons) })
}

// BenchmarkFirstAnalyze compiles the English lexicon and analyses the bundled English
// policies with it, compiling the branches they reach: the whole first-use cost of a
// program that reads English, where BenchmarkCompile measures only the start.
func BenchmarkFirstAnalyze(b *testing.B) {
	var en []*model.Policy
	for _, p := range seeds(b) {
		if lexiconFor(p.Clauses[0].Lang) == lexEN {
			en = append(en, p)
		}
	}
	start, n := cpuTime(), 0
	for b.Loop() {
		lexEN.once, lexEN.c = sync.Once{}, nil
		for _, p := range en {
			Analyze(p)
		}
		n++
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(used.Seconds()*1e3/float64(n), "cpu-ms/op")
	}
}

// BenchmarkPrefilter runs each lexicon's rule prefilter (the Aho-Corasick pass that finds
// which rules a text can reach) over about 1 MB of its rules' own sentences (langText),
// folded as Analyze folds them: the automaton's scan alone, dense in literals.
func BenchmarkPrefilter(b *testing.B) {
	for _, lx := range lexicons {
		b.Run(lx.name, func(b *testing.B) {
			c := compileLexicon(lx)
			text := lx.fold(langText(lx, 1<<20))
			var occ []occurrence
			loopCPU(b, len(text), func() { occ = c.pf.occurrences(text, occ) })
		})
	}
}
