package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/model/diff"
	"fineprint/policies"
	"fineprint/ui"
	"fineprint/ui/changes"
	"fineprint/ui/cli"
)

// newDiffCmd builds `fineprint diff OLD NEW`: what changed between two versions of a policy.
// The layout is ui/changes'; this only reads the flags and the two versions.
func newDiffCmd() *cobra.Command {
	var asJSON, asMarkdown bool
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "What changed between two versions of a policy: sections, clauses, what it declares",
		Long: `diff compares two versions of a policy: files, bundled IDs, or PATH@REV for a file in a
git repository (any revision git understands: a commit, a tag, HEAD~3). It prints a summary,
what changed in what the policy declares (rights, data collected, practices, with the evidence
in both versions), the sections added, removed, moved, renamed or changed, and the changed
clauses with deleted [-words-] and inserted {+words+}.`,
		Example: `  fineprint diff old/acme.md new/acme.md
  fineprint diff policy.md@HEAD~1 policy.md@HEAD
  fineprint diff --json policy.md@v1 policy.md`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 2 {
				return cli.Usagef("diff takes two versions, OLD and NEW (%d given)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asMarkdown {
				return cli.Usagef("choose one of --json, --markdown")
			}
			old, err := diffVersion(cmd, args[0])
			if err != nil {
				return err
			}
			new, err := diffVersion(cmd, args[1])
			if err != nil {
				return err
			}
			r := diff.Compare(old, new)
			out := cmd.OutOrStdout()
			switch {
			case asJSON:
				return changes.WriteJSON(out, r)
			case asMarkdown:
				return changes.WriteMarkdown(out, r)
			}
			m := changes.PlainMarker
			if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" {
				m = changes.ColorMarker
			}
			return changes.WriteText(out, r, m)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().BoolVar(&asMarkdown, "markdown", false, "print markdown")
	return cmd
}

// diffVersion loads one version named on the command line: PATH@REV, an existing file, or a
// policy ID.
func diffVersion(cmd *cobra.Command, arg string) (*model.Policy, error) {
	if path, rev, ok := splitRev(arg); ok {
		r, err := policies.OpenRepo(cmd.Context(), path)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		v, err := r.Resolve(cmd.Context(), rev)
		if err != nil {
			return nil, cli.Usagef("%v", err)
		}
		return r.Load(v)
	}
	if _, err := os.Stat(arg); err != nil {
		return loadOne(cmd, []string{arg}) // an ID
	}
	ps, err := load(cmd, []string{arg}, true)
	if err != nil {
		return nil, err
	}
	if len(ps) != 1 {
		return nil, cli.Usagef("%s holds %d policies; diff compares one with one", arg, len(ps))
	}
	return ps[0], nil
}

// splitRev splits PATH@REV at its last @ when arg is not itself an existing file (a name may
// hold an @).
func splitRev(arg string) (path, rev string, ok bool) {
	if _, err := os.Stat(arg); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return "", "", false
	}
	i := strings.LastIndex(arg, "@")
	if i <= 0 || i == len(arg)-1 {
		return "", "", false
	}
	return arg[:i], arg[i+1:], true
}

// newHistoryCmd builds `fineprint history FILE`: the committed versions of a policy file,
// newest first, each with what changed in it; --tui opens them with runUI.
func newHistoryCmd(runUI func(ui.Options) error) *cobra.Command {
	var asJSON, asMarkdown, noSummaries, tui bool
	cmd := &cobra.Command{
		Use:   "history FILE",
		Short: "The versions of a policy file in git, newest first, with what each changed",
		Long: `history lists the commits that changed a policy file in a git repository (an Open Terms
Archive versions repository, say), newest first: date, commit, and a one-line summary of what
the version changed against the one before it. Compare two of them with
fineprint diff FILE@COMMIT FILE@COMMIT.`,
		Example: `  fineprint history "pga-versions/PGA/Privacy Policy.md"
  fineprint history --json policy.md`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return cli.Usagef("history takes one file (%d given)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asMarkdown {
				return cli.Usagef("choose one of --json, --markdown")
			}
			ctx := cmd.Context()
			r, err := policies.OpenRepo(ctx, args[0])
			if err != nil {
				return err
			}
			defer r.Close()
			if tui {
				return runUI(ui.Options{History: openGitHistory, StartHistory: args[0]})
			}
			vs, err := r.History(ctx)
			if err != nil {
				return err
			}
			rows := make([]changes.Version, len(vs))
			for i, v := range vs {
				rows[i] = changes.Version{Commit: v.Commit, Date: v.Date, Author: v.Author, Subject: v.Subject}
			}
			if !noSummaries {
				out := make(chan policies.Summary)
				go r.Summarize(ctx, vs, runtime.GOMAXPROCS(0), out)
				progress, clear := cli.ProgressLine(cmd.ErrOrStderr(), "comparing versions")
				done := 0
				for s := range out {
					rows[s.Index].Summary = s.Text
					done++
					progress(done, len(vs))
				}
				clear()
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			w := cmd.OutOrStdout()
			switch {
			case asJSON:
				return changes.WriteHistoryJSON(w, args[0], rows)
			case asMarkdown:
				return changes.WriteHistoryMarkdown(w, args[0], rows)
			}
			return changes.WriteHistoryText(w, args[0], rows)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().BoolVar(&asMarkdown, "markdown", false, "print markdown")
	cmd.Flags().BoolVar(&noSummaries, "no-summaries", false, "list the versions without comparing them (fast)")
	cmd.Flags().BoolVar(&tui, "tui", false, "open the history screen: mark two versions, read what changed")
	return cmd
}

// gitHistory is a file's git history for the TUI's history screen.
type gitHistory struct {
	r  *policies.Repo
	vs []policies.Version // set by Versions, read by the calls that follow its reply
}

// openGitHistory opens the history of the policy file at path.
func openGitHistory(path string) (ui.HistorySource, error) {
	r, err := policies.OpenRepo(context.Background(), path)
	if err != nil {
		return nil, err
	}
	return &gitHistory{r: r}, nil
}

func (g *gitHistory) Name() string { return g.r.Path }

func (g *gitHistory) Versions(ctx context.Context) ([]ui.HistoryVersion, error) {
	vs, err := g.r.History(ctx)
	if err != nil {
		return nil, err
	}
	g.vs = vs
	out := make([]ui.HistoryVersion, len(vs))
	for i, v := range vs {
		out[i] = ui.HistoryVersion{Commit: v.Commit, Date: v.Date, Subject: v.Subject}
	}
	return out, nil
}

func (g *gitHistory) Load(i int) (*model.Policy, error) { return g.r.Load(g.vs[i]) }

// Summarize leaves one core to the interface: the list must stay responsive.
func (g *gitHistory) Summarize(ctx context.Context, out chan<- ui.HistorySummary) {
	defer close(out)
	ch := make(chan policies.Summary)
	go g.r.Summarize(ctx, g.vs, max(1, runtime.GOMAXPROCS(0)-1), ch)
	for s := range ch {
		select {
		case out <- ui.HistorySummary{Index: s.Index, Text: s.Text}:
		case <-ctx.Done():
		}
	}
}
