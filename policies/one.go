package policies

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"fineprint/model"
)

// ArgError is a command-line argument that names no single policy: an ID that none of the
// policies loaded has, a folder holding several policies where one is wanted, a revision git
// does not know. Commands report it as a usage error (exit code 2).
type ArgError struct{ Msg string }

func (e *ArgError) Error() string { return e.Msg }

func argErrorf(format string, args ...any) error {
	return &ArgError{Msg: fmt.Sprintf(format, args...)}
}

// IsPath reports whether a command-line argument is read as a path rather than a policy ID:
// something exists there (or cannot be looked at), or it looks like a path (it holds a dot, a
// slash or a backslash, which no ID holds), so that a missing file is named as missing rather
// than as an unknown ID.
func IsPath(arg string) bool {
	return exists(arg) || strings.ContainsAny(arg, `./\`)
}

// exists reports whether something is at path, or it cannot be looked at for another reason
// than its absence.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}

// OpenOne returns the one policy name names, with Open's errors: the file at name when name is
// a path (IsPath; read alone, src's other sources unread), else the policy with ID name among
// those src names. A folder holding several policies and an ID none has are an *ArgError, the
// last of the errors; the policy is nil whenever that error or Open's fatal ones occur.
func OpenOne(ctx context.Context, name string, src Sources, progress func(Event)) (*model.Policy, []error) {
	if IsPath(name) {
		ps, errs := Open(ctx, Sources{Args: []string{name}, Cache: src.Cache}, progress)
		if len(ps) > 1 {
			return nil, append(errs, argErrorf("%s holds %d policies; name one of its files, or give an ID before it (%s)", name, len(ps), IDList(ps)))
		}
		if len(ps) == 0 {
			return nil, errs
		}
		return ps[0], errs
	}
	ps, errs := Open(ctx, src, progress)
	if len(ps) == 0 || Fatal(errs) != nil {
		return nil, errs
	}
	for _, p := range ps {
		if p.ID == name {
			return p, errs
		}
	}
	return nil, append(errs, argErrorf("no policy with ID %q; there are: %s", name, IDList(ps)))
}

// OpenVersion returns the version of a policy that arg names for `fineprint diff`: PATH@REV,
// the file at PATH in git revision REV (any revision git understands), when arg is not itself
// an existing file; else the one policy OpenOne finds (a file, or an ID among src's policies).
func OpenVersion(ctx context.Context, arg string, src Sources) (*model.Policy, []error) {
	path, rev, ok := splitRev(arg)
	if !ok {
		return OpenOne(ctx, arg, src, nil)
	}
	r, err := OpenRepo(ctx, path)
	if err != nil {
		return nil, []error{err}
	}
	defer r.Close()
	v, err := r.Resolve(ctx, rev)
	if err != nil {
		return nil, []error{&ArgError{Msg: err.Error()}}
	}
	p, err := r.Load(v)
	if err != nil {
		return nil, []error{err}
	}
	return p, nil
}

// NamesID reports whether OpenVersion reads arg as the ID of a policy among its sources: neither
// a path nor PATH@REV.
func NamesID(arg string) bool {
	_, _, rev := splitRev(arg)
	return !rev && !IsPath(arg)
}

// splitRev splits PATH@REV at its last @ when arg is not itself an existing file (a name may
// hold an @).
func splitRev(arg string) (path, rev string, ok bool) {
	if exists(arg) {
		return "", "", false
	}
	i := strings.LastIndex(arg, "@")
	if i <= 0 || i == len(arg)-1 {
		return "", "", false
	}
	return arg[:i], arg[i+1:], true
}

// Fatal returns the error among Open's (or OpenOne's) that names what a command was asked for
// wrongly, so that it must fail whatever else loaded: an unknown name (*NameError), an
// *ArgError, or ErrNothingToRead; nil when every error is about one file or folder (reported,
// and skipped).
func Fatal(errs []error) error {
	for _, err := range errs {
		var ne *NameError
		var ae *ArgError
		if errors.As(err, &ne) || errors.As(err, &ae) || errors.Is(err, ErrNothingToRead) {
			return err
		}
	}
	return nil
}

// IDList returns the IDs of ps, comma-separated, for a message.
func IDList(ps []*model.Policy) string { return strings.Join(idsOf(ps), ", ") }
