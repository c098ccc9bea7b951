package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fineprint/ui"
)

// TestShowAndTocTakeAPath: every command that takes an ID takes a file too, as compare does,
// with --section and --lang; a folder holding several policies names them.
func TestShowAndTocTakeAPath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "Acme Policy.md", userPolicy)
	zh := writeFile(t, dir, "sub/政策.txt", "隐私政策\n1. 我们收集的信息\n我们收集您的姓名和电子邮件地址。\n2. 您的权利\n您可以要求我们删除您的数据。\n")

	toc, errOut, code := runCLI(t, "toc", path)
	if code != 0 || !strings.Contains(toc, "1 Information We Collect") || !strings.Contains(toc, "2 Your Rights") {
		t.Errorf("toc FILE: exit %d, stdout %q, stderr %q", code, toc, errOut)
	}
	sec, errOut, code := runCLI(t, "show", path, "--section", "2")
	if code != 0 || !strings.Contains(sec, "delete your data") || strings.Contains(sec, "email address") {
		t.Errorf("show FILE --section 2: exit %d, stdout %q, stderr %q", code, sec, errOut)
	}
	en, errOut, code := runCLI(t, "show", path, "--lang", "en")
	if code != 0 || !strings.Contains(en, "email address") {
		t.Errorf("show FILE --lang en: exit %d, stdout %q, stderr %q", code, en, errOut)
	}
	cn, errOut, code := runCLI(t, "show", zh, "--section", "权利")
	if code != 0 || !strings.Contains(cn, "删除您的数据") || strings.Contains(cn, "姓名") {
		t.Errorf("show 中文FILE --section 权利: exit %d, stdout %q, stderr %q", code, cn, errOut)
	}
	out, errOut, code := runCLI(t, "search", "delete", "--policy", path, "--json")
	var res struct{ Results []searchHit }
	if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Results) != 1 || res.Results[0].Policy != "acme-policy" {
		t.Errorf("search --policy FILE: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, errOut, code = runCLI(t, "show", filepath.Join(dir, "missing.md"))
	if code == 0 || !strings.Contains(errOut, "missing.md: no such file") || strings.Contains(errOut, "no policy with ID") {
		t.Errorf("show MISSING-FILE: exit %d, stderr %q; want the file named as missing", code, errOut)
	}
	_, errOut, code = runCLI(t, "toc", dir)
	if code != 2 || !strings.Contains(errOut, "holds 2 policies") || !strings.Contains(errOut, "acme-policy") {
		t.Errorf("toc DIR: exit %d, stderr %q; want a usage error naming its policies", code, errOut)
	}
}

// TestPathWinsOnlyWhenItExists: a file named like a bundled ID is read in its place; with no
// such file the name is the ID.
func TestPathWinsOnlyWhenItExists(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	out, _, code := runCLI(t, "toc", "api7")
	if code != 0 || strings.Contains(out, "Information We Collect\n") {
		t.Fatalf("toc api7 without a file: exit %d, stdout %q; want the bundled policy", code, out)
	}
	writeFile(t, dir, "api7", userPolicy)
	out, errOut, code := runCLI(t, "toc", "api7")
	if code != 0 || !strings.Contains(out, "1 Information We Collect") {
		t.Errorf("toc api7 with a file api7 here: exit %d, stdout %q, stderr %q; want the file", code, out, errOut)
	}
}

// searchHit is the part of a `search --json` result the numbering tests read.
type searchHit struct {
	Policy      string `json:"policy"`
	Clause      int    `json:"clause"`
	ClauseIndex int    `json:"clause_index"`
	Text        string `json:"text"`
}

// TestSearchClauseNumbering: `clause` is the 1-based number people read ("clause 1" is the
// first), `clause_index` the 0-based index, and the text output says the same number.
func TestSearchClauseNumbering(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := writeFile(t, dir, "numbers.md", "# Numbers Policy\n\n## One\n\nThe zebra clause comes first.\n\n## Two\n\nThe second clause.\n")
	out, errOut, code := runCLI(t, "search", "zebra", "--no-bundled", "--json", path)
	var res struct{ Results []searchHit }
	if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Results) != 1 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if h := res.Results[0]; h.Clause != h.ClauseIndex+1 || h.Clause != 1 {
		t.Errorf(`the first clause: "clause" %d, "clause_index" %d; want 1 and 0`, h.Clause, h.ClauseIndex)
	}
	text, _, _ := runCLI(t, "search", "zebra", "--no-bundled", path)
	if !strings.Contains(text, "(numbers, clause 1)") {
		t.Errorf("text output %q; want it to say clause 1", text)
	}
	if !strings.Contains(text, `1 clause matches "zebra"`) {
		t.Errorf("text output %q; want the singular count line", text)
	}
}

// TestShowNoTTYIsPlainText: --style notty writes no escape sequence (glamour's notty style
// writes OSC 8 hyperlinks for the e-mail addresses api7 gives).
func TestShowNoTTYIsPlainText(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "show", "api7", "--style", "notty")
	if code != 0 || !strings.Contains(out, "support@api7.ai") {
		t.Fatalf("exit %d; want the rendered policy with its e-mail address", code)
	}
	if i := strings.IndexByte(out, 0x1b); i >= 0 {
		t.Errorf("--style notty wrote an escape sequence: %q", out[max(0, i-20):min(len(out), i+40)])
	}
}

// TestCompletionUnknownShell: an unsupported shell is a usage error naming the shells there are.
func TestCompletionUnknownShell(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "completion", "tcsh")
	if code != 2 || out != "" {
		t.Errorf("completion tcsh: exit %d, stdout %q; want exit 2 and nothing printed", code, out)
	}
	for _, sh := range []string{`"tcsh"`, "bash", "zsh", "fish", "powershell"} {
		if !strings.Contains(errOut, sh) {
			t.Errorf("stderr %q lacks %s", errOut, sh)
		}
	}
	if out, _, code := runCLI(t, "completion", "zsh"); code != 0 || !strings.Contains(out, "compdef") {
		t.Errorf("completion zsh: exit %d; want the zsh script", code)
	}
}

// TestConfigBadLineKeepsTheRest: a bad line in the config file is named (file, line, reason)
// and the folders on the other lines still load.
func TestConfigBadLineKeepsTheRest(t *testing.T) {
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	a, b := t.TempDir(), t.TempDir()
	writeFile(t, a, "first.md", userPolicy)
	writeFile(t, b, "second.md", strings.Replace(userPolicy, "Acme", "Zenith", 1))
	cfg := writeFile(t, cfgHome, "fineprint/config", "folder = "+a+"\ncolour = red\nfolder = "+b+"\njust words\n")
	out, errOut, code := runCLI(t, "list", "--no-bundled")
	if code != 0 || !strings.Contains(out, "first") || !strings.Contains(out, "second") {
		t.Errorf("exit %d, stdout %q; want both configured folders' policies", code, out)
	}
	for _, want := range []string{cfg + `:2: unknown key "colour"`, cfg + `:4: want "key = value"`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	if n := strings.Count(errOut, "fineprint: "); n != 2 {
		t.Errorf("stderr %q: %d lines start with fineprint:, want 2", errOut, n)
	}
}

// TestEndToEndShowPages runs show on a real terminal: a policy longer than the screen goes to
// $PAGER, --no-pager and a pipe print straight, and a short section is not paged.
func TestEndToEndShowPages(t *testing.T) {
	t.Parallel()
	term := newTerminal(t)
	dir := t.TempDir()
	paged := func(name string) string { return filepath.Join(dir, name) }
	pager := func(name string) string { return `PAGER="cat > ` + paged(name) + `"` }
	term.run("long", pager("long")+` "$FP" show api7 --style notty; echo long-done`)
	term.run("nopager", pager("nopager")+` "$FP" show api7 --style notty --no-pager | tail -1; "$FP" show api7 --style notty --no-pager >/dev/null; echo nopager-done`)
	term.run("pipe", pager("pipe")+` "$FP" show api7 | head -1; echo pipe-done`)
	term.run("short", pager("short")+` "$FP" show api7 --section 2.1 --style notty; echo short-done`)
	term.waitFor("long", "long-done")
	term.waitFor("nopager", "nopager-done")
	term.waitFor("pipe", "pipe-done")
	screen := term.waitFor("short", "short-done")
	time.Sleep(100 * time.Millisecond)
	if got, err := os.ReadFile(paged("long")); err != nil || !strings.Contains(string(got), "Singapore") {
		t.Errorf("show api7 on a 30-row terminal did not go through $PAGER (%v)", err)
	}
	for _, name := range []string{"nopager", "pipe", "short"} {
		if _, err := os.Stat(paged(name)); err == nil {
			t.Errorf("%s: went through $PAGER; want it printed straight", name)
		}
	}
	if !strings.Contains(screen, "In the course of using our Sites") {
		t.Errorf("short section not printed on the terminal:\n%s", screen)
	}
}

// TestTUIConfigBadLinesOneEach: the TUI gets each bad config line as its own load error (one
// status line each, no line break inside) and the good lines' folders still load.
func TestTUIConfigBadLinesOneEach(t *testing.T) {
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	dir := t.TempDir()
	writeFile(t, dir, "kept.md", userPolicy)
	writeFile(t, cfgHome, "fineprint/config", "colour = red\nfolder = "+dir+"\nnonsense\n")
	var errs []string
	loaded := 0
	runUI := func(opts ui.Options) error {
		for ev := range opts.Loads {
			if ev.Err != nil {
				errs = append(errs, ev.Err.Error())
			}
			if ev.Policy != nil {
				loaded++
			}
		}
		return nil
	}
	if errOut, code := runTUIWith(t, runUI, "--no-bundled"); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if loaded != 1 {
		t.Errorf("%d policies loaded, want the configured folder's 1", loaded)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], ":1: unknown key") || !strings.Contains(errs[1], ":3: want") {
		t.Errorf("load errors %q; want one for line 1 and one for line 3", errs)
	}
	for _, e := range errs {
		if strings.Contains(e, "\n") {
			t.Errorf("load error %q spans lines", e)
		}
	}
}

// TestCompletionTakesPaths: the first argument completes to file names once what is typed is
// no ID's start, and --section completes the sections of a file given in place of an ID.
func TestCompletionTakesPaths(t *testing.T) {
	t.Parallel()
	path := writeFile(t, t.TempDir(), "acme.md", userPolicy)
	out, _, _ := runCLI(t, "__complete", "show", "./te")
	if strings.Contains(out, "api7") || !strings.HasSuffix(strings.TrimSpace(out), ":0") {
		t.Errorf("show ./te completes %q; want file completion (directive 0)", out)
	}
	out, _, _ = runCLI(t, "__complete", "show", "ap")
	if !strings.Contains(out, "api7\t") {
		t.Errorf("show ap completes %q; want the IDs", out)
	}
	out, _, _ = runCLI(t, "__complete", "show", path, "--section", "")
	if !strings.Contains(out, "1\tInformation We Collect\n2\tYour Rights\n") {
		t.Errorf("--section after a FILE completes %q; want its sections", out)
	}
}
