package main

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/policies"
	"fineprint/policies/policytest"
)

// BenchmarkLoadAnalyze1000 is issue 7's target: 1,000 policies of 30 KB each loaded from disk,
// parsed and analysed (detect.Analyze), all on a pool of GOMAXPROCS workers; target under 5 s
// and 500 MB on the 2-core machine. live-MB is the heap in use with every policy and report
// held; sys-MB is what the runtime obtained from the OS (an upper bound of the peak);
// cpu-s/op is the CPU time across all cores (on a busy shared machine wall time also measures
// the neighbours; on an idle 2-core machine wall time is about cpu-s/op / 2).
func BenchmarkLoadAnalyze1000(b *testing.B) {
	dir := b.TempDir()
	total, err := policytest.WriteCorpus(dir, 1000, 30<<10)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	var ms runtime.MemStats
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		cpu0 := policytest.CPUTime()
		ps, errs := policies.Load(context.Background(), []string{dir}, policies.LoadOptions{}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		reports := analyzeAll(ps, runtime.GOMAXPROCS(0))
		b.StopTimer()
		cpu += policytest.CPUTime() - cpu0
		runtime.GC()
		runtime.ReadMemStats(&ms)
		runtime.KeepAlive(reports)
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}

// analyzeAll runs detect.Analyze over ps on n goroutines.
func analyzeAll(ps []*model.Policy, n int) []*detect.Report {
	reports := make([]*detect.Report, len(ps))
	next := make(chan int)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for i := range next {
				reports[i] = detect.Analyze(ps[i])
			}
		})
	}
	for i := range ps {
		next <- i
	}
	close(next)
	wg.Wait()
	return reports
}
