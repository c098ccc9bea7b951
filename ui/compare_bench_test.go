package ui

import (
	"strconv"
	"testing"
)

// BenchmarkCompareCursorMove measures one frame of the compare screen: a cursor key through
// Update, then View; with 12 policies in the matrix at 120x40 and 200x50, and with 24 in each
// view at 120x40. The target is under 2 ms per frame.
func BenchmarkCompareCursorMove(b *testing.B) {
	for _, sz := range [][2]int{{120, 40}, {200, 50}} {
		b.Run(fmtSize(sz), func(b *testing.B) {
			benchCursor(b, newTestCompare(12, sz[0], sz[1]))
		})
	}
	for v := viewMatrix; v < numViews; v++ {
		b.Run("24p-"+v.String()+"-120x40", func(b *testing.B) {
			s := newTestCompare(24, 120, 40)
			for range v {
				press(s, "t")
			}
			benchCursor(b, s)
		})
	}
}

// benchCursor moves the cursor of s down, right, down and left, one frame each.
func benchCursor(b *testing.B, s *compareScreen) {
	keys := []string{"j", "l", "j", "h"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s.update(keyMsg(keys[i%len(keys)]))
		_ = s.view()
	}
}

// fmtSize returns "200x50" for {200, 50}.
func fmtSize(sz [2]int) string {
	return strconv.Itoa(sz[0]) + "x" + strconv.Itoa(sz[1])
}
