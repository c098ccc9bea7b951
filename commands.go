package main

import (
	"os"
	"strings"

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
		cli.Report(cmd.ErrOrStderr(), err)
	}
	if len(ps) == 0 {
		return nil, cli.NothingLoaded(len(errs))
	}
	return ps, nil
}

// loadOne returns the policy args[0] names: the file there when one exists or args[0] looks
// like a path (read alone, as compare and diff read a path), else the policy with that ID among the ones load finds with args[1:].
func loadOne(cmd *cobra.Command, args []string) (*model.Policy, error) {
	if _, err := os.Stat(args[0]); err == nil || strings.ContainsAny(args[0], `./\`) { // IDs hold none
		ps, err := load(cmd, args[:1], true)
		if err != nil {
			return nil, err
		}
		if len(ps) > 1 {
			return nil, cli.Usagef("%s holds %d policies; name one of its files, or give an ID before it (%s)", args[0], len(ps), cli.IDList(ps))
		}
		return ps[0], nil
	}
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
		Use: "toc ID|FILE [PATH...]", Short: "Print a policy's table of contents",
		Args: argsAtLeast(1, "the policy ID (see fineprint list) or file"), ValidArgsFunction: completeID,
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
		Use:   "show ID|FILE [PATH...]",
		Short: "Print a policy, or one section of it",
		Long:  cli.ShowLong, Example: cli.ShowExample,
		Args: argsAtLeast(1, "the policy ID (see fineprint list) or file"), ValidArgsFunction: completeID,
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
	f.BoolVar(&o.NoPager, "no-pager", false, "print straight to the terminal, never through $PAGER")
	_ = cmd.RegisterFlagCompletionFunc("section", completeSection)
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(cli.LangCodes(), cobra.ShellCompDirectiveNoFileComp))
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
			var ps []*model.Policy
			var err error
			if policyID == "" {
				ps, err = load(cmd, args[1:], false)
			} else { // an ID or a file, as show takes
				var p *model.Policy
				p, err = loadOne(cmd, append([]string{policyID}, args[1:]...))
				ps = []*model.Policy{p}
			}
			if err != nil {
				return err
			}
			return cli.Search(cmd.Context(), cmd.OutOrStdout(), ps, args[0], limit, asJSON, policies.UserCache())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N results (0: all)")
	cmd.Flags().StringVar(&policyID, "policy", "", "search only the policy with this ID, or the file at this path")
	return cmd
}

// completeID completes the first argument of toc and show with the IDs of the policies the
// command would load, or with file names once what is typed is no ID's start (a path); later
// arguments are paths. Completion loads silently.
func completeID(cmd *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveDefault // paths
	}
	ps, _ := policies.Open(cmd.Context(), policies.Sources{Bundled: true, Config: true}, nil)
	for _, p := range ps {
		if strings.HasPrefix(p.ID, typed) {
			return cli.IDCompletions(ps), cobra.ShellCompDirectiveNoFileComp
		}
	}
	return nil, cobra.ShellCompDirectiveDefault
}

// completeSection completes --section with the numbers (or anchors) of the chosen policy: the
// file args[0] names when one exists, as loadOne reads it, else the policy with that ID.
func completeSection(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var p *model.Policy
	if _, err := os.Stat(args[0]); err == nil {
		if ps, _ := policies.Open(cmd.Context(), policies.Sources{Args: args[:1]}, nil); len(ps) == 1 {
			p = ps[0]
		}
	} else {
		ps, _ := policies.Open(cmd.Context(), policies.Sources{Bundled: true, Config: true, Args: args[1:]}, nil)
		p, _ = cli.FindPolicy(ps, args[0])
	}
	if p == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return cli.SectionCompletions(p), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// strictCompletion makes `fineprint completion SHELL` a usage error (exit code 2) naming the
// shells there are when SHELL is not one of them; cobra would print help and exit 0.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, s := range c.Commands() {
			shells = append(shells, s.Name())
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cli.Usagef("completion needs a shell: %s", strings.Join(shells, ", "))
			}
			return cli.Usagef("no completion for shell %q; fineprint completes: %s", args[0], strings.Join(shells, ", "))
		}
	}
}
