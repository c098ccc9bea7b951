package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// TestLoadsListedInOrderGiven delivers background loads in the reverse of their Order (the
// files finished last first, as parallel loading does) and checks that the library, the
// compare matrix and the store list them by Order after the policies given at start: the
// order of the command line, not of completion.
func TestLoadsListedInOrderGiven(t *testing.T) {
	t.Parallel()
	all := seeds(t)
	start, loaded := all[:1], all[1:]
	ch := make(chan LoadEvent, len(loaded))
	a := newQuiet(Options{Policies: start, Loads: ch})
	send(a, tea.WindowSizeMsg{Width: 120, Height: 40})
	for i := len(loaded) - 1; i >= 0; i-- {
		ch <- LoadEvent{Policy: loaded[i], Path: loaded[i].Source, Done: len(loaded) - i, Total: len(loaded), Order: i}
		_, _ = a.Update(waitLoads(ch)()) // one batch per file: each arrives on its own
	}
	close(ch)
	_, _ = a.Update(waitLoads(ch)())
	want := idsOf(all)
	if got := idsOf(a.store.policies); !slices.Equal(got, want) {
		t.Errorf("store lists %q, want %q", got, want)
	}
	var shown []*model.Policy
	for _, it := range a.library.shown {
		shown = append(shown, it.policy)
	}
	if got := idsOf(shown); !slices.Equal(got, want) {
		t.Errorf("library lists %q, want %q", got, want)
	}
	// What the user sees: the rows top to bottom in that order.
	s := screenText(a)
	last := -1
	for _, p := range all {
		i := strings.Index(s, " "+p.ID+" · ")
		if i < 0 || i < last {
			t.Errorf("%s not below the one before on screen:\n%s", p.ID, s)
		}
		last = i
	}
	// The compare matrix takes the loaded policies when it is shown, in the same order.
	pressKeys(a, "c")
	var cols []*model.Policy
	for _, c := range a.compare.mx.cols {
		cols = append(cols, c.policy)
	}
	if got := idsOf(cols); !slices.Equal(got, want) {
		t.Errorf("compare columns %q, want %q", got, want)
	}
}

func idsOf(ps []*model.Policy) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// TestLibraryFooterBeforeFirstLoad: before the first file is counted the footer says it is
// loading files, never "loading 0 files"; once counted it says how many of how many.
func TestLibraryFooterBeforeFirstLoad(t *testing.T) {
	t.Parallel()
	all := seeds(t)
	ch := make(chan LoadEvent, 1)
	a := newQuiet(Options{Policies: all[:1], Loads: ch})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screenText(a)
	if strings.Contains(s, "loading 0") || !strings.Contains(s, "loading files…") {
		t.Errorf("footer before the first load:\n%s", s)
	}
	ch <- LoadEvent{Policy: all[1], Path: all[1].Source, Done: 1, Total: 3}
	_, _ = a.Update(waitLoads(ch)())
	if s := screenText(a); !strings.Contains(s, "loading 1/3 files") {
		t.Errorf("footer after one of three files:\n%s", s)
	}
}

// TestLibraryLoadingGolden: the library as it opens while files load in the background, before
// the first is counted and after one of three, at 80x24 and 120x40.
func TestLibraryLoadingGolden(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		all := seeds(t)
		ch := make(chan LoadEvent, 1)
		a := newQuiet(Options{Policies: all[:1], Loads: ch})
		send(a, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		golden(t, a, fmt.Sprintf("library-loading-start-%dx%d", size[0], size[1]))
		ch <- LoadEvent{Policy: all[1], Path: all[1].Source, Done: 1, Total: 3}
		_, _ = a.Update(waitLoads(ch)())
		golden(t, a, fmt.Sprintf("library-loading-%dx%d", size[0], size[1]))
	}
}
