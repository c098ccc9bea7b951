package ui

import (
	"context"
	"io"
	"testing"

	tea "charm.land/bubbletea/v2"

	"fineprint/policies"
	"fineprint/policies/policytest"
)

// untilModel runs an App in a real Bubble Tea program (commands on their own goroutines, as
// in use) and quits as soon as done reports true after an update.
type untilModel struct {
	a    *App
	done func(*App) bool
}

func (m untilModel) Init() tea.Cmd { return m.a.Init() }

func (m untilModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := m.a.Update(msg)
	if m.done(m.a) {
		return m, tea.Quit
	}
	return m, cmd
}

func (m untilModel) View() tea.View { return m.a.View() }

// runUntil runs a in a headless program of 120x40 cells until done(a).
func runUntil(tb testing.TB, a *App, done func(*App) bool) {
	tb.Helper()
	p := tea.NewProgram(untilModel{a: a, done: done},
		tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutRenderer(),
		tea.WithWindowSize(120, 40), tea.WithoutSignals())
	if _, err := p.Run(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkStartToMatrix1000 is issue 13's figure: from the start of the TUI on a folder of
// 1,000 policies of 30 KB each to the compare matrix complete (every policy loaded and
// analysed), in a real Bubble Tea program; cpu-s/op is the CPU time across all cores.
func BenchmarkStartToMatrix1000(b *testing.B) {
	defer tuneGC()() // as Run does
	policytest.BenchCorpus(b, 1000, 30<<10, func(dir string) any {
		ch := make(chan LoadEvent, 64)
		go func() {
			defer close(ch)
			policies.Load(context.Background(), []string{dir}, policies.LoadOptions{}, func(ev policies.Event) {
				ch <- LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: ev.Err, Done: ev.Done, Total: ev.Total, Order: ev.Order}
			})
		}()
		a := newQuiet(Options{Loads: ch})
		a.show(ScreenCompare) // the user watches the matrix fill
		runUntil(b, a, matrixComplete)
		return a
	})
}

// matrixComplete reports whether loading has ended and the compare matrix has a report (or
// an error) for every policy.
func matrixComplete(a *App) bool {
	return !a.library.loading && len(a.store.policies) > 0 && len(a.compare.mx.all) == len(a.store.policies) &&
		a.compare.waitingCount() == 0
}
