//go:build !unix

package detect

import "time"

// cpuTime returns 0 where the process's CPU time is not available: the MB/cpu-s metric is
// then not reported.
func cpuTime() time.Duration { return 0 }
