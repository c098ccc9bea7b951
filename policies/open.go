package policies

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fineprint/model"
)

// Sources name what Open loads, in this order: the bundled policies, the folders of the user's
// config file, then each of Args.
type Sources struct {
	Bundled bool // the bundled policies
	Config  bool // the folders the config file names (see ConfigPath)
	// Folders are loaded before Args: a caller that has read the config file already (for its
	// other settings) passes its folders here rather than set Config and have it read again.
	Folders []string
	// Args are files and folders (loaded recursively) or bundled policy IDs: an argument is a
	// path when something exists there or it looks like one (it holds a dot or a slash), else
	// an ID. An ID of a policy loaded already (the bundled ones, with Bundled) adds nothing.
	Args []string
	// Cache, when not nil, keeps what was parsed for the next run (see ParsedCache).
	Cache *ParsedCache
	// parse is model.Parse when nil; tests slow it down or make it panic (see LoadOptions).
	parse func(source string, data []byte) (*model.Policy, error)
}

// ErrNothingToRead is Open's answer when Sources name nothing at all: no bundled policies, no
// configured folder and no argument.
var ErrNothingToRead = errors.New("nothing to read: --no-bundled and no files or folders given")

// NameError says an argument is neither a file or folder nor a bundled policy's ID.
type NameError struct {
	Name string   // the argument
	IDs  []string // the bundled IDs there are
}

func (e *NameError) Error() string {
	return fmt.Sprintf("%q is neither a file, a folder nor a bundled policy ID (there are: %s)", e.Name, strings.Join(e.IDs, ", "))
}

// Open is the one loader of fineprint: every command and the TUI load through it. It returns
// the policies src names in a deterministic order (bundled ones first in manifest order, then
// the configured folders', then the arguments' in the order given, folder entries sorted by
// name), and one error per thing that could not be loaded (the config file, a file, a folder,
// an unknown ID: a *NameError); a bad file never stops the others.
//
// progress, when not nil, is called from a single goroutine once per bundled policy (first,
// with Total 0) and once per file as it finishes (as Load calls it: in completion order), so a
// caller can show each policy as it arrives; Event.Order is its place in the returned list.
// When ctx is cancelled Open returns what finished; callers check ctx.Err().
func Open(ctx context.Context, src Sources, progress func(Event)) ([]*model.Policy, []error) {
	var out []*model.Policy
	errs := OpenEach(ctx, src, progress, func(p *model.Policy) bool {
		out = append(out, p)
		return true
	})
	return out, errs
}

// OpenEach is Open for a caller that handles one policy at a time: it gives yield each policy
// in Open's order, keeps none of them, and returns the errors. Memory holds the policies the
// caller keeps and the few loaded ahead of the one awaited, not the corpus. It stops loading
// when yield returns false.
func OpenEach(ctx context.Context, src Sources, progress func(Event), yield func(*model.Policy) bool) []error {
	var errs []error
	var bundled []*model.Policy
	given := map[*model.Policy]bool{} // the bundled policies given to yield
	next := 0                         // the Order of the next policy, gaps where files failed
	stopped := false
	give := func(p *model.Policy) {
		if !stopped && !yield(p) {
			stopped = true
		}
	}
	bundledOnce := func() ([]*model.Policy, error) {
		if bundled != nil {
			return bundled, nil
		}
		var err error
		bundled, err = Bundled()
		return bundled, err
	}
	emit := func(e Event) {
		if progress != nil {
			progress(e)
		}
	}
	if src.Bundled {
		ps, err := bundledOnce()
		if err != nil {
			return []error{err}
		}
		for i, p := range ps {
			emit(Event{Path: p.Source, Policy: p, Order: i})
		}
		for _, p := range ps {
			given[p] = true
			give(p)
		}
		next = len(ps)
	}
	var paths []string
	if src.Config {
		folders, err := ConfigFolders()
		if err != nil {
			errs = append(errs, err)
			emit(Event{Err: err})
		}
		paths = append(paths, folders...)
	}
	paths = append(paths, src.Folders...)
	if !src.Bundled && len(paths) == 0 && len(src.Args) == 0 {
		return append(errs, ErrNothingToRead)
	}
	var used []string
	flush := func() {
		if len(paths) == 0 || stopped {
			paths = nil
			return
		}
		base := next
		_, loadErrs := Load(ctx, paths, LoadOptions{Reserved: used, Cache: src.Cache, parse: src.parse, Yield: func(p *model.Policy) bool {
			used = append(used, p.ID)
			give(p)
			return !stopped
		}}, func(e Event) {
			e.Order += base
			if e.Policy != nil {
				next = max(next, e.Order+1)
			}
			emit(e)
		})
		errs = append(errs, loadErrs...)
		paths = nil
	}
	for _, a := range src.Args {
		if IsPath(a) {
			paths = append(paths, a)
			continue
		}
		flush()
		ps, err := bundledOnce()
		if err != nil {
			return []error{err}
		}
		i := slices.IndexFunc(ps, func(p *model.Policy) bool { return p.ID == a })
		switch {
		case i < 0:
			err := &NameError{Name: a, IDs: idsOf(ps)}
			errs = append(errs, err)
			emit(Event{Path: a, Err: err})
		case !given[ps[i]]:
			emit(Event{Path: ps[i].Source, Policy: ps[i], Order: next})
			given[ps[i]] = true
			give(ps[i])
			next++
		}
	}
	flush()
	return errs
}

// idsOf returns the IDs of ps.
func idsOf(ps []*model.Policy) []string {
	ids := make([]string, len(ps))
	for k, p := range ps {
		ids[k] = p.ID
	}
	return ids
}

// ConfigFolders returns the folders the user's config file names, to load on every run.
func ConfigFolders() ([]string, error) {
	cfg, err := UserConfig()
	return cfg.Folders, err
}

// UserConfig returns the user's config file (ReadConfig at ConfigPath): an empty Config when
// there is none or no config directory on this system.
func UserConfig() (Config, error) {
	path, err := ConfigPath()
	if err != nil {
		return Config{}, nil // no config directory on this system: nothing configured
	}
	return ReadConfig(path)
}
