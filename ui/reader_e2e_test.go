package ui

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readerTmux runs the real fineprint binary in its own tmux server (socket "fineprint-reader-
// e2e"), so the test neither sees nor disturbs anyone else's sessions.
type readerTmux struct {
	t      *testing.T
	socket string
}

// tmux runs a tmux command on the test's server.
func (s *readerTmux) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// screen returns the visible screen as text.
func (s *readerTmux) screen() string {
	out, err := s.tmux("capture-pane", "-p", "-t", "fp")
	if err != nil {
		s.t.Fatalf("tmux capture-pane: %v\n%s", err, out)
	}
	return out
}

// keys sends tmux key names ("Enter", "Tab", "j") to the program.
func (s *readerTmux) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", "fp"}, keys...)...); err != nil {
		s.t.Fatalf("tmux send-keys %v: %v\n%s", keys, err, out)
	}
}

// wait polls until the screen matches re, failing after 10 s.
func (s *readerTmux) wait(re string) string {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	var scr string
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if scr = s.screen(); rx.MatchString(scr) {
			return scr
		}
	}
	s.t.Fatalf("screen never matched %q; last screen:\n%s", re, scr)
	return ""
}

func TestReaderEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	bin := filepath.Join(t.TempDir(), "fineprint")
	if out, err := exec.Command("go", "build", "-o", bin, "fineprint").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	s := &readerTmux{t: t, socket: "fineprint-reader-e2e-" + strconv.Itoa(int(time.Now().UnixNano()%1e9))}
	t.Cleanup(func() { s.tmux("kill-server") })
	start := time.Now()
	if out, err := s.tmux("new-session", "-d", "-s", "fp", "-x", "120", "-y", "40",
		"env", "TERM=xterm-256color", bin); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	s.wait(`fineprint · library`)
	t.Logf("first library frame after %v (tmux start, process start, first frame, capture polling at 20 ms)", time.Since(start))

	// Open the first policy (api7) and jump through the TOC to section 3.
	s.keys("g", "Enter")
	s.wait(`1 Purpose and Scope`)
	s.keys("Tab")
	for range 5 {
		s.keys("j")
	}
	s.keys("Enter")
	scr := s.wait(`api7 +3 Our use of cookies`)
	lines := strings.Split(scr, "\n")
	if !strings.Contains(lines[0], "## 3 Our use of cookies") {
		t.Errorf("after the TOC jump the text does not start with section 3:\n%s", scr)
	}

	// Search a word in the document: matches counted in the status bar, n moves on.
	s.keys("Tab", "/", "c", "o", "o", "k", "i", "e", "s", "Enter")
	// The first match is the first one from the top of the screen on.
	count := regexp.MustCompile(`\b(\d+)/(\d+) +\d+%`)
	m := count.FindStringSubmatch(s.wait(`n next match`)) // the help once the search is entered
	if m == nil {
		t.Fatalf("no match count on screen:\n%s", s.screen())
	}
	cur, _ := strconv.Atoi(m[1])
	total, _ := strconv.Atoi(m[2])
	if total < 5 || cur < 1 || cur > total {
		t.Errorf("search count %s/%s", m[1], m[2])
	}
	s.keys("n")
	scr = s.wait(`\b` + strconv.Itoa(cur%total+1) + "/" + m[2] + ` +\d+%`)
	if !strings.Contains(strings.ToLower(scr), "cookies") {
		t.Errorf("no 'cookies' on screen with the second match current:\n%s", scr)
	}

	// Quit: the program ends and tmux closes the session.
	s.keys("q")
	for end := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := s.tmux("has-session", "-t", "fp"); err != nil {
			break
		}
		if time.Now().After(end) {
			t.Fatalf("q did not quit; screen:\n%s", s.screen())
		}
	}
}
