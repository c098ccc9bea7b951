package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndToEndLibraryOrderGiven opens the real binary on a large file followed by a folder of
// two small ones: the small ones finish loading first, yet the library lists the policies in
// the order given (the large file, then the folder's files by name), as `fineprint list` does.
func TestEndToEndLibraryOrderGiven(t *testing.T) {
	t.Parallel()
	term := newTerminal(t)
	dir := t.TempDir()
	var big strings.Builder
	big.WriteString("# Big Privacy Policy\n\n")
	for i := range 6000 {
		fmt.Fprintf(&big, "## Section %d\n\nWe collect the data of paragraph %d to provide the service and keep it for %d days.\n\n", i+1, i, i%90+1)
	}
	bigPath := writeFile(t, dir, "big.md", big.String())
	writeFile(t, dir, "folder/b.md", "# B Privacy Policy\n\n## Data\n\nWe collect your name.\n")
	writeFile(t, dir, "folder/a.md", "# A Privacy Policy\n\n## Data\n\nWe collect your email.\n")
	folder := filepath.Join(dir, "folder")
	out, _, code := runCLI(t, "list", "--no-bundled", bigPath, folder)
	var want []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		want = append(want, strings.Fields(l)[0])
	}
	if code != 0 || strings.Join(want, " ") != "big a b" {
		t.Fatalf("list gives %q (exit %d), want big a b", want, code)
	}
	term.run("order", "$FP --no-bundled "+bigPath+" "+folder)
	screen := term.waitFor("order", "3 policies")
	last := -1
	for _, id := range want {
		i := strings.Index(screen, " "+id+" · ")
		if i < 0 || i < last {
			t.Fatalf("the library does not list %q in that order:\n%s", want, screen)
		}
		last = i
	}
}
