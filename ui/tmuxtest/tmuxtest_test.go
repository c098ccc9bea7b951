package tmuxtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSessionLifecycle runs a shell in a private server: it sees the size and TERM it was
// given and the environment added, takes typed keys, and its session closes when it exits;
// afterwards the server's folder and socket are gone.
func TestSessionLifecycle(t *testing.T) {
	t.Parallel()
	var socket string
	t.Run("session", func(t *testing.T) {
		srv := New(t)
		socket = srv.socket
		s := srv.Start("sh", 50, 12, []string{"GREETING=hallo-grüße"},
			"sh", "-c", `echo "$GREETING $TERM $(tput cols)x$(tput lines)"; read line; echo "got $line"; sleep 1`)
		s.WaitFor("hallo-grüße xterm-256color 50x12")
		s.Send("abc", "Enter")
		s.WaitMatch(`got ab+c`)
		for end := time.Now().Add(Wait); s.Running(); time.Sleep(poll) {
			if time.Now().After(end) {
				t.Fatal("the session outlived its program")
			}
		}
		if out, err := srv.Tmux("list-sessions", "-F", "#{session_name}"); err != nil || strings.TrimSpace(out) != "keep" {
			t.Errorf("sessions after the program ended: %q, %v; want only keep", out, err)
		}
	})
	if socket == "" {
		return // skipped: no tmux
	}
	if _, err := os.Stat(filepath.Dir(socket)); !os.IsNotExist(err) {
		t.Errorf("the server's folder %s is still there after the test (%v)", filepath.Dir(socket), err)
	}
}
