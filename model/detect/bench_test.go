package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/model"
)

// seedDir holds the five bundled policies (read here as files so that this package's tests do
// not depend on the loader).
var seedDir = filepath.Join("..", "..", "policies", "seeds")

// seeds parses the bundled policies.
func seeds(tb testing.TB) []*model.Policy {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no seeds in %s", seedDir)
	}
	var ps []*model.Policy
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		p, err := model.Parse(f, data)
		if err != nil {
			tb.Fatalf("parse %s: %v", f, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// synthetic returns a policy of about size bytes made of the seeds' texts, repeated under
// numbered headings, so that its vocabulary density is that of real policies.
func synthetic(tb testing.TB, size int) *model.Policy {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*"))
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		data, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(&b, "\n# Part %d\n\n", i+1)
		b.Write(data)
	}
	p, err := model.Parse("synthetic.md", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkAnalyzeBundled analyses the five bundled policies (one op = all five).
func BenchmarkAnalyzeBundled(b *testing.B) {
	ps := seeds(b)
	total := 0
	for _, p := range ps {
		for _, c := range p.Clauses {
			total += len(c.Text)
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range ps {
			Analyze(p)
		}
	}
}

// BenchmarkAnalyzeSize analyses synthetic policies of 0.5, 1 and 2 MB: time per op should
// grow linearly with size (MB/s constant).
func BenchmarkAnalyzeSize(b *testing.B) {
	for _, kb := range []int{512, 1024, 2048} {
		p := synthetic(b, kb<<10)
		total := 0
		for _, c := range p.Clauses {
			total += len(c.Text)
		}
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				Analyze(p)
			}
		})
	}
}

// BenchmarkAnalyzeOneClause analyses a 1 MB policy that is a single clause without sentence
// punctuation, the worst case for windows around triggers: it must stay linear too.
func BenchmarkAnalyzeOneClause(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("we do not sell your personal information and you may request deletion of your email address or opt out of marketing and we collect cookies from children under 13 ")
	}
	p := &model.Policy{Sections: []model.Section{{Title: "All", Parent: -1}},
		Clauses: []model.Clause{{Text: sb.String()}}}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		Analyze(p)
	}
}

// TestSeeds checks the detector on the bundled policies: evidence invariants hold and each
// policy declares the practices every one of them states (sharing, security, policy changes).
func TestSeeds(t *testing.T) {
	for _, p := range seeds(t) {
		r := Analyze(p)
		checkEvidence(t, p, r)
		for _, k := range []Key{PracticeSecurity, PracticePolicyChange, DataContact} {
			if r.Finding(k).Status != Declared {
				t.Errorf("%s: %v = %v, want declared", p.Source, k, r.Finding(k).Status)
			}
		}
	}
}

// TestAnalyzeConcurrent runs Analyze on the seeds from several goroutines at once (run with
// -race): the vocabulary and matchers are shared and must only be read.
func TestAnalyzeConcurrent(t *testing.T) {
	ps := seeds(t)
	want := make([]string, len(ps))
	for i, p := range ps {
		want[i] = fmt.Sprint(Analyze(p).Findings)
	}
	done := make(chan string, 4*len(ps))
	for g := 0; g < 4; g++ {
		go func() {
			for _, p := range ps {
				done <- fmt.Sprint(Analyze(p).Findings)
			}
		}()
	}
	got := map[string]int{}
	for i := 0; i < 4*len(ps); i++ {
		got[<-done]++
	}
	for i, w := range want {
		if got[w] != 4 {
			t.Errorf("policy %d: concurrent results differ from the sequential one", i)
		}
	}
}
