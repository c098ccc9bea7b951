package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"fineprint/policies"
	"fineprint/ui"
)

// runTUI is what `fineprint [PATH...]` runs: the reader on the bundled policies at once, and
// on the files and folders in args (and the config file's folders) as they load in the
// background.
func runTUI(cmd *cobra.Command, args []string) error {
	if err := checkPathArgs(cmd, args); err != nil {
		return err
	}
	noBundled, err := cmd.Flags().GetBool(flagNoBundled)
	if err != nil {
		return err
	}
	var opts ui.Options
	if !noBundled {
		if opts.Policies, err = policies.Bundled(); err != nil {
			return err
		}
	}
	extra, cfgErr := configFolders()
	extra = append(extra, args...)
	if noBundled && len(extra) == 0 {
		return usageErrorf("nothing to read: --no-bundled and no files or folders given")
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel() // stops the loader when the user quits first
	if len(extra) > 0 || cfgErr != nil {
		ch := make(chan ui.LoadEvent, 64)
		opts.Loads = ch
		go func() {
			defer close(ch)
			send := func(ev ui.LoadEvent) {
				select {
				case ch <- ev:
				case <-ctx.Done():
				}
			}
			if cfgErr != nil {
				send(ui.LoadEvent{Err: cfgErr})
			}
			policies.Load(ctx, extra, policies.LoadOptions{}, func(ev policies.Event) {
				send(ui.LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: ev.Err, Done: ev.Done, Total: ev.Total})
			})
		}()
	}
	return ui.Run(opts)
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
