package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

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
