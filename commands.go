package main

import (
	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/policies"
	"fineprint/ui"
	"fineprint/ui/cli"
)

// flagNoBundled is the global flag that leaves the bundled policies out.
const flagNoBundled = "no-bundled"

// newCmd returns the command name, with its help from ui/cli, its positional arguments checked
// by args, running run.
func newCmd(name string, args cobra.PositionalArgs, run func(*cobra.Command, []string) error) *cobra.Command {
	h := cli.HelpOf(name)
	return &cobra.Command{Use: h.Use, Short: h.Short, Long: h.Long, Example: h.Example, Args: args, RunE: run}
}

// sources returns what a command loads: the bundled policies (unless --no-bundled or exact),
// the config file's folders (unless exact), then args.
func sources(cmd *cobra.Command, args []string, exact bool) policies.Sources {
	noBundled, _ := cmd.Flags().GetBool(flagNoBundled)
	return policies.Sources{Bundled: !noBundled && !exact, Config: !exact, Args: args, Cache: policies.UserCache()}
}

// onePolicyCmd returns the command name, taking ID|FILE [PATH...] and running run on the policy
// args[0] names: a file, or an ID among the policies that load with args[1:].
func onePolicyCmd(name string, run func(*cobra.Command, *model.Policy) error) *cobra.Command {
	cmd := newCmd(name, nArgs(1, -1, "the policy ID (see fineprint list) or file"), func(cmd *cobra.Command, args []string) error {
		p, err := cli.LoadOne(cmd.Context(), cmd.ErrOrStderr(), args[0], sources(cmd, args[1:], false))
		if err != nil {
			return err
		}
		return run(cmd, p)
	})
	// Completion: policy IDs while what is typed starts one, then file names (a path).
	cmd.ValidArgsFunction = func(cmd *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			if ids := cli.CompleteID(cmd.Context(), typed); ids != nil {
				return ids, cobra.ShellCompDirectiveNoFileComp
			}
		}
		return nil, cobra.ShellCompDirectiveDefault
	}
	return cmd
}

// nArgs is cobra.RangeArgs(least, most) with a usage error (exit code 2): "missing " + what
// when most < 0 (no limit), else what and the count given.
func nArgs(least, most int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		switch {
		case len(args) < least && most < 0:
			return cli.Usagef("missing %s", what)
		case len(args) < least || most >= 0 && len(args) > most:
			return cli.Usagef("%s (%d given)", what, len(args))
		}
		return nil
	}
}

func newListCmd() *cobra.Command {
	var asJSON bool
	cmd := newCmd("list", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		return cli.List(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), sources(cmd, args, false), asJSON)
	})
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array (shape in README.md)")
	return cmd
}

func newTocCmd() *cobra.Command {
	var asJSON bool
	cmd := onePolicyCmd("toc", func(cmd *cobra.Command, p *model.Policy) error { return cli.WriteTOC(cmd.OutOrStdout(), p, asJSON) })
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a flat JSON array in reading order (shape in README.md)")
	return cmd
}

func newShowCmd() *cobra.Command {
	var o cli.ShowOptions
	cmd := onePolicyCmd("show", func(cmd *cobra.Command, p *model.Policy) error {
		return cli.Show(cmd.OutOrStdout(), cmd.ErrOrStderr(), p, o)
	})
	f := cmd.Flags()
	f.StringVar(&o.Section, "section", "", "print only this section and its subsections: a number such as 2.1, an anchor, or words of its title")
	f.StringVar(&o.Lang, "lang", "", "print only the part in this language (a code: zh, en, fr, de …) of a bilingual policy")
	f.IntVar(&o.Width, "width", 0, "wrap rendered text at this many columns (default: the terminal's width, at most 120)")
	f.StringVar(&o.Style, "style", "auto", "rendering style: auto, dark, light or notty")
	f.BoolVar(&o.NoPager, "no-pager", false, "print straight to the terminal, never through $PAGER")
	_ = cmd.RegisterFlagCompletionFunc("section", func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		return cli.CompleteSection(cmd.Context(), args), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	})
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(cli.LangCodes(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("style", cobra.FixedCompletions([]string{"auto", "dark", "light", "notty"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// newCompareCmd builds `fineprint compare`: the detector's matrix for exactly the policies
// named (bundled IDs, files, folders; all bundled ones when none), in one of five formats.
func newCompareCmd() *cobra.Command {
	var on [5]bool // indexed by cli.Format
	cmd := newCmd("compare", cobra.ArbitraryArgs, func(cmd *cobra.Command, args []string) error {
		format, err := cli.PickFormat(on[:])
		if err != nil {
			return err
		}
		src := sources(cmd, args, len(args) > 0)
		if format == cli.FormatJSON || format == cli.FormatJSONLines {
			return cli.StreamCompare(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), src, format)
		}
		ps, err := cli.Load(cmd.Context(), cmd.ErrOrStderr(), src)
		if err != nil {
			return err
		}
		return cli.WriteCompare(cmd.Context(), cmd.OutOrStdout(), ps, format)
	})
	cmd.Flags().BoolVar(&on[cli.FormatJSON], "json", false, "print JSON with evidence (shape in README.md)")
	cmd.Flags().BoolVar(&on[cli.FormatJSONLines], "jsonl", false, "print JSON lines: one policy per line, written as it is analysed")
	cmd.Flags().BoolVar(&on[cli.FormatMarkdown], "markdown", false, "print a markdown table")
	cmd.Flags().BoolVar(&on[cli.FormatCSV], "csv", false, "print CSV, one row per policy and key")
	return cmd
}

// newSearchCmd builds `fineprint search QUERY [PATH...]`: the search screen's results, printed.
func newSearchCmd() *cobra.Command {
	var asJSON bool
	var limit int
	var policyID string
	cmd := newCmd("search", nArgs(1, -1, "QUERY"), func(cmd *cobra.Command, args []string) error {
		src := sources(cmd, args[1:], false)
		ps, err := cli.LoadSome(cmd.Context(), cmd.ErrOrStderr(), policyID, src)
		if err != nil {
			return err
		}
		return cli.Search(cmd.Context(), cmd.OutOrStdout(), ps, args[0], limit, asJSON, src.Cache)
	})
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N results (0: all)")
	cmd.Flags().StringVar(&policyID, "policy", "", "search only the policy with this ID, or the file at this path")
	return cmd
}

// newDiffCmd builds `fineprint diff OLD NEW`: what changed between two versions of a policy.
func newDiffCmd() *cobra.Command {
	var asJSON, asMarkdown bool
	cmd := newCmd("diff", nArgs(2, 2, "diff takes two versions, OLD and NEW"), func(cmd *cobra.Command, args []string) error {
		vs, err := cli.LoadVersions(cmd.Context(), cmd.ErrOrStderr(), args, sources(cmd, nil, false))
		if err != nil {
			return err
		}
		return cli.Diff(cmd.OutOrStdout(), vs[0], vs[1], asJSON, asMarkdown)
	})
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().BoolVar(&asMarkdown, "markdown", false, "print markdown")
	return cmd
}

// newHistoryCmd builds `fineprint history FILE`: the committed versions of a policy file,
// newest first, each with what changed in it; --tui opens them with runUI.
func newHistoryCmd(runUI func(ui.Options) error) *cobra.Command {
	var o cli.HistoryOptions
	var tui bool
	cmd := newCmd("history", nArgs(1, 1, "history takes one file"), func(cmd *cobra.Command, args []string) error {
		if !tui {
			return cli.History(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], o)
		}
		if _, err := policies.OpenRepo(cmd.Context(), args[0]); err != nil {
			return err
		}
		return runUI(ui.Options{History: cli.OpenHistory, StartHistory: args[0]})
	})
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().BoolVar(&o.Markdown, "markdown", false, "print markdown")
	cmd.Flags().BoolVar(&o.NoSummaries, "no-summaries", false, "list the versions without comparing them (fast)")
	cmd.Flags().BoolVar(&tui, "tui", false, "open the history screen: mark two versions, read what changed")
	return cmd
}
