//go:build unix

package diff

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user and system CPU time so far: on a shared machine a fairer
// figure than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
