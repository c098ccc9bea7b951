package policytest

import (
	"runtime"
	"testing"
	"time"
)

// BenchCorpus benchmarks run over a corpus of n generated policies of size bytes each,
// written to a temporary folder once: run does the work measured and returns what it built,
// which is kept alive while the heap is measured. Besides time it reports cpu-s/op (the CPU
// time across all cores, a fairer figure than wall time on a shared machine), live-MB (the
// heap in use with run's result held) and sys-MB (what the Go runtime obtained from the OS by
// the end, an upper bound of the peak).
func BenchCorpus(b *testing.B, n, size int, run func(dir string) any) {
	dir := b.TempDir()
	total, err := WriteCorpus(dir, n, size)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	var ms runtime.MemStats
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		cpu0 := CPUTime()
		result := run(dir)
		b.StopTimer()
		cpu += CPUTime() - cpu0
		runtime.GC()
		runtime.ReadMemStats(&ms)
		runtime.KeepAlive(result)
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}
