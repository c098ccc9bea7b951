// Package ui is fineprint's terminal interface, built on Bubble Tea v2: a library of the loaded
// policies, a reader (a TOC beside the policy rendered by glamour, with in-document search), a
// side-by-side screen for two documents (two policies, or the two language parts of one), and
// the search and compare screens.
//
// The App (this file) is the one root tea.Model. It owns the store of what is loaded (store.go:
// policies, reports, marks, renderings, styles), the screen that has the keyboard, the keys
// that work everywhere (quit, search, compare), the background loading of policies, and the
// cross-screen messages (OpenClauseMsg, OpenSideBySideMsg, BackMsg). Every screen lives in its
// own file and type, is a field of the App built in New, and reads the store.
package ui

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"fineprint/model"
)

// Options are what the TUI starts with.
type Options struct {
	// Policies are shown at once (the bundled ones and anything already loaded).
	Policies []*model.Policy
	// Loads, when not nil, delivers policies loaded in the background; they join the library as
	// they arrive, with a progress bar, and errors show in the status line. It is closed when
	// loading ends.
	Loads <-chan LoadEvent
	// History, when not nil, opens the git history of a policy file (its Source) for the
	// history screen (`H` in the library); ui/cli builds it on policies.Repo (cli.OpenHistory).
	History func(path string) (HistorySource, error)
	// StartHistory, when not "", opens that file's history at start.
	StartHistory string
	// ReaderWidth is the widest the reader's text column grows, in cells (glow keeps text to a
	// readable measure too); 0 lets it fill the terminal. cli.TUIOptions passes
	// DefaultReaderWidth unless the user chose otherwise.
	ReaderWidth int
}

// LoadEvent reports one file loaded (or not) in the background.
type LoadEvent struct {
	Policy *model.Policy // nil when Err != nil
	Path   string        // the file the event is about
	Err    error         // why Path could not be loaded
	Done   int           // files finished so far, this one included
	Total  int           // files to load, 0 while still unknown
	// Order is the policy's place among the loaded ones (policies.Event.Order): files finish
	// in any order, and the library lists them by Order, after Options.Policies.
	Order int
}

// Screen names one of the App's screens.
type Screen uint8

// The App's screens.
const (
	ScreenLibrary Screen = iota
	ScreenReader
	ScreenSearch
	ScreenCompare
	ScreenSideBySide
	ScreenChanges // what changed between two versions (changes_screen.go)
	ScreenHistory // the versions of a policy file in git (changes_history.go)
)

// String returns the screen's name: "library", "reader", "search", "compare", "side-by-side".
func (s Screen) String() string {
	switch s {
	case ScreenLibrary:
		return "library"
	case ScreenReader:
		return "reader"
	case ScreenSearch:
		return "search"
	case ScreenCompare:
		return "compare"
	case ScreenSideBySide:
		return "side-by-side"
	case ScreenChanges:
		return "changes"
	case ScreenHistory:
		return "history"
	default:
		return fmt.Sprintf("Screen(%d)", uint8(s))
	}
}

// OpenClauseMsg asks the App to open Policy in the reader, scrolled to clause Clause (an index
// into Policy.Clauses) and with that clause marked.
type OpenClauseMsg struct {
	Policy *model.Policy
	Clause int
	// Query is the search that led to the clause ("" for none): Terms, the words it matched,
	// are highlighted and walked with n/N, and > / < open the next results (find.go).
	Query string
	Terms []string
	// Result is the index of the clause among the search's Results results.
	Result, Results int
}

// OpenSideBySideMsg asks the App to show two documents side by side, scrolled together: two
// policies, or two language parts (LeftPart, RightPart, indexes into Parts) of one.
type OpenSideBySideMsg struct {
	Left, Right         *model.Policy
	LeftPart, RightPart int
	// AtSection opens Left at Section (an index into Left.Sections) and Right at its
	// counterpart; otherwise both open at the start.
	AtSection bool
	Section   int
}

// BackMsg asks the App to return to the screen shown before the current one.
type BackMsg struct{}

// The smallest terminal the screens are laid out for, in cells; below it the App shows a
// "terminal too small" message.
const (
	minWidth  = 40
	minHeight = 10
)

// App is the root model of the TUI. Create it with New.
type App struct {
	width, height int
	dark          bool
	keys          globalKeyMap

	store   *store   // what is loaded; every screen reads it
	current Screen   // the screen shown
	history []Screen // screens to return to on BackMsg, most recent last

	library libraryScreen
	reader  readerScreen
	search  *searchScreen
	compare *compareScreen
	side    *sideBySideScreen
	changes *changesScreen
	hist    *historyScreen

	loads        <-chan LoadEvent
	loadOrder    map[*model.Policy]int // LoadEvent.Order of each policy loaded in the background
	searchStale  bool                  // policies arrived that the search screen has not indexed (indexForSearch)
	compareStale bool                  // policies arrived that the compare screen has not taken (syncCompare)

	historyOpener func(path string) (HistorySource, error) // Options.History
	startHistory  string

	// statusAfter starts the timer of a status message: it returns the command that sends msg
	// after d (tickAfter; tests replace it to expire messages on demand).
	statusAfter func(d time.Duration, msg tea.Msg) tea.Cmd
}

// New returns the App over opts. The terminal's background is assumed dark until Bubble Tea
// reports it.
func New(opts Options) *App { return newApp(opts, newStore(newStyles(true, noColorEnv()))) }

// newApp returns the App over opts with an empty store of its own (tests share a render cache
// between stores and shorten the resize debounce).
func newApp(opts Options, shared *store) *App {
	a := &App{
		dark:  true,
		keys:  newGlobalKeyMap(),
		loads: opts.Loads,
		store: shared,

		loadOrder: map[*model.Policy]int{},

		historyOpener: opts.History,
		startHistory:  opts.StartHistory,
		statusAfter:   tickAfter,
	}
	a.store.add(opts.Policies...)
	a.library = newLibraryScreen(a.store)
	a.library.setPolicies(a.store.policies)
	a.library.loading = opts.Loads != nil
	a.reader = newReaderScreen(a.store)
	a.reader.setReaderWidth(opts.ReaderWidth) // pane.go
	a.search = newSearchScreen(a.store)
	a.compare = newCompareScreen(a.store)
	a.side = newSideBySideScreen(a.store)
	a.changes = newChangesScreen(a.store)
	a.hist = newHistoryScreen(a.store)
	a.library.global, a.reader.global = a.keys, a.keys
	return a
}

// tuiGCPercent is the garbage collector's target in the TUI (GOGC; Go's default is 100): a
// long-lived process holding thousands of policies lets its heap grow to 1.5 times what it
// holds, not twice (5,000 policies: 1,145 MB at most instead of 1,530, analysis as fast,
// measured with BenchmarkLibraryKeysWhileLoading5000).
const tuiGCPercent = 50

// tuneGC sets tuiGCPercent unless the user chose GOGC, and returns what restores the setting.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(tuiGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// Run runs the TUI until the user quits. A panic anywhere in the program restores the
// terminal and comes back as an error that says where to report it.
func Run(opts Options) (err error) {
	defer tuneGC()()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fineprint crashed: %v\n%s\n%s", r, debug.Stack(), crashHint)
		}
	}()
	_, err = tea.NewProgram(New(opts)).Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		return fmt.Errorf("%w\n%s", err, crashHint)
	}
	return err
}

// crashHint is printed after a crash.
const crashHint = "The terminal has been restored. This is a bug in fineprint: please report it with the " +
	"message above and the files you opened (an issue in the fineprint repository)."

// Init asks for the terminal's background colour and starts receiving background loads.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, a.store.analyzeNext()}
	if a.loads != nil {
		cmds = append(cmds, waitLoads(a.loads))
	}
	if a.startHistory != "" {
		cmds = append(cmds, a.openChanges(OpenHistoryMsg{Path: a.startHistory}))
	}
	cmds = append(cmds, a.search.setPolicies(a.store.policies), a.compare.setPolicies(a.store.policies))
	return tea.Batch(cmds...)
}

// Update routes msg: App-wide messages first, key, mouse and paste input to the screen shown,
// and everything else to every screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return a, a.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		return a, a.setDark(msg.IsDark())
	case loadBatchMsg:
		return a, a.handleLoads(msg)
	case reportAnalyzedMsg:
		return a, tea.Batch(a.store.take(msg), a.broadcast(msg))
	case errMsg:
		return a, a.statusBar().fail(msg.err.Error())
	case statusShownMsg:
		return a, a.statusAfter(msg.ttl, statusExpiredMsg{bar: msg.bar, id: msg.id})
	case statusExpiredMsg:
		msg.bar.expire(msg)
		return a, nil
	case OpenClauseMsg:
		return a, a.openClause(msg)
	case stepResultMsg:
		return a, a.search.stepResult(msg.delta) // find.go
	case OpenSideBySideMsg:
		return a, a.openSideBySide(msg)
	case OpenChangesMsg, OpenHistoryMsg, historyOpenedMsg:
		return a, a.openChanges(msg) // changes_history.go
	case openPolicyMsg:
		a.show(ScreenReader)
		return a, a.reader.reopen(msg.policy)
	case BackMsg:
		a.back()
		return a, nil
	case tea.KeyPressMsg:
		if cmd, ok := a.handleGlobalKey(msg); ok || a.tooSmall() {
			return a, cmd // below the smallest size nothing is shown, so only quitting works
		}
		return a, a.updateCurrent(msg)
	case tea.PasteMsg:
		// A paste is typed into the screen shown, and only there; nothing in it may act on the
		// terminal when the input shows it (escape sequences, controls, bidi overrides).
		msg.Content = model.Sanitize(msg.Content)
		return a, a.updateCurrent(msg)
	case tea.MouseMsg:
		return a, a.updateCurrent(msg)
	}
	return a, a.broadcast(msg)
}

// handleGlobalKey handles the keys that work on every screen; ok is false when msg is not one.
func (a *App) handleGlobalKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	if msg.String() == "ctrl+c" {
		return tea.Quit, true
	}
	if a.inputFocused() || a.tooSmall() {
		if a.tooSmall() && key.Matches(msg, a.keys.Quit) {
			return tea.Quit, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, a.keys.Quit):
		return tea.Quit, true
	case key.Matches(msg, a.keys.Search) && a.current != ScreenSearch:
		a.show(ScreenSearch)
		return a.indexForSearch(), true
	case key.Matches(msg, a.keys.Compare) && a.current != ScreenCompare && a.current != ScreenSearch:
		a.show(ScreenCompare)
		return nil, true
	}
	return nil, false
}

// inputFocused reports whether the screen shown has a text input with the keyboard.
func (a *App) inputFocused() bool {
	switch a.current {
	case ScreenLibrary:
		return a.library.inputFocused()
	case ScreenReader:
		return a.reader.inputFocused()
	case ScreenSearch:
		return a.search.inputFocused()
	case ScreenCompare:
		return a.compare.inputFocused()
	case ScreenSideBySide:
		return a.side.inputFocused()
	case ScreenChanges:
		return a.changes.inputFocused()
	case ScreenHistory:
		return a.hist.inputFocused()
	}
	return false
}

// updateCurrent gives msg to the screen shown.
func (a *App) updateCurrent(msg tea.Msg) tea.Cmd {
	switch a.current {
	case ScreenLibrary:
		return a.library.update(msg)
	case ScreenReader:
		return a.reader.update(msg)
	case ScreenSearch:
		return a.search.update(msg)
	case ScreenCompare:
		return a.compare.update(msg)
	case ScreenSideBySide:
		return a.side.update(msg)
	case ScreenChanges:
		return a.changes.update(msg)
	case ScreenHistory:
		return a.hist.update(msg)
	}
	return nil
}

// broadcast gives msg to every screen.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	return tea.Batch(a.library.update(msg), a.reader.update(msg), a.search.update(msg),
		a.compare.update(msg), a.side.update(msg), a.changes.update(msg), a.hist.update(msg))
}

// show makes s the screen shown, remembering the current one for BackMsg.
func (a *App) show(s Screen) {
	if s == a.current {
		return
	}
	if a.current == ScreenLibrary {
		a.library.leave()
	}
	a.history = append(a.history, a.current)
	a.current = s
	if s == ScreenLibrary {
		a.history = a.history[:0] // the library is home: esc from there goes nowhere
	}
	a.reader.backTo = a.previous()
	a.syncCompare()
}

// syncCompare gives the compare screen the policies loaded since it last had them, when it is
// the screen shown.
func (a *App) syncCompare() {
	if a.compareStale && a.current == ScreenCompare {
		a.compareStale = false
		a.compare.setPolicies(a.store.policies)
	}
}

// previous returns the screen BackMsg returns to.
func (a *App) previous() Screen {
	if n := len(a.history); n > 0 {
		return a.history[n-1]
	}
	return ScreenLibrary
}

// back returns to the previous screen, or to the library.
func (a *App) back() {
	a.current = a.previous()
	if n := len(a.history); n > 0 {
		a.history = a.history[:n-1]
	}
	a.reader.backTo = a.previous()
	a.syncCompare()
}

// openClause opens the reader at the clause of msg.
func (a *App) openClause(msg OpenClauseMsg) tea.Cmd {
	if msg.Policy == nil {
		return nil
	}
	part := 0
	if msg.Clause >= 0 && msg.Clause < len(msg.Policy.Clauses) {
		part = partOfClause(msg.Policy, msg.Clause)
	}
	a.show(ScreenReader)
	cmd := a.reader.open(msg.Policy, part, msg.Clause)
	a.reader.showSearch(msg) // find.go
	return cmd
}

// openSideBySide shows two documents on the side-by-side screen: two policies, or two
// language parts of one.
func (a *App) openSideBySide(msg OpenSideBySideMsg) tea.Cmd {
	if msg.Left == nil || msg.Right == nil {
		return nil
	}
	a.show(ScreenSideBySide)
	return a.side.update(msg)
}

// statusBar returns the status bar of the screen shown, where errMsg shows.
func (a *App) statusBar() *statusBar {
	switch a.current {
	case ScreenReader:
		return &a.reader.status
	case ScreenSearch:
		return &a.search.status
	case ScreenCompare:
		return &a.compare.status
	case ScreenSideBySide:
		return &a.side.status
	case ScreenChanges:
		return &a.changes.status
	case ScreenHistory:
		return &a.hist.status
	}
	return &a.library.status
}

// partOfClause returns the language part holding clause c of p.
func partOfClause(p *model.Policy, c int) int {
	for i, pt := range p.Parts {
		if c >= pt.FirstClause && c < pt.EndClause {
			return i
		}
	}
	return 0
}

// resize lays every screen out for a terminal of width x height cells.
func (a *App) resize(width, height int) tea.Cmd {
	a.width, a.height = width, height
	a.library.setSize(width, height)
	return tea.Batch(a.reader.setSize(width, height), a.search.setSize(width, height),
		a.compare.setSize(width, height), a.side.setSize(width, height), a.changes.setSize(width, height),
		a.hist.setSize(width, height))
}

// setDark rebuilds the styles for the terminal's background and re-renders what needs it.
func (a *App) setDark(isDark bool) tea.Cmd {
	if isDark == a.dark {
		return nil
	}
	a.dark = isDark
	st := newStyles(isDark, a.store.styles.NoColor)
	a.store.styles = st
	a.library.setStyles(st)
	return tea.Batch(a.reader.setStyles(st), a.search.setStyles(st), a.compare.setStyles(st), a.side.setStyles(st),
		a.changes.setStyles(st), a.hist.setStyles(st))
}

// tooSmall reports whether the terminal is below the smallest usable size.
func (a *App) tooSmall() bool { return a.width < minWidth || a.height < minHeight }

// View draws the screen shown, in the alternate screen with mouse wheel reporting.
func (a *App) View() tea.View {
	var content string
	switch {
	case a.width == 0 || a.height == 0:
		content = ""
	case a.tooSmall():
		content = a.tooSmallView()
	default:
		content = a.screenView()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = a.windowTitle()
	v.ProgressBar = a.terminalProgress()
	return v
}

// terminalProgress returns the terminal's own progress indicator (a tab or taskbar bar, where
// the terminal has one) while policies load in the background; nil clears it.
func (a *App) terminalProgress() *tea.ProgressBar {
	l := &a.library
	switch {
	case !l.loading:
		return nil
	case l.loadTotal <= 0:
		return tea.NewProgressBar(tea.ProgressBarIndeterminate, 0)
	default:
		return tea.NewProgressBar(tea.ProgressBarDefault, min(100, 100*l.loadDone/l.loadTotal))
	}
}

// windowTitle names the app and, in the reader, the policy read. The policy's title was
// sanitised by the parser, so it cannot end the title sequence early.
func (a *App) windowTitle() string {
	if a.current == ScreenReader && a.reader.policy != nil {
		return "fineprint · " + truncateCells(a.reader.policy.DisplayName(), 60)
	}
	return "fineprint"
}

// screenView returns the view of the screen shown.
func (a *App) screenView() string {
	switch a.current {
	case ScreenLibrary:
		return a.library.view()
	case ScreenReader:
		return a.reader.view()
	case ScreenSearch:
		return a.search.view()
	case ScreenCompare:
		return a.compare.view()
	case ScreenSideBySide:
		return a.side.view()
	case ScreenChanges:
		return a.changes.view()
	case ScreenHistory:
		return a.hist.view()
	}
	return a.library.view()
}

// tooSmallView is shown below minWidth x minHeight: what is needed, centred as far as the
// terminal allows.
func (a *App) tooSmallView() string {
	msg := fmt.Sprintf("terminal too small\n%dx%d, need %dx%d\nq quits", a.width, a.height, minWidth, minHeight)
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = truncateCells(l, a.width)
	}
	return lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
}

// loadBatchMsg carries the load events that arrived together; closed is set when the channel
// has been closed (after the events in the batch).
type loadBatchMsg struct {
	events []LoadEvent
	closed bool
}

// Batching of background loads: the first event is waited for, then more are gathered for at
// most loadBatchWait or up to loadBatchMax, so a folder of a thousand files costs a few dozen
// updates rather than a thousand.
const (
	loadBatchWait = 40 * time.Millisecond
	loadBatchMax  = 256
)

// waitLoads returns the command that receives the next batch of load events from ch.
func waitLoads(ch <-chan LoadEvent) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-ch
		if !ok {
			return loadBatchMsg{closed: true}
		}
		batch := loadBatchMsg{events: []LoadEvent{ev}}
		timeout := time.NewTimer(loadBatchWait)
		defer timeout.Stop()
		for len(batch.events) < loadBatchMax {
			select {
			case ev, ok := <-ch:
				if !ok {
					batch.closed = true
					return batch
				}
				batch.events = append(batch.events, ev)
			case <-timeout.C:
				return batch
			}
		}
		return batch
	}
}

// handleLoads adds the loaded policies to every screen, reports progress and errors, and waits
// for the next batch unless loading has ended.
func (a *App) handleLoads(msg loadBatchMsg) tea.Cmd {
	var added []*model.Policy
	var expire tea.Cmd
	for _, ev := range msg.events {
		a.library.loadDone, a.library.loadTotal = ev.Done, ev.Total
		switch {
		case ev.Err != nil:
			expire = a.library.addLoadError(loadErrorText(ev)) // only the last message's timer matters
		case ev.Policy != nil:
			added = append(added, ev.Policy)
			a.loadOrder[ev.Policy] = ev.Order
		}
	}
	cmds := []tea.Cmd{expire}
	if len(added) > 0 {
		a.store.add(added...)
		a.sortLoaded()
		ps := a.store.policies
		a.library.setPolicies(ps)
		cmds = append(cmds, a.store.analyzeNext())
		// The matrix takes the new columns when it is shown (syncCompare): naming 5,000
		// columns at every batch of loaded files would be seconds of the UI goroutine.
		a.compareStale = true
		a.syncCompare()
		a.searchStale = true
	}
	if msg.closed {
		a.library.loading = false
		a.loads = nil
	} else {
		cmds = append(cmds, waitLoads(a.loads))
	}
	return tea.Batch(append(cmds, a.indexForSearch())...)
}

// sortLoaded puts the store's policies in library order whichever file finished loading first:
// Options.Policies first as given, then the background loads by LoadEvent.Order (the order of
// the paths given, folders sorted by name).
func (a *App) sortLoaded() {
	order := func(p *model.Policy) int {
		if o, ok := a.loadOrder[p]; ok {
			return o
		}
		return -1
	}
	slices.SortStableFunc(a.store.policies, func(p, q *model.Policy) int { return cmp.Compare(order(p), order(q)) })
}

// indexForSearch gives the search screen the policies that arrived since it was last given
// them, when it is shown or loading has ended. Each time it is given policies it indexes them
// all again, so while a large folder loads behind another screen it waits for the end rather
// than rebuilding its index batch after batch (6.5 CPU-s of 60 with 5,000 policies).
func (a *App) indexForSearch() tea.Cmd {
	if !a.searchStale || (a.library.loading && a.current != ScreenSearch) {
		return nil
	}
	a.searchStale = false
	return a.search.setPolicies(a.store.policies)
}

// loadErrorText returns the status line for a failed load: the error, prefixed by the file
// when the error does not name it, sanitised (a file name may hold escape sequences too).
func loadErrorText(ev LoadEvent) string {
	text := ev.Err.Error()
	if ev.Path != "" && !strings.Contains(text, ev.Path) {
		text = ev.Path + ": " + text
	}
	return model.Sanitize(strings.ReplaceAll(text, "\n", " "))
}
