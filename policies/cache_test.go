package policies

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fineprint/model"
)

// loadWith loads paths with cache and fails the test on any error.
func loadWith(t *testing.T, cache *ParsedCache, paths ...string) []*model.Policy {
	t.Helper()
	ps, errs := Load(context.Background(), paths, LoadOptions{Cache: cache}, nil)
	if len(errs) > 0 {
		t.Fatalf("load: %v", errs)
	}
	return ps
}

// TestParsedCacheGivesWhatParsingGives loads the evaluation policies (English, international,
// HTML pages among them) twice through one cache: the first load parses every file and stores
// it, the second is decoded from the cache and must equal the parse, field for field.
func TestParsedCacheGivesWhatParsingGives(t *testing.T) {
	t.Parallel()
	var dirs []string
	for _, d := range []string{"dev", "dev-intl", "structure"} {
		if dir := filepath.Join("..", "..", "shared", "eval", d); dirExists(dir) { // ../shared beside the clone, as CI lays it
			dirs = append(dirs, dir)
		}
	}
	if len(dirs) == 0 {
		t.Skip("no evaluation data on this machine")
	}
	// The first load through an empty cache parses every file (and stores it): what parsing gives.
	cache := NewParsedCache(t.TempDir())
	want := loadWith(t, cache, dirs...)
	entries, _ := os.ReadDir(cache.dir)
	if len(entries) == 0 {
		t.Fatal("the first load through the cache stored nothing")
	}
	got := loadWith(t, cache, dirs...)
	if len(got) != len(want) {
		t.Fatalf("%d policies from the cache, %d parsed", len(got), len(want))
	}
	for i := range want {
		if !equalPolicies(got[i], want[i]) {
			t.Errorf("%s: the cached policy differs from the parsed one", want[i].Source)
		}
	}
}

// equalPolicies compares two policies field for field, an empty slice equal to a nil one (gob
// does not tell them apart, and neither does any reader of a Policy).
func equalPolicies(a, b *model.Policy) bool {
	norm := func(p *model.Policy) model.Policy {
		q := *p
		q.Langs = append([]model.Lang{}, q.Langs...)
		q.Parts = append([]model.Part{}, q.Parts...)
		q.Sections = append([]model.Section{}, q.Sections...)
		q.Clauses = append([]model.Clause{}, q.Clauses...)
		for i := range q.Clauses {
			q.Clauses[i].Cells = append([]string{}, q.Clauses[i].Cells...)
		}
		return q
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

func dirExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// TestParsedCacheKeys checks what an entry is keyed by: a changed file is parsed again, the
// same text elsewhere takes that path as its Source, the extension is part of the key,
// and an entry that cannot be decoded costs a parse, not a failure.
func TestParsedCacheKeys(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cache := NewParsedCache(filepath.Join(dir, "cache"))
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write("a.txt", "# Acme Privacy Policy\n\nWe collect your email address.\n")
	first := loadWith(t, cache, a)[0]
	a2 := write("copy.txt", "# Acme Privacy Policy\n\nWe collect your email address.\n")
	if p := loadWith(t, cache, a2)[0]; p.Source != a2 || p.Title != first.Title {
		t.Errorf("the same text elsewhere: source %q title %q, want %q %q", p.Source, p.Title, a2, first.Title)
	}
	write("a.txt", "# Acme Privacy Policy\n\nWe collect your phone number. 我们收集您的手机号码。\n")
	if p := loadWith(t, cache, a)[0]; !strings.Contains(p.Clauses[0].Text, "phone number") {
		t.Errorf("after the file changed, clause = %q: the stale entry was read", p.Clauses[0].Text)
	}
	// The extension decides whether a file is read as HTML: it is part of the key.
	if data := []byte("<p>text</p>"); cache.key("a.txt", data) == cache.key("a.html", data) ||
		cache.key("x/a.HTML", data) != cache.key("b.html", data) {
		t.Errorf("keys do not follow the extension")
	}
	entries, _ := os.ReadDir(cache.dir)
	for _, e := range entries {
		if err := os.WriteFile(filepath.Join(cache.dir, e.Name()), []byte("not gob"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if p := loadWith(t, cache, a)[0]; !strings.Contains(p.Clauses[0].Text, "phone number") {
		t.Errorf("with a corrupt entry, clause = %q", p.Clauses[0].Text)
	}
}

// TestParsedCacheDropsOtherBuilds checks that a build's first write removes the folders of
// other builds, so the cache does not grow with every upgrade.
func TestParsedCacheDropsOtherBuilds(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	old := filepath.Join(root, "0123456789abcdef")
	if err := os.MkdirAll(old, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.md")
	if err := os.WriteFile(path, []byte("# Privacy\n\nWe collect data.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	loadWith(t, NewParsedCache(root), path)
	if dirExists(old) {
		t.Errorf("an older build's folder is still there")
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("%d folders in the cache, want this build's only", len(entries))
	}
}
