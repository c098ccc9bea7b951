//go:build unix

package policytest

import (
	"syscall"
	"time"
)

// CPUTime returns the user plus system CPU time the process has used so far. Benchmarks
// report it next to wall time because the machine they run on is shared: on a busy machine
// wall time measures the neighbours, CPU time measures the code.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
