package search

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"fineprint/model"
)

// benchSizes are the corpus sizes of the benchmarks, in clauses.
var benchSizes = []struct {
	name string
	n    int
}{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}, {"1M", 1_000_000}}

// benchQueries are typed by users of a policy search: 1 to 14 characters, English and
// Chinese, plain and exact, with typos (searched in the vocabulary with an edit distance) and
// with a function word.
var benchQueries = []string{"d", "de", "删", "删除", "del", "data", "个人信息", "delete", "'retain",
	"location", "singapore", "third party", "delete account", "marketing purp", "retension",
	"delte acount", "opt out", "delete my data", "删除账户"}

var (
	corpusMu sync.Mutex
	corpora  = map[int][]*model.Policy{}
	indexes  = map[int]*Index{}
)

// benchCorpus returns the generated corpus of n clauses and its index, built once per process.
func benchCorpus(n int) ([]*model.Policy, *Index) {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if ps, ok := corpora[n]; ok {
		return ps, indexes[n]
	}
	ps := generatePolicies(n, 1)
	ix := NewIndex(ps, nil)
	corpora[n], indexes[n] = ps, ix
	return ps, ix
}

// queryName makes a query usable in a benchmark name.
func queryName(q string) string {
	return strings.NewReplacer(" ", "_", "'", "quote-").Replace(q)
}

// BenchmarkSearch measures one keystroke's search (limit 200) per corpus size and query.
func BenchmarkSearch(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			_, ix := benchCorpus(size.n)
			for _, q := range benchQueries {
				b.Run(queryName(q), func(b *testing.B) {
					var total int
					for b.Loop() {
						res, err := ix.Search(context.Background(), q, 200)
						if err != nil {
							b.Fatal(err)
						}
						total = res.Total
					}
					b.ReportMetric(float64(total), "hits")
				})
			}
		})
	}
}

// BenchmarkIndex measures building the index, and the memory it holds (MB of heap).
func BenchmarkIndex(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			ps, _ := benchCorpus(size.n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := NewIndex(ps, nil)
			runtime.GC()
			runtime.ReadMemStats(&after)
			for b.Loop() {
				NewIndex(ps, nil)
			}
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB")
			b.ReportMetric(float64(len(ix.words)), "words")
			runtime.KeepAlive(ix)
		})
	}
}

// BenchmarkFzf runs `fzf --filter` on the same corpora and queries, one clause per line, for
// the ratio table in the README. fzf reads the file on each run, as it would when a user pipes
// a corpus into it. It is skipped when fzf is not installed.
func BenchmarkFzf(b *testing.B) {
	fzf, err := exec.LookPath("fzf")
	if err != nil {
		b.Skip("fzf not installed")
	}
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			ps, _ := benchCorpus(size.n)
			path := writeCorpus(b, ps)
			for _, q := range benchQueries {
				b.Run(queryName(q), func(b *testing.B) {
					for b.Loop() {
						in, err := os.Open(path)
						if err != nil {
							b.Fatal(err)
						}
						cmd := exec.Command(fzf, "--filter", q)
						cmd.Stdin = in
						// fzf exits 1 when nothing matches: not an error here.
						if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
							b.Fatalf("fzf: %v", err)
						}
						in.Close()
					}
				})
			}
		})
	}
}

// writeCorpus writes every clause of ps on its own line of a temporary file.
func writeCorpus(b *testing.B, ps []*model.Policy) string {
	path := filepath.Join(b.TempDir(), "corpus.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, p := range ps {
		for _, c := range p.Clauses {
			fmt.Fprintln(w, strings.ReplaceAll(c.Text, "\n", " "))
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}
