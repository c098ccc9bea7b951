package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"fineprint/policies"
	"fineprint/ui"
)

// runUI runs the TUI; tests replace it.
var runUI = ui.Run

// runTUI is what `fineprint [PATH...]` runs: the reader on the bundled policies at once, and
// on the files and folders in args (and the config file's folders) as they load in the
// background.
func runTUI(cmd *cobra.Command, args []string) (err error) {
	if err := checkPathArgs(cmd, args); err != nil {
		return err
	}
	noBundled, err := cmd.Flags().GetBool(flagNoBundled)
	if err != nil {
		return err
	}
	opts := ui.Options{History: openGitHistory}
	if !noBundled {
		if opts.Policies, err = policies.Bundled(); err != nil {
			return err
		}
	}
	extra, cfgErr := configFolders()
	extra = append(extra, args...)
	if noBundled && len(extra) == 0 {
		return usageErrorf("nothing to read: --no-bundled and no files or folders given")
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel() // stops the loader when the user quits first
	if len(extra) > 0 || cfgErr != nil {
		ch := make(chan ui.LoadEvent, 64)
		opts.Loads = ch
		go func() {
			defer close(ch)
			send := func(ev ui.LoadEvent) {
				select {
				case ch <- ev:
				case <-ctx.Done():
				}
			}
			if cfgErr != nil {
				send(ui.LoadEvent{Err: cfgErr})
			}
			policies.Load(ctx, extra, policies.LoadOptions{}, func(ev policies.Event) {
				send(ui.LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: ev.Err, Done: ev.Done, Total: ev.Total})
			})
		}()
	}
	// ui.Run recovers panics in the program itself; this is the last line of defence for
	// anything that escapes it: the terminal is put back as it was before the error is printed.
	restore := saveTerminal(cmd.OutOrStdout())
	defer func() {
		if r := recover(); r != nil {
			restore()
			err = fmt.Errorf("fineprint crashed: %v\n%s\n%s", r, debug.Stack(), crashReportHint)
		}
	}()
	return runUI(opts)
}

// crashReportHint follows a crash report.
const crashReportHint = "The terminal has been restored. This is a bug in fineprint: please report it, " +
	"with the message above and the files you opened, as an issue in the fineprint repository."

// saveTerminal records the state of the terminal on stdin and returns a function that puts it
// back and undoes the modes a TUI switches on (alternate screen, hidden cursor, mouse
// reporting, bracketed paste). Both are no-ops when stdin is not a terminal.
func saveTerminal(out io.Writer) func() {
	fd := os.Stdin.Fd()
	if !term.IsTerminal(fd) {
		return func() {}
	}
	state, err := term.GetState(fd)
	return func() {
		if err == nil {
			_ = term.Restore(fd, state)
		}
		_, _ = io.WriteString(out, "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\r\n")
	}
}

// checkPathArgs turns a mistyped command (`fineprint lsit`) into a usage error instead of a
// "no such file" load error: an argument that does not exist and does not look like a path.
func checkPathArgs(cmd *cobra.Command, args []string) error {
	for _, a := range args {
		if strings.ContainsAny(a, `./\`) {
			continue
		}
		if _, err := os.Stat(a); errors.Is(err, fs.ErrNotExist) {
			var names []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return usageErrorf("unknown command or path %q (commands: %s)", a, strings.Join(names, ", "))
		}
	}
	return nil
}
