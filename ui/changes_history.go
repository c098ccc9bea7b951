package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// HistoryVersion is one committed version of a policy file.
type HistoryVersion struct {
	Commit  string // full hash
	Date    time.Time
	Subject string
}

// HistorySummary is what version Index (of HistorySource.Versions) changed against the one
// before it.
type HistorySummary struct {
	Index int
	Text  string
}

// HistorySource is a policy file's git history as the history screen reads it. The ui package
// does not run git itself: ui/cli builds one on policies.Repo (cli.OpenHistory).
type HistorySource interface {
	// Name is the file as the user named it.
	Name() string
	// Versions lists the versions, newest first.
	Versions(ctx context.Context) ([]HistoryVersion, error)
	// Load reads and parses version i of Versions.
	Load(i int) (*model.Policy, error)
	// Summarize sends the summary of every version on out as it is computed and closes out.
	Summarize(ctx context.Context, out chan<- HistorySummary)
}

// OpenHistoryMsg asks the App to show the history of Path (a policy's Source).
type OpenHistoryMsg struct{ Path string }

// historyOpenedMsg carries a history listed in a command.
type historyOpenedMsg struct {
	path     string
	src      HistorySource
	versions []HistoryVersion
}

// historySummariesMsg carries the summaries that arrived together; closed when the source
// has sent them all.
type historySummariesMsg struct {
	src    HistorySource
	batch  []HistorySummary
	closed bool
}

// hasHistory reports whether p came from a file that may be in a git repository.
func hasHistory(p *model.Policy) bool {
	return p != nil && p.Source != "" && !strings.HasPrefix(p.Source, "bundled:") && !strings.Contains(p.Source, "@")
}

// openHistory returns the command asking for p's history.
func openHistory(p *model.Policy) tea.Cmd {
	msg := OpenHistoryMsg{Path: p.Source}
	return func() tea.Msg { return msg }
}

// openChanges handles the messages that open the changes and history screens: the App's one
// hook for them (see Update).
func (a *App) openChanges(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case OpenChangesMsg:
		if msg.Old != nil && msg.New != nil {
			a.show(ScreenChanges)
			return a.changes.update(msg)
		}
	case OpenHistoryMsg:
		if a.historyOpener == nil {
			return errCmd(errors.New("history: not available"))
		}
		open, path := a.historyOpener, msg.Path
		return func() tea.Msg {
			src, err := open(path)
			if err != nil {
				return errMsg{err: err}
			}
			vs, err := src.Versions(context.Background())
			if err != nil {
				return errMsg{err: err}
			}
			return historyOpenedMsg{path: path, src: src, versions: vs}
		}
	case historyOpenedMsg:
		a.show(ScreenHistory)
		return a.hist.update(msg)
	}
	return nil
}

// waitSummaries returns the command that receives the next batch of summaries from ch.
func waitSummaries(src HistorySource, ch <-chan HistorySummary) tea.Cmd {
	return func() tea.Msg {
		s, ok := <-ch
		if !ok {
			return historySummariesMsg{src: src, closed: true}
		}
		msg := historySummariesMsg{src: src, batch: []HistorySummary{s}}
		timeout := time.NewTimer(50 * time.Millisecond)
		defer timeout.Stop()
		for len(msg.batch) < 64 {
			select {
			case s, ok := <-ch:
				if !ok {
					msg.closed = true
					return msg
				}
				msg.batch = append(msg.batch, s)
			case <-timeout.C:
				return msg
			}
		}
		return msg
	}
}

// historyKeyMap holds the history screen's keys.
type historyKeyMap struct {
	navKeyMap
	Mark key.Binding
	Open key.Binding // the two marked versions, or the current one against the one before
	Back key.Binding
	Help key.Binding
	Quit key.Binding // handled by the App; listed so the help says it
}

func newHistoryKeyMap() historyKeyMap {
	k := historyKeyMap{
		navKeyMap: newNavKeyMap(),
		Mark:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark")),
		Open:      key.NewBinding(key.WithKeys("enter", "D"), key.WithHelp("enter", "what changed")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      helpKey(),
		Quit:      quitKey(),
	}
	k.Top.SetHelp("g", "newest")
	k.Bottom.SetHelp("G", "oldest")
	return k
}

// historyScreen lists a file's versions, newest first, at once; each version's summary fills
// in as the background comparison reaches it. space marks two versions and enter compares
// them; with none marked, enter compares the version under the cursor with the one before.
type historyScreen struct {
	st            *changesStyles
	keys          historyKeyMap
	help          help.Model
	width, height int

	src       HistorySource
	name      string
	versions  []HistoryVersion
	summaries []string
	pending   int                   // summaries still to come
	ch        <-chan HistorySummary // where they come from
	cancel    context.CancelFunc
	cursor    int
	offset    int
	marked    []int     // at most two, in the order marked
	status    statusBar // transient messages
}

// newHistoryScreen returns an empty history screen drawing with the store's styles.
func newHistoryScreen(shared *store) *historyScreen {
	s := &historyScreen{st: shared.styles.Changes, keys: newHistoryKeyMap(), help: help.New()}
	s.help.Styles = shared.styles.Help
	return s
}

func (s *historyScreen) setSize(width, height int) tea.Cmd {
	s.width, s.height = width, height
	s.clamp()
	return nil
}

// setStyles redraws with st, after the terminal's background became known.
func (s *historyScreen) setStyles(st *Styles) tea.Cmd {
	s.st = st.Changes
	s.help.Styles = st.Help
	return nil
}

// inputFocused is false: the screen has no text input.
func (s *historyScreen) inputFocused() bool { return false }

// versionsLoadedMsg carries two versions read for comparison.
type versionsLoadedMsg struct {
	src      HistorySource
	old, new *model.Policy
	err      error
}

func (s *historyScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case historyOpenedMsg:
		if s.cancel != nil {
			s.cancel()
		}
		s.src, s.name, s.versions = msg.src, msg.path, msg.versions
		s.summaries = make([]string, len(msg.versions))
		s.pending, s.cursor, s.offset, s.marked = len(msg.versions), 0, 0, nil
		s.status.clear()
		ctx, cancel := context.WithCancel(context.Background())
		s.cancel = cancel
		ch := make(chan HistorySummary)
		s.ch = ch
		go msg.src.Summarize(ctx, ch)
		return waitSummaries(msg.src, ch)
	case historySummariesMsg:
		if msg.src != s.src {
			return nil // from a history no longer shown: its goroutine was cancelled
		}
		for _, sm := range msg.batch {
			if sm.Index >= 0 && sm.Index < len(s.summaries) {
				s.summaries[sm.Index] = sm.Text
				s.pending--
			}
		}
		if msg.closed {
			s.pending = 0
			return nil
		}
		return s.waitMore(msg.src)
	case versionsLoadedMsg:
		if msg.src != s.src {
			return nil
		}
		if msg.err != nil {
			return s.status.fail(msg.err.Error())
		}
		open := OpenChangesMsg{Old: msg.old, New: msg.new}
		return func() tea.Msg { return open }
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return nil
}

// waitMore keeps receiving summaries from the history shown.
func (s *historyScreen) waitMore(src HistorySource) tea.Cmd {
	if s.ch == nil {
		return nil
	}
	return waitSummaries(src, s.ch)
}

func (s *historyScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Help):
		s.help.ShowAll = !s.help.ShowAll
	case key.Matches(msg, k.Down):
		s.cursor++
	case key.Matches(msg, k.Up):
		s.cursor--
	case key.Matches(msg, k.PageDown):
		s.cursor += s.rows()
	case key.Matches(msg, k.PageUp):
		s.cursor -= s.rows()
	case key.Matches(msg, k.HalfDown):
		s.cursor += s.rows() / 2
	case key.Matches(msg, k.HalfUp):
		s.cursor -= s.rows() / 2
	case key.Matches(msg, k.Top):
		s.cursor = 0
	case key.Matches(msg, k.Bottom):
		s.cursor = len(s.versions) - 1
	case key.Matches(msg, k.Mark):
		return s.toggleMark()
	case key.Matches(msg, k.Open):
		return s.open()
	}
	s.clamp()
	return nil
}

// toggleMark marks or unmarks the version under the cursor; a third mark replaces the first.
func (s *historyScreen) toggleMark() tea.Cmd {
	if len(s.versions) == 0 {
		return nil
	}
	for i, m := range s.marked {
		if m == s.cursor {
			s.marked = append(s.marked[:i], s.marked[i+1:]...)
			return s.status.info("unmarked")
		}
	}
	s.marked = append(s.marked, s.cursor)
	if len(s.marked) > 2 {
		s.marked = s.marked[1:]
	}
	if len(s.marked) == 2 {
		return s.status.info("two versions marked · enter: what changed")
	}
	return s.status.info("mark one more, or enter: against the version before")
}

// open returns the command that reads the two versions to compare: the marked ones, older
// first, or the version under the cursor and the one before it.
func (s *historyScreen) open() tea.Cmd {
	if len(s.versions) == 0 {
		return nil
	}
	oldI, newI := s.cursor+1, s.cursor
	if len(s.marked) == 2 {
		oldI, newI = max(s.marked[0], s.marked[1]), min(s.marked[0], s.marked[1])
	}
	if oldI >= len(s.versions) {
		return s.status.fail("the oldest version has none before it: mark two with m")
	}
	src := s.src
	return func() tea.Msg {
		o, err := src.Load(oldI)
		if err != nil {
			return versionsLoadedMsg{src: src, err: err}
		}
		n, err := src.Load(newI)
		return versionsLoadedMsg{src: src, old: o, new: n, err: err}
	}
}

// rows is the screen less its frame: title and column header on top, the status line and the
// help at the bottom.
func (s *historyScreen) rows() int { return max(1, s.height-3-len(s.helpLines())) }

// helpLines lists the keys: one line, or the full help.
func (s *historyScreen) helpLines() []string {
	k := s.keys
	return helpLines(s.help, []key.Binding{k.Open, k.Mark, k.Down, k.Up, k.Top, k.Bottom}, []key.Binding{k.Back, k.Help, k.Quit},
		func() [][]key.Binding {
			return [][]key.Binding{
				{k.Up, k.Down, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp, k.Top, k.Bottom},
				{k.Open, k.Mark, k.Back, k.Help, k.Quit},
			}
		}, s.width, s.height-5) // at least two rows stay
}

func (s *historyScreen) clamp() {
	s.cursor = min(max(s.cursor, 0), max(0, len(s.versions)-1))
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	rows := s.rows()
	if s.cursor >= s.offset+rows {
		s.offset = s.cursor - rows + 1
	}
	s.offset = max(0, min(s.offset, len(s.versions)-rows))
}

func (s *historyScreen) view() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	title := fmt.Sprintf("History: %s · %d %s", model.Sanitize(s.name), len(s.versions), model.Plural(len(s.versions), "version", "versions"))
	out := []string{truncateCells(s.st.title.Render(title), s.width),
		s.st.subtle.Render(truncateCells("   DATE        COMMIT        WHAT CHANGED", s.width))}
	help := s.helpLines()
	for i := range max(1, s.height-3-len(help)) { // rows, the help built once
		j := s.offset + i
		if j >= len(s.versions) {
			out = append(out, "")
			continue
		}
		v := s.versions[j]
		mark := "  "
		for _, m := range s.marked {
			if m == j {
				mark = s.st.marked.Render(markGlyph) + " "
			}
		}
		sum := s.summaries[j]
		if sum == "" {
			sum = s.st.subtle.Render("… " + model.Sanitize(v.Subject))
		} else {
			sum = model.Sanitize(sum)
		}
		line := fmt.Sprintf("%s %s  %s  %s", mark, v.Date.Format("2006-01-02"), v.Commit[:min(12, len(v.Commit))], sum)
		line = padCells(line, s.width)
		if j == s.cursor {
			line = s.st.cursor.Render(padCells(ansi.Strip(line), s.width))
		}
		out = append(out, line)
	}
	right := ""
	if s.pending > 0 {
		right = fmt.Sprintf("summaries: %d to go ", s.pending)
	}
	status := s.status.label()
	if s.status.isErr() {
		status = s.st.err.Render(status)
	}
	out = append(out, s.st.status.Render(spread(" "+status, right, s.width)))
	out = append(out, help...)
	return fitLines(strings.Join(out, "\n"), s.width, s.height)
}
