// Package tmuxtest runs programs in real terminals for end-to-end tests: each test gets a tmux
// server of its own, reached through a private socket in a fresh temporary folder, so it
// neither sees nor disturbs anyone's tmux sessions, and nothing is left behind: t.Cleanup kills
// the server and removes the folder with its socket (tmux's default /tmp/tmux-UID is never
// created).
//
// It is imported by tests only (the ./ui and root packages' end-to-end tests):
//
//	srv := tmuxtest.New(t) // skips the test without tmux or under -short
//	s := srv.Start("fp", 120, 40, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, bin)
//	s.WaitFor("fineprint · library")
//	s.Send("j", "Enter")
//	screen := s.Capture()
package tmuxtest

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Wait is how long WaitFor and WaitMatch poll before failing the test: generous, because the
// machine running the tests may be busy with others.
const Wait = 20 * time.Second

// poll is the interval between two captures of a screen while waiting.
const poll = 25 * time.Millisecond

// Server is a private tmux server. Its first session, "keep", runs sleep, so the server (and
// server options such as set-clipboard) outlive the programs the test starts and stops.
type Server struct {
	tb     testing.TB
	socket string
}

// New starts a private tmux server for tb and arranges for t.Cleanup to kill it and remove its
// socket. It skips tb when tmux is not installed or the tests run with -short.
func New(tb testing.TB) *Server {
	tb.Helper()
	if testing.Short() {
		tb.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		tb.Skip("tmux not installed")
	}
	// Not tb.TempDir(): a socket's path holds at most 107 bytes and test names can be long.
	dir, err := os.MkdirTemp("", "tmuxtest")
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{tb: tb, socket: dir + "/s"}
	tb.Cleanup(func() {
		_, _ = s.Tmux("kill-server")
		os.RemoveAll(dir)
	})
	s.MustTmux("new-session", "-d", "-s", "keep", "-x", "80", "-y", "24", "sleep", "3600")
	return s
}

// Tmux runs a tmux command on the server and returns its combined output.
func (s *Server) Tmux(args ...string) (string, error) {
	// -f /dev/null: the user's ~/.tmux.conf must not change what the tests see.
	out, err := exec.Command("tmux", append([]string{"-f", "/dev/null", "-S", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// MustTmux runs a tmux command on the server and fails the test if it fails.
func (s *Server) MustTmux(args ...string) string {
	s.tb.Helper()
	out, err := s.Tmux(args...)
	if err != nil {
		s.tb.Fatalf("tmux %q: %v\n%s", args, err, out)
	}
	return out
}

// Start runs argv in a new session called name, in a terminal of width x height cells, with
// TERM=xterm-256color and env ("KEY=value") added to its environment. The session ends when
// the program does.
func (s *Server) Start(name string, width, height int, env []string, argv ...string) *Session {
	s.tb.Helper()
	cmd := []string{"new-session", "-d", "-s", name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"env", "TERM=xterm-256color"}
	cmd = append(append(cmd, env...), argv...)
	s.MustTmux(cmd...)
	return &Session{Server: s, name: name}
}

// Buffers returns the server's paste buffers, one a line: text some program put on the
// clipboard with OSC 52 when the set-clipboard option is on.
func (s *Server) Buffers() string {
	s.tb.Helper()
	return s.MustTmux("list-buffers")
}

// Session is one program running in its own terminal on a Server.
type Session struct {
	*Server
	name string
}

// Name is the session's tmux name, a target for Tmux commands.
func (s *Session) Name() string { return s.name }

// Send types keys into the terminal, as tmux key names ("j", "Enter", "Tab", "C-c").
func (s *Session) Send(keys ...string) {
	s.tb.Helper()
	s.MustTmux(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// Capture returns the terminal's visible screen as text.
func (s *Session) Capture() string {
	s.tb.Helper()
	return s.MustTmux("capture-pane", "-p", "-t", s.name)
}

// WaitFor polls the screen until it contains want and returns it, failing the test after Wait.
func (s *Session) WaitFor(want string) string {
	s.tb.Helper()
	return s.waitUntil(strconv.Quote(want), func(screen string) bool { return strings.Contains(screen, want) })
}

// WaitMatch polls the screen until it matches the regular expression re and returns it,
// failing the test after Wait.
func (s *Session) WaitMatch(re string) string {
	s.tb.Helper()
	rx := regexp.MustCompile(re)
	return s.waitUntil("/"+re+"/", rx.MatchString)
}

func (s *Session) waitUntil(what string, ok func(string) bool) string {
	s.tb.Helper()
	var screen string
	for deadline := time.Now().Add(Wait); time.Now().Before(deadline); time.Sleep(poll) {
		if screen = s.Capture(); ok(screen) {
			return screen
		}
	}
	s.tb.Fatalf("session %s never showed %s; last screen:\n%s", s.name, what, screen)
	return ""
}

// Running reports whether the session still exists: tmux closes it when its program ends.
func (s *Session) Running() bool {
	_, err := s.Tmux("has-session", "-t", "="+s.name)
	return err == nil
}

// Kill ends the session and its program.
func (s *Session) Kill() {
	s.tb.Helper()
	s.MustTmux("kill-session", "-t", "="+s.name)
}
