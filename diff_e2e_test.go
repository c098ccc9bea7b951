package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEndToEndHistoryToReader runs the real binary in tmux on a git repository: the history
// lists the versions, m marks two, enter shows what changed, ] steps to the next changed
// clause and enter opens the reader there.
func TestEndToEndHistoryToReader(t *testing.T) {
	t.Parallel()
	term := newTerminal(t)
	mid := strings.Replace(diffOld, "30 days", "60 days", 1)
	path := cliRepo(t, diffOld, mid, diffNew)
	term.run("hist", "cd "+filepath.Dir(path)+" && $FP history --tui policy.md")
	screen := term.waitFor("hist", "History: policy.md · 3 versions")
	if !strings.Contains(screen, "v2") && !strings.Contains(screen, "now collects location") {
		t.Errorf("history lacks the newest version:\n%s", screen)
	}
	term.waitFor("hist", "first version") // the summaries arrived
	// Mark the newest and the oldest: the changes read from the oldest to the newest.
	term.tmux("send-keys", "-t", "hist", "m", "G", "m", "Enter")
	term.waitFor("hist", "Changes: policy.md@")
	screen = term.waitFor("hist", "now collects location") // the comparison runs in the background
	for _, want := range []string{"now collects location", "retention period 30 days -> 90 days", "for [-30-]{+90+} days"} {
		if !strings.Contains(screen, want) {
			t.Errorf("changes screen lacks %q:\n%s", want, screen)
		}
	}
	term.tmux("send-keys", "-t", "hist", "]")
	term.waitFor("hist", "change 2 of 2")
	term.tmux("send-keys", "-t", "hist", "Enter")
	// The reader shows the whole policy, the unchanged contact section too, and the clause.
	screen = term.waitFor("hist", "privacy@acme.example")
	if strings.Contains(screen, "Changes:") || !strings.Contains(screen, "for 90 days") {
		t.Errorf("enter did not open the reader at the clause:\n%s", screen)
	}
}
