package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestSearchIndexesWhenShownOrLoaded checks that policies loading behind another screen are
// indexed for search once, when loading ends, rather than batch after batch; and that opening
// the search screen while they load indexes what has arrived at once.
func TestSearchIndexesWhenShownOrLoaded(t *testing.T) {
	t.Parallel()
	ps := seeds(t)
	a := quiet(newApp(Options{Policies: ps[:2]}, newTestStore()))
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: 120, Height: 40})
	if len(a.search.all) != 2 {
		t.Fatalf("search has %d policies at start, want 2", len(a.search.all))
	}
	a.loads = make(chan LoadEvent) // loading: the next batch never comes in this test
	a.library.loading = true
	batch := func(i int) tea.Msg {
		return loadBatchMsg{events: []LoadEvent{{Policy: ps[i], Done: i, Total: len(ps)}}}
	}

	a.Update(batch(2)) // the commands are not run: one of them waits for the next batch
	if got := len(a.search.all); got != 2 {
		t.Errorf("while loading behind the library, search has %d policies, want the 2 it had", got)
	}
	a.Update(keyMsg(a.keys.Search.Keys()[0]))
	if a.current != ScreenSearch || len(a.search.all) != 3 {
		t.Errorf("search opened while loading: screen %v, %d policies; want search over the 3 loaded", a.current, len(a.search.all))
	}
	a.Update(batch(3)) // shown: each batch reaches it
	if got := len(a.search.all); got != 4 {
		t.Errorf("a batch while search is shown: %d policies, want 4", got)
	}

	send(a, BackMsg{})
	a.Update(batch(4))
	if got := len(a.search.all); got != 4 {
		t.Errorf("back in the library while loading: search has %d policies, want 4", got)
	}
	send(a, loadBatchMsg{closed: true})
	if got := len(a.search.all); got != len(ps) || a.search.ix == nil {
		t.Errorf("after loading: search has %d policies (index %v), want all %d indexed", got, a.search.ix != nil, len(ps))
	}
}
