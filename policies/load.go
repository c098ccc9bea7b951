package policies

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"fineprint/model"
)

// DefaultMaxBytes is the largest file Load reads unless LoadOptions says otherwise: 20 MiB,
// some forty times the longest real privacy policy.
const DefaultMaxBytes = 20 << 20

// LoadOptions tunes Load. The zero value is ready to use.
type LoadOptions struct {
	Workers  int      // files parsed at once; 0 means runtime.GOMAXPROCS(0)
	MaxBytes int64    // largest file read, in bytes; 0 means DefaultMaxBytes
	Reserved []string // IDs already in use besides the bundled ones (always reserved)
	// Cache, when not nil, keeps parsed policies on disk: a file whose content was parsed
	// before is decoded from it instead (see ParsedCache).
	Cache *ParsedCache
	// Yield, when not nil, is given each policy in Load's order (not in completion order) as
	// soon as it and every file before it have finished, and Load returns no policies: memory
	// holds what the caller keeps and the few policies loaded ahead of the one awaited, not the
	// corpus. Load stops loading when Yield returns false.
	Yield func(p *model.Policy) bool
	// parse is model.Parse when nil; tests make it panic to check that a parser bug costs one
	// file only.
	parse func(source string, data []byte) (*model.Policy, error)
}

// Event reports one file finished: either Policy is set, or Err (a *FileError naming the file
// and the reason). Done counts the files finished so far, this one included, out of Total.
// Files finish in any order (they load in parallel); Order is the policy's place in the list
// Load (or Open) returns, which is sorted by it (with gaps where files failed), so a caller
// showing policies as they arrive can put each where it belongs.
type Event struct {
	Path        string
	Policy      *model.Policy
	Err         error
	Done, Total int
	Order       int
}

// Load reads the files and folders in paths (folders recursively) and parses each file into a
// Policy, over a pool of opts.Workers goroutines. It returns the policies in a deterministic
// order (paths in order, folder entries by name) and one error per file or folder that could
// not be loaded; a bad file never stops the others.
//
// IDs are the slug of the file name ("-2", "-3" appended on a clash) and never one of the
// bundled IDs or opts.Reserved. Policy.Source is the path as given, or joined from the given
// folder.
//
// progress, when not nil, is called once per file as it finishes, from a single goroutine (in
// completion order, with Done increasing by one each time), so it may send to a channel or
// update state without locking. Folder errors found while walking (a symlink loop, an
// unreadable folder) are reported first. When ctx is cancelled Load stops starting new files
// and returns what finished; callers check ctx.Err().
func Load(ctx context.Context, paths []string, opts LoadOptions, progress func(Event)) ([]*model.Policy, []error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := &walker{
		ctx:     ctx,
		ids:     newIDSet(BundledIDs(), opts.Reserved),
		seen:    map[fileKey]bool{},
		seenDir: map[fileKey]bool{},
	}
	for _, p := range paths {
		w.add(p)
	}
	if ctx.Err() != nil {
		return nil, nil
	}
	total := len(w.jobs) + len(w.errs)
	done := 0
	report := func(e Event) {
		done++
		e.Done, e.Total = done, total
		if progress != nil {
			progress(e)
		}
	}
	errs := append([]error(nil), w.errs...)
	for _, err := range w.errs {
		var fe *FileError
		path := ""
		if errors.As(err, &fe) {
			path = fe.Path
		}
		report(Event{Path: path, Err: err})
	}

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parse := opts.parse
	if parse == nil {
		parse = model.Parse
	}
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}

	type result struct {
		index  int
		policy *model.Policy
		err    error
	}
	jobs := make(chan int)
	results := make(chan result, workers)
	var wg sync.WaitGroup
	for range min(workers, max(len(w.jobs), 1)) {
		wg.Go(func() {
			for i := range jobs {
				j := w.jobs[i]
				p, err := loadFile(j.path, maxBytes, opts.Cache, parse)
				if err != nil {
					results <- result{index: i, err: &FileError{Path: j.path, Err: err}}
					continue
				}
				p.ID = j.id
				results <- result{index: i, policy: p}
			}
		})
	}
	// With opts.Yield, a file is started only while fewer than aheadPerWorker files per worker
	// are started and not yet given to Yield: a slow file, or a slow caller, holds back the
	// load instead of letting the others pile up.
	var ahead chan struct{}
	if opts.Yield != nil {
		ahead = make(chan struct{}, aheadPerWorker*workers)
	}
	go func() {
	feed:
		for i := range w.jobs {
			if ahead != nil {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					break feed
				}
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				break feed
			}
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()

	loaded := make([]*model.Policy, len(w.jobs))
	fileErrs := make([]error, len(w.jobs))
	finished := make([]bool, len(w.jobs))
	next := 0 // with opts.Yield: the first job not yet given to it
	stopped := false
	for r := range results {
		loaded[r.index], fileErrs[r.index], finished[r.index] = r.policy, r.err, true
		report(Event{Path: w.jobs[r.index].path, Policy: r.policy, Err: r.err, Order: r.index})
		if opts.Yield == nil {
			continue
		}
		for ; next < len(w.jobs) && finished[next]; next++ {
			<-ahead
			p := loaded[next]
			loaded[next] = nil
			if p != nil && !stopped && !opts.Yield(p) {
				stopped = true
				cancel() // the workers end with the files they have begun
			}
		}
	}
	var out []*model.Policy
	for i := range loaded {
		if loaded[i] != nil {
			out = append(out, loaded[i])
		}
		if fileErrs[i] != nil {
			errs = append(errs, fileErrs[i])
		}
	}
	return out, errs
}

// aheadPerWorker bounds, per worker, the files Load (with LoadOptions.Yield) reads ahead of
// the one its caller awaits.
const aheadPerWorker = 3

// loadFile reads the file at path (at most maxBytes), decodes it, converts HTML, and parses it,
// or takes the policy from cache when its content was parsed before. Errors are reasons
// without the path.
func loadFile(path string, maxBytes int64, cache *ParsedCache, parse func(string, []byte) (*model.Policy, error)) (p *model.Policy, err error) {
	// A bug in the parser must cost one file, not the whole program: a panic in a worker
	// goroutine cannot be recovered anywhere else.
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("%w: %v (this is a bug in fineprint; please report it with this file)", ErrInternal, r)
		}
	}()
	data, err := readFile(path, maxBytes)
	if err != nil {
		return nil, err
	}
	if cache == nil {
		return parseDocumentWith(parse, path, data)
	}
	key := cache.key(path, data)
	if p := cache.get(key, path); p != nil {
		return p, nil
	}
	p, err = parseDocumentWith(parse, path, data)
	if err == nil {
		cache.put(key, p)
	}
	return p, err
}

// readFile reads a regular file of at most maxBytes.
func readFile(path string, maxBytes int64) ([]byte, error) {
	// Stat before opening: opening a named pipe would block until someone writes to it.
	info, err := os.Stat(path)
	if err != nil {
		return nil, describeFSError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", kindOf(info.Mode()))
	}
	if info.Size() > maxBytes {
		return nil, fmt.Errorf("%w: %s (the limit is %s)", ErrTooLarge, humanBytes(info.Size()), humanBytes(maxBytes))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, describeFSError(err)
	}
	defer f.Close()
	buf := bytes.NewBuffer(make([]byte, 0, min(info.Size(), maxBytes)+bytes.MinRead)) // one allocation
	_, err = buf.ReadFrom(io.LimitReader(f, maxBytes+1))
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("read: %w", describeFSError(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%w: grew past %s while being read", ErrTooLarge, humanBytes(maxBytes))
	}
	return data, nil
}

// parseDocument decodes raw file content, converts a saved HTML page to markdown, and parses
// the result. source names the document in the Policy (a path, or "bundled:<file>").
func parseDocument(source string, data []byte) (*model.Policy, error) {
	return parseDocumentWith(model.Parse, source, data)
}

// parseDocumentWith is parseDocument with parse in place of model.Parse (tests make it panic).
func parseDocumentWith(parse func(string, []byte) (*model.Policy, error), source string, data []byte) (*model.Policy, error) {
	text, err := Decode(data)
	if err != nil {
		return nil, err
	}
	var page HTMLPage
	if isHTML(source, text) {
		page, err = HTMLToMarkdown(text)
		if err != nil {
			return nil, fmt.Errorf("HTML: %w", err)
		}
		if page.Markdown == "" {
			return nil, fmt.Errorf("%w: the HTML page has no text outside navigation, scripts and banners", ErrNoText)
		}
		text = []byte(page.Markdown)
	}
	p, err := parse(source, text)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if len(p.Clauses) == 0 && len(p.Sections) == 0 {
		return nil, fmt.Errorf("%w: no paragraphs or headings", ErrNoText)
	}
	if p.Title == "" {
		p.Title = model.Sanitize(page.Title)
	}
	if p.Company == "" {
		p.Company = model.Sanitize(page.SiteName)
	}
	return p, nil
}

// humanBytes formats n bytes as "512 B", "3.4 KB", "52.0 MB" (powers of 1024).
func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "KMGTPE"[exp])
}
