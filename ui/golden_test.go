package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// update rewrites the golden files under ui/testdata instead of comparing with them: the one
// -update flag of the package (go test ./ui -run TestName -update).
var update = flag.Bool("update", false, "rewrite ui/testdata/*.golden")

// checkGolden compares view, without styling, with testdata/<name>.golden, or rewrites the file
// under -update. It is the one golden helper of the package.
func checkGolden(t *testing.T, name, view string) {
	t.Helper()
	got := ansi.Strip(view)
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run %s -update to create it)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("view differs from %s (run with -update after checking):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
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
