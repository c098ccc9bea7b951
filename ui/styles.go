package ui

import (
	"image/color"
	"os"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is the look of every screen, built once per terminal background by the App and
// kept in its store; the compare screen has its own part (Compare).
//
// Colours are the terminal's own sixteen ANSI colours, so a 16-colour terminal shows exactly
// what was designed and the user's palette is respected. Meaning never rests on colour alone:
// the cursor is reversed, the current search match is reversed and underlined, headings are
// bold, so the screens stay readable under NO_COLOR (where Bubble Tea drops every colour).
type Styles struct {
	Dark    bool // built for a dark background
	NoColor bool // NO_COLOR is set: glamour renders without colours either

	Title    lipgloss.Style // screen titles and the selected policy's company
	Subtle   lipgloss.Style // secondary text: dates, counts, summaries
	Accent   lipgloss.Style // the section being read, progress, key names
	Cursor   lipgloss.Style // the line under the cursor of a focused list
	Dimmed   lipgloss.Style // the cursor line of an unfocused list
	Error    lipgloss.Style // load errors and failures in the status line
	Status   lipgloss.Style // the status bar's background
	StatusHi lipgloss.Style // the policy name in the status bar
	Border   lipgloss.Style // the rule between the TOC and the text
	Match    lipgloss.Style // a search match in the text
	MatchCur lipgloss.Style // the current search match
	Marker   lipgloss.Style // the bar beside a clause opened from another screen
	Filter   lipgloss.Style // the matched characters of a fuzzy filter

	Help help.Styles // styles of the bubbles help view

	Compare *compareStyles // the compare screen's part
	Changes *changesStyles // the changes and history screens' part
}

// glamourStyle returns the name of glamour's standard style matching s: "dark", "light", or
// "notty" (no colours) under NO_COLOR.
func (s *Styles) glamourStyle() string {
	switch {
	case s.NoColor:
		return "notty"
	case s.Dark:
		return "dark"
	default:
		return "light"
	}
}

// noColorEnv reports whether the NO_COLOR convention (https://no-color.org) asks for no
// colours: the variable is set and not empty.
func noColorEnv() bool { return os.Getenv("NO_COLOR") != "" }

// newStyles builds the styles for a dark or light background.
func newStyles(isDark, noColor bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		fg      = ld(lipgloss.Black, lipgloss.BrightWhite)
		subtle  = ld(lipgloss.BrightBlack, lipgloss.BrightBlack)
		accent  = ld(lipgloss.Blue, lipgloss.BrightCyan)
		errC    = ld(lipgloss.Red, lipgloss.BrightRed)
		barBg   = ld(lipgloss.White, lipgloss.BrightBlack)
		barFg   = ld(lipgloss.Black, lipgloss.BrightWhite)
		matchBg = ld(lipgloss.BrightYellow, lipgloss.Yellow)
		marker  = ld(lipgloss.Magenta, lipgloss.BrightMagenta)
		black   = color.Color(lipgloss.Black)
	)
	s := &Styles{Dark: isDark, NoColor: noColor}
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(fg)
	s.Subtle = lipgloss.NewStyle().Foreground(subtle)
	s.Accent = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Cursor = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Dimmed = lipgloss.NewStyle().Underline(true)
	s.Error = lipgloss.NewStyle().Foreground(errC).Bold(true)
	s.Status = lipgloss.NewStyle().Background(barBg).Foreground(barFg)
	s.StatusHi = s.Status.Bold(true)
	s.Border = lipgloss.NewStyle().Foreground(subtle)
	s.Match = lipgloss.NewStyle().Background(matchBg).Foreground(black)
	s.MatchCur = lipgloss.NewStyle().Reverse(true).Underline(true).Bold(true)
	s.Marker = lipgloss.NewStyle().Foreground(marker).Bold(true)
	s.Filter = lipgloss.NewStyle().Foreground(accent).Underline(true)
	s.Help = help.DefaultStyles(isDark)
	s.Compare = newCompareStyles(isDark)
	s.Changes = newChangesStyles(isDark, noColor)
	if noColor {
		// Without colours, the bars and matches are drawn with attributes alone.
		s.Status = lipgloss.NewStyle().Reverse(true)
		s.StatusHi = s.Status.Bold(true)
		s.Match = lipgloss.NewStyle().Underline(true)
		s.MatchCur = lipgloss.NewStyle().Reverse(true).Bold(true)
	}
	return s
}
