package main

import (
	"github.com/spf13/cobra"
)

// runTUI is what `fineprint [PATH...]` runs: the reader on the bundled policies and paths.
// The reader (package ui) is not built yet; until it is, the command prints its help.
func runTUI(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if _, err := loadPolicies(cmd, args); err != nil {
			return err
		}
	}
	return cmd.Help()
}
