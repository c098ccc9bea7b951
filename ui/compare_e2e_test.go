package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// openCompare waits for the first frame, then presses c until the compare screen shows (a key
// sent before the program reads its terminal would be lost).
func (s *tmuxSession) openCompare() string {
	s.t.Helper()
	for deadline := time.Now().Add(e2eWait); time.Now().Before(deadline); {
		if strings.TrimSpace(s.capture()) == "" {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		s.send("c")
		for wait := time.Now().Add(2 * time.Second); time.Now().Before(wait); time.Sleep(50 * time.Millisecond) {
			if screen := s.capture(); strings.Contains(screen, "Compare · ") {
				return screen
			}
		}
	}
	s.t.Fatalf("c never opened the compare screen; last screen:\n%s", s.capture())
	return ""
}

// evidenceLabel finds the first evidence's section label in the evidence pane: "[1] 6 Data
// Security" gives "6 Data Security".
var evidenceLabel = regexp.MustCompile(`│\s*▌?\s*\[1\] ([^│]+?)\s*$`)

// evidenceTitle returns the evidence pane's title from the first line of the screen:
// "Evidence · 7ding · practice.security".
func evidenceTitle(screen string) string {
	first, _, _ := strings.Cut(screen, "\n")
	if i := strings.Index(first, "Evidence · "); i >= 0 {
		return strings.TrimSpace(first[i:])
	}
	return ""
}

func TestCompareEndToEnd(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("../policies/seeds"); err != nil {
		t.Skip("bundled policies not found")
	}
	s := startTmux(t, 120, 40)
	s.openCompare()
	s.waitFor("Compare · 5 policies")
	// Move to the security row of the first policy and read its evidence.
	s.send("/", "security", "Enter")
	screen := s.waitFor("practice.security")
	if !strings.Contains(screen, "▸ Security") {
		t.Fatalf("the cursor is not on the Security row:\n%s", screen)
	}
	// One column right: the evidence pane follows the cursor to the second policy.
	before := evidenceTitle(screen)
	s.send("l")
	for deadline := time.Now().Add(e2eWait); ; time.Sleep(50 * time.Millisecond) {
		screen = s.capture()
		if t := evidenceTitle(screen); t != before && strings.Contains(t, "practice.security") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("l did not move the evidence to the next policy (was %q):\n%s", before, screen)
		}
	}
	screen = s.waitFor("clause")
	var label string
	for _, line := range strings.Split(screen, "\n") {
		if m := evidenceLabel.FindStringSubmatch(line); m != nil {
			label = m[1]
			break
		}
	}
	if label == "" {
		t.Fatalf("no evidence shown for the cell:\n%s", screen)
	}
	// The section title without its number is what the reader shows too.
	title := label
	if i := strings.LastIndex(label, " › "); i >= 0 {
		title = label[i+len(" › "):]
	}
	if f := strings.Fields(title); len(f) > 1 {
		title = strings.Join(f[1:], " ")
	}
	s.send("Enter")
	for deadline := time.Now().Add(e2eWait); ; time.Sleep(50 * time.Millisecond) {
		screen = s.capture()
		if !strings.Contains(screen, "Compare · ") && strings.Contains(screen, title) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("enter did not open the reader at %q:\n%s", title, screen)
		}
	}
}

func TestSideBySideEndToEnd(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("../policies/seeds"); err != nil {
		t.Skip("bundled policies not found")
	}
	s := startTmux(t, 120, 40)
	s.openCompare()
	s.waitFor("Compare · 5 policies")
	// Mark the first two policies and open them side by side.
	s.send("m", "l", "m", "v")
	s.waitFor("sync by topic: on")
	s.waitFor("## ") // both panes rendered: ] does nothing before
	// Two sections down on the left: the right pane follows to a section of its own (or says
	// it has none); both headers name a section.
	s.send("]", "]")
	var header string
	for deadline := time.Now().Add(e2eWait); ; time.Sleep(50 * time.Millisecond) {
		header, _, _ = strings.Cut(s.capture(), "\n")
		if strings.Count(header, " · ") >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("headers do not show both panes' sections: %q", header)
		}
	}
	s.send("=")
	s.waitFor("sync by topic: off")
	s.send("Escape")
	s.waitFor("Compare · 5 policies")
}

// TestCompareManyPoliciesEndToEnd runs the real binary on the bundled policies and twenty of
// its own (more than the matrix can show as columns) through the three views, the column order
// and the declare filter.
func TestCompareManyPoliciesEndToEnd(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("../policies/seeds"); err != nil {
		t.Skip("bundled policies not found")
	}
	dir := t.TempDir()
	for i := 1; i <= 20; i++ {
		doc := fmt.Sprintf("# Privacy Policy\n\n## 1 Information we collect\n\nWe collect your email address when you use Shop %d.\n\n"+
			"## 2 Your rights\n\nYou have the right to request deletion of your personal data. We do not sell your personal information.\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("shop-%02d.md", i)), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := startTmux(t, 120, 40, dir)
	s.openCompare()
	s.waitFor("Compare · 25 policies · matrix")
	s.waitFor("18▸") // 7 columns shown, 18 to the right
	// Wait for every analysis: the title says "analysing N…" until then.
	for deadline := time.Now().Add(e2eWait); ; time.Sleep(50 * time.Millisecond) {
		first, _, _ := strings.Cut(s.capture(), "\n")
		if !strings.Contains(first, "analysing") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the analyses never ended: %q", first)
		}
	}
	// The transposed view has a row per policy; sorted by name (the load order of files read
	// in parallel varies), the last one, reached with G, is shop-20.
	s.send("t")
	s.waitFor("Declared by")
	s.send("o")
	s.waitFor("25 policies by name")
	s.send("G")
	screen := s.waitFor("▸ shop-20")
	if !strings.Contains(screen, "Policy") || !strings.Contains(screen, "Evidence · shop-20 · right.access") {
		t.Fatalf("transposed view at the last policy:\n%s", screen)
	}
	// The summary counts the policies on each key; the pane lists them.
	s.send("t")
	s.waitFor("· summary ·")
	s.send("j", "j")
	screen = s.waitFor("▸ Deletion")
	if !strings.Contains(screen, "of 25 declare") || !strings.Contains(screen, "✓ declare (") {
		t.Fatalf("summary view:\n%s", screen)
	}
	// Only the policies that declare deletion, still sorted by name: the twenty shops at least.
	s.send("x")
	screen = s.waitFor("(declare Deletion) by name")
	if !strings.Contains(screen, "shop-01") {
		t.Fatalf("declare filter and order:\n%s", screen)
	}
	s.send("t")
	s.waitFor("· matrix ·")
	s.send("Escape")
	s.waitFor("library")
}
