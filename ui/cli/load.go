package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"fineprint/model"
	"fineprint/policies"
)

// Load returns the policies src names, through the one loader (policies.Open), as a command
// works on them: a progress line on errw while files load, every file or folder that failed
// reported on errw and skipped. The error is the one the command fails with: an unknown name,
// nothing to read (policies.Fatal), a cancelled ctx, or no policy loaded at all.
func Load(ctx context.Context, errw io.Writer, src policies.Sources) ([]*model.Policy, error) {
	progress, clear := ProgressLine(errw, "loading files")
	ps, errs := policies.Open(ctx, src, func(e policies.Event) { progress(e.Done, e.Total) })
	clear()
	return ps, settle(ctx, errw, len(ps), errs)
}

// LoadEach is Load for a command that handles one policy at a time (`compare --json`): fn is
// given each policy in Load's order and nothing keeps it after. An argument that is neither a
// path nor a bundled policy's ID fails before any file is read, so that the command fails
// before it writes anything; the errors of files are reported on errw once the load ends. The
// progress line is drawn only when out, where the command writes while loading, is not a
// terminal (nil: it writes nothing until the load ends). An error
// of fn stops the load and is returned.
func LoadEach(ctx context.Context, out, errw io.Writer, src policies.Sources, fn func(*model.Policy) error) error {
	ids := policies.BundledIDs()
	for _, a := range src.Args {
		if !policies.IsPath(a) && !slices.Contains(ids, a) {
			return &policies.NameError{Name: a, IDs: ids}
		}
	}
	progress, clear := func(int, int) {}, func() {}
	if !isTerminal(out) {
		progress, clear = ProgressLine(errw, "loading files")
	}
	n := 0
	var fnErr error
	errs := policies.OpenEach(ctx, src, func(e policies.Event) { progress(e.Done, e.Total) }, func(p *model.Policy) bool {
		n++
		fnErr = fn(p)
		return fnErr == nil
	})
	clear()
	if fnErr != nil {
		return fnErr
	}
	return settle(ctx, errw, n, errs)
}

// LoadOne returns the one policy name names (policies.OpenOne: a file, or an ID among the
// policies src names), reporting and failing as Load does.
func LoadOne(ctx context.Context, errw io.Writer, name string, src policies.Sources) (*model.Policy, error) {
	progress, clear := ProgressLine(errw, "loading files")
	p, errs := policies.OpenOne(ctx, name, src, func(e policies.Event) { progress(e.Done, e.Total) })
	clear()
	return settleOne(ctx, errw, p, errs)
}

// LoadSome returns the policies src names as Load does or, when name is not "", the one
// policy name names as LoadOne does (`fineprint search --policy`).
func LoadSome(ctx context.Context, errw io.Writer, name string, src policies.Sources) ([]*model.Policy, error) {
	if name == "" {
		return Load(ctx, errw, src)
	}
	p, err := LoadOne(ctx, errw, name, src)
	if err != nil {
		return nil, err
	}
	return []*model.Policy{p}, nil
}

// LoadVersion returns the version of a policy arg names for `fineprint diff`
// (policies.OpenVersion: PATH@REV, a file, or an ID), reporting and failing as Load does.
func LoadVersion(ctx context.Context, errw io.Writer, arg string, src policies.Sources) (*model.Policy, error) {
	p, errs := policies.OpenVersion(ctx, arg, src)
	if p == nil && len(errs) == 1 {
		return nil, errs[0] // git's answer, or the file's: one line says it
	}
	return settleOne(ctx, errw, p, errs)
}

// LoadVersions returns the versions of a policy args name for `fineprint diff`, each as
// LoadVersion reads it, with the policies src names read once for all the arguments that are
// IDs (and their errors reported once).
func LoadVersions(ctx context.Context, errw io.Writer, args []string, src policies.Sources) ([]*model.Policy, error) {
	out := make([]*model.Policy, len(args))
	var lib []*model.Policy
	for i, arg := range args {
		var err error
		if !policies.NamesID(arg) {
			if out[i], err = LoadVersion(ctx, errw, arg, src); err != nil {
				return nil, err
			}
			continue
		}
		if lib == nil {
			if lib, err = Load(ctx, errw, src); err != nil {
				return nil, err
			}
		}
		k := slices.IndexFunc(lib, func(p *model.Policy) bool { return p.ID == arg })
		if k < 0 {
			return nil, &policies.ArgError{Msg: fmt.Sprintf("no policy with ID %q; there are: %s", arg, policies.IDList(lib))}
		}
		out[i] = lib[k]
	}
	return out, nil
}

// settleOne is settle for a load of one policy, p (nil when it did not load): p, or the error
// the command fails with.
func settleOne(ctx context.Context, errw io.Writer, p *model.Policy, errs []error) (*model.Policy, error) {
	n := 0
	if p != nil {
		n = 1
	}
	if err := settle(ctx, errw, n, errs); err != nil {
		return nil, err
	}
	return p, nil
}

// settle reports on errw the errors of a load that loaded n policies, unless one of them is
// fatal, and returns the error the command fails with.
func settle(ctx context.Context, errw io.Writer, n int, errs []error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	fatal := policies.Fatal(errs)
	for _, err := range errs {
		if err != fatal {
			Report(errw, err)
		}
	}
	if fatal != nil {
		return fatal
	}
	if n == 0 && len(errs) > 0 {
		return fmt.Errorf("no policy could be loaded (%d %s)", len(errs), model.Plural(len(errs), "error", "errors"))
	}
	if n == 0 {
		return errors.New("no policy files found (fineprint reads .md, .txt, .html and .htm files)")
	}
	return nil
}
