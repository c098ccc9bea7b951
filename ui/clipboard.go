package ui

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// The reader's copy: y copies the clause under the cursor (see ReaderPane.CursorClause), Y the
// section being read with its subsections, as canonical markdown. The text goes to the
// terminal's clipboard with OSC 52 (tea.SetClipboard; tmux and most terminals pass it on,
// some refuse it) and, when one is installed, through the system's clipboard program as well
// (pbcopy, wl-copy, xclip, xsel), so a copy works in a terminal that ignores OSC 52.

// noticeMsg carries a message for the reader's status line from a command of clipboard.go or
// external.go.
type noticeMsg struct {
	text string
	kind statusKind
}

// clipboardTimeout bounds how long a clipboard program may take.
const clipboardTimeout = 3 * time.Second

// copyClause copies the clause under the cursor and marks it, so the reader sees what was copied.
func (r *readerScreen) copyClause() tea.Cmd {
	p := &r.pane
	c := p.CursorClause()
	if c < 0 {
		return r.status.fail("nothing to copy: no clause on screen")
	}
	p.Mark(c)
	cl := r.policy.Clauses[c]
	what := fmt.Sprintf("clause %d", c+1)
	if s := sectionRef(r.policy, cl.Section); s != "" {
		what = s + " (" + what + ")" // the section first: a narrow status line keeps it
	}
	return r.copyText(cl.Text, what)
}

// copySection copies the section being read, its subsections included, as markdown.
func (r *readerScreen) copySection() tea.Cmd {
	p := &r.pane
	sec := p.CurrentSection()
	if sec < 0 {
		text := r.policy.PreambleMarkdown(p.Part())
		if strings.TrimSpace(text) == "" {
			return r.status.fail("nothing to copy: no section here")
		}
		return r.copyText(text, "the text before the first heading")
	}
	return r.copyText(sectionText(r.policy, sec), sectionRef(r.policy, sec))
}

// sectionText returns section i of p and the sections nested in it, as canonical markdown.
func sectionText(p *model.Policy, i int) string {
	var parts []string
	for j := i; j < len(p.Sections); j++ {
		if j > i && (p.Sections[j].Level <= p.Sections[i].Level || p.Sections[j].Part != p.Sections[i].Part) {
			break
		}
		if md := strings.TrimSpace(p.SectionMarkdown(j)); md != "" {
			parts = append(parts, md)
		}
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// sectionRef names section i for a status message: "§4", or its title when it has no number.
func sectionRef(p *model.Policy, i int) string {
	if i < 0 || i >= len(p.Sections) {
		return ""
	}
	if n := p.Sections[i].Number; n != "" {
		return "§" + n
	}
	return "“" + truncateCells(p.Sections[i].Title, 30) + "”"
}

// copyText sends text (sanitised: nothing in it may act on a terminal) to the clipboard and says
// what was copied; the clipboard program's answer refines the message when it comes.
func (r *readerScreen) copyText(text, what string) tea.Cmd {
	text = model.Sanitize(text)
	n := utf8.RuneCountInString(text)
	msg := fmt.Sprintf("copied %d %s of %s", n, model.Plural(n, "character", "characters"), what)
	find := r.extra.clipboard
	if find == nil {
		find = clipboardProgram
	}
	prog := find()
	if prog == nil {
		// Nothing can confirm an OSC 52 write: say how it went out.
		return tea.Batch(r.status.info(msg+" · OSC 52"), tea.SetClipboard(text))
	}
	return tea.Batch(r.status.info(msg), tea.SetClipboard(text), runClipboard(prog, text, msg))
}

// clipboardProgram returns the command line of the system's clipboard program, nil when none
// is installed for the display in use: pbcopy on macOS, wl-copy under Wayland, xclip or xsel
// under X11.
func clipboardProgram() []string {
	var candidates [][]string
	switch {
	case runtime.GOOS == "darwin":
		candidates = [][]string{{"pbcopy"}}
	case os.Getenv("WAYLAND_DISPLAY") != "":
		candidates = [][]string{{"wl-copy"}}
	}
	if os.Getenv("DISPLAY") != "" {
		candidates = append(candidates, []string{"xclip", "-selection", "clipboard"}, []string{"xsel", "--clipboard", "--input"})
	}
	for _, c := range candidates {
		if _, err := exec.LookPath(c[0]); err == nil {
			return c
		}
	}
	return nil
}

// runClipboard returns the command that pipes text into the clipboard program prog and reports
// how it went, after msg (what was copied).
func runClipboard(prog []string, text, msg string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), clipboardTimeout)
		defer cancel()
		c := exec.CommandContext(ctx, prog[0], prog[1:]...)
		name := filepath.Base(prog[0])
		c.Stdin = strings.NewReader(text)
		// No pipes for its output: xclip and wl-copy leave a process behind to serve the
		// clipboard, and waiting for it to close a pipe would never end.
		if err := c.Run(); err != nil {
			return noticeMsg{text: fmt.Sprintf("%s · OSC 52 only: %s failed: %v", msg, name, err), kind: statusError}
		}
		return noticeMsg{text: fmt.Sprintf("%s · OSC 52 and %s", msg, name)}
	}
}
