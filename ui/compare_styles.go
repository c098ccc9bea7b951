package ui

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"

	"fineprint/model/detect"
)

// cellHighlight is how a matrix cell relates to the cursor: elsewhere, in the cursor's row, in
// its column, or under it.
type cellHighlight uint8

// The highlights, from none to the cursor itself.
const (
	hlNone cellHighlight = iota
	hlRow
	hlCol
	hlCursor
	numHighlights
)

// String returns "none", "row", "column" or "cursor".
func (h cellHighlight) String() string {
	switch h {
	case hlRow:
		return "row"
	case hlCol:
		return "column"
	case hlCursor:
		return "cursor"
	default:
		return "none"
	}
}

// numStatuses is the number of detect.Status values (not mentioned, declared, denied).
const numStatuses = 3

// compareStyles are the styles of the compare screen. Meaning is carried by the symbols (✓ ✗ ·)
// and by attributes that survive without colour (reverse for the cursor, bold for the cursor's
// row and column), so NO_COLOR and 16-colour terminals read the same; colour only adds to it.
type compareStyles struct {
	// cell[status][highlight] styles a matrix cell. The matrix's hot path uses inks, which
	// print the same escape codes as the lipgloss styles without re-deriving them per cell.
	cell    [numStatuses][numHighlights]ink
	pending ink // a cell whose policy is still being analysed

	keyLabel    ink            // the frozen key column
	keyCurrent  ink            // the key label of the cursor's row
	summary     ink            // the summary rows
	groupHeader lipgloss.Style // "RIGHTS", "DATA COLLECTED", "PRACTICES"
	colHeader   lipgloss.Style // a policy's abbreviated name
	colCurrent  lipgloss.Style // the name of the cursor's column
	colMarked   lipgloss.Style // a policy marked with space

	title     lipgloss.Style // the screen's top line
	paneTitle lipgloss.Style // a pane's title when it has focus
	paneDim   lipgloss.Style // a pane's title without focus
	separator lipgloss.Style // the rule between the panes
	dim       lipgloss.Style // secondary text: section labels, hints
	quote     lipgloss.Style // the trigger words inside evidence
	selected  lipgloss.Style // the marker of the selected evidence
	declared  lipgloss.Style // "✓ declared" in the evidence pane
	denied    lipgloss.Style // "✗ denied" in the evidence pane
	status    lipgloss.Style // the status line
	prompt    lipgloss.Style // a question waiting for y/n
	errText   lipgloss.Style // an error in the status line
}

// newCompareStyles builds the compare screen's styles for a dark or light background.
func newCompareStyles(isDark bool) *compareStyles {
	// The terminal's own sixteen colours, like the reader's Styles: a 16-colour terminal shows
	// what was designed, and the user's palette is respected.
	ld := lipgloss.LightDark(isDark)
	green := ld(lipgloss.Green, lipgloss.BrightGreen)
	red := ld(lipgloss.Red, lipgloss.BrightRed)
	grey := color.Color(lipgloss.BrightBlack)
	accent := ld(lipgloss.Blue, lipgloss.BrightCyan)
	rowBg := ld(lipgloss.White, lipgloss.BrightBlack)
	onRow := ld(lipgloss.Black, lipgloss.White) // "·" on the highlight, where grey would vanish

	s := &compareStyles{}
	base := lipgloss.NewStyle()
	fg := [numStatuses]lipgloss.Style{
		detect.NotMentioned: base.Foreground(grey),
		detect.Declared:     base.Foreground(green),
		detect.Denied:       base.Foreground(red),
	}
	for st := range fg {
		onHighlight := fg[st]
		if detect.Status(st) == detect.NotMentioned {
			onHighlight = base.Foreground(onRow)
		}
		s.cell[st][hlNone] = newInk(fg[st])
		s.cell[st][hlRow] = newInk(onHighlight.Background(rowBg).Bold(true))
		s.cell[st][hlCol] = newInk(onHighlight.Background(rowBg).Bold(true))
		s.cell[st][hlCursor] = newInk(fg[st].Reverse(true).Bold(true))
	}
	s.pending = newInk(base.Foreground(grey).Italic(true))

	s.keyLabel = newInk(base)
	s.keyCurrent = newInk(base.Bold(true).Foreground(accent))
	s.summary = newInk(base.Foreground(grey))
	s.groupHeader = base.Bold(true).Underline(true)
	s.colHeader = base.Bold(true)
	s.colCurrent = base.Bold(true).Reverse(true)
	s.colMarked = base.Bold(true).Foreground(accent)

	s.title = base.Bold(true)
	s.paneTitle = base.Bold(true).Foreground(accent).Underline(true)
	s.paneDim = base.Foreground(grey)
	s.separator = base.Foreground(grey)
	s.dim = base.Foreground(grey)
	s.quote = base.Bold(true).Underline(true).Foreground(accent)
	s.selected = base.Bold(true).Foreground(accent)
	s.declared = base.Bold(true).Foreground(green)
	s.denied = base.Bold(true).Foreground(red)
	s.status = base.Foreground(grey)
	s.prompt = base.Bold(true).Reverse(true)
	s.errText = base.Bold(true).Foreground(red)
	return s
}

// ink is a lipgloss style reduced to the escape codes it prints before and after a single line
// of text, for cells rendered by the hundred on every frame (Style.Render re-derives them each
// time, which costs most of a frame with 12 policies).
type ink struct{ pre, post string }

// newInk returns the ink of style, which must not set widths, padding, margins or borders.
func newInk(style lipgloss.Style) ink {
	const probe = "\x00"
	out := style.Render(probe)
	i := strings.Index(out, probe)
	if i < 0 {
		return ink{}
	}
	return ink{pre: out[:i], post: out[i+len(probe):]}
}

// Render returns text, a single line, in the ink's style.
func (k ink) Render(text string) string { return k.pre + text + k.post }
