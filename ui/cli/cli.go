// Package cli holds what fineprint's commands print: every text table and every JSON shape of
// the command line (list, toc, show, search, compare, diff, history), the loading progress line,
// and the glue between the one loader (package policies) and the commands and the TUI: what a
// command does with load errors, which policy an ID or a path names, the git history as the
// history screen reads it. Package main parses the command line; this package does the rest.
package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"fineprint/model"
)

// UsageError is a mistake in the command line (an unknown ID, section, flag): exit code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a UsageError with the formatted message.
func Usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// Report writes err to w as fineprint's message, "fineprint: " before each of its lines (a
// config file's bad lines are one error), sanitised.
func Report(w io.Writer, err error) {
	fmt.Fprintln(w, "fineprint: "+strings.ReplaceAll(model.Sanitize(err.Error()), "\n", "\nfineprint: "))
}

// writeJSON writes v as indented JSON and a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}

// clip shortens s to at most n terminal cells, ending it with "…" when cut.
func clip(s string, n int) string {
	return ansi.Truncate(s, n, "…")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// ProgressLine returns a progress callback that keeps a line such as "loading files 350/1000"
// (what, then the counts) up to date on w when w is a terminal (at most ten times a second, and only for loads lasting
// long enough to need it), and a function that clears the line. Both do nothing otherwise.
func ProgressLine(w io.Writer, what string) (progress func(done, total int), clear func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func(int, int) {}, func() {}
	}
	start, last, shown := time.Now(), time.Time{}, false
	progress = func(done, total int) {
		now := time.Now()
		if total == 0 || now.Sub(start) < 300*time.Millisecond || now.Sub(last) < 100*time.Millisecond {
			return
		}
		last, shown = now, true
		fmt.Fprintf(f, "\rfineprint: %s %d/%d\x1b[K", what, done, total)
	}
	clear = func() {
		if shown {
			fmt.Fprint(f, "\r\x1b[K")
		}
	}
	return progress, clear
}
