//go:build !unix

package diff

import "time"

// cpuTime returns 0: this platform offers no portable process CPU time.
func cpuTime() time.Duration { return 0 }
