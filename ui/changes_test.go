package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

const (
	changesV1 = "# Acme Privacy Policy\n\n## 1. Information We Collect\n\nWe collect your name and email address when you create an account.\n\n" +
		"## 2. How We Use Information\n\nWe use your information to provide the service and to answer your questions.\n\n" +
		"## 3. Retention\n\nWe keep your personal information for 30 days after you close your account.\n\n" +
		"## 4. Cookies\n\nWe use cookies to remember your preferences.\n\n" +
		"## 5. Contact Us\n\nWrite to privacy@acme.example with any question about this policy.\n"
	changesV2 = "# Acme Privacy Policy\n\n## 1. Information We Collect\n\nWe collect your name and email address when you create an account.\n\n" +
		"We also collect your precise location from the GPS of your device.\n\n" +
		"## 2. How We Use Your Data\n\nWe use your information to provide the service and to answer your questions.\n\n" +
		"## 3. Retention\n\nWe keep your personal information for 90 days after you close your account.\n\n" +
		"## 4. Contact Us\n\nWrite to privacy@acme.example with any question about this policy.\n\n" +
		"## 5. 数据保存\n\n我们将您的个人信息保存九十天。\n"
)

func changesPolicies(t testing.TB) (old, new *model.Policy) {
	t.Helper()
	old, err := model.Parse("acme-v1.md", []byte(changesV1))
	if err != nil {
		t.Fatal(err)
	}
	new, err = model.Parse("acme-v2.md", []byte(changesV2))
	if err != nil {
		t.Fatal(err)
	}
	old.ID, new.ID = "acme-v1", "acme-v2"
	return old, new
}

func newChangesApp(t *testing.T, w, h int) (*App, *model.Policy, *model.Policy) {
	old, new := changesPolicies(t)
	a := newQuiet(Options{Policies: []*model.Policy{old, new}})
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: w, Height: h})
	send(a, OpenChangesMsg{Old: old, New: new})
	return a, old, new
}

func TestChangesGolden(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a, _, _ := newChangesApp(t, size[0], size[1])
			if a.current != ScreenChanges {
				t.Fatalf("screen %s, want changes", a.current)
			}
			golden(t, a, fmt.Sprintf("changes-%dx%d", size[0], size[1]))
		})
	}
}

func TestChangesScreenShows(t *testing.T) {
	t.Parallel()
	a, _, new := newChangesApp(t, 120, 40)
	got := screenText(a)
	for _, want := range []string{
		"now collects location", // the finding delta, at the top
		"retention period 30 days -> 90 days",
		"renamed      2 How We Use Information -> 2 How We Use Your Data",
		"removed      4 Cookies",
		"for [-30-]{+90+} days", // word-level edit
		"change 1 of ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("screen lacks %q:\n%s", want, got)
		}
	}
	pressKeys(a, "]")
	if !strings.Contains(screenText(a), "change 2 of ") {
		t.Errorf("] did not move to the second change:\n%s", screenText(a))
	}
	pressKeys(a, "[", "]", "]")
	cs := a.changes
	c := cs.result.Clauses[cs.cur]
	pressKeys(a, "enter")
	if a.current != ScreenReader || a.reader.policy != new && c.New >= 0 {
		t.Fatalf("enter: screen %s, policy %v; want the reader on the new version", a.current, a.reader.policy)
	}
	pressKeys(a, "esc")
	if a.current != ScreenChanges {
		t.Errorf("esc from the reader: screen %s, want changes", a.current)
	}
}

func TestChangesSideBySide(t *testing.T) {
	t.Parallel()
	a, _, _ := newChangesApp(t, 120, 40)
	pressKeys(a, "]", "v")
	got := screenText(a)
	if !strings.Contains(got, "We keep your personal information for [-30-] days after   │ We keep your personal information for {+90+} days after") {
		t.Errorf("side by side does not show the old words left and the new right:\n%s", got)
	}
	if !strings.Contains(got, "v inline") {
		t.Errorf("help does not offer to go back inline:\n%s", got)
	}
	golden(t, a, "changes-side-by-side-120x40")
	pressKeys(a, "v")
	if !strings.Contains(screenText(a), "for [-30-]{+90+} days") {
		t.Errorf("v again is not inline:\n%s", screenText(a))
	}
}

func TestChangesChineseCharacterEdit(t *testing.T) {
	t.Parallel()
	oldP, _ := model.Parse("a.md", []byte("# 政策\n\n## 一、保存\n\n我们将您的个人信息保存三十天。\n"))
	newP, _ := model.Parse("b.md", []byte("# 政策\n\n## 一、保存\n\n我们将您的个人信息保存九十天。\n"))
	a := newQuiet(Options{Policies: []*model.Policy{oldP, newP}})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	send(a, OpenChangesMsg{Old: oldP, New: newP})
	if got := screenText(a); !strings.Contains(got, "保存[-三-]{+九+}十天") {
		t.Errorf("no character-level edit:\n%s", got)
	}
}

func TestLibraryDiffsTwoMarked(t *testing.T) {
	t.Parallel()
	old, new := changesPolicies(t)
	a := newQuiet(Options{Policies: []*model.Policy{old, new}})
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: 100, Height: 30})
	first := a.library.current()
	pressKeys(a, "D") // nothing marked: D does nothing
	if a.current != ScreenLibrary {
		t.Fatalf("D with nothing marked opened %s", a.current)
	}
	pressKeys(a, "m", "j", "m")
	second := a.library.current()
	if !strings.Contains(screenText(a), "D what changed") {
		t.Errorf("help does not offer D with two marked:\n%s", screenText(a))
	}
	pressKeys(a, "D")
	if a.current != ScreenChanges {
		t.Fatalf("D with two marked: screen %s, want changes", a.current)
	}
	cs := a.changes
	if cs.old != first || cs.new != second {
		t.Errorf("compared %s -> %s, want the first marked as old", cs.old.ID, cs.new.ID)
	}
}

// fakeHistory is a history of n versions; summaries are sent only when release is closed.
type fakeHistory struct {
	n       int
	release chan struct{}
	old     *model.Policy
	new     *model.Policy
}

func (f *fakeHistory) Name() string { return "acme.md" }
func (f *fakeHistory) Versions(context.Context) ([]HistoryVersion, error) {
	vs := make([]HistoryVersion, f.n)
	for i := range vs {
		vs[i] = HistoryVersion{Commit: fmt.Sprintf("%02dc0ffee", f.n-i) + strings.Repeat("0", 32), Date: time.Date(2024, 1, f.n-i, 0, 0, 0, 0, time.UTC),
			Subject: fmt.Sprintf("update %d", f.n-i)}
	}
	return vs, nil
}
func (f *fakeHistory) Load(i int) (*model.Policy, error) {
	if i <= 1 { // the two newest
		return f.new, nil
	}
	return f.old, nil
}
func (f *fakeHistory) Summarize(ctx context.Context, out chan<- HistorySummary) {
	defer close(out)
	select {
	case <-f.release:
	case <-ctx.Done():
		return
	}
	for i := range f.n {
		select {
		case out <- HistorySummary{Index: i, Text: fmt.Sprintf("summary of %d", f.n-i)}:
		case <-ctx.Done():
			return
		}
	}
}

func TestHistoryFillsInAndOpens(t *testing.T) {
	t.Parallel()
	old, new := changesPolicies(t)
	src := &fakeHistory{n: 30, release: make(chan struct{}), old: old, new: new}
	a := newQuiet(Options{History: func(string) (HistorySource, error) { return src, nil }})
	send(a, tea.WindowSizeMsg{Width: 80, Height: 24})
	// Open the history: the list shows at once, before any summary.
	_, cmd := a.Update(OpenHistoryMsg{Path: "acme.md"})
	opened := cmd()
	_, wait := a.Update(opened)
	if a.current != ScreenHistory {
		t.Fatalf("screen %s, want history", a.current)
	}
	got := screenText(a)
	if !strings.Contains(got, "… update 30") || !strings.Contains(got, "summaries: 30 to go") {
		t.Errorf("versions not listed before their summaries:\n%s", got)
	}
	golden(t, a, "history-pending-80x24")
	// The list answers keys while the summaries are computed.
	pressKeys(a, "j", "j")
	if hs := a.hist; hs.cursor != 2 {
		t.Errorf("cursor %d after j j, want 2", hs.cursor)
	}
	close(src.release)
	settle(a, wait)
	got = screenText(a)
	if !strings.Contains(got, "summary of 30") || strings.Contains(got, "to go") {
		t.Errorf("summaries not filled in:\n%s", got)
	}
	// Mark two versions and compare them, older first.
	pressKeys(a, "m", "k", "m", "enter")
	if a.current != ScreenChanges {
		t.Fatalf("enter with two marked: screen %s, want changes", a.current)
	}
	cs := a.changes
	if cs.old != old || cs.new != new {
		t.Errorf("compared %v -> %v, want the older version first", cs.old.ID, cs.new.ID)
	}
}
