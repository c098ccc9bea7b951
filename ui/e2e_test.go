package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
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
	bin := fineprintBinary(t)
	dir, err := os.MkdirTemp("", "fp") // short: a socket path has at most 107 bytes
	if err != nil {
		t.Fatal(err)
	}
	s := &tmuxSession{t: t, socket: filepath.Join(dir, "tmux")}
	t.Cleanup(func() {
		s.tmux("kill-server")
		os.RemoveAll(dir) // the socket too: nothing is left in /tmp
	})
	cmd := append([]string{"-f", "/dev/null", "new-session", "-d", "-s", "fp", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"env", "TERM=xterm-256color", "XDG_CONFIG_HOME=" + t.TempDir(), bin}, args...)
	if out, err := s.tmux(cmd...); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	return s
}

// binary is the fineprint binary the end-to-end tests run, built once for the package.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// fineprintBinary builds fineprint once per test run and returns its path.
func fineprintBinary(t *testing.T) string {
	t.Helper()
	binary.once.Do(func() {
		if binary.dir, binary.err = os.MkdirTemp("", "fineprint-bin"); binary.err != nil {
			return
		}
		binary.path = filepath.Join(binary.dir, "fineprint")
		if out, err := exec.Command("go", "build", "-o", binary.path, "fineprint").CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("build fineprint: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// TestMain runs the tests and removes the binary the end-to-end tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// tmux runs a tmux command on the test's server.
func (s *tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
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
