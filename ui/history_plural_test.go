package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestHistoryTitleOneVersion: a file committed once is "1 version", not "1 versions".
func TestHistoryTitleOneVersion(t *testing.T) {
	t.Parallel()
	old, new := changesPolicies(t)
	src := &fakeHistory{n: 1, release: make(chan struct{}), old: old, new: new}
	a := newQuiet(Options{History: func(string) (HistorySource, error) { return src, nil }})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := a.Update(OpenHistoryMsg{Path: "acme.md"})
	_, _ = a.Update(cmd())
	if got := screenText(a); !strings.Contains(got, "History: acme.md · 1 version\n") && !strings.Contains(got, "History: acme.md · 1 version ") {
		t.Errorf("title of a one-version history:\n%s", got)
	}
	close(src.release)
}
