package ui

import "charm.land/bubbles/v2/key"

// globalKeyMap holds the keys the App handles on every screen. Quit's `q` and the screen
// switches are skipped while a text input has focus (the screen then gets the key).
type globalKeyMap struct {
	Quit    key.Binding
	Search  key.Binding
	Compare key.Binding
}

// newGlobalKeyMap returns the App's keys; Search and Compare are enabled only when those
// screens are registered.
func newGlobalKeyMap() globalKeyMap {
	return globalKeyMap{
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Search:  key.NewBinding(key.WithKeys("s", "ctrl+f"), key.WithHelp("s", "search all")),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
	}
}

// libraryKeyMap holds the library screen's keys.
type libraryKeyMap struct {
	Up, Down       key.Binding
	PageUp, PageDn key.Binding
	Top, Bottom    key.Binding
	Open           key.Binding
	Filter         key.Binding
	ClearFilter    key.Binding
	Accept         key.Binding // ends typing the filter, keeping it
	Errors         key.Binding // shows or hides the list of files that could not be loaded
	Marks          markKeys    // space marks a policy, v reads the two marked side by side, d diffs them
	History        key.Binding // H: the versions of the policy's file in git (changes_history.go)
	Help           key.Binding
}

// newLibraryKeyMap returns the library's keys.
func newLibraryKeyMap() libraryKeyMap {
	return libraryKeyMap{
		Up:          key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDn:      key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdn", "page down")),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Accept:      key.NewBinding(key.WithKeys("enter", "down", "up"), key.WithHelp("enter", "done")),
		Errors:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "load errors")),
		Marks:       newMarkKeys(),
		History:     key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "history (git)")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
	}
}

// readerKeyMap holds the reader screen's keys. Which are enabled depends on the focus (TOC or
// text), the search state and the document (L and v only for bilingual documents).
type readerKeyMap struct {
	Focus        key.Binding
	Up, Down     key.Binding
	HalfUp       key.Binding
	HalfDown     key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	Top, Bottom  key.Binding
	NextSection  key.Binding
	PrevSection  key.Binding
	Jump         key.Binding // TOC: jump to the section under the cursor
	Collapse     key.Binding // TOC: fold the section under the cursor
	Expand       key.Binding // TOC: unfold it
	ToggleTOC    key.Binding
	Find         key.Binding
	NextMatch    key.Binding
	PrevMatch    key.Binding
	Lang         key.Binding
	SideBySide   key.Binding
	Back         key.Binding
	Help         key.Binding
	FindAccept   key.Binding // typing the search: keep it and go back to the text
	FindCancel   key.Binding // typing the search: drop it
	ClearMatches key.Binding // esc with matches shown: clear them before leaving
}

// newReaderKeyMap returns the reader's keys, all enabled; (*readerScreen).updateKeys narrows
// them to the current state.
func newReaderKeyMap() readerKeyMap {
	return readerKeyMap{
		Focus:        key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "toc/text")),
		Up:           key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		HalfUp:       key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "½ page up")),
		HalfDown:     key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "½ page down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("b/pgup", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("space/pgdn", "page down")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		NextSection:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next section")),
		PrevSection:  key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev section")),
		Jump:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to section")),
		Collapse:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "fold")),
		Expand:       key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "unfold")),
		ToggleTOC:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "toc")),
		Find:         key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find")),
		NextMatch:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
		Lang:         key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "language")),
		SideBySide:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "side by side")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "library")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		FindAccept:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "find")),
		FindCancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		ClearMatches: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear find")),
	}
}
