package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

func TestFindTermsFolds(t *testing.T) {
	t.Parallel()
	lines := []string{
		"  您可以刪除您的個人資料，或删除账户。",
		"  ＡＰＩ７ keeps Straße data; Données personnelles",
	}
	cases := []struct {
		terms []string
		want  []docMatch
	}{
		{[]string{"删除"}, []docMatch{seg(0, 8, 12), seg(0, 28, 32)}},             // traditional 刪除 and simplified 删除
		{[]string{"刪除"}, []docMatch{seg(0, 8, 12), seg(0, 28, 32)}},             // and the other way round
		{[]string{"api7"}, []docMatch{seg(1, 2, 10)}},                           // full-width letters and digits
		{[]string{"strasse"}, []docMatch{seg(1, 17, 23)}},                       // ß is ss
		{[]string{"DONNEES"}, []docMatch{seg(1, 30, 37)}},                       // case and accents
		{[]string{"个人", "个人资料"}, []docMatch{seg(0, 16, 24)}},                    // overlapping terms merge
		{[]string{"keeps", "data"}, []docMatch{seg(1, 11, 16), seg(1, 24, 28)}}, // in reading order
		{[]string{"", " "}, nil},
	}
	for _, c := range cases {
		got := findTerms(lines, c.terms)
		if !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q:\n got %v\nwant %v", c.terms, got, c.want)
		}
	}
}

func TestSearchTerms(t *testing.T) {
	t.Parallel()
	text := "You may request deletion of your account and 删除个人信息."
	at := func(s string) []int {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		var out []int
		for k := range []rune(s) {
			out = append(out, start+k)
		}
		return out
	}
	matches := append(append(at("deletion"), at("account")...), at("删除个人")...)
	got := searchTerms(`delete 'account !cookie @api7 #deletion 删除 个人 x to\ do`, text, matches)
	want := []string{"deletion", "account", "删除个人", "delete", "删除", "个人", "to do"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("searchTerms:\n got %q\nwant %q", got, want)
	}
}

// openFromSearch types query on the search screen and opens its first result.
func openFromSearch(t *testing.T, a *App, query string) {
	t.Helper()
	pressKeys(a, "s")
	typeText(a, query)
	pressKeys(a, "enter")
	if a.current != ScreenReader {
		t.Fatalf("enter on a result of %q opened %v", query, a.current)
	}
}

func TestGoldenReaderFind(t *testing.T) {
	t.Parallel()
	cases := []goldenCase{
		{"reader-from-search", func(t *testing.T, a *App) {
			openFromSearch(t, a, "third party")
			pressKeys(a, "n")
		}},
		{"reader-from-search-next-result", func(t *testing.T, a *App) {
			openFromSearch(t, a, "third party")
			pressKeys(a, ">")
		}},
		{"reader-find-not-found", func(t *testing.T, a *App) {
			openSeed(t, a, "api7")
			pressKeys(a, "/")
			typeText(a, "blockchain")
			pressKeys(a, "enter")
		}},
		{"reader-find-backward", func(t *testing.T, a *App) {
			openSeed(t, a, "api7")
			pressKeys(a, "G", "ctrl+r")
			typeText(a, "singapore")
			pressKeys(a, "enter", "n")
		}},
		{"reader-find-traditional", func(t *testing.T, a *App) {
			openSeed(t, a, "aiwellflow")
			pressKeys(a, "/")
			typeText(a, "刪除")
			pressKeys(a, "enter")
		}},
		{"reader-copied", func(t *testing.T, a *App) {
			openSeed(t, a, "api7")
			a.reader.extra.clipboard = func() []string { return nil }
			pressKeys(a, "]", "]", "y")
		}},
	}
	runGoldenCases(t, cases)
}

func TestReaderFromSearch(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openFromSearch(t, a, "third party")
	s := a.search
	if len(s.res.Hits) < 3 {
		t.Fatalf("third party: %d results, want several", len(s.res.Hits))
	}
	first := s.res.Hits[0]
	pane := &a.reader.pane
	if a.reader.policy != s.policies[first.Policy] || pane.markClause != first.Clause {
		t.Fatalf("enter opened %s clause %d, want the first result", a.reader.policy.ID, pane.markClause)
	}
	cur, total := pane.Matches()
	if total == 0 || !strings.Contains(statusLine(a), fmt.Sprintf("%d/%d", cur, total)) || !strings.Contains(statusLine(a), fmt.Sprintf("result 1/%d", len(s.res.Hits))) {
		t.Fatalf("status %q: want the match count and the result number", statusLine(a))
	}
	// The current match is in the clause opened, on screen.
	if l := pane.matches[pane.current].line(); l < pane.markFrom || l >= pane.markTo {
		t.Errorf("current match on line %d, the clause is lines %d-%d", l, pane.markFrom, pane.markTo)
	}
	// The terms are drawn highlighted: the current match in its own style, the others in theirs.
	checkHighlights := func(when string) {
		t.Helper()
		for i, m := range pane.matches {
			sg := m.segs[0]
			text := ansi.Cut(pane.doc.plain[sg.line], sg.start, sg.end)
			st, other := a.store.styles.Match, a.store.styles.MatchCur
			if i == pane.current {
				st, other = other, st
			}
			l := pane.shown[sg.line]
			wrongStyle := !otherMatchOnLine(pane, i, sg.line) && strings.Contains(l, other.Render(text))
			if !strings.Contains(l, st.Render(text)) || wrongStyle {
				t.Errorf("%s: match %d %q (current %d) is not highlighted as it should be on line %d: %q want %q", when, i+1, text, pane.current+1, sg.line, l, st.Render(text))
			}
			if i == pane.current && !strings.Contains(ansi.Strip(a.View().Content), text) {
				t.Errorf("%s: the current match %q is not on screen", when, text)
			}
		}
	}
	checkHighlights("enter")
	pressKeys(a, "n")
	if c2, _ := pane.Matches(); c2 != cur%total+1 {
		t.Errorf("n: match %d, want %d", c2, cur%total+1)
	}
	checkHighlights("n")
	pressKeys(a, "N", "N")
	checkHighlights("N N")
	pressKeys(a, ">", ">")
	third := s.res.Hits[2]
	if a.reader.policy != s.policies[third.Policy] || a.reader.pane.markClause != third.Clause || s.selected != 2 {
		t.Fatalf("> >: %s clause %d (selected %d), want the third result", a.reader.policy.ID, a.reader.pane.markClause, s.selected)
	}
	pressKeys(a, "<")
	if s.selected != 1 || !strings.Contains(statusLine(a), "result 2/") {
		t.Errorf("<: selected %d, status %q; want the second result", s.selected, statusLine(a))
	}
	pressKeys(a, "esc")
	if a.current != ScreenSearch || s.selected != 1 || s.input.Value() != "third party" {
		t.Errorf("esc: screen %v, selected %d, query %q; want the results, the second selected", a.current, s.selected, s.input.Value())
	}
	// The reader's own find is cleared by esc first, as before.
	pressKeys(a, "enter", "/")
	typeText(a, "cookie")
	pressKeys(a, "enter", "esc")
	if a.current != ScreenReader || a.reader.pane.Query() != "" {
		t.Errorf("esc after a find: screen %v query %q; want the find cleared, the reader kept", a.current, a.reader.pane.Query())
	}
}

func TestFindNotFoundAndBackward(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "api7")
	pressKeys(a, "/")
	typeText(a, "blockchain")
	if st := statusLine(a); strings.Contains(st, "0/0") {
		t.Errorf("status while typing shows 0/0: %q", st)
	}
	pressKeys(a, "enter")
	if st := statusLine(a); !strings.Contains(st, "Pattern not found") || strings.Contains(st, "0/0") {
		t.Errorf("status %q, want Pattern not found", st)
	}
	pressKeys(a, "esc", "G", "ctrl+r")
	if !strings.Contains(screenText(a), "?") {
		t.Errorf("ctrl+r: no ? prompt:\n%s", screenText(a))
	}
	typeText(a, "personal")
	pressKeys(a, "enter")
	pane := &a.reader.pane
	cur, total := pane.Matches()
	if total < 3 {
		t.Fatalf("personal: %d matches", total)
	}
	// From the bottom, a backward find starts at the last match on screen or above.
	y := pane.YOffset()
	if l := pane.matches[pane.current].line(); l >= y+pane.height {
		t.Errorf("backward find chose a match below the screen (line %d, screen %d-%d)", l, y, y+pane.height)
	}
	pressKeys(a, "n")
	if c2, _ := pane.Matches(); c2 != cur-1 {
		t.Errorf("n after ctrl+r: match %d, want %d (upward)", c2, cur-1)
	}
	pressKeys(a, "N", "N")
	if c3, _ := pane.Matches(); c3 != cur%total+1 {
		t.Errorf("N N after ctrl+r: match %d, want %d (downward)", c3, cur%total+1)
	}
	// Wrapping around says so.
	pressKeys(a, "esc", "g", "/")
	typeText(a, "personal")
	pressKeys(a, "enter")
	if c, _ := pane.Matches(); c != 1 {
		t.Fatalf("a find from the top: match %d, want 1", c)
	}
	for range total {
		pressKeys(a, "n")
	}
	if st := statusLine(a); !strings.Contains(st, "search hit BOTTOM, continuing at TOP") {
		t.Errorf("after %d n: status %q, want the wrap said", total, st)
	}
}

func TestFindKeptPerPolicy(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	pressKeys(a, "/")
	typeText(a, "cookie")
	pressKeys(a, "enter")
	_, total := a.reader.pane.Matches()
	if total == 0 {
		t.Fatal("cookie: no match in api7")
	}
	// Leave for the library by the App's back message, read another policy, come back.
	send(a, BackMsg{})
	openSeed(t, a, "7ding")
	if q := a.reader.pane.Query(); q != "" {
		t.Errorf("7ding opened with api7's find %q", q)
	}
	send(a, BackMsg{})
	openSeed(t, a, "api7")
	pane := &a.reader.pane
	if pane.Query() != "cookie" {
		t.Fatalf("back on api7 the find is %q, want cookie", pane.Query())
	}
	if _, n := pane.Matches(); n != total || !strings.Contains(statusLine(a), fmt.Sprintf("/%d", total)) {
		t.Errorf("back on api7: %d matches (status %q), want %d", n, statusLine(a), total)
	}
	y := pane.YOffset()
	pressKeys(a, "n")
	if pane.YOffset() == y && pane.matches[pane.current].line() < y {
		t.Errorf("n does not move to a match")
	}
}

func TestCopyClauseAndSection(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "clip")
	script := filepath.Join(dir, "fakeclip")
	if err := os.WriteFile(script, []byte("#!/bin/sh\ncat > "+out+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	a.reader.extra.clipboard = func() []string { return []string{script} }
	pressKeys(a, "]", "]", "y")
	pane := &a.reader.pane
	c := pane.markClause
	if c < 0 {
		t.Fatal("y marked no clause")
	}
	p := a.reader.policy
	// The clause copied is the first one that starts on screen, in the section jumped to or
	// the first nested in it.
	if p.Clauses[c].Section < pane.CurrentSection() || pane.markFrom < pane.YOffset() || pane.markFrom >= pane.YOffset()+pane.height {
		t.Errorf("copied clause %d of section %d at line %d; reading section %d from line %d", c, p.Clauses[c].Section, pane.markFrom, pane.CurrentSection(), pane.YOffset())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the clipboard program got nothing: %v", err)
	}
	if string(got) != p.Clauses[c].Text {
		t.Errorf("clipboard %q, want the clause %q", got, p.Clauses[c].Text)
	}
	want := fmt.Sprintf("copied %d characters of §%s (clause %d) · OSC 52 and fakeclip", len([]rune(p.Clauses[c].Text)), p.Sections[p.Clauses[c].Section].Number, c+1)
	if st := statusLine(a); !strings.Contains(st, want) {
		t.Errorf("status %q, want %q", st, want)
	}
	pressKeys(a, "Y")
	got, _ = os.ReadFile(out)
	sec := pane.CurrentSection()
	if !strings.HasPrefix(string(got), "## "+p.Sections[sec].Number) || !strings.Contains(string(got), p.Clauses[c].Text) {
		t.Errorf("Y copied %q, want section %s", got, p.Sections[sec].Number)
	}
	if st := statusLine(a); !strings.Contains(st, fmt.Sprintf("characters of §%s", p.Sections[sec].Number)) {
		t.Errorf("status %q after Y", st)
	}
	// Any key clears the message.
	pressKeys(a, "j")
	if strings.Contains(statusLine(a), "copied") {
		t.Errorf("the copy message outlived the next key: %q", statusLine(a))
	}
}

func TestCopySanitises(t *testing.T) {
	t.Parallel()
	p, err := model.Parse("evil.md", []byte("# Evil\n\n## 1 Terms\n\nWe keep \x1b]52;c;ZXZpbA==\x07your data \x1b[31mred\x1b[m forever.\n"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "clip")
	script := filepath.Join(dir, "fakeclip")
	os.WriteFile(script, []byte("#!/bin/sh\ncat > "+out+"\n"), 0o755)
	a := quiet(newApp(Options{Policies: []*model.Policy{p}}, newTestStore()))
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: 100, Height: 30})
	pressKeys(a, "enter")
	a.reader.extra.clipboard = func() []string { return []string{script} }
	pressKeys(a, "]", "Y")
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(string(got), 0x1b) || !strings.Contains(string(got), "your data") {
		t.Errorf("copied %q: escape sequences reached the clipboard", got)
	}
	// Whatever the text, copyText lets no control through: the parser's sanitising is not
	// what it relies on.
	settle(a, a.reader.copyText("a\x1b]52;c;ZXZpbA==\x07b \x1b[31mred\x1b[m\u202e", "a test"))
	got, err = os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "ab red" {
		t.Errorf("copied %q, want %q", got, "ab red")
	}
	if strings.ContainsRune(statusLine(a), 0x1b) {
		t.Errorf("status %q", statusLine(a))
	}
}

// TestReaderWidth reads at 200 columns: the text keeps to the measure (90 cells by default),
// centred in the room beside the TOC; 0 gives the full width back.
func TestReaderWidth(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 200, 40)
	a.reader.setReaderWidth(DefaultReaderWidth)
	openSeed(t, a, "api7")
	golden(t, a, "reader-width-200x40")
	pane := &a.reader.pane
	tocW, paneW, _ := a.reader.layout()
	longest, first := 0, paneW
	for _, l := range strings.Split(screenText(a), "\n")[:pane.height] {
		text := []rune(l)
		if len(text) <= tocW+1 {
			continue
		}
		body := strings.TrimRight(string(text[tocW+1:]), " ")
		if trimmed := strings.TrimLeft(body, " "); trimmed != "" {
			longest = max(longest, len([]rune(body)))
			first = min(first, len([]rune(body))-len([]rune(trimmed)))
		}
	}
	margin := (paneW - DefaultReaderWidth - 1) / 2
	if longest > margin+DefaultReaderWidth+1 {
		t.Errorf("a text line runs to cell %d of the pane, the measure ends at %d", longest, margin+DefaultReaderWidth+1)
	}
	if first < margin || first > margin+3 {
		t.Errorf("text starts at cell %d of the pane, want the column centred (margin %d)", first, margin)
	}
	// Full width again: lines run past the measure.
	settle(a, a.reader.setReaderWidth(0))
	longest = 0
	for _, l := range a.reader.pane.viewLines() {
		longest = max(longest, len([]rune(strings.TrimRight(ansi.Strip(l), " "))))
	}
	if longest <= DefaultReaderWidth+10 {
		t.Errorf("reader width 0: longest line %d cells, want the full pane (%d)", longest, paneW)
	}
}

// TestSearchToReaderEndToEnd runs the real binary in tmux: a search, enter on the first
// result (the reader shows the match count and the result number), n to the next match, > to
// the next result, esc back to the results with the second one selected.
func TestSearchToReaderEndToEnd(t *testing.T) {
	t.Parallel()
	s := startTmux(t, 120, 40)
	s.waitFor("5 policies")
	s.send("s")
	s.waitFor("search every clause")
	s.send("-l", "third party")
	// The results are those of the whole query once it shows and no search is running.
	waitScreen(t, s, func(screen string) bool {
		return strings.Contains(screen, "› third party") && strings.Contains(screen, "clauses match") &&
			!strings.Contains(screen, "searching")
	})
	s.send("Enter")
	// The count is final once the whole policy is rendered (a long one comes in two pieces).
	rx := regexp.MustCompile(`(\d+)/(\d+)  result 1/(\d+)`)
	first := rx.FindStringSubmatch(waitScreen(t, s, func(screen string) bool {
		return rx.MatchString(screen) && !strings.Contains(screen, "rendering the rest")
	}))
	s.send("n")
	cur, _ := strconv.Atoi(first[1])
	total, _ := strconv.Atoi(first[2])
	s.waitMatch(fmt.Sprintf(`%d/%d  result 1/`, cur%total+1, total))
	s.send(">")
	s.waitMatch(`result 2/` + first[3])
	s.send("Escape")
	screen := s.waitFor("› third party")
	lines := strings.Split(screen, "\n")
	var bars []int
	for i, l := range lines {
		if strings.HasPrefix(l, "▌") {
			bars = append(bars, i)
		}
	}
	// The selected result is the second one: its two lines carry the bar, below the first's.
	if len(bars) != 2 || bars[0] != 4 {
		t.Errorf("back on the results, the bar is on lines %v, want 4 and 5 (the second result):\n%s", bars, screen)
	}
}

// waitScreen polls the tmux screen until ok accepts it, and returns it; it fails after e2eWait.
func waitScreen(t *testing.T, s *tmuxSession, ok func(string) bool) string {
	t.Helper()
	var screen string
	for deadline := time.Now().Add(e2eWait); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if screen = s.capture(); ok(screen) {
			return screen
		}
	}
	t.Fatalf("the screen never showed what was expected; last screen:\n%s", screen)
	return ""
}

// BenchmarkFindKeystroke measures what a keystroke of the find costs on the longest bundled
// policy rendered at 79 cells: folding every line and looking for the query.
func BenchmarkFindKeystroke(b *testing.B) {
	var doc *renderedDoc
	for _, p := range seeds(b) {
		d, err := renderDoc(renderKey{policy: p, part: 0, width: 79, style: "dark"})
		if err != nil {
			b.Fatal(err)
		}
		if doc == nil || len(d.plain) > len(doc.plain) {
			doc = d
		}
	}
	b.Logf("%s: %d lines", doc.key.policy.ID, len(doc.plain))
	for _, q := range []string{"personal information", "删除"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				findTerms(doc.plain, []string{q})
			}
		})
	}
}

// TestNextMatchFromScreen: after scrolling away from the current match, n goes on from the
// screen, as less does, not from the match left behind.
func TestNextMatchFromScreen(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "api7")
	pressKeys(a, "/")
	typeText(a, "information")
	pressKeys(a, "enter")
	pane := &a.reader.pane
	if c, _ := pane.Matches(); c != 1 {
		t.Fatalf("find from the top: match %d", c)
	}
	pressKeys(a, "]", "]", "]", "]", "]")
	y := pane.YOffset()
	pressKeys(a, "n")
	l := pane.matches[pane.current].line()
	if l < y {
		t.Errorf("n after scrolling to line %d went to a match on line %d, above the screen", y, l)
	}
	for i, m := range pane.matches {
		if m.line() >= y && i < pane.current {
			t.Errorf("n skipped match %d on line %d (went to %d)", i+1, m.line(), pane.current+1)
			break
		}
	}
}

// TestSearchEnterBeforeResults presses enter while the search of the query typed is still
// running: the reader must open on that query's first result when it ends, not on a result of
// the partial query shown meanwhile.
func TestSearchEnterBeforeResults(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	pressKeys(a, "s")
	typeText(a, "thi") // results for "thi" are shown
	var pending []tea.Cmd
	for _, r := range "rd party" {
		_, cmd := a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		pending = append(pending, cmd) // the searches have not run yet
	}
	_, cmd := a.Update(keyMsg("enter"))
	settle(a, cmd)
	if a.current != ScreenSearch {
		t.Fatalf("enter opened %v while the query typed was still being searched", a.current)
	}
	settle(a, tea.Batch(pending...))
	if a.current != ScreenReader {
		t.Fatalf("the search ended but the reader did not open (screen %v)", a.current)
	}
	if q := a.reader.pane.Query(); q != "third party" {
		t.Errorf("reader opened with the query %q, want the one typed", q)
	}
}

// TestFindNotFoundStaysPut types a pattern whose first letter matches further down and whose
// whole matches nothing: the text goes back to where the find began, as in less, and stays
// there on enter; esc on a find also goes back.
func TestFindNotFoundStaysPut(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "api7")
	pressKeys(a, "]", "]")
	from := a.reader.pane.YOffset()
	pressKeys(a, "/")
	typeText(a, "z")
	if a.reader.pane.YOffset() == from {
		t.Fatal("'z' did not move to a match: the test needs a letter that matches further down")
	}
	typeText(a, "zzq")
	pressKeys(a, "enter")
	if got := a.reader.pane.YOffset(); got != from {
		t.Errorf("not found: top line %d, want %d where the find began", got, from)
	}
	if !strings.Contains(statusLine(a), "Pattern not found") {
		t.Errorf("status %q, want Pattern not found", statusLine(a))
	}
	pressKeys(a, "esc") // clears the find
	pressKeys(a, "/")
	typeText(a, "z")
	if a.reader.pane.YOffset() == from {
		t.Fatal("'z' did not move to a match the second time")
	}
	pressKeys(a, "esc")
	if got := a.reader.pane.YOffset(); got != from {
		t.Errorf("find cancelled: top line %d, want %d", got, from)
	}
}

// BenchmarkFindNext measures the n key of a find with many matches in the longest bundled
// policies, at 120x40: moving the current match and redrawing the screen.
func BenchmarkFindNext(b *testing.B) {
	for _, c := range []struct{ id, query string }{{"api7", "information"}, {"aiwellflow", "信息"}} {
		b.Run(c.id, func(b *testing.B) {
			a := newTestApp(b, 120, 40)
			openSeed(b, a, c.id)
			pressKeys(a, "/")
			typeText(a, c.query)
			pressKeys(a, "enter")
			if n, total := a.reader.pane.Matches(); n == 0 || total < 20 {
				b.Fatalf("%q: match %d of %d", c.query, n, total)
			}
			b.ReportAllocs()
			for b.Loop() {
				pressKeys(a, "n")
				_ = a.View()
			}
		})
	}
}

// otherMatchOnLine reports whether a match other than i, the current one included, is on line l.
func otherMatchOnLine(pane *ReaderPane, i, l int) bool {
	for j, m := range pane.matches {
		for _, sg := range m.segs {
			if j != i && sg.line == l {
				return true
			}
		}
	}
	return false
}
