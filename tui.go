package main

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// runTUI is what `fineprint [PATH...]` runs: the reader on the bundled policies and paths.
// The reader (package ui) is not built yet; until it is, the command prints its help.
func runTUI(cmd *cobra.Command, args []string) error {
	if err := checkPathArgs(cmd, args); err != nil {
		return err
	}
	if len(args) > 0 {
		if _, err := loadPolicies(cmd, args); err != nil {
			return err
		}
	}
	return cmd.Help()
}

// checkPathArgs turns a mistyped command (`fineprint lsit`) into a usage error instead of a
// "no such file" load error: an argument that does not exist and does not look like a path.
func checkPathArgs(cmd *cobra.Command, args []string) error {
	for _, a := range args {
		if strings.ContainsAny(a, `./\`) {
			continue
		}
		if _, err := os.Stat(a); errors.Is(err, fs.ErrNotExist) {
			var names []string
			for _, c := range cmd.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return usageErrorf("unknown command or path %q (commands: %s)", a, strings.Join(names, ", "))
		}
	}
	return nil
}
