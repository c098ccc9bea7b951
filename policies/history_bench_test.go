package policies

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"fineprint/policies/policytest"
)

// benchHistory makes a repository with n versions of a policy of about size bytes.
func benchHistory(b *testing.B, n, size int) *Repo {
	if !policytest.Git() {
		b.Skip("git is not installed")
	}
	dir := b.TempDir()
	if err := policytest.GitHistory(dir, "policy.md", n, size); err != nil {
		b.Fatal(err)
	}
	r, err := OpenRepo(context.Background(), filepath.Join(dir, "policy.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	return r
}

// BenchmarkHistoryList500 lists the 500 versions of a file (the issue asks under 2 s).
func BenchmarkHistoryList500(b *testing.B) {
	r := benchHistory(b, 500, 20<<10)
	for b.Loop() {
		vs, err := r.History(context.Background())
		if err != nil || len(vs) != 500 {
			b.Fatalf("%d versions, %v", len(vs), err)
		}
	}
}

// BenchmarkHistorySummaries500 computes the 500 versions' summaries on every core, and
// reports when the first arrived (first-ms): the list is usable long before the last.
func BenchmarkHistorySummaries500(b *testing.B) {
	r := benchHistory(b, 500, 20<<10)
	ctx := context.Background()
	vs, err := r.History(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var first time.Duration
	for b.Loop() {
		start := time.Now()
		out := make(chan Summary)
		go r.Summarize(ctx, vs, runtime.GOMAXPROCS(0), out)
		k := 0
		for s := range out {
			if k == 0 {
				first += time.Since(start)
			}
			if s.Err != nil {
				b.Fatal(s.Err)
			}
			k++
		}
		if k != len(vs) {
			b.Fatalf("%d summaries for %d versions", k, len(vs))
		}
	}
	b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-ms")
}
