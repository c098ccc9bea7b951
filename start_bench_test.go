package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// BenchmarkProcessVersion measures `fineprint --version` as a user runs it: the real binary
// (built once, with go build) started, initialised and exited, waited for by the benchmark.
// Besides the wall time it reports the process's CPU time (cpu-ms/op: user and system) and the
// time its package initialisation took (init-ms/op, summed from GODEBUG=inittrace=1, which
// the runtime writes to stderr). Issue 16's target: under 30 ms. See docs/performance.md for
// where the rest of the time goes.
func BenchmarkProcessVersion(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "fineprint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	var cpu, initTime time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "--version")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || !strings.HasPrefix(stdout.String(), "fineprint version ") {
			b.Fatalf("fineprint --version: %v, %q", err, stdout.String())
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		initTime += sumInitTrace(stderr.String())
	}
	b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(initTime.Microseconds())/1e3/float64(b.N), "init-ms/op")
}

// sumInitTrace adds up the clock times of the "init PKG @T ms, D ms clock, ..." lines the
// runtime writes with GODEBUG=inittrace=1.
func sumInitTrace(trace string) time.Duration {
	var sum time.Duration
	for _, line := range strings.Split(trace, "\n") {
		f := strings.Fields(line)
		if len(f) < 7 || f[0] != "init" || f[6] != "clock," {
			continue
		}
		if ms, err := strconv.ParseFloat(f[4], 64); err == nil {
			sum += time.Duration(ms * float64(time.Millisecond))
		}
	}
	return sum
}

// BenchmarkVersionInProcess measures what `fineprint --version` does after package
// initialisation: building the command tree, parsing the flag and printing the version (run,
// as main calls it).
func BenchmarkVersionInProcess(b *testing.B) {
	for b.Loop() {
		var out strings.Builder
		if code := run(context.Background(), []string{"--version"}, &out, io.Discard, nil); code != 0 || !strings.HasPrefix(out.String(), "fineprint version ") {
			b.Fatalf("exit %d, %q", code, out.String())
		}
	}
}
