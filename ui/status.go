package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// statusKind says what a status message is: information or an error.
type statusKind uint8

// The kinds of status message.
const (
	statusInfo statusKind = iota
	statusError
)

// String returns "info" or "error".
func (k statusKind) String() string {
	if k == statusError {
		return "error"
	}
	return "info"
}

// How long a status message stays: an error longer, so that it can be read.
const (
	statusInfoTTL  = 5 * time.Second
	statusErrorTTL = 10 * time.Second
)

// ttl returns how long a message of kind k stays.
func (k statusKind) ttl() time.Duration {
	if k == statusError {
		return statusErrorTTL
	}
	return statusInfoTTL
}

// errMsg carries a failure of a command to the status line of the screen shown (App.Update).
type errMsg struct{ err error }

// errCmd returns the command that reports err in the status line; nil for a nil err.
func errCmd(err error) tea.Cmd {
	if err == nil {
		return nil
	}
	return func() tea.Msg { return errMsg{err: err} }
}

// statusShownMsg says that message id of bar is shown and should go after ttl: the App starts
// the timer (App.statusAfter, a tea.Tick), which sends statusExpiredMsg.
type statusShownMsg struct {
	bar *statusBar
	id  int
	ttl time.Duration
}

// statusExpiredMsg says that message id of bar has been shown long enough. The App hands it to
// bar; a bar that shows a newer message (another id) ignores it.
type statusExpiredMsg struct {
	bar *statusBar
	id  int
}

// tickAfter returns the command that sends msg after d: the App's statusAfter.
func tickAfter(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// statusBar is the transient message of a screen's status line, the one implementation every
// screen uses: a message set with info or fail stays statusInfoTTL or statusErrorTTL, then the
// line goes back to what the screen shows by default. Each message has an id, so the timer of
// an older message never clears a newer one.
type statusBar struct {
	text string
	kind statusKind
	id   int
}

// info shows text as information and returns the command that expires it.
func (b *statusBar) info(text string) tea.Cmd { return b.set(text, statusInfo) }

// fail shows text as an error and returns the command that expires it.
func (b *statusBar) fail(text string) tea.Cmd { return b.set(text, statusError) }

// set shows text (made one safe line) as a message of kind k and returns the command that
// expires it; an empty text clears the bar.
func (b *statusBar) set(text string, k statusKind) tea.Cmd {
	b.id++
	b.text = model.Sanitize(strings.Join(strings.Fields(text), " "))
	b.kind = k
	if b.text == "" {
		return nil
	}
	msg := statusShownMsg{bar: b, id: b.id, ttl: k.ttl()}
	return func() tea.Msg { return msg }
}

// clear removes the message at once.
func (b *statusBar) clear() { b.set("", statusInfo) }

// expire removes the message msg is about, if it is still the one shown.
func (b *statusBar) expire(msg statusExpiredMsg) {
	if msg.bar == b && msg.id == b.id {
		b.text = ""
	}
}

// shown reports whether a message is shown.
func (b *statusBar) shown() bool { return b.text != "" }

// isErr reports whether the message shown is an error.
func (b *statusBar) isErr() bool { return b.text != "" && b.kind == statusError }

// helpLines returns a screen's help: the short help, fitted so that must (help and quit) always
// shows, or, while h.ShowAll is set and it takes at most room lines (what the screen can spare
// for it), the full help, whose columns full returns.
func helpLines(h help.Model, want, must []key.Binding, full func() [][]key.Binding, width, room int) []string {
	if h.ShowAll { // full is called only then: a screen's help is built on every frame
		if f := h.FullHelpView(full()); strings.Count(f, "\n")+1 <= room {
			return strings.Split(f, "\n")
		}
	}
	return []string{fitShortHelp(h, want, must, width)}
}

// helpKey and quitKey are the help and quit bindings of the screens whose key maps list them
// beside their own keys (quit is handled by the App).
func helpKey() key.Binding { return key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")) }
func quitKey() key.Binding { return key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")) }

// label returns the message unstyled, an error marked ✗ (a symbol, not only a colour); "" when
// there is none.
func (b *statusBar) label() string {
	if b.isErr() {
		return "✗ " + b.text
	}
	return b.text
}

// view returns the message in at most width cells: an error in the error style, information in
// the subtle one; "" when there is none.
func (b *statusBar) view(st *Styles, width int) string {
	if b.text == "" || width <= 0 {
		return ""
	}
	if b.kind == statusError {
		return st.Error.Render(truncateCells(b.label(), width))
	}
	return st.Subtle.Render(truncateCells(b.label(), width))
}
