package ui

import "charm.land/bubbles/v2/key"

// globalKeyMap holds the keys the App handles on every screen. Quit's `q` and the screen
// switches are skipped while a text input has focus (the screen then gets the key).
type globalKeyMap struct {
	Quit    key.Binding
	Search  key.Binding
	Compare key.Binding
}

// newGlobalKeyMap returns the App's keys.
func newGlobalKeyMap() globalKeyMap {
	return globalKeyMap{
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Search:  key.NewBinding(key.WithKeys("s", "ctrl+f"), key.WithHelp("s", "search all")),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
	}
}

// navKeyMap is the one set of navigation keys, embedded in the key map of every screen that
// scrolls, with the meanings less and glow users know: j/k a line, d/u and ctrl+d/ctrl+u half
// a page, f/b and space a page, g/G the top and the bottom. No screen gives these keys another
// meaning.
type navKeyMap struct {
	Up, Down         key.Binding
	HalfUp, HalfDown key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
}

// newNavKeyMap returns the navigation keys, all enabled.
func newNavKeyMap() navKeyMap {
	return navKeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		HalfUp:   key.NewBinding(key.WithKeys("u", "ctrl+u"), key.WithHelp("u", "½ page up")),
		HalfDown: key.NewBinding(key.WithKeys("d", "ctrl+d"), key.WithHelp("d", "½ page down")),
		PageUp:   key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("f", "space", "pgdown"), key.WithHelp("f/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
	}
}

// bindings returns the navigation keys in help order.
func (k *navKeyMap) bindings() []*key.Binding {
	return []*key.Binding{&k.Up, &k.Down, &k.HalfUp, &k.HalfDown, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom}
}

// libraryKeyMap holds the library screen's keys.
type libraryKeyMap struct {
	navKeyMap
	Open        key.Binding
	Filter      key.Binding
	ClearFilter key.Binding
	Accept      key.Binding // ends typing the filter, keeping it
	Errors      key.Binding // shows or hides the list of files that could not be loaded
	Marks       markKeys    // m marks a policy, v reads the two marked side by side, D shows what changed
	History     key.Binding // H: the versions of the policy's file in git (changes_history.go)
	Help        key.Binding
}

// newLibraryKeyMap returns the library's keys.
func newLibraryKeyMap() libraryKeyMap {
	return libraryKeyMap{
		navKeyMap:   newNavKeyMap(),
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
	navKeyMap
	Focus        key.Binding
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
	FindBack     key.Binding // ctrl+r: find backward (less's ?, which is help here)
	NextResult   key.Binding // >: the next search result, when opened from the search screen
	PrevResult   key.Binding // <: the previous one
	CopyClause   key.Binding // y: the clause under the cursor to the clipboard (clipboard.go)
	CopySection  key.Binding // Y: the section being read
	Pager        key.Binding // o: the policy in $PAGER (external.go)
	Editor       key.Binding // e: the policy in $EDITOR (less's v)
}

// newReaderKeyMap returns the reader's keys, all enabled; (*readerScreen).updateKeys narrows
// them to the current state.
func newReaderKeyMap() readerKeyMap {
	return readerKeyMap{
		navKeyMap:    newNavKeyMap(),
		Focus:        key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "toc/text")),
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
		FindBack:     key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "find back")),
		NextResult:   key.NewBinding(key.WithKeys(">"), key.WithHelp(">", "next result")),
		PrevResult:   key.NewBinding(key.WithKeys("<"), key.WithHelp("<", "prev result")),
		CopyClause:   key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy clause")),
		CopySection:  key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy section")),
		Pager:        key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "pager")),
		Editor:       key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "editor")),
	}
}
