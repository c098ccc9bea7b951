package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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

// cpuTime returns the CPU time the process has used so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
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

// BenchmarkAnalyzeLang analyses about 1 MB of German, Spanish and Italian text (see
// langText); the issue asks for at least 5 MB/s per core in every language.
func BenchmarkAnalyzeLang(b *testing.B) {
	b.Run("en-seeds", func(b *testing.B) { // the bundled policies, for reference
		p := synthetic(b, 1<<20)
		size := 0
		for _, c := range p.Clauses {
			size += len(c.Text)
		}
		Analyze(p)
		loopCPU(b, size, func() { Analyze(p) })
	})
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

// BenchmarkAnalyzeDevIntl analyses the German, Spanish and Italian policies of
// ../shared/eval/dev-intl (read at test time only; skipped when absent), one op = all the
// policies of a language.
func BenchmarkAnalyzeDevIntl(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev-intl")
	for _, lang := range []string{"de", "es", "it"} {
		b.Run(lang, func(b *testing.B) {
			files, _ := filepath.Glob(filepath.Join(dir, "silver-"+lang+"-*"))
			var ps []*model.Policy
			size := 0
			for _, f := range files {
				if strings.HasSuffix(f, ".json") {
					continue
				}
				data, err := os.ReadFile(f)
				if err != nil {
					b.Fatal(err)
				}
				p, err := model.Parse(filepath.Base(f), data)
				if err != nil {
					b.Fatal(err)
				}
				ps, size = append(ps, p), size+len(data)
			}
			if len(ps) == 0 {
				b.Skipf("no %s policies in %s", lang, dir)
			}
			for _, p := range ps {
				Analyze(p)
			}
			loopCPU(b, size, func() {
				for _, p := range ps {
					Analyze(p)
				}
			})
		})
	}
}
