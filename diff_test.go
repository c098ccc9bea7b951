package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const diffOld = "# Acme Privacy Policy\n\n## 1. Information We Collect\n\nWe collect your name and email address.\n\n## 2. Retention\n\nWe keep your personal information for 30 days.\n\n## 3. Contact\n\nWrite to privacy@acme.example.\n"

const diffNew = "# Acme Privacy Policy\n\n## 1. Information We Collect\n\nWe collect your name and email address.\n\nWe also collect your precise location from the GPS of your device.\n\n## 2. Retention\n\nWe keep your personal information for 90 days.\n\n## 3. Contact\n\nWrite to privacy@acme.example.\n"

func TestDiffFilesJSON(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := writeFile(t, dir, "old/acme.md", diffOld), writeFile(t, dir, "new/acme.md", diffNew)
	out, errOut, code := runCLI(t, "diff", "--json", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Summary  string
		Sections []struct {
			Status   string
			Old, New *struct{ Number, Title, Anchor string }
		}
		Clauses []struct {
			Status string
			Edits  []struct{ Op, Text string }
		}
		Findings []struct {
			K           string                            `json:"key"`
			C           string                            `json:"change"`
			OS          string                            `json:"old_status"`
			NS          string                            `json:"new_status"`
			NewEvidence []struct{ Section, Quote string } `json:"new_evidence"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(doc.Summary, "now collects location") || !strings.Contains(doc.Summary, "30 days -> 90 days") {
		t.Errorf("summary %q", doc.Summary)
	}
	if len(doc.Sections) != 3 || doc.Sections[1].Status != "changed" || doc.Sections[1].Old.Number != "2" ||
		doc.Sections[1].New.Anchor == "" || doc.Sections[2].Status != "unchanged" {
		t.Errorf("sections %+v", doc.Sections)
	}
	var ins []string
	for _, c := range doc.Clauses {
		for _, e := range c.Edits {
			if e.Op == "insert" {
				ins = append(ins, e.Text)
			}
		}
	}
	if !strings.Contains(strings.Join(ins, "|"), "90") {
		t.Errorf("inserted %q: want 90", ins)
	}
	found := false
	for _, f := range doc.Findings {
		if f.K == "data.location" {
			found = f.C == "gained" && f.OS == "not_mentioned" && f.NS == "declared" && len(f.NewEvidence) > 0 &&
				strings.Contains(f.NewEvidence[0].Section, "Information We Collect")
		}
	}
	if !found {
		t.Errorf("no data.location gained with evidence in 1 Information We Collect:\n%s", out)
	}
}

func TestDiffTextAndMarkdown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := writeFile(t, dir, "a.md", diffOld), writeFile(t, dir, "b.md", diffNew)
	out, _, code := runCLI(t, "diff", a, b)
	if code != 0 || !strings.Contains(out, "for [-30-]{+90+} days") || !strings.Contains(out, "+ now collects location") {
		t.Errorf("exit %d, text:\n%s", code, out)
	}
	out, _, code = runCLI(t, "diff", "--markdown", a, b)
	if code != 0 || !strings.Contains(out, "~~30~~**90**") || !strings.Contains(out, "| changed | 2 Retention |") {
		t.Errorf("exit %d, markdown:\n%s", code, out)
	}
	if _, _, code := runCLI(t, "diff", a); code != 2 {
		t.Errorf("one argument: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "diff", "--json", "--markdown", a, b); code != 2 {
		t.Errorf("two formats: exit %d, want 2", code)
	}
}

// cliRepo makes a git repository with versions of policy.md and returns the file's path.
func cliRepo(t *testing.T, versions ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	git("config", "user.name", "T")
	git("config", "user.email", "t@example.com")
	path := filepath.Join(dir, "policy.md")
	for i, v := range versions {
		if err := os.WriteFile(path, []byte(v), 0o644); err != nil {
			t.Fatal(err)
		}
		git("add", "policy.md")
		git("commit", "-q", "-m", "v"+string(rune('0'+i)))
	}
	return path
}

func TestDiffAndHistoryInGit(t *testing.T) {
	t.Parallel()
	path := cliRepo(t, diffOld, diffNew)
	out, errOut, code := runCLI(t, "diff", path+"@HEAD~1", path+"@HEAD")
	if code != 0 || !strings.Contains(out, "retention period 30 days -> 90 days") {
		t.Fatalf("exit %d %s\n%s", code, errOut, out)
	}
	out, errOut, code = runCLI(t, "history", "--json", path)
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var doc struct {
		Versions []struct{ Commit, Subject, Summary string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Versions) != 2 || doc.Versions[0].Subject != "v1" || !strings.Contains(doc.Versions[0].Summary, "now collects location") ||
		doc.Versions[1].Summary != "first version" {
		t.Errorf("versions %+v", doc.Versions)
	}
	if _, _, code := runCLI(t, "diff", path+"@nope", path); code != 2 {
		t.Errorf("unknown revision: exit %d, want 2", code)
	}
	if _, errOut, code := runCLI(t, "history", writeFile(t, t.TempDir(), "x.md", diffOld)); code != 1 || !strings.Contains(errOut, "not in a git repository") {
		t.Errorf("history outside git: exit %d %q", code, errOut)
	}
}

// TestDiffTwoIDsReadsTheLibraryOnce: `diff ID ID` reads the configured folders once for both
// IDs, so a file there that cannot be read is reported once, not once per argument; an ID
// that no policy has is a usage error naming the IDs there are.
func TestDiffTwoIDsReadsTheLibraryOnce(t *testing.T) {
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	dir := t.TempDir()
	writeFile(t, dir, "acme.md", userPolicy)
	writeFile(t, dir, "zenith.md", strings.Replace(userPolicy, "delete", "erase", 1))
	writeFile(t, dir, "empty.txt", "")
	writeFile(t, cfgHome, "fineprint/config", "folder = "+dir+"\n")
	out, errOut, code := runCLI(t, "diff", "acme", "zenith")
	if code != 0 || out == "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if n := strings.Count(errOut, "empty.txt"); n != 1 {
		t.Errorf("stderr %q names empty.txt %d times, want once", errOut, n)
	}
	_, errOut, code = runCLI(t, "diff", "acme", "nobody")
	if code != 2 || !strings.Contains(errOut, `no policy with ID "nobody"`) || !strings.Contains(errOut, "zenith") {
		t.Errorf("unknown ID: exit %d, stderr %q; want 2 and the IDs there are", code, errOut)
	}
}
