package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"fineprint/model"
)

// completeID completes the first argument of a command taking a policy ID (toc, show) with the
// IDs of the policies the command would load; later arguments are paths.
func completeID(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveDefault // paths
	}
	ps, err := completionPolicies(cmd, nil)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	ids := make([]string, 0, len(ps))
	for _, p := range ps {
		ids = append(ids, p.ID+"\t"+model.Sanitize(p.Title))
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}

// completeSection completes --section with the numbers (or anchors) of the chosen policy.
func completeSection(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	ps, err := completionPolicies(cmd, args[1:])
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	p, err := findPolicy(ps, args[0])
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range p.Sections {
		key := s.Number
		if key == "" {
			key = s.Anchor
		}
		if seen[key] {
			continue // the same number in another language part
		}
		seen[key] = true
		out = append(out, key+"\t"+model.Sanitize(strings.TrimSpace(s.Title)))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// completionPolicies loads policies like loadPolicies, but silently: completion output must
// hold nothing but candidates.
func completionPolicies(cmd *cobra.Command, paths []string) ([]*model.Policy, error) {
	errOut := cmd.ErrOrStderr()
	cmd.SetErr(io.Discard)
	defer cmd.SetErr(errOut)
	return loadPolicies(cmd, paths)
}
