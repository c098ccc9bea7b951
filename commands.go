package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/policies"
	"fineprint/ui/cli"
)

// flagNoBundled is the global flag that leaves the bundled policies out.
const flagNoBundled = "no-bundled"

// load returns the policies a command works on, through the one loader: the bundled ones
// (unless --no-bundled or exact), the config file's folders (unless exact), then args. Every
// thing that cannot be loaded is reported on stderr; the error is non-nil for an unknown ID or
// when nothing at all could be loaded.
func load(cmd *cobra.Command, args []string, exact bool) ([]*model.Policy, error) {
	noBundled, _ := cmd.Flags().GetBool(flagNoBundled)
	src := policies.Sources{Bundled: !noBundled && !exact, Config: !exact, Args: args, Cache: policies.UserCache()}
	progress, clear := cli.ProgressLine(cmd.ErrOrStderr(), "loading files")
	ps, errs := policies.Open(cmd.Context(), src, func(e policies.Event) { progress(e.Done, e.Total) })
	clear()
	if err := cmd.Context().Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if _, isName := err.(*policies.NameError); isName || err == policies.ErrNothingToRead {
			return nil, err
		}
		fmt.Fprintln(cmd.ErrOrStderr(), "fineprint: "+model.Sanitize(err.Error()))
	}
	if len(ps) == 0 {
		return nil, cli.NothingLoaded(len(errs))
	}
	return ps, nil
}

// loadOne loads the policies of args[1:] and returns the one args[0] names.
func loadOne(cmd *cobra.Command, args []string) (*model.Policy, error) {
	ps, err := load(cmd, args[1:], false)
	if err != nil {
		return nil, err
	}
	return cli.FindPolicy(ps, args[0])
}

// argsAtLeast is cobra.MinimumNArgs with a usage error (exit code 2) naming what is missing.
func argsAtLeast(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return cli.Usagef("missing %s", what)
		}
		return nil
	}
}

func newListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "list [PATH...]", Short: "List the policies: id, company, title, date, languages and size",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ps, err := load(cmd, args, false)
			if err != nil {
				return err
			}
			return cli.WriteList(cmd.OutOrStdout(), ps, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array (shape in README.md)")
	return cmd
}

func newTocCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "toc ID [PATH...]", Short: "Print a policy's table of contents",
		Args: argsAtLeast(1, "the policy ID (see fineprint list)"), ValidArgsFunction: completeID,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := loadOne(cmd, args)
			if err != nil {
				return err
			}
			return cli.WriteTOC(cmd.OutOrStdout(), p, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a flat JSON array in reading order (shape in README.md)")
	return cmd
}

func newShowCmd() *cobra.Command {
	var o cli.ShowOptions
	cmd := &cobra.Command{
		Use:   "show ID [PATH...]",
		Short: "Print a policy, or one section of it",
		Long:  cli.ShowLong, Example: cli.ShowExample,
		Args: argsAtLeast(1, "the policy ID (see fineprint list)"), ValidArgsFunction: completeID,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := loadOne(cmd, args)
			if err != nil {
				return err
			}
			return cli.Show(cmd.OutOrStdout(), cmd.ErrOrStderr(), p, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Section, "section", "", "print only this section and its subsections: a number such as 2.1, an anchor, or words of its title")
	f.StringVar(&o.Lang, "lang", "", "print only the part in this language (a code: zh, en, fr, de …) of a bilingual policy")
	f.IntVar(&o.Width, "width", 0, "wrap rendered text at this many columns (default: the terminal's width, at most 120)")
	f.StringVar(&o.Style, "style", "auto", "rendering style: auto, dark, light or notty")
	_ = cmd.RegisterFlagCompletionFunc("section", completeSection)
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(langCodes(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("style", cobra.FixedCompletions([]string{"auto", "dark", "light", "notty"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// newCompareCmd builds `fineprint compare`: the detector's matrix for exactly the policies
// named (bundled IDs, files, folders; all bundled ones when none), in one of four formats.
func newCompareCmd() *cobra.Command {
	var asJSON, asJSONLines, asMarkdown, asCSV bool
	cmd := &cobra.Command{
		Use:   "compare [ID|FILE|DIR...]",
		Short: "Compare what policies declare: rights, data collected, practices (✓ ✗ ·)",
		Long:  cli.CompareLong, Example: cli.CompareExample,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, n := cli.FormatText, 0
			for f, on := range []bool{cli.FormatJSON: asJSON, cli.FormatMarkdown: asMarkdown,
				cli.FormatCSV: asCSV, cli.FormatJSONLines: asJSONLines} {
				if on {
					format, n = cli.Format(f), n+1
				}
			}
			if n > 1 {
				return cli.Usagef("choose one of --json, --jsonl, --markdown, --csv")
			}
			ps, err := load(cmd, args, len(args) > 0)
			if err != nil {
				return err
			}
			return cli.WriteCompare(cmd.Context(), cmd.OutOrStdout(), ps, format)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON with evidence (shape in README.md)")
	cmd.Flags().BoolVar(&asJSONLines, "jsonl", false, "print JSON lines: one policy per line, written as it is analysed")
	cmd.Flags().BoolVar(&asMarkdown, "markdown", false, "print a markdown table")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "print CSV, one row per policy and key")
	return cmd
}

// newSearchCmd builds `fineprint search QUERY [PATH...]`: the search screen's results, printed.
func newSearchCmd() *cobra.Command {
	var asJSON bool
	var limit int
	var policyID string
	cmd := &cobra.Command{
		Use:   "search QUERY [PATH...]",
		Short: "Search the clauses of every policy (fzf-style query syntax)",
		Long:  cli.SearchLong, Example: cli.SearchExample,
		Args: argsAtLeast(1, "QUERY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ps, err := load(cmd, args[1:], false)
			if err != nil {
				return err
			}
			return cli.Search(cmd.Context(), cmd.OutOrStdout(), ps, args[0], policyID, limit, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N results (0: all)")
	cmd.Flags().StringVar(&policyID, "policy", "", "search only the policy with this ID")
	return cmd
}

// completeID completes the first argument of toc and show with the IDs of the policies the
// command would load; later arguments are paths. Completion loads silently.
func completeID(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveDefault // paths
	}
	ps, _ := policies.Open(cmd.Context(), policies.Sources{Bundled: true, Config: true}, nil)
	return cli.IDCompletions(ps), cobra.ShellCompDirectiveNoFileComp
}

// completeSection completes --section with the numbers (or anchors) of the chosen policy.
func completeSection(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	ps, _ := policies.Open(cmd.Context(), policies.Sources{Bundled: true, Config: true, Args: args[1:]}, nil)
	p, err := cli.FindPolicy(ps, args[0])
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return cli.SectionCompletions(p), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// langCodes are the language codes --lang completes to.
func langCodes() []string {
	var codes []string
	for _, l := range model.Langs() {
		codes = append(codes, l.String())
	}
	return codes
}
