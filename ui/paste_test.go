package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestPasteGoesToTheScreenShown pastes into the search box, the library filter and the
// reader's find input: each gets the text, and only the screen shown gets it.
func TestPasteGoesToTheScreenShown(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	srch := a.search

	send(a, tea.PasteMsg{Content: "robo"}) // the library's list has the keyboard: nothing to type into
	if srch.input.Value() != "" || a.library.filter.Value() != "" {
		t.Errorf("a paste on the library list reached search %q / filter %q", srch.input.Value(), a.library.filter.Value())
	}

	pressKeys(a, "/")
	send(a, tea.PasteMsg{Content: "robo"})
	if got := a.library.filter.Value(); got != "robo" || len(a.library.shown) != 1 {
		t.Errorf("filter after paste %q with %d matches, want robo with 1", got, len(a.library.shown))
	}
	if srch.input.Value() != "" {
		t.Errorf("a paste into the library filter reached the hidden search box: %q", srch.input.Value())
	}
	pressKeys(a, "esc")

	pressKeys(a, "s")
	send(a, tea.PasteMsg{Content: "delete account"})
	if got := srch.input.Value(); got != "delete account" {
		t.Fatalf("search box after paste: %q", got)
	}
	if srch.query != "delete account" || srch.res.Total == 0 {
		t.Errorf("the pasted query was not searched: query %q, %d hits", srch.query, srch.res.Total)
	}
	if !strings.Contains(screenText(a), "delete account") {
		t.Errorf("the pasted query is not on screen:\n%s", screenText(a))
	}
	if a.library.filter.Value() != "" {
		t.Errorf("a paste into search reached the library filter: %q", a.library.filter.Value())
	}

	pressKeys(a, "esc")
	openSeed(t, a, "api7")
	pressKeys(a, "/")
	send(a, tea.PasteMsg{Content: "Personal"})
	if got := a.reader.find.Value(); got != "Personal" {
		t.Errorf("reader find after paste: %q", got)
	}
	if _, total := (&a.reader.pane).Matches(); total == 0 {
		t.Error("the pasted find has no matches")
	}
}

// TestPasteCannotActOnTheTerminal pastes text carrying a bidi override and an OSC 52
// clipboard write into the search box: the input keeps the text, and nothing that could act
// on the terminal reaches the screen.
func TestPasteCannotActOnTheTerminal(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	srch := a.search
	pressKeys(a, "s")
	send(a, tea.PasteMsg{Content: "\u202edelete\x1b]52;c;AAAA\x07 account"})
	if got := srch.input.Value(); got != "delete account" {
		t.Errorf("search box after paste: %q, want %q", got, "delete account")
	}
	if view := a.View().Content; strings.ContainsRune(view, '\u202e') || strings.Contains(view, "\x1b]52") {
		t.Error("a pasted bidi override or OSC 52 reached the screen")
	}
}
