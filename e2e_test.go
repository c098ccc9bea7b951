package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"fineprint/ui/tmuxtest"
)

// terminal runs the real fineprint binary in terminals of a private tmux server (see package
// tmuxtest) that honours OSC 52 clipboard writes: if any escape sequence from a file reached
// the terminal, it would show up as a tmux paste buffer.
type terminal struct {
	t        testing.TB
	srv      *tmuxtest.Server
	bin      string
	sessions map[string]*tmuxtest.Session // by name, as run started them
}

func newTerminal(t testing.TB) *terminal {
	t.Helper()
	srv := tmuxtest.New(t)
	// The test binary is fineprint itself when runAsMain is set (see TestMain): no build needed.
	bin, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary: %v", err)
	}
	srv.MustTmux("set-option", "-s", "set-clipboard", "on")
	return &terminal{t: t, srv: srv, bin: bin, sessions: map[string]*tmuxtest.Session{}}
}

// tmux runs a tmux command on the test's server, failing the test if it fails.
func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	return term.srv.MustTmux(args...)
}

// run starts shell command cmd in a new 100x30 terminal named name, with $FP the binary and
// an empty config directory; the terminal stays open after cmd ends.
func (term *terminal) run(name, cmd string) {
	term.t.Helper()
	env := []string{"XDG_CONFIG_HOME=" + term.t.TempDir(), runAsMain + "=1", "FP=" + term.bin}
	term.sessions[name] = term.srv.Start(name, 100, 30, env, "sh", "-c", cmd+"; sleep 600")
}

// waitFor polls terminal name until its screen contains want.
func (term *terminal) waitFor(name, want string) string {
	term.t.Helper()
	return term.sessions[name].WaitFor(want)
}

// buffers returns tmux's paste buffers: text some program put on the clipboard with OSC 52.
func (term *terminal) buffers() string {
	term.t.Helper()
	return term.srv.Buffers()
}

// TestEndToEndEscapesNeverReachTheTerminal shows a policy carrying an OSC 52 clipboard write
// in its text (and another in a file name) with the real binary, as rendered output on a
// terminal, as an error on stderr and in the TUI, and checks that the clipboard stays empty.
// A control window first proves that this tmux does honour OSC 52.
func TestEndToEndEscapesNeverReachTheTerminal(t *testing.T) {
	t.Parallel()
	term := newTerminal(t)
	term.run("control", `printf "\033]52;c;Y29udHJvbA==\007"; echo control-done`)
	term.waitFor("control", "control-done")
	time.Sleep(200 * time.Millisecond)
	if !strings.Contains(term.buffers(), "control") {
		t.Skip("this tmux does not turn OSC 52 into paste buffers; cannot observe injection")
	}
	term.tmux("delete-buffer", "-b", "buffer0")

	dir := t.TempDir()
	writeFile(t, dir, "evil.txt", "Evil Privacy Policy\x1b]52;c;cHduZWQ=\x07\n1. Data We Collect\n"+
		"We collect \x1b]52;c;cHduZWQ=\x07your name and \x1b[41mRED\x1b[0m email.\n")
	// A broken file whose name carries the sequence: its error goes to stderr and the status line.
	writeFile(t, dir, "bad\x1b]52;c;cHduZWQ=\x07.txt", "")

	term.run("show", `"$FP" show evil --section 1 --style dark --width 60 `+dir+`; echo show-done`)
	screen := term.waitFor("show", "show-done")
	if !strings.Contains(screen, "your name and RED email") || !strings.Contains(screen, "empty file") {
		t.Errorf("rendered section lacks its text:\n%s", screen)
	}

	term.run("tui", `"$FP" --no-bundled `+dir)
	term.waitFor("tui", "Evil Privacy Policy")
	term.waitFor("tui", "empty file")
	term.tmux("send-keys", "-t", "tui", "Enter")
	term.waitFor("tui", "your name and RED email")
	term.tmux("send-keys", "-t", "tui", "q")

	time.Sleep(300 * time.Millisecond)
	if b := term.buffers(); b != "" {
		t.Errorf("a file's OSC 52 sequence reached the terminal; clipboard buffers:\n%s", b)
	}
}
