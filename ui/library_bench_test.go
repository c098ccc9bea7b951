package ui

import (
	"context"
	"io"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"fineprint/policies"
	"fineprint/policies/policytest"
)

// keyTimer wraps an App in a real program and records, for each key sent by sendKeys, the time
// from sending it to the frame drawn after it (Update then View), the wait behind loading and
// analysis messages included.
type keyTimer struct {
	a    *App
	mu   *sync.Mutex
	sent *[]time.Time // send time of each key not yet handled, in order
	lat  *[]time.Duration
	done func(*App) bool
}

func (m keyTimer) Init() tea.Cmd { return m.a.Init() }

func (m keyTimer) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := m.a.Update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok {
		_ = m.a.View()
		m.mu.Lock()
		if len(*m.sent) > 0 {
			*m.lat = append(*m.lat, time.Since((*m.sent)[0]))
			*m.sent = (*m.sent)[1:]
		}
		m.mu.Unlock()
	}
	if m.done(m.a) {
		return m, tea.Quit
	}
	return m, cmd
}

func (m keyTimer) View() tea.View { return m.a.View() }

// BenchmarkLibraryKeysWhileLoading5000 is issue 16's TUI target: the TUI started on a folder
// of 5,000 policies of 30 KB, j and k pressed every 50 ms in the library while they load and
// are analysed, until every policy has a report. It reports the keys' p50, p99 and worst time
// to their frame (target 16 ms), and the time to the last report (target 30 s); sys-MB bounds
// the peak (target 1.5 GB).
func BenchmarkLibraryKeysWhileLoading5000(b *testing.B) {
	defer tuneGC()() // as Run does
	var all []time.Duration
	policytest.BenchCorpus(b, 5000, 30<<10, func(dir string) any {
		ch := make(chan LoadEvent, 64)
		go func() {
			defer close(ch)
			policies.Load(context.Background(), []string{dir}, policies.LoadOptions{}, func(ev policies.Event) {
				ch <- LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: ev.Err, Done: ev.Done, Total: ev.Total, Order: ev.Order}
			})
		}()
		a := newQuiet(Options{Loads: ch})
		var mu sync.Mutex
		var sent []time.Time
		var lat []time.Duration
		m := keyTimer{a: a, mu: &mu, sent: &sent, lat: &lat, done: func(a *App) bool {
			return !a.library.loading && len(a.store.policies) > 0 && a.store.complete()
		}}
		p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutRenderer(),
			tea.WithWindowSize(120, 40), tea.WithoutSignals())
		stop := make(chan struct{})
		go func() {
			keys := []string{"j", "j", "j", "k", "k", "k"}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond):
				}
				mu.Lock()
				sent = append(sent, time.Now())
				mu.Unlock()
				p.Send(keyMsg(keys[i%len(keys)]))
			}
		}()
		if _, err := p.Run(); err != nil {
			b.Fatal(err)
		}
		close(stop)
		mu.Lock()
		all = append(all, lat...)
		mu.Unlock()
		return a
	})
	if len(all) == 0 {
		return
	}
	slices.Sort(all)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(all[len(all)/2]), "key-p50-ms")
	b.ReportMetric(ms(all[len(all)*99/100]), "key-p99-ms")
	b.ReportMetric(ms(all[len(all)-1]), "key-max-ms")
}
