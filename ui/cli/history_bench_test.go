package cli

import (
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"fineprint/policies/policytest"
	"fineprint/ui"
)

// BenchmarkHistoryKeyWhileSummarizing opens the history screen on a file with 500 versions and
// measures a key press to the next frame while the summaries are computed in the background
// (the list must stay responsive); list-ms is the time from opening to the listed versions'
// first frame, summaries-s the time until the last summary arrived.
func BenchmarkHistoryKeyWhileSummarizing(b *testing.B) {
	if !policytest.Git() {
		b.Skip("git is not installed")
	}
	dir := b.TempDir()
	if err := policytest.GitHistory(dir, "policy.md", 500, 20<<10); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "policy.md")
	var list, keys, all time.Duration
	var presses int
	for b.Loop() {
		start := time.Now()
		a := ui.New(ui.Options{History: OpenHistory})
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_, cmd := a.Update(ui.OpenHistoryMsg{Path: path})
		_, wait := a.Update(cmd())
		_ = a.View()
		list += time.Since(start)
		// The summaries' command chain runs beside the key presses, as in Bubble Tea.
		msgs := make(chan tea.Msg)
		run := func(c tea.Cmd) {
			if c != nil {
				go func() { msgs <- c() }()
			}
		}
		run(wait)
		done := false
		for !done {
			select {
			case m := <-msgs:
				_, next := a.Update(m)
				if next == nil {
					done = true
				}
				run(next)
			default:
				t0 := time.Now()
				a.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
				_ = a.View()
				keys += time.Since(t0)
				presses++
				time.Sleep(20 * time.Millisecond)
			}
		}
		all += time.Since(start)
	}
	b.ReportMetric(float64(list.Microseconds())/1000/float64(b.N), "list-ms")
	b.ReportMetric(float64(keys.Microseconds())/1000/float64(max(1, presses)), "key-ms")
	b.ReportMetric(all.Seconds()/float64(b.N), "summaries-s")
}
