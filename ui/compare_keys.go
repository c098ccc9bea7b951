package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// compareKeyMap is the compare screen's key bindings. Bindings that do nothing in the current
// state are disabled by (*compareScreen).updateKeys, so the help never lists them.
type compareKeyMap struct {
	navKeyMap
	Left, Right key.Binding
	Open        key.Binding // the reader at the selected evidence's clause
	Focus       key.Binding // matrix <-> evidence
	Filter      key.Binding // cycle the row filter
	Find        key.Binding // filter rows by key name, columns by @name
	View        key.Binding // cycle matrix, transposed, summary
	Order       key.Binding // cycle the column order
	Lang        key.Binding // cycle the language filter of the columns
	Declare     key.Binding // keep the policies that declare the cursor's key, or do not
	Marks       markKeys    // m marks a policy, v reads the two marked side by side
	Export      key.Binding // write the matrix as markdown
	Back        key.Binding
	Help        key.Binding
	Quit        key.Binding // handled by the App; listed so the help is complete

	// While the `/` input has focus.
	FindAccept, FindCancel key.Binding
	// While a y/n question is asked.
	Yes, No key.Binding
}

// newCompareKeyMap returns the compare screen's default bindings.
func newCompareKeyMap() compareKeyMap {
	return compareKeyMap{
		navKeyMap:  newNavKeyMap(),
		Left:       key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left")),
		Right:      key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open clause")),
		Focus:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "evidence")),
		Filter:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rows")),
		Find:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find key, @policy")),
		View:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "view")),
		Order:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "order")),
		Lang:       key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "language")),
		Declare:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "only declaring")),
		Marks:      newMarkKeys(),
		Export:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		FindAccept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		FindCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Yes:        key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "overwrite")),
		No:         key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "cancel")),
	}
}

// ShortHelp returns the bindings for the one-line help (help.KeyMap).
func (k compareKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{
		k.FindAccept, k.FindCancel, k.Yes, k.No,
		k.Open, k.Focus, k.View, k.Filter, k.Find, k.Marks.Mark, k.Marks.SideBySide, k.Export, k.Back, k.Help, k.Quit,
	}
}

// shortHelp returns the bindings of the one-line help that may be cut, then help and quit,
// which never are (fitShortHelp).
func (k compareKeyMap) shortHelp() (want, must []key.Binding) {
	all := k.ShortHelp()
	return all[:len(all)-2], []key.Binding{k.Help, k.Quit}
}

// FullHelp returns the bindings for the full help (help.KeyMap).
func (k compareKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.HalfUp, k.HalfDown, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Focus, k.View, k.Order, k.Lang, k.Declare, k.Filter, k.Find, k.FindAccept, k.FindCancel},
		{k.Marks.Mark, k.Marks.SideBySide, k.Marks.NotTwo, k.Export, k.Yes, k.No, k.Back, k.Help, k.Quit},
	}
}

// fullHelpView returns the full help laid out to fit the screen's width: the key map's groups
// side by side when they fit, else the same enabled bindings, in the same order, reflowed into
// as many columns as fit (down to one), so that no binding is cut off (help.Model would drop
// the columns past the width behind an ellipsis). A short screen still cuts it at the bottom
// (helpHeight).
func (s *compareScreen) fullHelpView() string {
	h := s.help
	h.SetWidth(0) // measure whole lines; the layout below keeps them within the width
	groups := s.keys.FullHelp()
	if v := h.FullHelpView(groups); lipgloss.Width(v) <= s.width {
		return v
	}
	var live []key.Binding
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() {
				live = append(live, b)
			}
		}
	}
	for cols := len(groups) - 1; ; cols-- {
		per := (len(live) + cols - 1) / max(cols, 1)
		var flow [][]key.Binding
		for i := 0; i < len(live); i += max(per, 1) {
			flow = append(flow, live[i:min(i+per, len(live))])
		}
		if v := h.FullHelpView(flow); cols <= 1 || lipgloss.Width(v) <= s.width {
			return v
		}
	}
}
