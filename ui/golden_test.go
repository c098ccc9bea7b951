package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	xgolden "github.com/charmbracelet/x/exp/golden"
)

// goldenFile names a golden file for golden.RequireEqual, which reads and writes
// testdata/<Name()>.golden: the files keep the names the tests give them (one test checks
// several screens) instead of one file per test name.
type goldenFile struct {
	testing.TB
	name string
}

// Name is the file's name under testdata, without ".golden".
func (g goldenFile) Name() string { return g.name }

// checkGolden compares view, without styling, with testdata/<name>.golden, failing with a diff;
// go test ./ui -update (the -update flag of x/exp/golden, as in bubbles) rewrites the file.
func checkGolden(t *testing.T, name, view string) {
	t.Helper()
	xgolden.RequireEqual(goldenFile{t, name}, ansi.Strip(view))
}

// checkSize fails unless view has exactly height lines of at most width cells.
func checkSize(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Errorf("view has %d lines, want %d", len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, w, width, ansi.Strip(l))
		}
	}
}

// golden checks the App's screen against testdata/name.golden and its size against the
// terminal's.
func golden(t *testing.T, a *App, name string) {
	t.Helper()
	got := screenText(a)
	checkSize(t, got, a.width, a.height)
	checkGolden(t, name, got)
}

// goldenCase is a path through the screens whose last screen is checked against its golden
// file, name-WxH.golden, at each of goldenSizes.
type goldenCase struct {
	name string
	run  func(t *testing.T, a *App)
}

// runGoldenCases runs each case on a new App at each of goldenSizes and checks the screen.
func runGoldenCases(t *testing.T, cases []goldenCase) {
	t.Helper()
	for _, c := range cases {
		for _, sz := range goldenSizes {
			name := fmt.Sprintf("%s-%dx%d", c.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				a := newTestApp(t, sz[0], sz[1])
				c.run(t, a)
				golden(t, a, name)
			})
		}
	}
}
