package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/ui"
	"fineprint/ui/cli"
)

// runAsMain, set in the environment, makes the test binary run fineprint's main instead of the
// tests, so end-to-end tests can start the real program without building it.
const runAsMain = "FINEPRINT_TEST_RUN_MAIN"

// TestMain points the user's config directory at an empty temporary folder, so a real config
// file cannot leak into the tests.
func TestMain(m *testing.M) {
	if os.Getenv(runAsMain) == "1" {
		main()
	}
	dir, err := os.MkdirTemp("", "fineprint-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Setenv("HOME", dir)
	os.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs fineprint in-process with args and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb, func(ui.Options) error {
		t.Fatal("the TUI would start")
		return nil
	})
	return out.String(), errb.String(), code
}

// runTUIWith runs fineprint in-process with args, giving the TUI's options to runUI instead of
// starting it, and returns stderr and the exit code.
func runTUIWith(t *testing.T, runUI func(ui.Options) error, args ...string) (stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	if args == nil {
		args = []string{} // cobra reads os.Args, the test binary's flags (-update), when given nil
	}
	code = run(context.Background(), args, &out, &errb, runUI)
	return errb.String(), code
}

// listEntry and tocEntry are the JSON shapes of list and toc, as README.md documents them.
type (
	listEntry struct {
		ID        string   `json:"id"`
		Company   string   `json:"company"`
		Title     string   `json:"title"`
		Date      string   `json:"date"`
		Languages []string `json:"languages"`
		Sections  int      `json:"sections"`
		Clauses   int      `json:"clauses"`
		Words     int      `json:"words"`
		Source    string   `json:"source"`
	}
	tocEntry struct {
		Number string `json:"number"`
		Title  string `json:"title"`
		Level  int    `json:"level"`
		Anchor string `json:"anchor"`
		Lang   string `json:"lang"`
	}
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const userPolicy = "Acme Privacy Policy\nLast updated: March 3, 2024\n1. Information We Collect\nWe collect your name and email address.\n2. Your Rights\nYou may ask us to delete your data.\n"

func TestListText(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "list")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[0], "ID ") || !strings.Contains(lines[0], "WORDS") {
		t.Fatalf("want a header and 5 rows, got:\n%s", out)
	}
	for i, id := range []string{"api7", "7ding", "api-service", "aiwellflow", "airobotics"} {
		if !strings.HasPrefix(lines[i+1], id+" ") {
			t.Errorf("row %d = %q, want it to start with %q", i+1, lines[i+1], id)
		}
	}
	if !strings.Contains(out, "zh,en") || !strings.Contains(out, "2022-08-15") {
		t.Errorf("list lacks aiwellflow's languages or api7's date:\n%s", out)
	}
}

func TestListJSONShape(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(raw) != 5 {
		t.Fatalf("%d entries, want 5", len(raw))
	}
	wantKeys := []string{"clauses", "company", "date", "id", "languages", "sections", "source", "title", "words"}
	for _, e := range raw {
		var keys []string
		for k := range e {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !slices.Equal(keys, wantKeys) {
			t.Errorf("keys %q, want %q", keys, wantKeys)
		}
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	aw := entries[3]
	if aw.ID != "aiwellflow" || !slices.Equal(aw.Languages, []string{"zh", "en"}) || aw.Sections == 0 || aw.Words == 0 {
		t.Errorf("aiwellflow entry = %+v", aw)
	}
	if entries[2].Company != "" || entries[2].Date != "" || entries[2].Languages == nil {
		t.Errorf("api-service: want empty company/date strings and a languages array, got %+v", entries[2])
	}
}

func TestTocJSON(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "toc", "api7", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, e := range raw {
		if len(e) != 5 || e["number"] == nil || e["title"] == nil || e["level"] == nil || e["anchor"] == nil || e["lang"] == nil {
			t.Fatalf("entry %v: want exactly number, title, level, anchor, lang", e)
		}
	}
	var toc []tocEntry
	if err := json.Unmarshal([]byte(out), &toc); err != nil {
		t.Fatal(err)
	}
	var top, nested []string
	for _, e := range toc {
		switch e.Level {
		case 1:
			top = append(top, e.Number)
		case 2:
			nested = append(nested, e.Number)
		}
		if e.Lang != "en" || e.Anchor == "" {
			t.Errorf("entry %+v: want lang en and an anchor", e)
		}
	}
	if want := []string{"1", "2", "3", "4", "5", "6", "7", "9", "10", "11", "12"}; !slices.Equal(top, want) {
		t.Errorf("level-1 numbers %q, want %q", top, want)
	}
	if want := []string{"2.1", "2.2", "2.3"}; !slices.Equal(nested, want) {
		t.Errorf("level-2 numbers %q, want %q", nested, want)
	}
}

func TestTocTextBilingual(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "toc", "aiwellflow")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	zh, en := strings.Index(out, "[zh]"), strings.Index(out, "[en]")
	if zh < 0 || en < zh {
		t.Fatalf("want a [zh] part then an [en] part:\n%s", out)
	}
	if !strings.Contains(out[zh:en], "  一 我们如何收集和使用个人信息") || !strings.Contains(out[en:], "    1.1 Account Registration") {
		t.Errorf("toc lacks indented headings in each part:\n%s", out)
	}
}

// TestTocTextUntitled: a document without a title is named in the toc's first line as every
// other screen names it (its company, else its ID), not by a bare "-".
func TestTocTextUntitled(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "notes-2024.txt")
	text := "We collect your e-mail address when you write to us, and keep it for one year.\n\n" +
		"You may ask us to delete it at any time by writing to the address above.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, "toc", "--no-bundled", path)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if first, _, _ := strings.Cut(out, "\n"); first != "notes-2024" {
		t.Errorf("first line %q, want the document's ID:\n%s", first, out)
	}
}

func TestShowSectionPiped(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "show", "api7", "--section", "2")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Information Collection", "2.1 Information You Provide to Us", "2.3 Information We Collect from Other Sources"} {
		if !strings.Contains(out, want) {
			t.Errorf("section 2 lacks %q", want)
		}
	}
	if strings.Contains(out, "Our use of cookies") || strings.Contains(out, "\x1b") {
		t.Errorf("section 2 runs into section 3 or carries ANSI codes:\n%.300s", out)
	}
	if !strings.HasPrefix(out, model.CanonicalMark+"\n\n#") {
		t.Errorf("piped output should be canonical markdown starting with the heading, got %.120q", out)
	}
	// By anchor, and a nested section alone.
	var toc []tocEntry
	tocOut, _, _ := runCLI(t, "toc", "api7", "--json")
	if err := json.Unmarshal([]byte(tocOut), &toc); err != nil {
		t.Fatal(err)
	}
	byAnchor, _, code := runCLI(t, "show", "api7", "--section", toc[2].Anchor)
	byNumber, _, _ := runCLI(t, "show", "api7", "--section", "2.1")
	if code != 0 || byAnchor != byNumber || strings.Contains(byNumber, "2.2") {
		t.Errorf("--section %s (exit %d) and --section 2.1 differ, or 2.1 includes 2.2:\n%s\n---\n%s", toc[2].Anchor, code, byAnchor, byNumber)
	}
}

func TestShowLang(t *testing.T) {
	t.Parallel()
	en, _, code := runCLI(t, "show", "aiwellflow", "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	han := 0
	for _, r := range en {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han > 10 { // the English part quotes "证明材料" once
		t.Errorf("--lang en output holds %d Chinese characters", han)
	}
	if !strings.Contains(en, "How We Collect and Use Personal Information") {
		t.Errorf("--lang en output lacks the English headings")
	}
	zh, _, _ := runCLI(t, "show", "aiwellflow", "--lang", "zh", "--section", "1.1")
	if !strings.Contains(zh, "账号注册") || strings.Contains(zh, "Account Registration") {
		t.Errorf("--lang zh --section 1.1 = %.200q, want the Chinese 1.1 only", zh)
	}
	en11, _, _ := runCLI(t, "show", "aiwellflow", "--lang", "en", "--section", "1.1")
	if !strings.Contains(en11, "Account Registration") || strings.Contains(en11, "账号") {
		t.Errorf("--lang en --section 1.1 = %.200q, want the English 1.1 only", en11)
	}
}

func TestShowRenderedWithStyle(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "show", "api7", "--section", "2.1", "--style", "notty", "--width", "40")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	piped, _, _ := runCLI(t, "show", "api7", "--section", "2.1")
	if out == piped || !strings.Contains(out, "  In the course of using our Sites and\n") {
		t.Errorf("want glamour-rendered text wrapped at 40 columns with a margin:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 40+2 { // glamour's margin
			t.Errorf("line wider than --width 40: %q", l)
		}
	}
}

// TestShowChineseLineBreaks checks that `show` breaks Chinese lines as the reader does: no
// line starts with a closing mark (it did at every width before).
func TestShowChineseLineBreaks(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"40", "50", "60", "70"} {
		out, _, code := runCLI(t, "show", "aiwellflow", "--lang", "zh", "--style", "notty", "--width", w)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		for _, l := range strings.Split(out, "\n") {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " ")); strings.ContainsRune("，。、；：）」』！？", r) {
				t.Errorf("--width %s: line starts with %q: %q", w, r, l)
			}
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"show", "nope"}, []string{`no policy with ID "nope"`, "api7, 7ding, api-service, aiwellflow, airobotics"}},
		{[]string{"toc", "nope"}, []string{`no policy with ID "nope"`}},
		{[]string{"show", "api7", "--section", "8"}, []string{`no section "8" in api7`, "7, 9, 10"}},
		{[]string{"show", "api7", "--lang", "zh"}, []string{`api7 has no "zh" part; its languages: en`}},
		{[]string{"show", "aiwellflow", "--lang", "en", "--section", "一"}, []string{`no section "一" in aiwellflow (en)`, "1, 1.1"}},
		{[]string{"show", "api7", "--style", "neon"}, []string{`unknown --style "neon"`, "auto, dark, light, notty"}},
		{[]string{"show", "api7", "--width", "-3"}, []string{"--width must be positive"}},
		{[]string{"list", "--bogus"}, []string{"unknown flag: --bogus"}},
		{[]string{"toc"}, []string{"missing the policy ID"}},
		{[]string{"show"}, []string{"missing the policy ID"}},
		{[]string{"list", "--no-bundled"}, []string{"nothing to read"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, code := runCLI(t, tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}

func TestUserFilesWithBadOnes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "acme.txt", userPolicy)
	writeFile(t, dir, "sub/api7.md", userPolicy)
	empty := writeFile(t, dir, "empty.txt", "")
	binary := writeFile(t, dir, "blob.txt", "\x00\x01\x02binary")

	out, errOut, code := runCLI(t, "list", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.ID)
	}
	if want := []string{"api7", "7ding", "api-service", "aiwellflow", "airobotics", "acme", "api7-2"}; !slices.Equal(got, want) {
		t.Errorf("IDs %q, want %q", got, want)
	}
	for _, want := range []string{empty + ": empty file", binary + ": binary file"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	show, _, code := runCLI(t, "show", "acme", "--section", "2", dir)
	if code != 0 || !strings.Contains(show, "delete your data") {
		t.Errorf("show acme --section 2 (exit %d) = %q", code, show)
	}
}

func TestNothingLoadedExit1(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", "")
	_, errOut, code := runCLI(t, "list", "--no-bundled", dir, filepath.Join(dir, "missing.md"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{empty + ": empty file", "missing.md: no such file", "no policy could be loaded (2 errors)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
}

// TestHostileTextNeverReachesOutput feeds a file whose name and text carry terminal escape
// sequences (an OSC 52 clipboard write, colours, a bidi override) through every command.
func TestHostileTextNeverReachesOutput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	osc52 := "\x1b]52;c;cm0gLXJmIH4=\x07"
	writeFile(t, dir, "evil\x1b[31m.txt", "Evil"+osc52+" Privacy Policy\x1b[2J\n1. Data \x1b[5mWe\u202e Collect\n"+
		"We collect \x1b]8;;http://x\x1b\\links\x1b]8;;\x1b\\ and names.\n")
	broken := writeFile(t, dir, "bad\x1b]52;c;eA==\x07.txt", "")
	for _, args := range [][]string{
		{"list", dir}, {"list", "--json", dir}, {"toc", "evil-31m", dir}, {"toc", "evil-31m", "--json", dir},
		{"show", "evil-31m", dir}, {"show", "evil-31m", "--section", "1", dir}, {"show", "evil-31m", "--style", "notty", dir},
	} {
		out, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			if strings.Contains(s, "]52;") && strings.Contains(s, "\x1b") || strings.ContainsAny(s, "\u202e\x07") ||
				(args[len(args)-2] != "notty" && strings.Contains(s, "\x1b")) {
				t.Errorf("%q: %s carries a control sequence: %q", args, name, s)
			}
		}
		if !strings.Contains(errOut, "bad") || !strings.Contains(errOut, "empty file") {
			t.Errorf("%q: stderr %q does not report the empty file %q", args, errOut, broken)
		}
	}
}

func TestConfigFolders(t *testing.T) {
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	policies := t.TempDir()
	writeFile(t, policies, "from-config.md", userPolicy)
	writeFile(t, cfgHome, "fineprint/config", "# always load\nfolder = "+policies+"\n")
	out, errOut, code := runCLI(t, "list", "--no-bundled")
	if code != 0 || !strings.Contains(out, "from-config") {
		t.Errorf("exit %d, stdout %q, stderr %q: want the configured folder's policy", code, out, errOut)
	}

	writeFile(t, cfgHome, "fineprint/config", "colour = red\n")
	_, errOut, code = runCLI(t, "list")
	if code != 0 || !strings.Contains(errOut, `unknown key "colour"`) {
		t.Errorf("bad config: exit %d, stderr %q; want a warning and the bundled list", code, errOut)
	}
}

func TestHTMLImportThroughShow(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "saved.html", `<!doctype html><html><head><title>Privacy Policy - Acme</title>
<script>alert("SCRIPT")</script></head><body><nav><a href="/">NAVLINK</a></nav>
<div class="cookie-banner">We use cookies COOKIEBANNER <button>OK</button></div>
<main><h1>Acme Privacy Policy</h1><h2>1. What We Collect</h2><p>We collect your email address.</p>
<h2>2. Your Rights</h2><ul><li>You can ask us to delete your data.</li></ul></main>
<footer>FOOTERTEXT</footer></body></html>`)
	out, errOut, code := runCLI(t, "show", "saved", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	out, ok := strings.CutPrefix(out, model.CanonicalMark+"\n")
	if !ok {
		t.Errorf("piped markdown does not open with the canonical mark:\n%s", out)
	}
	for _, gone := range []string{"SCRIPT", "NAVLINK", "COOKIEBANNER", "FOOTERTEXT", "<"} {
		if strings.Contains(out, gone) {
			t.Errorf("output keeps %q:\n%s", gone, out)
		}
	}
	toc, _, _ := runCLI(t, "toc", "saved", dir)
	if !strings.Contains(toc, "1 What We Collect") || !strings.Contains(toc, "2 Your Rights") {
		t.Errorf("toc of the HTML page:\n%s", toc)
	}
}

func TestUnknownCommand(t *testing.T) {
	t.Parallel()
	_, errOut, code := runCLI(t, "lsit")
	if code != 2 || !strings.Contains(errOut, `unknown command or path "lsit"`) || !strings.Contains(errOut, "list") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestEmptyFolderExit1(t *testing.T) {
	t.Parallel()
	_, errOut, code := runCLI(t, "list", "--no-bundled", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "no policy files found") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestTUIStartsWithBundled checks what the TUI gets with no arguments: the 5 bundled policies
// at once and nothing to load in the background.
func TestTUIStartsWithBundled(t *testing.T) {
	t.Parallel()
	var got ui.Options
	if errOut, code := runTUIWith(t, func(opts ui.Options) error { got = opts; return nil }); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if len(got.Policies) != 5 || got.Loads != nil {
		t.Errorf("TUI got %d policies and loads %v; want the 5 bundled, no loads", len(got.Policies), got.Loads)
	}
}

// TestTUIBackgroundLoads checks the adapter from the loader to the TUI's load events: every
// file arrives once with Done counting up to Total, and the channel closes.
func TestTUIBackgroundLoads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", userPolicy)
	writeFile(t, dir, "b.md", userPolicy)
	bad := writeFile(t, dir, "c.txt", "")
	var events []ui.LoadEvent
	runUI := func(opts ui.Options) error {
		for ev := range opts.Loads {
			events = append(events, ev)
		}
		return nil
	}
	if errOut, code := runTUIWith(t, runUI, "--no-bundled", dir); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if len(events) != 3 {
		t.Fatalf("%d events, want 3: %+v", len(events), events)
	}
	loaded := 0
	for i, ev := range events {
		if ev.Done != i+1 || ev.Total != 3 {
			t.Errorf("event %d: Done/Total %d/%d", i, ev.Done, ev.Total)
		}
		if ev.Policy != nil {
			loaded++
		} else if ev.Path != bad || ev.Err == nil {
			t.Errorf("event %d: %+v, want the error for %s", i, ev, bad)
		}
	}
	if loaded != 2 {
		t.Errorf("%d policies loaded, want 2", loaded)
	}
}

func TestListAlignsChineseTitles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "zh.txt", "某某科技有限公司隐私政策这是一个非常非常非常非常非常非常长的标题文字\n一、我们收集的信息\n我们收集您的姓名和电话号码。\n")
	writeFile(t, dir, "en.txt", userPolicy)
	out, _, code := runCLI(t, "list", "--no-bundled", dir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 rows:\n%s", out)
	}
	for _, l := range lines {
		// Every row ends at the same terminal column: the WORDS column is right-aligned.
		if w, want := lipgloss.Width(l), lipgloss.Width(lines[0]); w != want {
			t.Errorf("row %q is %d cells wide, header %d", l, w, want)
		}
	}
	if !strings.Contains(out, "…") {
		t.Errorf("long Chinese title not clipped:\n%s", out)
	}
}

func TestShowBilingualSectionHint(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "show", "aiwellflow", "--section", "1.1")
	if code != 0 || !strings.Contains(out, "账号注册") {
		t.Fatalf("exit %d, stdout %.100q", code, out)
	}
	if want := "section 1.1 is in more than one language part; showing the zh one (for the other: --lang en)"; !strings.Contains(errOut, want) {
		t.Errorf("stderr %q lacks %q", errOut, want)
	}
	if _, errOut, _ := runCLI(t, "show", "api7", "--section", "2.1"); errOut != "" {
		t.Errorf("single-language policy: stderr %q, want nothing", errOut)
	}
}

func TestCompletion(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "__complete", "show", "")
	if code != 0 || !strings.HasPrefix(out, "api7\tPrivacy Policy\n7ding\t") || !strings.Contains(out, "\naiwellflow\t") {
		t.Errorf("ID completion (exit %d):\n%s", code, out)
	}
	out, _, _ = runCLI(t, "__complete", "show", "api7", "--section", "")
	lines := strings.Split(out, "\n")
	if len(lines) < 3 || lines[0] != "1\tPurpose and Scope of this Privacy Policy" || !strings.Contains(out, "\n2.1\tInformation You Provide to Us\n") {
		t.Errorf("--section completion:\n%s", out)
	}
	out, _, _ = runCLI(t, "__complete", "toc", "nope", "")
	if strings.Contains(out, "api7") {
		t.Errorf("after the ID, toc completes paths, not IDs:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	want := "fineprint version " + cli.Version() + "\n"
	out, errOut, code := runCLI(t, "--version")
	if code != 0 || out != want || errOut != "" {
		t.Errorf("exit %d, stdout %q (want %q), stderr %q", code, out, want, errOut)
	}
	if v := cli.Version(); v == "" || v == "unknown" {
		t.Errorf("the version is %q", v)
	}
}

// TestVersionProcess runs the program (this test binary as fineprint) with --version the way a
// user does, in a home whose config file is garbage and whose cache folder cannot be created:
// --version prints the version line alone, at once, and reads nothing else (issue 16 wants it
// under 30 ms; BenchmarkProcessVersion measures it).
func TestVersionProcess(t *testing.T) {
	t.Parallel()
	bin, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	home := t.TempDir()
	if err := os.MkdirAll(filepath.Join(home, "fineprint"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "fineprint", "config"), []byte("not a config\nreader-width = x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--version")
	cmd.Env = append(os.Environ(), runAsMain+"=1", "XDG_CONFIG_HOME="+home, "HOME="+home,
		"XDG_CACHE_HOME="+filepath.Join(home, "fineprint", "config", "cache"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("fineprint --version: %v; stderr %q", err, stderr.String())
	}
	if got := stdout.String(); !strings.HasPrefix(got, "fineprint version ") || strings.Count(got, "\n") != 1 || stderr.Len() != 0 {
		t.Errorf("stdout %q, stderr %q: want the version line alone", got, stderr.String())
	}
}

func TestShowStylesDiffer(t *testing.T) {
	t.Parallel()
	outputs := map[string]string{}
	for _, style := range []string{"dark", "light", "notty"} {
		out, _, code := runCLI(t, "show", "api7", "--section", "2.1", "--style", style, "--width", "70")
		if code != 0 || !strings.Contains(ansi.Strip(out), "Information You Provide") {
			t.Fatalf("--style %s: exit %d, %q", style, code, out)
		}
		outputs[style] = out
	}
	if outputs["dark"] == outputs["light"] || strings.Contains(outputs["notty"], "\x1b[38") {
		t.Errorf("dark and light render the same, or notty has colours")
	}
	if !strings.Contains(outputs["dark"], "\x1b[") {
		t.Errorf("dark style has no colour")
	}
}

func TestShowSectionByTitle(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "show", "api7", "--section", "cookies")
	if code != 0 || !strings.Contains(out, "Our use of cookies and similar technologies") {
		t.Errorf("--section cookies: exit %d, %.120q", code, out)
	}
	_, errOut, code := runCLI(t, "show", "api7", "--section", "personal information")
	if code != 2 || !strings.Contains(errOut, `"personal information" matches`) || !strings.Contains(errOut, "give its number") {
		t.Errorf("ambiguous title: exit %d, stderr %q", code, errOut)
	}
	zh, _, code := runCLI(t, "show", "aiwellflow", "--section", "存储期限")
	if code != 0 || !strings.Contains(zh, "3.2 存储期限") {
		t.Errorf("Chinese title: exit %d, %.120q", code, zh)
	}
}
