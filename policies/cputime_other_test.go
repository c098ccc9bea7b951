//go:build !unix

package policies

import "time"

// processCPU is unavailable here: it returns false.
func processCPU() (time.Duration, bool) { return 0, false }
