package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives the real fineprint binary in a detached session of its own tmux server
// (a private socket), so the test neither sees nor disturbs anyone else's sessions.
type tmuxSession struct {
	t      *testing.T
	socket string
}

// startTmux builds fineprint and starts it with args in a tmux session of width x height, or
// skips the test when tmux is not installed.
func startTmux(t *testing.T, width, height int, args ...string) *tmuxSession {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	bin := filepath.Join(t.TempDir(), "fineprint")
	if out, err := exec.Command("go", "build", "-o", bin, "fineprint").CombinedOutput(); err != nil {
		t.Fatalf("build fineprint: %v\n%s", err, out)
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("fineprint-ui-e2e-%d-%s", os.Getpid(), strings.ReplaceAll(t.Name(), "/", "-"))}
	t.Cleanup(func() { s.tmux("kill-server") })
	cmd := append([]string{"-f", "/dev/null", "new-session", "-d", "-s", "fp", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"env", "TERM=xterm-256color", "XDG_CONFIG_HOME=" + t.TempDir(), bin}, args...)
	if out, err := s.tmux(cmd...); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	return s
}

// tmux runs a tmux command on the test's server.
func (s *tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// send types keys into the session (tmux key names: "j", "Enter", "Tab").
func (s *tmuxSession) send(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", "fp"}, keys...)...); err != nil {
		s.t.Fatalf("tmux send-keys %v: %v\n%s", keys, err, out)
	}
}

// capture returns the visible screen as text.
func (s *tmuxSession) capture() string {
	s.t.Helper()
	out, err := s.tmux("capture-pane", "-p", "-t", "fp")
	if err != nil {
		s.t.Fatalf("tmux capture-pane: %v\n%s", err, out)
	}
	return out
}

// e2eWait is how long a step may take before the test fails: generous, because the machine
// running the tests may be busy with others.
const e2eWait = 20 * time.Second

// waitFor polls the screen until it contains want, failing after a few seconds.
func (s *tmuxSession) waitFor(want string) string {
	s.t.Helper()
	var screen string
	for deadline := time.Now().Add(e2eWait); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if screen = s.capture(); strings.Contains(screen, want) {
			return screen
		}
	}
	s.t.Fatalf("screen never showed %q; last screen:\n%s", want, screen)
	return ""
}

// waitMatch polls the screen until it matches re, failing after e2eWait.
func (s *tmuxSession) waitMatch(re string) string {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	var screen string
	for deadline := time.Now().Add(e2eWait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if screen = s.capture(); rx.MatchString(screen) {
			return screen
		}
	}
	s.t.Fatalf("screen never matched %q; last screen:\n%s", re, screen)
	return ""
}

// running reports whether the program's session still exists (tmux closes it when the
// program ends).
func (s *tmuxSession) running() bool {
	_, err := s.tmux("has-session", "-t", "fp")
	return err == nil
}
