//go:build !unix

package model

import "time"

// processCPU is unavailable here: it returns false.
func processCPU() (time.Duration, bool) { return 0, false }
