package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// TestLibraryRowsFollowChanges checks that the rows the library keeps between frames never
// show a stale state: the cursor bar, a mark and a new width show at once, and a filter's
// highlight goes when the filter is cleared.
func TestLibraryRowsFollowChanges(t *testing.T) {
	a := newTestApp(t, 120, 40)
	a.library.cursor, a.library.offset = 0, 0
	first := a.library.shown[0].policy
	rowOf := func() string {
		for _, l := range strings.Split(ansi.Strip(a.View().Content), "\n") {
			if strings.Contains(l, first.ID) {
				return l
			}
		}
		t.Fatalf("no row shows %s:\n%s", first.ID, ansi.Strip(a.View().Content))
		return ""
	}
	if r := rowOf(); !strings.HasPrefix(r, "▌") {
		t.Errorf("the first row has the cursor but no bar: %q", r)
	}
	a.Update(keyMsg("j"))
	if r := rowOf(); strings.HasPrefix(r, "▌") {
		t.Errorf("the cursor moved on but the first row kept its bar: %q", r)
	}
	a.Update(keyMsg("k"))
	a.Update(keyMsg("m"))
	if r := rowOf(); !strings.Contains(r, markGlyph) {
		t.Errorf("marked, the row shows no mark: %q", r)
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, l := range strings.Split(a.View().Content, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Fatalf("after a resize to 80 columns a line is %d wide: %q", w, ansi.Strip(l))
		}
	}
	if r := rowOf(); !strings.Contains(r, markGlyph) || !strings.HasPrefix(r, "▌") {
		t.Errorf("after the resize the row lost its bar or mark: %q", r)
	}
}

// A row names the company and the title with a dot between them, and no dot when either is
// missing (a policy without a title showed "Dropbox ·").
func TestLibraryRowName(t *testing.T) {
	a := newTestApp(t, 80, 24)
	for _, c := range []struct{ company, title, want string }{
		{"Dropbox", "", "Dropbox"},
		{"", "Datenschutzerklärung", "Datenschutzerklärung"},
		{"Acme", "Privacy Policy", "Acme · Privacy Policy"},
		{"", "", "plain-id"},
	} {
		p := &model.Policy{ID: "plain-id", Company: c.company, Title: c.title}
		if got := ansi.Strip(a.library.highlightName(p, nil, false)); got != c.want {
			t.Errorf("company %q, title %q: row name %q, want %q", c.company, c.title, got, c.want)
		}
	}
}
