package policies

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/model/diff"
)

// Git history of a policy file. fineprint runs the git command, as lazygit and tig do, rather
// than linking a git library: one `git log --raw` lists every version of a file with the blob
// of each, and one long-lived `git cat-file --batch` streams their contents, so listing 500
// versions costs two processes whatever the repository's size, and the user's own git (its
// configuration, its object formats, partial clones) reads the repository. README.md has the
// measurements against go-git.

// ErrNotInRepo is returned for a file that is not inside a git work tree (or when git is not
// installed).
var ErrNotInRepo = errors.New("not in a git repository")

// Version is one committed version of a file.
type Version struct {
	Commit  string    // full commit hash
	Date    time.Time // author date
	Author  string
	Subject string // the commit message's first line
	Blob    string // hash of the file's content at this commit
}

// Short returns the commit's abbreviated hash (12 hex digits).
func (v Version) Short() string {
	if len(v.Commit) > 12 {
		return v.Commit[:12]
	}
	return v.Commit
}

// Repo is a file inside a git work tree. Its methods may be called from several goroutines.
type Repo struct {
	Root string // the work tree's top-level folder
	Rel  string // the file's path from Root, with forward slashes
	Path string // the file's path as given

	mu    sync.Mutex
	batch *catFile // started on first read
}

// OpenRepo finds the git work tree holding the file at path.
func OpenRepo(ctx context.Context, path string) (*Repo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(abs)
	if _, err := os.Stat(dir); err != nil {
		return nil, describeFSError(err)
	}
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, ErrNotInRepo)
	}
	root := strings.TrimSpace(string(out))
	// The top level is reported with symbolic links resolved: resolve ours too.
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		dir = r
	}
	relDir, err := filepath.Rel(root, dir)
	if err != nil || strings.HasPrefix(relDir, "..") {
		return nil, fmt.Errorf("%s: %w", path, ErrNotInRepo)
	}
	rel := filepath.ToSlash(filepath.Join(relDir, filepath.Base(abs)))
	return &Repo{Root: root, Rel: rel, Path: path}, nil
}

// git runs git in dir and returns its standard output; a failure carries git's message.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// The separators of the log format: record and unit separators cannot occur in a subject.
const (
	recSep  = "\x1e"
	unitSep = "\x1f"
)

// History returns the file's committed versions, newest first: the commits that changed it
// (a commit that deleted it is left out), reachable from HEAD.
func (r *Repo) History(ctx context.Context) ([]Version, error) {
	out, err := git(ctx, r.Root, "log", "--no-color", "--no-renames", "--raw", "--no-abbrev",
		"--format="+recSep+"%H"+unitSep+"%aI"+unitSep+"%an"+unitSep+"%s", "--", r.Rel)
	if err != nil {
		return nil, err
	}
	return parseLog(out, r.Rel), nil
}

// parseLog reads the output of History's git log.
func parseLog(out []byte, rel string) []Version {
	var vs []Version
	for _, rec := range strings.Split(string(out), recSep) {
		if rec == "" {
			continue
		}
		head, raw, _ := strings.Cut(rec, "\n")
		f := strings.SplitN(head, unitSep, 4)
		if len(f) < 4 {
			continue
		}
		v := Version{Commit: f[0], Author: f[2], Subject: model.Sanitize(f[3])}
		v.Date, _ = time.Parse(time.RFC3339, f[1])
		for _, line := range strings.Split(raw, "\n") {
			// :100644 100644 <old blob> <new blob> M\t<path>
			meta, path, ok := strings.Cut(line, "\t")
			if !ok || !strings.HasPrefix(meta, ":") || path != rel {
				continue
			}
			if fs := strings.Fields(meta); len(fs) >= 5 {
				v.Blob = fs[3]
			}
		}
		if v.Blob == "" || strings.Trim(v.Blob, "0") == "" {
			continue // the commit deleted the file
		}
		vs = append(vs, v)
	}
	return vs
}

// Resolve returns the version of the file at rev (a commit, a branch, a tag, HEAD~3).
func (r *Repo) Resolve(ctx context.Context, rev string) (Version, error) {
	if strings.HasPrefix(rev, "-") {
		return Version{}, fmt.Errorf("bad revision %q", rev)
	}
	out, err := git(ctx, r.Root, "log", "-1", "--no-color",
		"--format=%H"+unitSep+"%aI"+unitSep+"%an"+unitSep+"%s", rev, "--")
	if err != nil {
		return Version{}, fmt.Errorf("%s@%s: %w", r.Path, rev, err)
	}
	f := strings.SplitN(strings.TrimSpace(string(out)), unitSep, 4)
	if len(f) < 4 {
		return Version{}, fmt.Errorf("%s@%s: no such revision", r.Path, rev)
	}
	v := Version{Commit: f[0], Author: f[2], Subject: model.Sanitize(f[3])}
	v.Date, _ = time.Parse(time.RFC3339, f[1])
	blob, err := git(ctx, r.Root, "rev-parse", "--verify", "--quiet", v.Commit+":"+r.Rel)
	if err != nil {
		return Version{}, fmt.Errorf("%s@%s: the file is not in that revision", r.Path, rev)
	}
	v.Blob = strings.TrimSpace(string(blob))
	return v, nil
}

// Read returns the file's content in version v.
func (r *Repo) Read(v Version) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.batch == nil {
		b, err := startCatFile(r.Root)
		if err != nil {
			return nil, err
		}
		r.batch = b
	}
	data, err := r.batch.read(v.Blob)
	if err != nil {
		r.batch.close()
		r.batch = nil
		return nil, fmt.Errorf("%s@%s: %w", r.Path, v.Short(), err)
	}
	return data, nil
}

// Load reads and parses the file in version v. The policy's ID is the file's slug and the
// commit ("acme-3f2a9c1d"), its Source "PATH@COMMIT".
func (r *Repo) Load(v Version) (*model.Policy, error) {
	data, err := r.Read(v)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > DefaultMaxBytes {
		return nil, fmt.Errorf("%s@%s: %w", r.Path, v.Short(), ErrTooLarge)
	}
	p, err := parseDocument(r.Rel, data)
	if err != nil {
		return nil, fmt.Errorf("%s@%s: %w", r.Path, v.Short(), err)
	}
	p.Source = r.Path + "@" + v.Short()
	p.ID = Slug(strings.TrimSuffix(filepath.Base(r.Rel), filepath.Ext(r.Rel))) + "-" + v.Commit[:min(8, len(v.Commit))]
	if p.Date == "" && !v.Date.IsZero() {
		p.Date = v.Date.Format("2006-01-02")
	}
	return p, nil
}

// Close ends the git process reading contents, if one was started.
func (r *Repo) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.batch != nil {
		r.batch.close()
		r.batch = nil
	}
	return nil
}

// catFile is a running `git cat-file --batch`: write an object name, read its header and
// content.
type catFile struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startCatFile(root string) (*catFile, error) {
	cmd := exec.Command("git", "-C", root, "cat-file", "--batch")
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}, nil
}

func (c *catFile) read(blob string) ([]byte, error) {
	if _, err := io.WriteString(c.in, blob+"\n"); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	// <oid> <type> <size>, or <oid> missing
	f := strings.Fields(header)
	if len(f) != 3 {
		return nil, fmt.Errorf("git cat-file: object %s %s", blob, strings.TrimSpace(header))
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("git cat-file: bad header %q", strings.TrimSpace(header))
	}
	data := make([]byte, size+1) // content and a newline
	if _, err := io.ReadFull(c.out, data); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return data[:size], nil
}

func (c *catFile) close() {
	c.in.Close()
	_ = c.cmd.Wait()
}

// Summary is the one-line summary of what version Index of a history changed against the
// version before it.
type Summary struct {
	Index int    // in the versions given to Summarize
	Text  string // diff.Result.Summary, "first version" for the oldest, or the error
	Err   error
}

// Summarize computes, with workers goroutines, the summary of every version against the one
// before it (versions newest first, as History returns them) and sends each on out as soon as
// it is known, in no particular order; it closes out when done or when ctx is cancelled. Every
// version is read, parsed and analysed once, and dropped once both its summaries are sent.
func (r *Repo) Summarize(ctx context.Context, versions []Version, workers int, out chan<- Summary) {
	defer close(out)
	n := len(versions)
	if n == 0 {
		return
	}
	workers = max(1, min(workers, n))
	reports := make([]*detect.Report, n)
	errs := make([]error, n)
	ready := make([]bool, n)
	sent := make([]bool, n)
	var mu sync.Mutex
	jobs := make(chan int)
	send := func(s Summary) bool {
		select {
		case out <- s:
			return true
		case <-ctx.Done():
			return false
		}
	}
	// emit sends the summary of version i if both i and i+1 are ready; called with mu held.
	emit := func(i int) (Summary, bool) {
		if i < 0 || i >= n || sent[i] || !ready[i] || (i+1 < n && !ready[i+1]) {
			return Summary{}, false
		}
		sent[i] = true
		s := Summary{Index: i}
		switch {
		case errs[i] != nil:
			s.Err, s.Text = errs[i], errs[i].Error()
		case i+1 == n:
			s.Text = "first version"
		case errs[i+1] != nil:
			s.Err, s.Text = errs[i+1], errs[i+1].Error()
		default:
			s.Text = diff.CompareReports(reports[i+1], reports[i]).Summary()
		}
		// Version i is needed by summaries i and i-1 only.
		for _, j := range []int{i, i + 1} {
			if j < n && sent[j] && (j == 0 || sent[j-1]) {
				reports[j] = nil
			}
		}
		return s, true
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				var rep *detect.Report
				p, err := r.Load(versions[j])
				if err == nil {
					rep = detect.Analyze(p)
				}
				mu.Lock()
				reports[j], errs[j], ready[j] = rep, err, true
				var ss []Summary
				for _, i := range []int{j - 1, j} {
					if s, ok := emit(i); ok {
						ss = append(ss, s)
					}
				}
				mu.Unlock()
				for _, s := range ss {
					if !send(s) {
						return
					}
				}
			}
		}()
	}
feed:
	for j := range n {
		select {
		case jobs <- j:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}
