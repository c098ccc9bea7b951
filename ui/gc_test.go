package ui

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC checks the TUI's garbage collector target: tuiGCPercent unless the user set GOGC,
// and the old setting back afterwards.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := tuneGC()
	if got := debug.SetGCPercent(tuiGCPercent); got != tuiGCPercent {
		t.Errorf("GC percent %d in the TUI, want %d", got, tuiGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent %d after the TUI, want 100 back", got)
	}
	t.Setenv("GOGC", "200")
	debug.SetGCPercent(200)
	restore = tuneGC()
	if got := debug.SetGCPercent(200); got != 200 {
		t.Errorf("GC percent %d with GOGC=200 set, want the user's 200", got)
	}
	restore()
}
