package ui

import "charm.land/lipgloss/v2"

// changesStyles are the styles of the changes and history screens. Deleted words are struck
// through and set in [- -], inserted ones underlined and set in {+ +}, so the meaning survives
// NO_COLOR and a 16-colour palette; colour (red, green) only adds to it.
type changesStyles struct {
	title    lipgloss.Style
	summary  lipgloss.Style
	heading  lipgloss.Style // "What it declares", "Sections", a section's line above its clauses
	subtle   lipgloss.Style
	deleted  lipgloss.Style
	inserted lipgloss.Style
	gained   lipgloss.Style // a finding gained
	lost     lipgloss.Style // lost or now denied
	current  lipgloss.Style // the gutter bar of the change under the cursor
	cursor   lipgloss.Style // the history list's cursor line
	marked   lipgloss.Style
	status   lipgloss.Style
	err      lipgloss.Style
}

// newChangesStyles returns the styles for a dark or light background, without colours under
// NO_COLOR.
func newChangesStyles(isDark, noColor bool) *changesStyles {
	ld := lipgloss.LightDark(isDark)
	red, green := ld(lipgloss.Red, lipgloss.BrightRed), ld(lipgloss.Green, lipgloss.BrightGreen)
	accent, subtle := ld(lipgloss.Blue, lipgloss.BrightCyan), lipgloss.BrightBlack
	s := changesStyles{
		title:    lipgloss.NewStyle().Bold(true),
		summary:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		heading:  lipgloss.NewStyle().Bold(true).Underline(true),
		subtle:   lipgloss.NewStyle().Foreground(subtle),
		deleted:  lipgloss.NewStyle().Strikethrough(true).Foreground(red),
		inserted: lipgloss.NewStyle().Underline(true).Foreground(green).Bold(true),
		gained:   lipgloss.NewStyle().Foreground(green).Bold(true),
		lost:     lipgloss.NewStyle().Foreground(red).Bold(true),
		current:  lipgloss.NewStyle().Foreground(accent).Bold(true),
		cursor:   lipgloss.NewStyle().Reverse(true).Bold(true),
		marked:   lipgloss.NewStyle().Foreground(accent).Bold(true),
		status:   lipgloss.NewStyle().Reverse(true),
		err:      lipgloss.NewStyle().Foreground(red).Bold(true),
	}
	if noColor {
		for _, st := range []*lipgloss.Style{&s.summary, &s.subtle, &s.deleted, &s.inserted, &s.gained, &s.lost, &s.current, &s.marked, &s.err} {
			*st = st.UnsetForeground()
		}
	}
	return &s
}
