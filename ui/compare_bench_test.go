package ui

import (
	"strconv"
	"testing"
)

// BenchmarkCompareCursorMove measures one frame of the compare screen with 12 policies at
// 200x50: a cursor key through Update, then View. The target is under 2 ms per frame.
func BenchmarkCompareCursorMove(b *testing.B) {
	for _, sz := range [][2]int{{120, 40}, {200, 50}} {
		b.Run(fmtSize(sz), func(b *testing.B) {
			s := newTestCompare(12, sz[0], sz[1])
			keys := []string{"j", "l", "j", "h"}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				s.update(keyMsg(keys[i%len(keys)]))
				_ = s.view()
			}
		})
	}
}

// fmtSize returns "200x50" for {200, 50}.
func fmtSize(sz [2]int) string {
	return strconv.Itoa(sz[0]) + "x" + strconv.Itoa(sz[1])
}
