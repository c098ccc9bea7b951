package policies

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fineprint/model/diff"
)

// gitRepo makes a git repository in a temp folder and returns a function that commits the
// file named with the content given, dated one day after the previous commit.
func gitRepo(t testing.TB) (dir string, commit func(name, content, msg string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir = t.TempDir()
	run := func(env []string, args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run(nil, "init", "-q", "-b", "main")
	run(nil, "config", "user.name", "Test")
	run(nil, "config", "user.email", "test@example.com")
	run(nil, "config", "commit.gpgsign", "false")
	day := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	commit = func(name, content, msg string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		run(nil, "add", name)
		d := day.Format(time.RFC3339)
		day = day.Add(24 * time.Hour)
		run([]string{"GIT_AUTHOR_DATE=" + d, "GIT_COMMITTER_DATE=" + d}, "commit", "-q", "-m", msg)
	}
	return dir, commit
}

// madeUpPolicy is version v of a made-up policy: the retention period and a location clause
// change along the versions.
func madeUpPolicy(v int) string {
	var b strings.Builder
	b.WriteString("# Acme Privacy Policy\n\n## 1. Information We Collect\n\n")
	if v == 1 {
		b.WriteString("We collect your name\nand  email address.\n") // re-wrapped: no change
	} else {
		b.WriteString("We collect your name and email address.\n")
	}
	if v >= 2 {
		b.WriteString("\nWe also collect your precise location from the GPS of your device.\n")
	}
	fmt.Fprintf(&b, "\n## 2. Retention\n\nWe keep your personal information for %d days.\n", 30*(1+v/3))
	b.WriteString("\n## 3. Contact\n\nWrite to privacy@acme.example.\n")
	return b.String()
}

func TestHistory(t *testing.T) {
	t.Parallel()
	dir, commit := gitRepo(t)
	for v := range 4 {
		commit("policy.md", madeUpPolicy(v), fmt.Sprintf("version %d", v))
		commit("other.md", fmt.Sprintf("# Other\n\nText %d.\n", v), "other file")
	}
	ctx := context.Background()
	r, err := OpenRepo(ctx, filepath.Join(dir, "policy.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	vs, err := r.History(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, v := range vs {
		subjects = append(subjects, v.Subject)
	}
	if got, want := strings.Join(subjects, ","), "version 3,version 2,version 1,version 0"; got != want {
		t.Fatalf("history subjects %q, want %q (newest first, only commits that changed the file)", got, want)
	}
	if !vs[0].Date.After(vs[1].Date) {
		t.Errorf("dates not newest first: %v %v", vs[0].Date, vs[1].Date)
	}
	p, err := r.Load(vs[2])
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sections) != 3 || !strings.HasSuffix(p.Source, "@"+vs[2].Short()) {
		t.Errorf("loaded %d sections from %s", len(p.Sections), p.Source)
	}

	out := make(chan Summary)
	go r.Summarize(ctx, vs, 2, out)
	got := map[int]string{}
	for s := range out {
		if s.Err != nil {
			t.Errorf("summary %d: %v", s.Index, s.Err)
		}
		got[s.Index] = s.Text
	}
	want := map[int]string{
		0: "retention period 30 days -> 60 days",
		1: "now collects location",
		2: "no changes",
		3: "first version",
	}
	for i, w := range want {
		if !strings.Contains(got[i], w) {
			t.Errorf("summary of %s = %q, want it to say %q", vs[i].Subject, got[i], w)
		}
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	dir, commit := gitRepo(t)
	for v := range 3 {
		commit("policy.md", madeUpPolicy(v*2), fmt.Sprintf("version %d", v))
	}
	ctx := context.Background()
	r, err := OpenRepo(ctx, filepath.Join(dir, "policy.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	tests := []struct {
		rev     string
		subject string
		wantErr bool
	}{
		{"HEAD", "version 2", false},
		{"HEAD~2", "version 0", false},
		{"main~1", "version 1", false},
		{"no-such-branch", "", true},
		{"--output=/tmp/x", "", true}, // an option is not a revision
	}
	for _, tt := range tests {
		t.Run(tt.rev, func(t *testing.T) {
			v, err := r.Resolve(ctx, tt.rev)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Resolve(%q) error %v, want error %v", tt.rev, err, tt.wantErr)
			}
			if err == nil && v.Subject != tt.subject {
				t.Errorf("Resolve(%q) = %q, want %q", tt.rev, v.Subject, tt.subject)
			}
		})
	}
	if _, err := OpenRepo(ctx, filepath.Join(t.TempDir(), "x.md")); err == nil {
		t.Error("OpenRepo outside a repository: no error")
	}
}

// TestOpenTermsArchive reads real versions from a clone of an Open Terms Archive versions
// repository when one is given in FINEPRINT_OTA (e.g. a clone of pga-versions); it skips
// otherwise. Every version must load and compare with the one before it, and a version compared
// with itself must show no change.
func TestOpenTermsArchive(t *testing.T) {
	t.Parallel()
	root := os.Getenv("FINEPRINT_OTA")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "ota", "pga-versions")
	}
	files, _ := filepath.Glob(filepath.Join(root, "*", "Privacy Policy.md"))
	if len(files) == 0 {
		t.Skip("no Open Terms Archive versions repository (set FINEPRINT_OTA to a clone)")
	}
	ctx := context.Background()
	for _, f := range files[:min(3, len(files))] {
		r, err := OpenRepo(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		vs, err := r.History(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := make(chan Summary)
		go r.Summarize(ctx, vs[:min(20, len(vs))], 2, out)
		for s := range out {
			if s.Err != nil {
				t.Errorf("%s %s: %v", f, vs[s.Index].Short(), s.Err)
			}
		}
		p, err := r.Load(vs[0])
		if err != nil {
			t.Fatal(err)
		}
		if got := diff.Compare(p, p).Summary(); got != "no changes" {
			t.Errorf("%s compared with itself: %q", f, got)
		}
		r.Close()
	}
}
