package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkProcessStartToLibraryFrame measures what a user waits for after typing fineprint:
// from starting the real binary (built once, with go build) in a 120x40 tmux terminal to the
// library's first frame on its screen. The figure includes tmux creating the session
// and the polling of its screen (every half millisecond), so it is an upper bound on the
// program's own start.
func BenchmarkProcessStartToLibraryFrame(b *testing.B) {
	term := newTerminal(b)
	bin := filepath.Join(b.TempDir(), "fineprint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	env := []string{"XDG_CONFIG_HOME=" + b.TempDir()}
	i := 0
	for b.Loop() {
		name := fmt.Sprintf("start%d", i)
		i++
		s := term.srv.Start(name, 120, 40, env, bin)
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(500 * time.Microsecond) {
			screen := term.tmux("capture-pane", "-p", "-t", name)
			if strings.Contains(screen, "fineprint · library") && strings.Contains(screen, "AIRobotics") {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("no library frame after 10 s; screen:\n%s", screen)
			}
		}
		b.StopTimer()
		s.Kill()
		b.StartTimer()
	}
}
