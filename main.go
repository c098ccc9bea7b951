// Command fineprint reads and compares privacy policies in the terminal.
//
// With no command it opens the TUI on the bundled policies and any files or folders given;
// the commands print what the TUI shows (list, toc, show). Every command takes the same paths
// and --no-bundled. See README.md for the commands and their JSON shapes.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args, writing to stdout and stderr, and returns the process
// exit code: 0 on success, 1 when it failed (nothing could be loaded, a write failed), 2 for a
// usage error (unknown command, flag, policy ID, section or language).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return exitCode(root.ExecuteContext(ctx), stderr)
}

// newRootCmd builds the command tree. To add a command, write newXCmd() in its own file and
// list it in AddCommand below.
func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "fineprint [PATH...]",
		Short: "Read and compare privacy policies in the terminal",
		Long: `fineprint reads privacy policies: the five bundled ones, and your own .md, .txt and
.html files and folders (loaded recursively). With no command it opens the reader on them.`,
		Example: `  fineprint                     open the reader on the bundled policies
  fineprint ~/saved-policies    ... and on every policy in a folder
  fineprint list --json
  fineprint show api7 --section 2.1`,
		Version:       version(),
		Args:          cobra.ArbitraryArgs,
		RunE:          runTUI,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().Bool(flagNoBundled, false, "leave out the bundled policies")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErrorf("%v", err) })
	root.AddCommand(
		newListCmd(),
		newTocCmd(),
		newShowCmd(),
		newCompareCmd(),
		newSearchCmd(),
		newDiffCmd(),
		newHistoryCmd(),
	)
	return root
}

// version returns the module version fineprint was built as, or "devel" and the VCS revision
// for a build from a checkout.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return "devel (" + rev + ")"
}
