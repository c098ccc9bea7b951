package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCompareFullHelpFits opens the full help in the state with the longest descriptions
// (order: most declared, only not declaring) at widths down to the App's minimum: every line
// fits the screen and every enabled binding shows its key and its whole description, the help
// reflowed into fewer, longer columns where three do not fit, never cut.
func TestCompareFullHelpFits(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{120, 40}, {80, 24}, {70, 40}, {60, 40}, {40, 60}} {
		w, h := size[0], size[1]
		s := newTestCompare(12, w, h)
		press(s, "o", "o", "x", "?")
		v := s.view()
		checkSize(t, v, w, h)
		lines := strings.Split(ansi.Strip(v), "\n")
		start := len(lines) - s.helpHeight()
		helpText := strings.Join(lines[start:], "\n")
		for _, l := range lines[start:] {
			if strings.Contains(l, "…") {
				t.Errorf("%dx%d: help line cut: %q", w, h, l)
			}
		}
		for _, g := range s.keys.FullHelp() {
			for _, b := range g {
				if b.Enabled() && !strings.Contains(helpText, b.Help().Desc) {
					t.Errorf("%dx%d: help lacks %q %q:\n%s", w, h, b.Help().Key, b.Help().Desc, helpText)
				}
			}
		}
	}
}

// TestCompareHelpGolden80x24 is the full help at 80x24 (its 120x40 twin is compare-help).
func TestCompareHelpGolden80x24(t *testing.T) {
	t.Parallel()
	s := newTestCompare(12, 80, 24)
	press(s, "?")
	v := s.view()
	checkSize(t, v, 80, 24)
	checkGolden(t, "compare-help-80x24", v)
}
