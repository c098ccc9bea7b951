package ui

import (
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
	"fineprint/model/detect"
)

// countingAnalyze returns an analyzeFunc that runs the detector and counts its runs per policy.
func countingAnalyze() (analyzeFunc, func() map[*model.Policy]int) {
	var mu sync.Mutex
	runs := map[*model.Policy]int{}
	return func(p *model.Policy) *detect.Report {
			mu.Lock()
			runs[p]++
			mu.Unlock()
			return detect.Analyze(p)
		}, func() map[*model.Policy]int {
			mu.Lock()
			defer mu.Unlock()
			out := map[*model.Policy]int{}
			for p, n := range runs {
				out[p] = n
			}
			return out
		}
}

// TestEachPolicyAnalysedOnce checks the store's promise: every policy is analysed exactly once
// per run, at start, and opening the compare screen, a search for a #key and two policies
// side by side analyse nothing again (before the store: 10 analyses at start, 12 after side
// by side, for the 5 bundled policies).
func TestEachPolicyAnalysedOnce(t *testing.T) {
	t.Parallel()
	a := quiet(newApp(Options{Policies: seeds(t)}, newTestStore()))
	analyze, runs := countingAnalyze()
	a.store.analyze = analyze
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: 120, Height: 40})
	check := func(when string) {
		t.Helper()
		got := runs()
		total := 0
		for _, p := range a.store.policies {
			if got[p] != 1 {
				t.Errorf("%s: %s analysed %d times, want once", when, p.ID, got[p])
			}
			total += got[p]
		}
		if total != len(a.store.policies) || len(got) != len(a.store.policies) {
			t.Errorf("%s: %d analyses of %d policies, want %d", when, total, len(got), len(a.store.policies))
		}
	}
	check("at start")
	pressKeys(a, "c")
	if n := a.compare.waitingCount(); n != 0 {
		t.Errorf("the matrix waits for %d reports", n)
	}
	pressKeys(a, "esc", "s")
	typeText(a, "#deletion")
	if !a.search.reports || len(a.search.res.Hits) == 0 {
		t.Errorf("#deletion: index with reports %v, %d hits", a.search.reports, len(a.search.res.Hits))
	}
	pressKeys(a, "esc", "m", "j", "m", "v")
	if a.current != ScreenSideBySide || !a.side.ready {
		t.Fatalf("v shows %v, topics ready %v", a.current, a.side.ready)
	}
	check("after compare, search and side by side")
}

// TestStoreNeedPutsFirst checks that a screen waiting for a report gets it before the queue.
func TestStoreNeedPutsFirst(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(6)
	s := newStore(newStyles(true, false))
	s.analyze, s.workers = analyze, 1
	s.add(ps...)
	first := s.analyzeNext() // ps[0] is being analysed
	s.need(ps[4], ps[0], ps[5])
	if want := []*model.Policy{ps[4], ps[5], ps[1], ps[2], ps[3]}; !samePolicies(s.queue, want) {
		t.Errorf("queue %v, want ps 4 5 1 2 3", ids(s.queue))
	}
	if msg, ok := first().(reportAnalyzedMsg); !ok || msg.policy != ps[0] {
		t.Fatalf("first command analysed %v", msg.policy)
	}
}

func samePolicies(a, b []*model.Policy) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func ids(ps []*model.Policy) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}
