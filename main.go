// Command fineprint reads and compares privacy policies in the terminal.
//
// With no command it opens the TUI on the bundled policies and any files or folders given;
// the commands print what the TUI shows (list, toc, show, compare, search, diff, history).
// This package is the command line only: cobra, flags and exit codes. Policies load through
// package policies' one loader, the answers are printed by package ui/cli, and the TUI is
// package ui. See README.md for the commands and their JSON shapes.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"fineprint/policies"
	"fineprint/ui"
	"fineprint/ui/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, ui.Run)
	stop()
	os.Exit(code)
}

// run executes the command line args, writing to stdout and stderr, with runUI for the TUI, and
// returns the process exit code: 0 on success, 1 when it failed (nothing could be loaded, a
// write failed), 2 for a usage error (unknown command, flag, policy ID, section or language).
func run(ctx context.Context, args []string, stdout, stderr io.Writer, runUI func(ui.Options) error) int {
	root := newRootCmd(runUI)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	strictCompletion(root) // after SetOut: cobra's completion command keeps the writer it sees
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	cli.Report(stderr, err)
	var ue *cli.UsageError
	if errors.As(err, &ue) || policies.Fatal([]error{err}) != nil {
		return 2
	}
	return 1
}

// newRootCmd builds the command tree; the commands are in commands.go.
func newRootCmd(runUI func(ui.Options) error) *cobra.Command {
	root := newCmd("", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error { return runTUI(cmd, args, runUI) })
	root.Version, root.SilenceUsage, root.SilenceErrors = cli.Version(), true, true
	root.PersistentFlags().Bool(flagNoBundled, false, "leave out the bundled policies")
	root.Flags().Int("reader-width", ui.DefaultReaderWidth, "widest text column of the reader, in cells (0: full width; config: reader-width = N)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return cli.Usagef("%v", err) })
	root.AddCommand(newListCmd(), newTocCmd(), newShowCmd(), newCompareCmd(), newSearchCmd(), newDiffCmd(),
		newHistoryCmd(runUI))
	return root
}

// runTUI is what `fineprint [PATH...]` runs: the reader on the bundled policies at once, and
// on the files and folders in args (and the config file's folders) as they load in the
// background. ui.Run is the one crash net: it restores the terminal and reports a panic.
func runTUI(cmd *cobra.Command, args []string, runUI func(ui.Options) error) error {
	for _, a := range args { // `fineprint lsit` is a mistyped command, not a missing file
		if !policies.IsPath(a) {
			var names []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return cli.Usagef("unknown command or path %q (commands: %s)", a, strings.Join(names, ", "))
		}
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel() // stops the loader when the user quits first
	opts, err := cli.TUIOptions(ctx, sources(cmd, args, false))
	if err != nil {
		return err
	}
	if cmd.Flags().Changed("reader-width") {
		if opts.ReaderWidth, _ = cmd.Flags().GetInt("reader-width"); opts.ReaderWidth < 0 {
			return cli.Usagef("--reader-width wants 0 (full width) or more cells, got %d", opts.ReaderWidth)
		}
	}
	return runUI(opts)
}

// strictCompletion makes `fineprint completion SHELL` a usage error (exit code 2) naming the
// shells there are when SHELL is not one of them; cobra would print help and exit 0.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	c, _, err := root.Find([]string{"completion"})
	if err != nil {
		return
	}
	var shells []string
	for _, s := range c.Commands() {
		shells = append(shells, s.Name())
	}
	c.Args = cobra.ArbitraryArgs
	c.RunE = func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cli.Usagef("completion needs a shell: %s", strings.Join(shells, ", "))
		}
		return cli.Usagef("no completion for shell %q; fineprint completes: %s", args[0], strings.Join(shells, ", "))
	}
}
