package ui

import (
	"strings"
	"testing"
)

// TestLibraryMarksOpenSideBySide marks two policies in the library with space and opens them
// side by side with v; fewer or more marks say why nothing opened.
func TestLibraryMarksOpenSideBySide(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	pressKeys(a, "v")
	if a.current != ScreenLibrary || !strings.Contains(screenText(a), "✗ side by side reads two policies: mark two with m") {
		t.Errorf("v with nothing marked: screen %v, status does not say to mark two:\n%s", a.current, screenText(a))
	}
	pressKeys(a, "m")
	if a.library.cursor != 0 {
		t.Errorf("space moved the cursor to %d: it should mark, not page down", a.library.cursor)
	}
	view := screenText(a)
	if !strings.Contains(view, markGlyph+" APISEVEN") || !strings.Contains(view, "1 marked") {
		t.Errorf("the marked policy shows no %q mark or count:\n%s", markGlyph, view)
	}
	pressKeys(a, "v")
	if a.current != ScreenLibrary || !strings.Contains(screenText(a), "✗ 1 policy marked: mark one more with m") {
		t.Errorf("v with one mark: screen %v, no status saying so:\n%s", a.current, screenText(a))
	}
	pressKeys(a, "j", "j", "m", "j", "m")
	pressKeys(a, "v")
	if v := screenText(a); a.current != ScreenLibrary || !strings.Contains(v, "✗ 3 policies marked: side by side reads two, unmark 1 with m") {
		t.Errorf("v with three marks: screen %v, no status saying so:\n%s", a.current, v)
	}
	pressKeys(a, "m") // unmark the third: two left
	if strings.Contains(screenText(a), markGlyph+" AiWellFlow") {
		t.Error("space on a marked policy does not unmark it")
	}
	pressKeys(a, "v")
	if a.current != ScreenSideBySide {
		t.Fatalf("v with two marks shows %v, want side-by-side", a.current)
	}
	view = screenText(a)
	first := strings.TrimPrefix(strings.SplitN(view, "\n", 2)[0], "▶ ")
	if !strings.HasPrefix(first, "APISEVEN") || !strings.Contains(first, "│") && !strings.Contains(first, "Privacy Policy") {
		t.Errorf("side by side header %q: want the first marked (API7) on the left", first)
	}
	if !strings.Contains(first, "Privacy Policy") && !strings.Contains(first, "api-service") {
		t.Errorf("side by side header %q: want api-service on the right", first)
	}
}

// TestMarksSharedWithCompare checks that a mark made in the library shows in the compare
// matrix and one unmade there is gone from the library: one set of marks.
func TestMarksSharedWithCompare(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	pressKeys(a, "m", "c")
	if a.current != ScreenCompare {
		t.Fatalf("c shows %v", a.current)
	}
	cmp := a.compare
	if got := cmp.markedPolicies(); len(got) != 1 || got[0].ID != "api7" {
		t.Fatalf("compare sees marks %v, want api7", got)
	}
	// The two-line column header: the mark above the name, in the first column.
	if lines := strings.Split(screenText(a), "\n"); len(lines) < 3 ||
		!strings.Contains(lines[1], markGlyph) || !strings.Contains(lines[2], "APISEVEN") ||
		strings.Index(lines[1], markGlyph) > strings.Index(lines[2], "APISEVEN")+len("APISEVEN") {
		t.Errorf("the matrix header does not mark API7:\n%s", screenText(a))
	}
	pressKeys(a, "m", "esc") // unmark it in the matrix (the cursor is on its column)
	if a.current != ScreenLibrary || a.store.marks.count() != 0 || strings.Contains(screenText(a), "marked") {
		t.Errorf("after unmarking in compare: screen %v, %d marks", a.current, a.store.marks.count())
	}
}

// TestLibraryHelpListsOnlyLiveMarkKeys checks the help: v is listed as side by side only once
// two policies are marked, and the mark key is never a navigation key.
func TestLibraryHelpListsOnlyLiveMarkKeys(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 160, 40)
	if v := screenText(a); strings.Contains(v, "v side by side •") || !strings.Contains(v, "m mark") {
		t.Errorf("short help with no marks:\n%s", v)
	}
	pressKeys(a, "m", "j", "m")
	if v := screenText(a); !strings.Contains(v, "v side by side") || !strings.Contains(v, "m unmark") {
		t.Errorf("short help with two marks (cursor on a marked one):\n%s", v)
	}
	pressKeys(a, "?")
	if v := screenText(a); strings.Contains(v, "space mark") || strings.Contains(v, "side by side (mark 2)") {
		t.Errorf("full help with two marks lists a dead key:\n%s", v)
	}
}
