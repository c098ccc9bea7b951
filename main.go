// Command fineprint reads and compares privacy policies in the terminal.
//
// With no command it opens the TUI on the bundled policies and any files or folders given;
// the commands print what the TUI shows (list, toc, show). Every command takes the same paths
// and --no-bundled. See README.md for the commands and their JSON shapes.
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
	var ne *policies.NameError
	if errors.As(err, &ue) || errors.As(err, &ne) || errors.Is(err, policies.ErrNothingToRead) {
		return 2
	}
	return 1
}

// newRootCmd builds the command tree; the commands are in commands.go.
func newRootCmd(runUI func(ui.Options) error) *cobra.Command {
	root := &cobra.Command{
		Use:           "fineprint [PATH...]",
		Short:         "Read and compare privacy policies in the terminal",
		Long:          cli.RootLong,
		Example:       cli.RootExample,
		Version:       cli.Version(),
		Args:          cobra.ArbitraryArgs,
		RunE:          func(cmd *cobra.Command, args []string) error { return runTUI(cmd, args, runUI) },
		SilenceUsage:  true,
		SilenceErrors: true,
	}
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
		if _, err := os.Stat(a); err != nil && !strings.ContainsAny(a, `./\`) {
			var names []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return cli.Usagef("unknown command or path %q (commands: %s)", a, strings.Join(names, ", "))
		}
	}
	noBundled, _ := cmd.Flags().GetBool(flagNoBundled)
	opts := ui.Options{History: openGitHistory, ReaderWidth: ui.DefaultReaderWidth}
	if w, ok := policies.ConfigReaderWidth(); ok {
		opts.ReaderWidth = w
	}
	if f := cmd.Flags().Lookup("reader-width"); f != nil && f.Changed {
		if opts.ReaderWidth, _ = cmd.Flags().GetInt("reader-width"); opts.ReaderWidth < 0 {
			return cli.Usagef("--reader-width wants 0 (full width) or more cells, got %d", opts.ReaderWidth)
		}
	}
	if !noBundled {
		ps, errs := policies.Open(cmd.Context(), policies.Sources{Bundled: true}, nil)
		if len(errs) > 0 {
			return errs[0]
		}
		opts.Policies = ps
	}
	folders, cfgErr := policies.ConfigFolders()
	if noBundled && len(folders) == 0 && len(args) == 0 && cfgErr == nil {
		return policies.ErrNothingToRead
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel() // stops the loader when the user quits first
	if len(folders) > 0 || len(args) > 0 || cfgErr != nil {
		ch := make(chan ui.LoadEvent, 64)
		opts.Loads = ch
		go func() {
			defer close(ch)
			policies.Open(ctx, policies.Sources{Config: true, Args: args, Cache: policies.UserCache()}, func(ev policies.Event) {
				errs := []error{ev.Err}
				if j, ok := ev.Err.(interface{ Unwrap() []error }); ok {
					errs = j.Unwrap() // the config file's bad lines: one status line each
				}
				for _, err := range errs {
					select {
					case ch <- ui.LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: err, Done: ev.Done, Total: ev.Total}:
					case <-ctx.Done():
					}
				}
			})
		}()
	}
	return runUI(opts)
}
