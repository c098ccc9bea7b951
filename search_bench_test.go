package main

import (
	"context"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"fineprint/policies"
	"fineprint/policies/policytest"
	"fineprint/ui/cli"
)

// BenchmarkSearchWarm1000 is issue 16's search target in process: `fineprint search QUERY DIR`
// on 1,000 policies of 30 KB with the cache warm (the parsed policies and the search index
// stored by an earlier search of the same folder): load through the parsed cache, map the
// index, search and print. "cold" is the first search: parse, build the index, store both. The
// whole-process comparison with `cat DIR/* | fzf --filter QUERY` is docs/measure.sh's; "fzf"
// runs that pipeline here, where fzf is installed, for a side-by-side time and cpu-s/op (the
// CPU time of the shell, cat and fzf).
func BenchmarkSearchWarm1000(b *testing.B) {
	for _, q := range []string{"cookies", "personal data"} {
		b.Run(queryName(q)+"/warm", func(b *testing.B) { benchmarkSearch(b, q, true) })
		b.Run(queryName(q)+"/cold", func(b *testing.B) { benchmarkSearch(b, q, false) })
		b.Run(queryName(q)+"/fzf", func(b *testing.B) {
			if _, err := exec.LookPath("fzf"); err != nil {
				b.Skip("fzf is not installed")
			}
			dir := filepath.Join(b.TempDir(), "corpus")
			if _, err := policytest.WriteCorpus(dir, 1000, 30<<10); err != nil {
				b.Fatal(err)
			}
			var cpu time.Duration
			for b.Loop() {
				cmd := exec.Command("sh", "-c", "cat "+dir+"/*/* | fzf --filter '"+q+"'")
				out, err := cmd.Output()
				if err != nil || len(out) == 0 {
					b.Fatalf("fzf: %v", err)
				}
				// The shell's usage includes that of cat and fzf, which it waited for.
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// queryName makes a query usable in a benchmark name.
func queryName(q string) string {
	out := []byte(q)
	for i, c := range out {
		if c == ' ' {
			out[i] = '_'
		}
	}
	return string(out)
}

// benchmarkSearch runs `fineprint search q` over a corpus like policytest.BenchCorpus's, with
// the cache filled by a first search (not measured) when warm, or new for each search when not.
// It reports cpu-s/op, the CPU time across all cores.
func benchmarkSearch(b *testing.B, q string, warm bool) {
	dir, root := filepath.Join(b.TempDir(), "corpus"), b.TempDir()
	if _, err := policytest.WriteCorpus(dir, 1000, 30<<10); err != nil {
		b.Fatal(err)
	}
	run := 0
	search := func() {
		cacheDir := filepath.Join(root, "warm")
		if !warm {
			run++
			cacheDir = filepath.Join(root, fmt.Sprint("cold-", run))
		}
		cache := policies.NewParsedCache(cacheDir)
		ps, errs := policies.Load(context.Background(), []string{dir}, policies.LoadOptions{Cache: cache}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		if err := cli.Search(context.Background(), io.Discard, ps, q, 20, false, cache); err != nil {
			b.Fatal(err)
		}
	}
	if warm {
		search()
	}
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		cpu0 := policytest.CPUTime()
		search()
		cpu += policytest.CPUTime() - cpu0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
