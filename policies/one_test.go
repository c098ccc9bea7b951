package policies

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/model"
)

// TestOpenOne: a path wins over an ID only when it is one (it exists, or looks like a path);
// an ID is looked up among every policy the sources name; a folder of several policies and an
// unknown ID are ArgErrors that Fatal picks out.
func TestOpenOne(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // no config file
	doc := "Datenschutzerklärung\n1. Daten\nWir erheben Ihren Namen.\n"
	must(t, os.MkdirAll(filepath.Join(dir, "many"), 0o755))
	for _, name := range []string{"many/a.md", "many/b.md", "api7", "acme.md"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644))
	}
	t.Chdir(dir)
	ctx := context.Background()
	tests := []struct {
		name, arg string
		src       Sources
		wantID    string
		wantErr   string // in the fatal error; "" for none
	}{
		{"an existing file named like a bundled ID is the file", "api7", Sources{Bundled: true}, "api7-2", ""},
		{"a file", "acme.md", Sources{Bundled: true}, "acme", ""},
		{"a bundled ID", "7ding", Sources{Bundled: true}, "7ding", ""},
		{"an ID among the arguments' policies", "b", Sources{Bundled: true, Args: []string{"many"}}, "b", ""},
		{"an unknown ID", "nope", Sources{Bundled: true}, "", `no policy with ID "nope"; there are: api7, 7ding`},
		{"a folder of several", "many", Sources{Bundled: true}, "", "many holds 2 policies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, errs := OpenOne(ctx, tt.arg, tt.src, nil)
			fatal := Fatal(errs)
			if tt.wantErr == "" {
				if p == nil || p.ID != tt.wantID || len(errs) > 0 {
					t.Fatalf("OpenOne(%q) = %v, %v; want %s", tt.arg, p, errs, tt.wantID)
				}
				return
			}
			var ae *ArgError
			if p != nil || !errors.As(fatal, &ae) || !strings.Contains(fatal.Error(), tt.wantErr) {
				t.Errorf("OpenOne(%q) = %v, fatal %v; want an ArgError saying %q", tt.arg, p, fatal, tt.wantErr)
			}
		})
	}
	if p, errs := OpenOne(ctx, "./missing.md", Sources{Bundled: true}, nil); p != nil || Fatal(errs) != nil || len(errs) != 1 {
		t.Errorf("a missing file: %v %v; want its file error only, not fatal", p, errs)
	}
}

func TestIsPathAndSplitRev(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	at := filepath.Join(dir, "name@home.md")
	must(t, os.WriteFile(at, []byte("x"), 0o644))
	for arg, want := range map[string]bool{"api7": false, "google-2017-en": false, "a.md": true, "dir/x": true, dir: true} {
		if got := IsPath(arg); got != want {
			t.Errorf("IsPath(%q) = %v, want %v", arg, got, want)
		}
	}
	for _, tt := range []struct{ arg, path, rev string }{
		{"policy.md@HEAD~1", "policy.md", "HEAD~1"},
		{"a@b/policy.md@v1", "a@b/policy.md", "v1"},
		{at, "", ""}, // an existing file holding an @ is a file
		{"policy.md@", "", ""},
		{"@HEAD", "", ""},
	} {
		path, rev, ok := splitRev(tt.arg)
		if ok != (tt.path != "") || path != tt.path || rev != tt.rev {
			t.Errorf("splitRev(%q) = %q %q %v", tt.arg, path, rev, ok)
		}
	}
}

// TestOpenVersion reads PATH@REV from git, a plain file, and says an unknown revision is an
// ArgError (a usage error).
func TestOpenVersion(t *testing.T) {
	t.Parallel()
	dir, commit := gitRepo(t)
	for v := range 2 {
		commit("policy.md", madeUpPolicy(v*2), fmt.Sprintf("version %d", v))
	}
	ctx := context.Background()
	path := filepath.Join(dir, "policy.md")
	p, errs := OpenVersion(ctx, path+"@HEAD~1", Sources{})
	if p == nil || len(errs) > 0 {
		t.Fatalf("HEAD~1: %v %v", p, errs)
	}
	if text := clauseTexts(p); strings.Contains(text, "location") || !strings.HasPrefix(p.Source, path+"@") {
		t.Errorf("HEAD~1 is the first version (no location clause), source PATH@COMMIT: %q, %q", p.Source, text)
	}
	cur, errs := OpenVersion(ctx, path, Sources{})
	if cur == nil || len(errs) > 0 || cur.Source != path || !strings.Contains(clauseTexts(cur), "location") {
		t.Fatalf("the file itself: %v %v", cur, errs)
	}
	_, errs = OpenVersion(ctx, path+"@no-such-tag", Sources{})
	var ae *ArgError
	if !errors.As(Fatal(errs), &ae) {
		t.Errorf("unknown revision: %v, want an ArgError", errs)
	}
}

func clauseTexts(p *model.Policy) string {
	var b strings.Builder
	for _, c := range p.Clauses {
		b.WriteString(c.Text + "\n")
	}
	return b.String()
}
