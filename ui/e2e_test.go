package ui

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"fineprint/ui/tmuxtest"
)

// tmuxSession drives the real fineprint binary in a terminal of a private tmux server (see
// package tmuxtest), so the test neither sees nor disturbs anyone else's sessions.
type tmuxSession struct {
	t *testing.T
	*tmuxtest.Session
}

// startTmux starts fineprint with args in a terminal of width x height, or skips the test when
// tmux is not installed.
func startTmux(t *testing.T, width, height int, args ...string) *tmuxSession {
	t.Helper()
	srv := tmuxtest.New(t)
	bin := fineprintBinary(t)
	s := srv.Start("fp", width, height, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, append([]string{bin}, args...)...)
	return &tmuxSession{t: t, Session: s}
}

// binary is the fineprint binary the end-to-end tests run, built once for the package.
var binary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// fineprintBinary returns the path of the fineprint binary, built once per test run.
func fineprintBinary(t *testing.T) string {
	t.Helper()
	binary.once.Do(buildBinary)
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// buildBinary builds fineprint into a temporary folder.
func buildBinary() {
	if binary.dir, binary.err = os.MkdirTemp("", "fineprint-bin"); binary.err != nil {
		return
	}
	binary.path = filepath.Join(binary.dir, "fineprint")
	if out, err := exec.Command("go", "build", "-o", binary.path, "fineprint").CombinedOutput(); err != nil {
		binary.err = fmt.Errorf("build fineprint: %v\n%s", err, out)
	}
}

// TestMain runs the tests and removes the binary the end-to-end tests built. On a run of every
// test (no -run) with tmux at hand, the build starts at once, beside the unit tests, instead of
// when the first end-to-end test needs it.
func TestMain(m *testing.M) {
	flag.Parse()
	if _, err := exec.LookPath("tmux"); err == nil && !testing.Short() && flag.Lookup("test.run").Value.String() == "" {
		go binary.once.Do(buildBinary)
	}
	code := m.Run()
	binary.once.Do(func() {}) // waits for a build still running
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// send types keys into the session (tmux key names: "j", "Enter", "Tab").
func (s *tmuxSession) send(keys ...string) {
	s.t.Helper()
	s.Send(keys...)
}

// capture returns the visible screen as text.
func (s *tmuxSession) capture() string {
	s.t.Helper()
	return s.Capture()
}

// e2eWait is how long a step may take before the test fails.
const e2eWait = tmuxtest.Wait

// waitFor polls the screen until it contains want, failing after e2eWait.
func (s *tmuxSession) waitFor(want string) string {
	s.t.Helper()
	return s.WaitFor(want)
}

// waitMatch polls the screen until it matches re, failing after e2eWait.
func (s *tmuxSession) waitMatch(re string) string {
	s.t.Helper()
	return s.WaitMatch(re)
}

// running reports whether the program's session still exists (tmux closes it when the
// program ends).
func (s *tmuxSession) running() bool { return s.Running() }
