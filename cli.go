package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/policies"
)

// flagNoBundled is the global flag that leaves the bundled policies out.
const flagNoBundled = "no-bundled"

// usageError is a mistake in the command line (an unknown ID, section, flag): exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// exitCode reports err on stderr and returns the exit code for it.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "fineprint: "+model.Sanitize(err.Error()))
	var ue *usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// loadPolicies returns the policies a command works on: the bundled ones (unless --no-bundled),
// those in the folders named by the config file, and those in paths (files or folders). Every
// file that cannot be loaded is reported on cmd's stderr by name with the reason; the error is
// non-nil only when nothing at all could be loaded.
func loadPolicies(cmd *cobra.Command, paths []string) ([]*model.Policy, error) {
	noBundled, err := cmd.Flags().GetBool(flagNoBundled)
	if err != nil {
		return nil, err
	}
	var all []*model.Policy
	if !noBundled {
		bundled, err := policies.Bundled()
		if err != nil {
			return nil, err
		}
		all = append(all, bundled...)
	}
	var problems []error
	extra, err := configFolders()
	if err != nil {
		problems = append(problems, err)
	}
	extra = append(extra, paths...)
	if noBundled && len(extra) == 0 {
		return nil, usageErrorf("nothing to read: --no-bundled and no files or folders given")
	}
	if len(extra) > 0 {
		progress, done := progressLine(cmd.ErrOrStderr())
		loaded, errs := policies.Load(cmd.Context(), extra, policies.LoadOptions{}, progress)
		done()
		all = append(all, loaded...)
		problems = append(problems, errs...)
	}
	if err := cmd.Context().Err(); err != nil {
		return nil, err
	}
	for _, err := range problems {
		fmt.Fprintln(cmd.ErrOrStderr(), "fineprint: "+model.Sanitize(err.Error()))
	}
	switch {
	case len(all) == 0 && len(problems) == 0:
		return nil, errors.New("no policy files found (fineprint reads .md, .txt, .html and .htm files)")
	case len(all) == 0:
		return nil, fmt.Errorf("no policy could be loaded (%d %s)", len(problems), plural(len(problems), "error", "errors"))
	}
	return all, nil
}

// configFolders returns the folders the user's config file names, to load on every run.
func configFolders() ([]string, error) {
	path, err := policies.ConfigPath()
	if err != nil {
		return nil, nil // no config directory on this system: nothing configured
	}
	cfg, err := policies.ReadConfig(path)
	return cfg.Folders, err
}

// argsAtLeast is cobra.MinimumNArgs with a usage error (exit code 2) naming what is missing.
func argsAtLeast(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("missing %s", what)
		}
		return nil
	}
}

// findPolicy returns the policy with the given ID, or a usage error listing the IDs there are.
func findPolicy(ps []*model.Policy, id string) (*model.Policy, error) {
	for _, p := range ps {
		if p.ID == id {
			return p, nil
		}
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return nil, usageErrorf("no policy with ID %q; there are: %s", id, strings.Join(ids, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// progressLine returns a loader progress callback that keeps a "loading 350/1000 files" line
// up to date on w when w is a terminal (at most ten times a second, and only for loads lasting
// long enough to need it), and a function that clears the line. Both do nothing otherwise.
func progressLine(w io.Writer) (progress func(policies.Event), done func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil, func() {}
	}
	start, last, shown := time.Now(), time.Time{}, false
	progress = func(e policies.Event) {
		now := time.Now()
		if now.Sub(start) < 300*time.Millisecond || now.Sub(last) < 100*time.Millisecond {
			return
		}
		last, shown = now, true
		fmt.Fprintf(f, "\rfineprint: loading %d/%d files\x1b[K", e.Done, e.Total)
	}
	done = func() {
		if shown {
			fmt.Fprint(f, "\r\x1b[K")
		}
	}
	return progress, done
}
