package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// truncateCells cuts s (which may hold ANSI styling) to at most w terminal cells, ending it
// with "…" when something was cut. Wide (CJK) characters count two cells and are never split.
func truncateCells(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// padCells cuts or pads s with spaces to exactly w cells.
func padCells(s string, w int) string {
	s = truncateCells(s, w)
	if n := w - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// spread puts left and right on one line of exactly w cells, right-aligned right; right is
// dropped when both do not fit with a gap of two cells, and left is cut to fit.
func spread(left, right string, w int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if right == "" || lw+rw+2 > w {
		if right != "" && rw+2 < w && w-rw-2 >= 20 {
			return padCells(left, w-rw-2) + "  " + right
		}
		return padCells(left, w)
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// fitLines returns exactly h lines of s (padding with empty lines or cutting the end), each
// padded or cut to w cells, so a screen never overflows the terminal.
func fitLines(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padCells(l, w)
	}
	return strings.Join(lines, "\n")
}

// joinColumns puts blocks of lines side by side, top-aligned.
func joinColumns(cols ...string) string {
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}

// lipglossWidth returns the width in cells of the widest line of s.
func lipglossWidth(s string) int { return lipgloss.Width(s) }

// fitShortHelp returns the one-line help for width cells: as many of want as fit, in order,
// always followed by must (help and quit), so a narrow terminal loses the optional keys rather
// than the way to the full help.
func fitShortHelp(h help.Model, want, must []key.Binding, width int) string {
	var live []key.Binding
	for _, b := range want {
		if b.Enabled() {
			live = append(live, b)
		}
	}
	h.SetWidth(0) // measure the whole line: the help's own cut would hide must
	for n := len(live); n >= 0; n-- {
		line := h.ShortHelpView(append(append([]key.Binding(nil), live[:n]...), must...))
		if lipgloss.Width(line) <= width {
			return line
		}
		if n == 0 {
			return truncateCells(line, width)
		}
	}
	return ""
}
