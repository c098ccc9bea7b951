package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestPolicyFileBundledIsATemporaryCopy(t *testing.T) {
	t.Parallel()
	p := seed(t, "api7")
	sec, ok := p.FindSection("4")
	if !ok {
		t.Fatal("api7 has no section 4")
	}
	for _, kind := range []externalKind{externalPager, externalEditor} {
		f, err := policyFile(p, kind, sec)
		if err != nil {
			t.Fatal(err)
		}
		if !f.temp || !strings.HasSuffix(f.path, ".md") || !strings.Contains(filepath.Base(f.path), "api7") {
			t.Errorf("%v: %+v, want a temporary api7 markdown file", kind, f)
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		if f.line < 1 || f.line > len(lines) || !strings.HasPrefix(lines[f.line-1], "## 4 ") {
			t.Errorf("%v: line %d is not section 4's heading", kind, f.line)
		}
		f.remove()
		if _, err := os.Stat(f.path); !os.IsNotExist(err) {
			t.Errorf("%v: the temporary copy is still there after remove: %v", kind, err)
		}
	}
}

func TestPolicyFileOnDisk(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	md := filepath.Join(dir, "acme.md")
	html := filepath.Join(dir, "acme.html")
	for _, path := range []string{md, html} {
		if err := os.WriteFile(path, []byte("# Acme\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := seed(t, "api7")
	for _, c := range []struct {
		source string
		kind   externalKind
		temp   bool
	}{
		{md, externalPager, false},    // a text file is paged as it is
		{md, externalEditor, false},   // and edited in place
		{html, externalPager, true},   // HTML is paged as the policy's markdown
		{html, externalEditor, false}, // but edited as the file it is
	} {
		q := *p
		q.Source = c.source
		f, err := policyFile(&q, c.kind, -1)
		if err != nil {
			t.Fatal(err)
		}
		if f.temp != c.temp || (!c.temp && f.path != c.source) {
			t.Errorf("%s in the %v: %+v", filepath.Base(c.source), c.kind, f)
		}
		f.remove()
	}
	if _, err := os.Stat(md); err != nil {
		t.Errorf("remove deleted the user's file: %v", err)
	}
}

// TestExternalPrograms runs the pager and the editor named by the environment on the policy
// (not in parallel: it sets environment variables).
func TestExternalPrograms(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "got")
	script := filepath.Join(dir, "less") // named less: it is given +LINE
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho \"$@\" > "+out+".args\nfor last; do :; done\ncat \"$last\" > "+out+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PAGER", script+" -R")
	p := seed(t, "api7")
	f, err := policyFile(p, externalPager, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer f.remove()
	c, name, err := externalCommand(externalPager, f)
	if err != nil {
		t.Fatal(err)
	}
	if name != "less" {
		t.Errorf("program named %q, want less", name)
	}
	if err := c.Run(); err != nil {
		t.Fatal(err)
	}
	args, _ := os.ReadFile(out + ".args")
	if want := "-R +" + strconv.Itoa(f.line) + " " + f.path; strings.TrimSpace(string(args)) != want {
		t.Errorf("pager arguments %q, want %q", args, want)
	}
	got, _ := os.ReadFile(out)
	if !strings.Contains(string(got), p.Clauses[0].Text[:20]) {
		t.Errorf("the pager got %q", got)
	}

	// A missing program is named, with the variable to set.
	t.Setenv("PAGER", filepath.Join(dir, "no-such-pager"))
	if _, _, err := externalCommand(externalPager, f); err == nil || !strings.Contains(err.Error(), "no-such-pager not found (set $PAGER)") {
		t.Errorf("missing pager: %v", err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "no-such-editor")
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "api7")
	before, _ := filepath.Glob(filepath.Join(os.TempDir(), "fineprint-api7-*.md"))
	pressKeys(a, "e")
	if st := statusLine(a); !strings.Contains(st, "cannot open the editor: no-such-editor not found") {
		t.Errorf("e with a missing editor: status %q", st)
	}
	after, _ := filepath.Glob(filepath.Join(os.TempDir(), "fineprint-api7-*.md"))
	if len(after) > len(before) {
		t.Errorf("a temporary copy was left behind: %v", after)
	}
}

// A $PAGER or $EDITOR in the shell's syntax (quotes, variables) is run by sh, as git runs it:
// the quoted argument arrives whole, and the file and +LINE come after it.
func TestExternalProgramThroughShell(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "args")
	script := filepath.Join(dir, "less")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nfor a; do echo \"[$a]\"; done > "+out+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FP_PROMPT", "page %d")
	t.Setenv("PAGER", script+` -P "a b" "$FP_PROMPT"`)
	f := externalFile{path: filepath.Join(dir, "policy file.md"), line: 12}
	c, name, err := externalCommand(externalPager, f)
	if err != nil {
		t.Fatal(err)
	}
	if name != "less" {
		t.Errorf("program named %q, want less", name)
	}
	if err := c.Run(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want := "[-P]\n[a b]\n[page %d]\n[+12]\n[" + f.path + "]\n"
	if string(got) != want {
		t.Errorf("arguments through the shell:\n%s\nwant\n%s", got, want)
	}

	// A program the shell cannot find is named, as when it is run directly.
	t.Setenv("PAGER", `no-such-pager -P "a b"`)
	c, name, err = externalCommand(externalPager, f)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Run()
	if msg := externalFailure(externalPager, name, err); msg != "cannot open the pager: no-such-pager not found (set $PAGER)" {
		t.Errorf("missing program through the shell: %q (%v)", msg, err)
	}
}
