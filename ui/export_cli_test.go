package ui_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"fineprint/policies"
	"fineprint/ui"
	"fineprint/ui/cli"
)

// drive runs cmd and the commands its messages lead to through m, as Bubble Tea would, dropping
// spinner ticks and any command slower than a second (timers).
func drive(m tea.Model, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 100000; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		ch := make(chan tea.Msg, 1)
		go func() { ch <- c() }()
		var msg tea.Msg
		select {
		case msg = <-ch:
		case <-time.After(time.Second):
		}
		switch msg := msg.(type) {
		case nil, spinner.TickMsg, tea.QuitMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// TestCompareMarkdownIsTheExport checks that `fineprint compare --markdown` prints, byte for
// byte, what `e` on the compare screen writes: one markdown matrix writer.
func TestCompareMarkdownIsTheExport(t *testing.T) {
	ps, err := policies.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var printed bytes.Buffer
	if err := cli.WriteCompare(context.Background(), &printed, ps, cli.FormatMarkdown); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	a := ui.New(ui.Options{Policies: ps})
	drive(a, a.Init())
	drive(a, func() tea.Msg { return tea.WindowSizeMsg{Width: 120, Height: 40} })
	for _, k := range []rune{'c', 'e'} {
		drive(a, func() tea.Msg { return tea.KeyPressMsg{Code: k, Text: string(k)} })
	}
	written, err := os.ReadFile(filepath.Join(".", "fineprint-compare.md"))
	if err != nil {
		t.Fatalf("e wrote no file: %v", err)
	}
	if !bytes.Equal(written, printed.Bytes()) {
		t.Errorf("compare --markdown and the TUI export differ:\n--- CLI ---\n%s\n--- TUI ---\n%s", printed.Bytes(), written)
	}
	if !bytes.Contains(written, []byte("| Deletion (`right.deletion`) |")) {
		t.Errorf("the export lacks the deletion row:\n%s", written)
	}
}
