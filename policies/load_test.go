package policies

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fineprint/model"
)

const samplePolicy = "Sample Privacy Policy\nEffective Date: January 2, 2024\n1. Information We Collect\nWe collect your name and email address when you register.\n2. Your Rights\nYou may ask us to delete your personal information at any time.\n"

// write creates file name under dir with content, making parent folders.
func write(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// errorFor returns the error reported for path, or nil.
func errorFor(errs []error, path string) error {
	for _, err := range errs {
		var fe *FileError
		if errors.As(err, &fe) && fe.Path == path {
			return err
		}
	}
	return nil
}

func ids(ps []*model.Policy) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// TestLoadHostileFolder loads a folder in which most files are broken in a different way and
// checks that every bad file is reported by name with its reason while the good ones load.
func TestLoadHostileFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte(samplePolicy))
	bom := write(t, dir, "bom.md", append([]byte("\xef\xbb\xbf"), samplePolicy...))
	u16 := write(t, dir, "utf16.txt", utf16Bytes(samplePolicy, false))
	u16be := write(t, dir, "sub/utf16be.txt", utf16Bytes("隐私政策\n一、我们收集的信息\n我们收集您的姓名。\n", true))
	noExt := write(t, dir, "sub/deeper/PRIVACY", []byte(samplePolicy))
	empty := write(t, dir, "empty.txt", nil)
	binary := write(t, dir, "binary.txt", []byte("\x00\x01\x02\x03ELF\x00\x00"))
	latin1 := write(t, dir, "latin1.txt", []byte("Politique de confidentialit\xe9\n"))
	pdf := write(t, dir, "scan.pdf", []byte("%PDF-1.4\n"))
	write(t, dir, "photo.png", []byte("\x89PNG\r\n\x1a\n"))   // unknown extension: skipped silently
	write(t, dir, ".hidden/secret.txt", []byte(samplePolicy)) // hidden folder: skipped
	longLine := write(t, dir, "long-line.txt", append([]byte("Privacy Policy\n"), strings.Repeat("word ", 200_000)...))

	ps, errs := Load(context.Background(), []string{dir}, LoadOptions{}, nil)

	loaded := map[string]*model.Policy{}
	for _, p := range ps {
		loaded[p.Source] = p
	}
	for _, path := range []string{good, bom, u16, u16be, noExt, longLine} {
		if loaded[path] == nil {
			t.Errorf("%s not loaded; error: %v", path, errorFor(errs, path))
		}
	}
	for _, tt := range []struct {
		path string
		want error
		text string
	}{
		{empty, ErrEmpty, "empty file"},
		{binary, ErrBinary, "binary"},
		{latin1, ErrEncoding, "invalid UTF-8 at byte 27"},
		{pdf, nil, "PDF documents are not supported"},
	} {
		err := errorFor(errs, tt.path)
		if err == nil {
			t.Errorf("%s: no error reported", tt.path)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: error %q does not wrap %v", tt.path, err, tt.want)
		}
		if !strings.HasPrefix(err.Error(), tt.path+": ") || !strings.Contains(err.Error(), tt.text) {
			t.Errorf("error %q: want %q, then a reason containing %q", err, tt.path+": ", tt.text)
		}
	}
	if len(ps)+len(errs) != 10 {
		t.Errorf("%d loaded + %d errors, want 10 files in all (the .png and hidden folder skipped): %q %v",
			len(ps), len(errs), ids(ps), errs)
	}
	if p := loaded[u16]; p != nil && !strings.Contains(p.Clauses[len(p.Clauses)-1].Text, "delete your personal information") {
		t.Errorf("UTF-16 file decoded wrongly: last clause %q", p.Clauses[len(p.Clauses)-1].Text)
	}
}

// TestLoadSkipsProjectFiles loads a folder laid out as a clone of a policy archive: its
// README.md, LICENSE and CHANGELOG.txt describe the repository and are not loaded, while a
// policy whose name merely contains such a word, and a README named on the command line, are.
func TestLoadSkipsProjectFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "README.md", []byte("# Archive\n\nThis repository keeps the versions of privacy policies.\n"))
	write(t, dir, "LICENSE", []byte("Creative Commons Attribution 4.0 International Public License\n\nBy exercising the Licensed Rights you accept these terms.\n"))
	write(t, dir, "Acme/CHANGELOG.txt", []byte("2024-01-02: first version of the policy recorded.\n"))
	write(t, dir, "Acme/Privacy Policy.md", []byte(samplePolicy))
	write(t, dir, "Readme Corp/License Privacy Policy.md", []byte(samplePolicy))
	ps, errs := Load(context.Background(), []string{dir}, LoadOptions{Workers: 2}, nil)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if got, want := ids(ps), []string{"privacy-policy", "license-privacy-policy"}; !slices.Equal(got, want) {
		t.Errorf("folder load: IDs %q, want %q", got, want)
	}
	ps, errs = Load(context.Background(), []string{filepath.Join(dir, "README.md")}, LoadOptions{Workers: 1}, nil)
	if len(errs) != 0 || len(ps) != 1 {
		t.Errorf("README.md named on the command line: %d policies, errors %v; want it loaded", len(ps), errs)
	}
}

func TestLoadIDsUniqueAndStable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"a/policy.txt", "b/policy.md", "c/Policy.html", "api7.txt", "z.txt"} {
		write(t, dir, name, []byte(samplePolicy))
	}
	explicit := filepath.Join(dir, "z.txt")
	for range 3 { // worker scheduling must not change the IDs
		ps, errs := Load(context.Background(), []string{dir, explicit}, LoadOptions{Workers: 2, Reserved: []string{"z"}}, nil)
		if len(errs) != 0 {
			t.Fatalf("errors: %v", errs)
		}
		got := ids(ps)
		want := []string{"policy", "api7-2", "policy-2", "policy-3", "z-2"}
		if !slices.Equal(got, want) {
			t.Fatalf("IDs = %q, want %q (z.txt named twice loads once)", got, want)
		}
	}
}

func TestLoadProgressEvents(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for i := range 7 {
		write(t, dir, fmt.Sprintf("p%d.txt", i), []byte(samplePolicy))
	}
	write(t, dir, "bad.txt", nil)
	missing := filepath.Join(dir, "missing")
	var events []Event
	ps, errs := Load(context.Background(), []string{dir, missing}, LoadOptions{Workers: 3}, func(e Event) {
		events = append(events, e)
	})
	if len(ps) != 7 || len(errs) != 2 {
		t.Fatalf("loaded %d, %d errors; want 7 and 2 (%v)", len(ps), len(errs), errs)
	}
	if len(events) != 9 {
		t.Fatalf("%d events, want 9", len(events))
	}
	for i, e := range events {
		if e.Done != i+1 || e.Total != 9 {
			t.Errorf("event %d: Done/Total = %d/%d, want %d/9", i, e.Done, e.Total, i+1)
		}
		if (e.Policy == nil) == (e.Err == nil) {
			t.Errorf("event %d: want exactly one of Policy and Err, got %v and %v", i, e.Policy, e.Err)
		}
		if e.Path == "" {
			t.Errorf("event %d has no path", i)
		}
	}
	if err := errorFor(errs, missing); err == nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing path: error %v, want one wrapping fs.ErrNotExist", err)
	}
}

func TestLoadCancelled(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for i := range 50 {
		write(t, dir, fmt.Sprintf("p%02d.txt", i), []byte(samplePolicy))
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	ps, _ := Load(ctx, []string{dir}, LoadOptions{Workers: 1}, func(Event) {
		n++
		if n == 5 {
			cancel()
		}
	})
	if len(ps) >= 50 {
		t.Errorf("loaded all %d files after cancellation at 5", len(ps))
	}
}

func TestLoadSymlinkLoops(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "docs/policy.txt", []byte(samplePolicy))
	// A folder link back to its ancestor, and two links pointing at each other.
	if err := os.Symlink(dir, filepath.Join(dir, "docs", "back")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	a, b := filepath.Join(dir, "docs", "a.txt"), filepath.Join(dir, "docs", "b.txt")
	must(t, os.Symlink(b, a))
	must(t, os.Symlink(a, b))
	dangling := filepath.Join(dir, "docs", "gone.md")
	must(t, os.Symlink(filepath.Join(dir, "nowhere.md"), dangling))

	done := make(chan struct{})
	var ps []*model.Policy
	var errs []error
	go func() {
		ps, errs = Load(context.Background(), []string{dir}, LoadOptions{}, nil)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load did not return: symlink loop followed forever")
	}
	if got := ids(ps); !slices.Equal(got, []string{"policy"}) {
		t.Errorf("IDs = %q, want just [policy]", got)
	}
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "docs", "back"), "symlink loop"},
		{a, "symlink loop"},
		{b, "symlink loop"},
		{dangling, "broken symlink"},
	} {
		if err := errorFor(errs, tt.path); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.path, err, tt.want)
		}
	}
}

func TestLoadUnreadable(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reading")
	}
	dir := t.TempDir()
	secret := write(t, dir, "secret.txt", []byte(samplePolicy))
	must(t, os.Chmod(secret, 0))
	locked := filepath.Join(dir, "locked")
	write(t, locked, "inside.txt", []byte(samplePolicy))
	must(t, os.Chmod(locked, 0))
	t.Cleanup(func() { _ = os.Chmod(locked, 0o755) })
	write(t, dir, "ok.txt", []byte(samplePolicy))

	ps, errs := Load(context.Background(), []string{dir}, LoadOptions{}, nil)
	if got := ids(ps); !slices.Equal(got, []string{"ok"}) {
		t.Errorf("IDs = %q, want [ok]", got)
	}
	for _, path := range []string{secret, locked} {
		if err := errorFor(errs, path); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("%s: error %v, want permission denied", path, err)
		}
	}
}

func TestLoadTooLarge(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := write(t, dir, "big.txt", []byte(strings.Repeat("Privacy policy text. ", 600)))
	_, errs := Load(context.Background(), []string{big}, LoadOptions{MaxBytes: 10_000}, nil)
	err := errorFor(errs, big)
	if err == nil || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "12.3 KB (the limit is 9.8 KB)") {
		t.Errorf("error %v, want ErrTooLarge with both sizes", err)
	}
}

// TestLoadVanishedFile removes a file between walking and reading, as a user deleting files
// during a long load would.
func TestLoadVanishedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := write(t, dir, "soon-gone.txt", []byte(samplePolicy))
	w := &walker{ids: newIDSet(), seen: map[fileKey]bool{}, seenDir: map[fileKey]bool{}}
	w.add(dir)
	if len(w.jobs) != 1 {
		t.Fatalf("walk found %d files, want 1", len(w.jobs))
	}
	must(t, os.Remove(path))
	_, err := loadFile(w.jobs[0].path, DefaultMaxBytes, nil, model.Parse)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || err.Error() != "no such file or folder" {
		t.Errorf("error %v, want \"no such file or folder\" wrapping fs.ErrNotExist", err)
	}
}

func TestLoadNamedPipeDoesNotBlock(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, errs := Load(context.Background(), []string{fifo}, LoadOptions{}, nil)
		done <- errorFor(errs, fifo)
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("error %v, want not a regular file (a named pipe)", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load blocked on a named pipe")
	}
}

// TestLoadEscapeInjection loads a file whose text and whose name carry terminal escape
// sequences (OSC 52 clipboard write, colour, bidi override) and checks that none of them
// survives into any text field of the Policy.
func TestLoadEscapeInjection(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	evil := "Evil \x1b]52;c;ZWNobyBwd25lZA==\x07Privacy Policy\x1b[2J\n" +
		"1. Data \x1b[31mWe Collect\x1b[0m\n" +
		"We collect \u202eemail\u202c addresses\u009b31m and \x1bPdevice\x1b\\ data.\n"
	path := write(t, dir, "evil.txt", []byte(evil))
	ps, errs := Load(context.Background(), []string{path}, LoadOptions{}, nil)
	if len(ps) != 1 {
		t.Fatalf("not loaded: %v", errs)
	}
	p := ps[0]
	fields := []string{p.Title, p.Company, p.Date}
	for _, s := range p.Sections {
		fields = append(fields, s.Title, s.Number, s.Anchor)
	}
	for _, c := range p.Clauses {
		fields = append(fields, c.Text)
		fields = append(fields, c.Cells...)
	}
	for _, f := range fields {
		if strings.ContainsAny(f, "\x1b\x07\u009b\u202e\u202c") {
			t.Errorf("field %q carries a control sequence", f)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestLoadSurvivesParserPanic makes the parser panic on one file and checks that the file is
// reported and the others load.
func TestLoadSurvivesParserPanic(t *testing.T) {
	t.Parallel()
	parse := func(source string, data []byte) (*model.Policy, error) {
		if strings.Contains(string(data), "BOOM") {
			var s []int
			_ = s[len(data)] // index out of range: a runtime panic
		}
		return model.Parse(source, data)
	}
	dir := t.TempDir()
	write(t, dir, "fine.txt", []byte(samplePolicy))
	bad := write(t, dir, "boom.txt", []byte("BOOM\n"+samplePolicy))
	ps, errs := Load(context.Background(), []string{dir}, LoadOptions{parse: parse}, nil)
	if got := ids(ps); !slices.Equal(got, []string{"fine"}) {
		t.Errorf("IDs = %q, want [fine]", got)
	}
	err := errorFor(errs, bad)
	if err == nil || !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("error %v, want ErrInternal naming the panic", err)
	}
}

// TestLoadDeepNesting loads markdown and HTML nested far deeper than any real policy; each
// must load (or be refused with a reason) quickly. Not parallel: it measures the process's CPU time.
func TestLoadDeepNesting(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var list strings.Builder
	list.WriteString("# Nested Privacy Policy\n\n")
	for i := range 1000 {
		list.WriteString(strings.Repeat("  ", i) + "- we collect item " + fmt.Sprint(i) + "\n")
	}
	files := []string{
		write(t, dir, "quotes.md", []byte("# Quoted Policy\n\n"+strings.Repeat(">", 100_000)+" we collect your name\n")),
		write(t, dir, "list.md", []byte(list.String())),
		write(t, dir, "headings.md", []byte(strings.Repeat("###### 1.1.1.1.1.1 Deep heading\n", 20_000))),
		write(t, dir, "divs.html", []byte("<html><body>"+strings.Repeat("<div><ul><li>", 30_000)+"we collect your name"+
			strings.Repeat("</li></ul></div>", 30_000)+"</body></html>")),
	}
	done := make(chan struct{})
	var ps []*model.Policy
	var errs []error
	start := time.Now()
	cpu0, haveCPU := processCPU()
	go func() {
		ps, errs = Load(context.Background(), []string{dir}, LoadOptions{}, nil)
		close(done)
	}()
	// The limit is CPU time where it can be read (the test runs alone in its process), so a
	// busy machine or -race's slower code does not make it fail; wall time stops a hang.
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
wait:
	for {
		select {
		case <-done:
			break wait
		case <-tick.C:
			if cpu, _ := processCPU(); haveCPU && cpu-cpu0 > 30*time.Second {
				t.Fatalf("deeply nested input took over 30 s of CPU")
			}
			if time.Since(start) > 5*time.Minute || !haveCPU && time.Since(start) > 30*time.Second {
				t.Fatalf("deeply nested input took over %v", time.Since(start).Round(time.Second))
			}
		}
	}
	cpu, _ := processCPU()
	t.Logf("loaded %d deeply nested files in %v (%v of CPU)", len(ps), time.Since(start), cpu-cpu0)
	for _, f := range files {
		loaded := slices.ContainsFunc(ps, func(p *model.Policy) bool { return p.Source == f })
		if !loaded && errorFor(errs, f) == nil {
			t.Errorf("%s neither loaded nor reported", f)
		}
		if !loaded {
			t.Logf("%s: %v", f, errorFor(errs, f))
		}
	}
	for _, p := range ps {
		if len(p.Clauses)+len(p.Sections) == 0 {
			t.Errorf("%s loaded with no text", p.Source)
		}
	}
}

// TestLoadFiftyMegabytes refuses a 50 MB file by its size, without reading it (the file is
// sparse, so the test writes nothing).
func TestLoadFiftyMegabytes(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	must(t, err)
	must(t, f.Truncate(50<<20))
	must(t, f.Close())
	_, errs := Load(context.Background(), []string{path}, LoadOptions{}, nil)
	err = errorFor(errs, path)
	if err == nil || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "50.0 MB (the limit is 20.0 MB)") {
		t.Errorf("error %v, want too large: 50.0 MB (the limit is 20.0 MB)", err)
	}
}

func TestLoadCancelledBeforeStart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, fmt.Sprintf("d%d/p.txt", i), []byte(samplePolicy))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	called := false
	ps, errs := Load(ctx, []string{dir}, LoadOptions{}, func(Event) { called = true })
	if len(ps) != 0 || len(errs) != 0 || called {
		t.Errorf("cancelled Load returned %d policies, %d errors, progress called %v; want nothing", len(ps), len(errs), called)
	}
}

// TestLoadEvalCorpus loads the shared evaluation policies (real policies, English and
// Chinese) when they are present: every one must load, with a unique ID and some text.
func TestLoadEvalCorpus(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	mds, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(mds) == 0 {
		t.Skipf("no evaluation corpus in %s", dir)
	}
	ps, errs := Load(context.Background(), []string{dir}, LoadOptions{}, nil)
	for _, err := range errs {
		t.Errorf("load error: %v", err)
	}
	if len(ps) != len(mds) {
		t.Errorf("loaded %d policies from %d .md files", len(ps), len(mds))
	}
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.ID] {
			t.Errorf("duplicate ID %q", p.ID)
		}
		seen[p.ID] = true
		if len(p.Clauses) == 0 || p.Words < 50 {
			t.Errorf("%s: %d clauses, %d words", p.Source, len(p.Clauses), p.Words)
		}
	}
}
