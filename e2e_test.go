package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// terminal runs the real fineprint binary in windows of a private tmux server (its own
// socket, so no other tmux session is touched) that honours OSC 52 clipboard writes: if any
// escape sequence from a file reached the terminal, it would show up as a tmux paste buffer.
type terminal struct {
	t      testing.TB
	socket string
	bin    string
}

func newTerminal(t testing.TB) *terminal {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	// The test binary is fineprint itself when runAsMain is set (see TestMain): no build needed.
	bin, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary: %v", err)
	}
	dir, err := os.MkdirTemp("", "fp") // short: a socket path has at most 107 bytes
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, socket: filepath.Join(dir, "tmux"), bin: bin}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-S", term.socket, "kill-server").Run()
		os.RemoveAll(dir) // the socket too: nothing is left in /tmp
	})
	term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "idle", "-x", "100", "-y", "30", "sleep 600")
	term.tmux("set-option", "-s", "set-clipboard", "on")
	return term
}

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %q: %v\n%s", args, err, out)
	}
	return string(out)
}

// run starts shell command cmd in a new 100x30 window named name, with $FP the binary and an
// empty config directory.
func (term *terminal) run(name, cmd string) {
	term.t.Helper()
	env := fmt.Sprintf("TERM=xterm-256color XDG_CONFIG_HOME=%s %s=1 FP=%s", term.t.TempDir(), runAsMain, term.bin)
	term.tmux("new-window", "-d", "-n", name, "env "+env+" sh -c '"+cmd+"; sleep 600'")
}

// waitFor polls window name until its screen contains want.
func (term *terminal) waitFor(name, want string) string {
	term.t.Helper()
	var screen string
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if screen = term.tmux("capture-pane", "-p", "-t", name); strings.Contains(screen, want) {
			return screen
		}
	}
	term.t.Fatalf("window %s never showed %q; last screen:\n%s", name, want, screen)
	return ""
}

// buffers returns tmux's paste buffers: text some program put on the clipboard with OSC 52.
func (term *terminal) buffers() string {
	term.t.Helper()
	return term.tmux("list-buffers")
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
