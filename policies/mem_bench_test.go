package policies

import (
	"context"
	"runtime"
	"testing"

	"fineprint/policies/policytest"
)

// BenchmarkLoadMemory1000 is issue 16's memory target: what 1,000 loaded policies of 30 KB
// keep on the heap, per MB of their text. parse loads them with no cache (every file parsed),
// cache loads them from a warm parsed cache (every file decoded). It reports live-MB (the heap
// the loaded policies hold: the heap in use after loading, collected, less the heap before)
// and live/text (that per MB of the files' text); the target is live/text ≤ 1.5.
func BenchmarkLoadMemory1000(b *testing.B) {
	dir := b.TempDir()
	text, err := policytest.WriteCorpus(dir, 1000, 30<<10)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		cache *ParsedCache
	}{
		{"parse", nil},
		{"cache", NewParsedCache(b.TempDir())},
	} {
		b.Run(bc.name, func(b *testing.B) {
			load := func() []any {
				ps, errs := Load(context.Background(), []string{dir}, LoadOptions{Cache: bc.cache}, nil)
				if len(ps) != 1000 || len(errs) != 0 {
					b.Fatalf("loaded %d, errors %v", len(ps), errs)
				}
				return []any{ps}
			}
			if bc.cache != nil {
				load() // fill the cache
			}
			b.SetBytes(text)
			var live uint64
			for b.Loop() {
				b.StopTimer()
				before := heapInUse()
				b.StartTimer()
				held := load()
				b.StopTimer()
				live = heapInUse() - before
				runtime.KeepAlive(held)
				b.StartTimer()
			}
			b.ReportMetric(float64(live)/(1<<20), "live-MB")
			b.ReportMetric(float64(live)/float64(text), "live/text")
		})
	}
}

// heapInUse returns the bytes of live heap objects after a full collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
