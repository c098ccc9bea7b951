//go:build !unix

package policytest

import "time"

// CPUTime returns 0: this platform offers no portable process CPU time.
func CPUTime() time.Duration { return 0 }
