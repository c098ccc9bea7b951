package cli

import (
	"context"

	"fineprint/policies"
	"fineprint/ui"
)

// TUIOptions returns the options the TUI starts with for `fineprint [PATH...]`: the reader width
// (ui.DefaultReaderWidth, or the config file's with src.Config), the bundled
// policies at once (with src.Bundled), and the files and folders of src.Args and of the config
// file (with src.Config) streamed on Options.Loads as the one loader (policies.Open) reads
// them, until ctx ends (cancel it when the TUI quits). Each event carries the policy's place in
// the library, so the TUI lists them in the order given, whichever file finishes first.
func TUIOptions(ctx context.Context, src policies.Sources) (ui.Options, error) {
	opts := ui.Options{History: OpenHistory, ReaderWidth: ui.DefaultReaderWidth}
	if src.Bundled {
		ps, errs := policies.Open(ctx, policies.Sources{Bundled: true}, nil)
		if len(errs) > 0 {
			return opts, errs[0]
		}
		opts.Policies = ps
	}
	var folders []string
	var cfgErr error
	if src.Config {
		var cfg policies.Config
		cfg, cfgErr = policies.UserConfig()
		folders = cfg.Folders
		if cfg.ReaderWidth != nil {
			opts.ReaderWidth = *cfg.ReaderWidth
		}
	}
	if len(folders) == 0 && len(src.Args) == 0 && cfgErr == nil {
		if !src.Bundled {
			return opts, policies.ErrNothingToRead
		}
		return opts, nil
	}
	ch := make(chan ui.LoadEvent, 64)
	opts.Loads = ch
	go func() {
		defer close(ch)
		progress := func(ev policies.Event) {
			errs := []error{ev.Err}
			if j, ok := ev.Err.(interface{ Unwrap() []error }); ok {
				errs = j.Unwrap() // the config file's bad lines: one status line each
			}
			for _, err := range errs {
				select {
				case ch <- ui.LoadEvent{Policy: ev.Policy, Path: ev.Path, Err: err, Done: ev.Done, Total: ev.Total, Order: ev.Order}:
				case <-ctx.Done():
				}
			}
		}
		if cfgErr != nil {
			progress(policies.Event{Err: cfgErr}) // as Open reports it when it reads the file
		}
		// The config file was read above; its folders are handed over rather than read again.
		policies.Open(ctx, policies.Sources{Folders: folders, Args: src.Args, Cache: src.Cache}, progress)
	}()
	return opts, nil
}
