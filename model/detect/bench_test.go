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

// BenchmarkAnalyzeBundled analyses the five bundled policies (one op = all five; issue 12:
// under 20 ms), with the lexicons they need compiled beforehand, as after a program's first
// policy; "cpu-ms/op" is the CPU time per op, which holds on a loaded machine.
func BenchmarkAnalyzeBundled(b *testing.B) {
	ps := seeds(b)
	total := 0
	for _, p := range ps {
		for _, c := range p.Clauses {
			total += len(c.Text)
		}
		Analyze(p)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	start, n := cpuTime(), 0
	for b.Loop() {
		for _, p := range ps {
			Analyze(p)
		}
		n++
	}
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(used.Seconds()*1e3/float64(n), "cpu-ms/op")
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
	t.Parallel()
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
	t.Parallel()
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

// langCorpus returns a policy of about size bytes made of the texts in files repeated under
// numbered headings, as synthetic does.
func langCorpus(tb testing.TB, files []string, size int) *model.Policy {
	tb.Helper()
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		data, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(&b, "\n# %d\n\n", i+1)
		b.Write(data)
	}
	p, err := model.Parse("corpus.md", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// koreanText is a made-up Korean policy paragraph: a language without a lexicon.
const koreanText = "회사는 회원 가입 시 이름, 이메일 주소, 전화번호를 수집합니다. 이용자는 언제든지 자신의 개인정보에 대한 열람, 정정, 삭제를 요청할 수 있습니다.\n\n"

// BenchmarkAnalyzeLang analyses about 1 MB of policy text per language, in MB/s: the bundled
// English and Chinese policies, the dev-intl French, German, Spanish and Italian policies of
// ../shared/eval (read at benchmark time; skipped when absent) and made-up Korean, which no
// lexicon serves. Each must stay above 5 MB/s on one core (MB/cpu-s).
func BenchmarkAnalyzeLang(b *testing.B) {
	var en, zh []string
	files, _ := filepath.Glob(filepath.Join(seedDir, "*"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if strings.ContainsRune(string(data), '的') {
			zh = append(zh, f)
		} else {
			en = append(en, f)
		}
	}
	corpora := []struct {
		name  string
		files []string
	}{{"en", en}, {"zh", zh}}
	for _, l := range []string{"fr", "de", "es", "it"} {
		fs, _ := filepath.Glob(filepath.Join(evalIntlDir(), "silver-"+l+"-*.md"))
		corpora = append(corpora, struct {
			name  string
			files []string
		}{l, fs})
	}
	ko := filepath.Join(b.TempDir(), "ko.md")
	if err := os.WriteFile(ko, []byte(strings.Repeat(koreanText, 64)), 0o600); err != nil {
		b.Fatal(err)
	}
	corpora = append(corpora, struct {
		name  string
		files []string
	}{"ko", []string{ko}})
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			if len(c.files) == 0 {
				b.Skipf("no %s texts", c.name)
			}
			p := langCorpus(b, c.files, 1<<20)
			total := 0
			for _, cl := range p.Clauses {
				total += len(cl.Text)
			}
			Analyze(p) // compile the lexicon outside the timing
			b.SetBytes(int64(total))
			b.ResetTimer()
			cpu0, n := cpuTime(), 0
			for b.Loop() {
				Analyze(p)
				n++
			}
			// MB per CPU second: what one core does, however loaded the machine is (the
			// benchmark runs on one goroutine; the garbage collector's share is included).
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(total)*float64(n)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
		})
	}
}
