package policies

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"fineprint/model"
	"fineprint/policies/policytest"
)

// BenchmarkLoadMemory1000 is issue 16's memory target: what 1,000 loaded policies of 30 KB
// keep on the heap, per MB of their text. parse loads them with no cache (every file parsed),
// cache from a warm parsed cache (every file decoded). It reports live-MB (the heap the loaded
// policies hold: the heap in use after loading, collected, less the heap before) and
// live/text (that per byte of the files' text); the target is live/text ≤ 1.5.
func BenchmarkLoadMemory1000(b *testing.B) {
	dir := b.TempDir()
	if _, err := policytest.WriteCorpus(dir, 1000, 30<<10); err != nil {
		b.Fatal(err)
	}
	benchLoadMemory(b, dir, 1000)
}

// BenchmarkLoadMemoryEval is BenchmarkLoadMemory1000 on the 144 real policies of the
// evaluation set (markdown, 2.2 MB), which have shorter paragraphs and fewer repeated headings
// than the generated ones. It is skipped when the set is not beside the clone.
func BenchmarkLoadMemoryEval(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	if !dirExists(dir) {
		b.Skip("no evaluation data on this machine")
	}
	benchLoadMemory(b, dir, 0)
}

// benchLoadMemory runs the parse and cache benchmarks on the policies in dir, n of them (0: as
// many as load).
func benchLoadMemory(b *testing.B, dir string, n int) {
	for _, bc := range []struct {
		name  string
		cache *ParsedCache
	}{
		{"parse", nil},
		{"cache", NewParsedCache(b.TempDir())},
	} {
		b.Run(bc.name, func(b *testing.B) {
			load := func() []*model.Policy {
				ps, _ := Load(context.Background(), []string{dir}, LoadOptions{Cache: bc.cache}, nil)
				if len(ps) == 0 || n > 0 && len(ps) != n {
					b.Fatalf("loaded %d policies, want %d", len(ps), n)
				}
				return ps
			}
			text := int64(0)
			for _, p := range load() { // and fills the cache
				info, err := os.Stat(p.Source)
				if err != nil {
					b.Fatal(err)
				}
				text += info.Size()
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

// heapInUse returns the bytes of live heap objects after two full collections (the second
// empties what sync.Pools keep from the first).
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
