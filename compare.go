package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/policies"
)

// newCompareCmd builds `fineprint compare`: the detector's matrix of rights, data categories
// and practices for the policies named (all bundled ones when none), as text, JSON, markdown or
// CSV. The JSON shape is documented in README.md.
func newCompareCmd() *cobra.Command {
	var asJSON, asMarkdown, asCSV bool
	cmd := &cobra.Command{
		Use:   "compare [ID|FILE|DIR...]",
		Short: "Compare what policies declare: rights, data collected, practices (✓ ✗ ·)",
		Long: `compare runs the detector on the policies named: bundled IDs, your own files, or
folders of them (all bundled policies when none is named), and prints a matrix with keys down
and policies across: ✓ declared, ✗ denied, · not mentioned, with the scope when a finding is
limited to a region or to children. --json adds the evidence (section, clause, quote) for
every mark.`,
		Example: `  fineprint compare
  fineprint compare api7 7ding ~/policies/acme.md
  fineprint compare --json ~/policies/`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			n := 0
			for _, on := range []bool{asJSON, asMarkdown, asCSV} {
				if on {
					n++
				}
			}
			if n > 1 {
				return usageErrorf("choose one of --json, --markdown, --csv")
			}
			ps, err := comparePolicies(cmd, args)
			if err != nil {
				return err
			}
			reports := make([]*detect.Report, len(ps))
			for i, p := range ps {
				reports[i] = detect.Analyze(p)
			}
			out := cmd.OutOrStdout()
			switch {
			case asJSON:
				return detect.WriteJSON(out, reports)
			case asMarkdown:
				return detect.WriteMarkdown(out, reports)
			case asCSV:
				return detect.WriteCSV(out, reports)
			}
			return detect.WriteText(out, reports)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON with evidence (shape in README.md)")
	cmd.Flags().BoolVar(&asMarkdown, "markdown", false, "print a markdown table")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "print CSV, one row per policy and key")
	return cmd
}

// comparePolicies returns exactly the policies args name, in their order: an existing file or
// folder is loaded (Source is the path as given), anything else must be a bundled ID. With no
// args it returns the bundled policies (and the configured folders' ones, via loadPolicies).
// Files that cannot be loaded are reported on stderr; the error is non-nil only for an unknown
// ID or when nothing could be loaded.
func comparePolicies(cmd *cobra.Command, args []string) ([]*model.Policy, error) {
	if len(args) == 0 {
		return loadPolicies(cmd, nil)
	}
	var bundled []*model.Policy
	var out []*model.Policy
	var used []string
	problems := 0
	for _, a := range args {
		if _, err := os.Stat(a); err == nil || !errors.Is(err, fs.ErrNotExist) {
			loaded, errs := policies.Load(cmd.Context(), []string{a}, policies.LoadOptions{Reserved: used}, nil)
			for _, err := range errs {
				fmt.Fprintln(cmd.ErrOrStderr(), "fineprint: "+model.Sanitize(err.Error()))
			}
			problems += len(errs)
			for _, p := range loaded {
				used = append(used, p.ID)
			}
			out = append(out, loaded...)
			continue
		}
		if bundled == nil {
			var err error
			if bundled, err = policies.Bundled(); err != nil {
				return nil, err
			}
		}
		p, err := findPolicy(bundled, a)
		if err != nil {
			return nil, usageErrorf("%q is neither a file, a folder nor a bundled policy ID (%v)", a, err)
		}
		out = append(out, p)
	}
	if err := cmd.Context().Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no policy could be loaded (%d %s)", problems, plural(problems, "error", "errors"))
	}
	return out, nil
}
