package policies

import (
	"context"
	"runtime"
	"testing"
	"time"

	"fineprint/policies/policytest"
)

// BenchmarkLoad1000 loads and parses 1,000 synthetic policies of 30 KB each from disk, as
// `fineprint ~/policies` would. It reports the heap still in use with all policies loaded
// (live-MB), the CPU time used across all cores (cpu-s/op: the
// machine is shared, so wall time also measures the neighbours) and the memory the Go runtime obtained from the OS by the end (sys-MB, an upper
// bound of the peak).
func BenchmarkLoad1000(b *testing.B) {
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
		ps, errs := Load(context.Background(), []string{dir}, LoadOptions{}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		b.StopTimer()
		cpu += policytest.CPUTime() - cpu0
		runtime.GC()
		runtime.ReadMemStats(&ms)
		runtime.KeepAlive(ps)
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}
