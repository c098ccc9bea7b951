package ui

import (
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// goldenSizes are the terminal sizes every golden screen is checked at.
var goldenSizes = [][2]int{{80, 24}, {120, 40}}

// openSeed opens the seed policy id from the library, moving the cursor to it with j.
func openSeed(t testing.TB, a *App, id string) {
	t.Helper()
	for i, p := range a.library.shown {
		if p.policy.ID == id {
			pressKeys(a, "g")
			for range i {
				pressKeys(a, "j")
			}
			pressKeys(a, "enter")
			if a.current != ScreenReader || a.reader.policy.ID != id {
				t.Fatalf("enter on %s: screen %v, policy %v", id, a.current, a.reader.policy)
			}
			if !a.reader.pane.Ready() {
				t.Fatalf("%s not rendered after enter", id)
			}
			return
		}
	}
	t.Fatalf("%s not in the library", id)
}

func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	cases := []goldenCase{
		{"library", func(t *testing.T, a *App) {}},
		{"library-filter", func(t *testing.T, a *App) { pressKeys(a, "/"); typeText(a, "robo") }},
		{"library-marked", func(t *testing.T, a *App) { pressKeys(a, "m", "j", "j", "m") }},
		{"library-help", func(t *testing.T, a *App) { pressKeys(a, "m", "?") }},
		{"reader", func(t *testing.T, a *App) { openSeed(t, a, "api7") }},
		{"reader-toc-jump", func(t *testing.T, a *App) {
			openSeed(t, a, "api7")
			pressKeys(a, "tab", "j", "j", "j", "j", "j", "enter")
		}},
		{"reader-search", func(t *testing.T, a *App) {
			openSeed(t, a, "api7")
			pressKeys(a, "/")
			typeText(a, "Personal")
			pressKeys(a, "enter", "n", "n")
		}},
		{"reader-help", func(t *testing.T, a *App) { openSeed(t, a, "7ding"); pressKeys(a, "?") }},
		{"reader-chinese-search", func(t *testing.T, a *App) {
			openSeed(t, a, "aiwellflow")
			pressKeys(a, "/")
			typeText(a, "个人信息")
			pressKeys(a, "enter")
		}},
	}
	runGoldenCases(t, cases)
}

func TestGoldenTinyTerminal(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 30, 8)
	golden(t, a, "tiny-30x8")
	if !strings.Contains(screenText(a), "terminal too small") {
		t.Error("no 'terminal too small' at 30x8")
	}
	a = newTestApp(t, 40, 10)
	openSeed(t, a, "aiwellflow")
	pressKeys(a, "t")
	golden(t, a, "reader-narrow-toc-40x10")
}

// statusLine returns the reader's status bar as shown.
func statusLine(a *App) string {
	lines := strings.Split(screenText(a), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "%") {
			return lines[i]
		}
	}
	return ""
}

func TestTOCJumpIsExact(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	p := a.reader.policy
	pressKeys(a, "tab")
	for row := 1; row < len(a.reader.toc.visible); row++ {
		pressKeys(a, "j", "enter")
		sec := a.reader.toc.visible[row]
		pane := &a.reader.pane
		start, _ := pane.doc.sectionStart(sec)
		if pane.vp.YOffset() != start && pane.vp.YOffset() != pane.vp.TotalLineCount()-pane.height {
			t.Errorf("jump to %q: top line %d, section starts at %d", p.Sections[sec].Heading(), pane.vp.YOffset(), start)
		}
		if got := pane.CurrentSection(); got != sec {
			t.Errorf("after jumping to %q the scroll spy says %d", p.Sections[sec].Heading(), got)
		}
		if !strings.Contains(statusLine(a), p.Sections[sec].Number) {
			t.Errorf("status line %q does not name section %s", statusLine(a), p.Sections[sec].Number)
		}
		if pane.vp.YOffset() == start {
			top := strings.Split(screenText(a), "\n")[0]
			if !strings.Contains(top, p.Sections[sec].Title[:min(10, len(p.Sections[sec].Title))]) {
				t.Errorf("jump to %q: top line is %q", p.Sections[sec].Heading(), top)
			}
		}
	}
}

func TestScrollSpyFollowsText(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	seen := map[int]bool{}
	last := -2
	for range 200 {
		pressKeys(a, "j")
		cur := a.reader.pane.CurrentSection()
		if cur < last {
			t.Fatalf("scroll spy went back from %d to %d while scrolling down", last, cur)
		}
		last = cur
		seen[cur] = true
		if a.reader.toc.active != cur {
			t.Fatalf("TOC active %d, pane reads %d", a.reader.toc.active, cur)
		}
	}
	if len(seen) < 4 {
		t.Errorf("200 lines down crossed only %d sections", len(seen))
	}
}

var countRE = regexp.MustCompile(`(\d+)/(\d+)`)

func TestInDocumentSearch(t *testing.T) {
	t.Parallel()
	cases := []struct {
		id, query string
		min       int
	}{
		{"api7", "personal", 10},
		{"api7", "PERSONAL", 10},
		{"aiwellflow", "个人信息", 10},
		{"7ding", "information", 10},
	}
	for _, c := range cases {
		t.Run(c.id+"/"+c.query, func(t *testing.T) {
			a := newTestApp(t, 100, 30)
			openSeed(t, a, c.id)
			pressKeys(a, "/")
			typeText(a, c.query)
			pressKeys(a, "enter")
			m := countRE.FindStringSubmatch(statusLine(a))
			if m == nil {
				t.Fatalf("no match count in status line %q", statusLine(a))
			}
			var cur, total int
			fmt.Sscan(m[1], &cur)
			fmt.Sscan(m[2], &total)
			if total < c.min || cur != 1 {
				t.Errorf("count %s/%s, want 1/>=%d", m[1], m[2], c.min)
			}
			pressKeys(a, "n")
			if got := countRE.FindStringSubmatch(statusLine(a)); got == nil || got[1] != "2" {
				t.Errorf("after n: %q", statusLine(a))
			}
			pressKeys(a, "N", "N")
			if got := countRE.FindStringSubmatch(statusLine(a)); got == nil || got[1] != m[2] {
				t.Errorf("after N N (wrap): %q, want %s/%s", statusLine(a), m[2], m[2])
			}
			// The current match is on screen and its text is the query, case aside.
			pane := &a.reader.pane
			mm := pane.matches[pane.current]
			if mm.line() < pane.vp.YOffset() || mm.line() >= pane.vp.YOffset()+pane.height {
				t.Errorf("current match line %d off screen (top %d)", mm.line(), pane.vp.YOffset())
			}
			pressKeys(a, "esc")
			if _, total := pane.Matches(); total != 0 || a.current != ScreenReader {
				t.Errorf("esc: %d matches left, screen %v", total, a.current)
			}
			pressKeys(a, "esc")
			if a.current != ScreenLibrary {
				t.Errorf("second esc: screen %v, want library", a.current)
			}
		})
	}
}

func TestOpenClauseMarksIt(t *testing.T) {
	t.Parallel()
	p := seed(t, "aiwellflow")
	for part, pt := range p.Parts {
		// A clause in the middle of each language part, Chinese and English.
		c := (pt.FirstClause + pt.EndClause) / 2
		a := newTestApp(t, 120, 40)
		send(a, OpenClauseMsg{Policy: p, Clause: c})
		if a.current != ScreenReader {
			t.Fatalf("screen %v", a.current)
		}
		pane := &a.reader.pane
		if pane.Part() != part {
			t.Errorf("clause %d opened part %d, want %d", c, pane.Part(), part)
		}
		if pane.markedForDoc != pane.doc || pane.markFrom >= pane.markTo {
			t.Errorf("clause %d not marked (lines %d-%d)", c, pane.markFrom, pane.markTo)
			continue
		}
		screen := screenText(a)
		if !strings.Contains(screen, "▌") {
			t.Errorf("clause %d: no marker on screen", c)
		}
		rs := []rune(compact(p.Clauses[c].Text))
		if !strings.Contains(compact(screen), string(rs[:min(8, len(rs))])) {
			t.Errorf("clause %q not on screen:\n%s", p.Clauses[c].Text, screen)
		}
		pressKeys(a, "esc")
		if a.current != ScreenLibrary {
			t.Errorf("esc after opening a clause: %v", a.current)
		}
	}
}

func TestLanguageSwitchKeepsSection(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	openSeed(t, a, "aiwellflow")
	p := a.reader.policy
	if len(p.Parts) < 2 {
		t.Skip("aiwellflow parsed as one part")
	}
	pressKeys(a, "]", "]", "]")
	before := a.reader.pane.CurrentSection()
	pressKeys(a, "L")
	pane := &a.reader.pane
	if pane.Part() != 1 {
		t.Fatalf("L: part %d", pane.Part())
	}
	if want := sectionInPart(p, before, 0, 1); pane.CurrentSection() != want || want < 0 {
		t.Errorf("L from section %d: now at %d, want %d", before, pane.CurrentSection(), want)
	}
	if !strings.Contains(statusLine(a), "[en]") {
		t.Errorf("status line %q does not say [en]", statusLine(a))
	}
}

func TestHelpListsOnlyLiveKeys(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7") // one language: no L, no v
	pressKeys(a, "?")
	s := screenText(a)
	for _, dead := range []string{"language", "side by side", "next match"} {
		if strings.Contains(s, dead) {
			t.Errorf("help lists %q, which does nothing here", dead)
		}
	}
	for _, live := range []string{"next section", "find", "toc"} {
		if !strings.Contains(s, live) {
			t.Errorf("help does not list %q", live)
		}
	}
	pressKeys(a, "esc", "?") // back in the library: hide help there
	pressKeys(a, "?")
}

func TestNeverPanicsAtAnySize(t *testing.T) {
	t.Parallel()
	lib := newTestApp(t, 80, 24)
	pressKeys(lib, "?")
	for w := 0; w <= 70; w += 3 {
		for h := 0; h <= 16; h += 2 {
			send(lib, tea.WindowSizeMsg{Width: w, Height: h})
			if v := screenText(lib); w >= minWidth && h >= minHeight {
				checkSize(t, v, w, h)
			}
		}
	}
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "aiwellflow")
	pressKeys(a, "v")
	for w := 0; w <= 70; w += 3 {
		for h := 0; h <= 16; h += 2 {
			send(a, tea.WindowSizeMsg{Width: w, Height: h})
			pressKeys(a, "j", "]", "tab", "?")
			v := screenText(a)
			if w >= minWidth && h >= minHeight {
				checkSize(t, v, w, h)
			}
		}
	}
}

func TestQuitKeys(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 80, 24)
	_, cmd := a.Update(keyMsg("q"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Error("q in the library does not quit")
	}
	pressKeys(a, "/")
	_, cmd = a.Update(keyMsg("q"))
	if cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Error("q typed into the filter quits")
		}
	}
}

func TestLibraryFilter(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	pressKeys(a, "/")
	typeText(a, "dingtalk")
	if len(a.library.shown) != 1 || a.library.shown[0].policy.ID != "7ding" {
		var ids []string
		for _, it := range a.library.shown {
			ids = append(ids, it.policy.ID)
		}
		t.Fatalf("filter dingtalk shows %v", ids)
	}
	pressKeys(a, "enter", "enter")
	if a.current != ScreenReader || a.reader.policy.ID != "7ding" {
		t.Errorf("enter enter after filtering: %v %v", a.current, a.reader.policy)
	}
}

func TestBackgroundLoads(t *testing.T) {
	t.Parallel()
	ch := make(chan LoadEvent, 4)
	a := newQuiet(Options{Policies: seeds(t)[:1], Loads: ch})
	send(a, tea.WindowSizeMsg{Width: 100, Height: 30})
	ch <- LoadEvent{Policy: seeds(t)[1], Path: "a.md", Done: 1, Total: 3}
	ch <- LoadEvent{Path: "bad.bin", Err: fmt.Errorf("binary file"), Done: 2, Total: 3}
	_, cmd := a.Update(waitLoads(ch)())
	s := screenText(a)
	if !strings.Contains(s, "bad.bin: binary file") || !strings.Contains(s, "loading 2/3") {
		t.Errorf("load error or progress missing:\n%s", s)
	}
	if len(a.library.all) != 2 {
		t.Errorf("library has %d policies, want 2", len(a.library.all))
	}
	if pb := a.View().ProgressBar; pb == nil || pb.Value != 66 {
		t.Errorf("terminal progress bar %+v, want 66%%", pb)
	}
	pressKeys(a, "e")
	if s := screenText(a); !strings.Contains(s, "1 file could not be loaded") || !strings.Contains(s, "✗ bad.bin: binary file") {
		t.Errorf("e does not list the load errors:\n%s", s)
	}
	pressKeys(a, "esc")
	if a.library.showErrs || a.current != ScreenLibrary {
		t.Error("esc does not close the error list")
	}
	ch <- LoadEvent{Policy: seeds(t)[2], Path: "c.md", Done: 3, Total: 3}
	close(ch)
	_ = cmd
	_, _ = a.Update(waitLoads(ch)())
	if a.library.loading || len(a.library.all) != 3 {
		t.Errorf("after close: loading %v, %d policies", a.library.loading, len(a.library.all))
	}
	if strings.Contains(screenText(a), "loading") || a.View().ProgressBar != nil {
		t.Error("progress bar still shown after loading ended")
	}
}

// TestPaneCatchesUpWhenCommandDropped checks that a pane whose owner drops the command of
// SetSize still re-renders at the new width on its next message, and that a resize re-renders
// only after the debounce.
func TestPaneCatchesUpWhenCommandDropped(t *testing.T) {
	t.Parallel()
	p := newReaderPane(newStore(newStyles(true, false)))
	p.SetSize(80, 20)
	doc := runPaneCmd(&p, p.Open(seed(t, "api7"), 0))
	if !doc || !p.Ready() {
		t.Fatal("pane did not render")
	}
	_ = p.SetSize(100, 20) // dropped
	if cmd := p.Update(tea.KeyPressMsg{Code: 'x'}); cmd != nil {
		t.Error("re-render asked before the debounce elapsed")
	}
	time.Sleep(resizeDebounce + 20*time.Millisecond)
	cmd := p.Update(tea.KeyPressMsg{Code: 'x'})
	if cmd == nil || !runPaneCmd(&p, cmd) {
		t.Fatal("no re-render after a dropped SetSize command")
	}
	if p.doc.key.width != p.renderWidth() {
		t.Errorf("rendered at %d, want %d", p.doc.key.width, p.renderWidth())
	}
}

// runPaneCmd runs cmd and the commands it leads to on p, reporting whether a rendering arrived.
func runPaneCmd(p *ReaderPane, cmd tea.Cmd) bool {
	got := false
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := runWithTimeout(c, 10*time.Second).(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case renderedMsg:
			got = got || msg.doc != nil
			queue = append(queue, p.Update(msg))
		}
	}
	return got
}

func TestLightBackgroundAndResizeRerender(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	openSeed(t, a, "api7")
	pane := &a.reader.pane
	if pane.doc.key.style != "dark" && pane.doc.key.style != "notty" {
		t.Fatalf("initial style %q", pane.doc.key.style)
	}
	send(a, tea.BackgroundColorMsg{Color: color.White})
	if a.dark || !pane.Ready() {
		t.Fatalf("light background: dark %v, ready %v", a.dark, pane.Ready())
	}
	if want := a.store.styles.glamourStyle(); pane.doc.key.style != want {
		t.Errorf("after a light background the text is rendered %q, want %q", pane.doc.key.style, want)
	}
	pressKeys(a, "]", "]", "]")
	sec := pane.CurrentSection()
	send(a, tea.WindowSizeMsg{Width: 140, Height: 30}) // settle waits for the debounce timer
	if pane.doc.key.width != pane.renderWidth() {
		t.Errorf("after resize rendered at %d, want %d", pane.doc.key.width, pane.renderWidth())
	}
	if got := pane.CurrentSection(); got != sec {
		t.Errorf("resize moved the reader from section %d to %d", sec, got)
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	openSeed(t, a, "api7")
	send(a, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	send(a, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if y := a.reader.pane.YOffset(); y != 2*wheelLines {
		t.Errorf("two wheel steps down: top line %d, want %d", y, 2*wheelLines)
	}
	send(a, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if y := a.reader.pane.YOffset(); y != wheelLines {
		t.Errorf("one wheel step up: top line %d, want %d", y, wheelLines)
	}
}

// TestOddPolicies opens policies a parser could produce from odd files (no parts, no sections,
// a clause of another section) and drives every key: nothing may panic.
func TestOddPolicies(t *testing.T) {
	t.Parallel()
	odd := []*model.Policy{
		{ID: "empty"},
		{ID: "no-sections", Parts: []model.Part{{Lang: model.LangEN, EndClause: 1}},
			Clauses: []model.Clause{{Text: "Only a paragraph.", Section: -1}}},
		{ID: "deep", Parts: []model.Part{{Lang: model.LangZH, EndSection: 8, EndClause: 8}}},
	}
	deep := odd[2]
	for i := range 8 {
		deep.Sections = append(deep.Sections, model.Section{Number: strings.Repeat("1.", i) + "1", Title: "很深的标题 deep heading",
			Level: int32(i + 1), Parent: int32(i - 1), FirstClause: int32(i), EndClause: int32(i + 1)})
		deep.Clauses = append(deep.Clauses, model.Clause{Text: "个人信息 personal data", Section: i})
	}
	for _, p := range odd {
		t.Run(p.ID, func(t *testing.T) {
			a := newQuiet(Options{Policies: []*model.Policy{p}})
			send(a, tea.WindowSizeMsg{Width: 60, Height: 16})
			send(a, openPolicyMsg{policy: p})
			pressKeys(a, "j", "G", "g", "]", "[", "tab", "j", "enter", "h", "l", "t", "t", "L", "v", "/")
			typeText(a, "个人")
			pressKeys(a, "enter", "n", "N", "?", "esc")
			send(a, OpenClauseMsg{Policy: p, Clause: 5})
			send(a, OpenClauseMsg{Policy: p, Clause: 99})
			checkSize(t, screenText(a), 60, 16)
		})
	}
}

func TestOpenSideBySideRouting(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	p := seed(t, "aiwellflow")
	send(a, OpenSideBySideMsg{Left: p, Right: p, LeftPart: 1, RightPart: 0})
	if a.current != ScreenSideBySide {
		t.Fatalf("two parts of one policy: screen %v, want side-by-side", a.current)
	}
	if l, r := a.side.panes[sideLeft].Part(), a.side.panes[sideRight].Part(); l != 1 || r != 0 {
		t.Errorf("parts %d|%d, want 1|0", l, r)
	}
	pressKeys(a, "esc")
	if a.current != ScreenLibrary {
		t.Errorf("esc: %v", a.current)
	}
	send(a, OpenSideBySideMsg{Left: seed(t, "api7"), Right: seed(t, "7ding")})
	if a.current != ScreenSideBySide {
		t.Errorf("two policies: screen %v, want side-by-side", a.current)
	}
	send(a, BackMsg{})
	if a.current != ScreenLibrary {
		t.Errorf("back from side by side: %v", a.current)
	}
}

func TestBottomShowsLastSection(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 80, 24)
	openSeed(t, a, "7ding")
	pressKeys(a, "G")
	p := a.reader.policy
	last := p.Parts[0].EndSection - 1
	if got := a.reader.pane.CurrentSection(); got != last {
		t.Errorf("at the end the section being read is %d, want the last, %d", got, last)
	}
	if !strings.Contains(statusLine(a), p.Sections[last].Title) {
		t.Errorf("status line %q does not name %q", statusLine(a), p.Sections[last].Title)
	}
}

func TestClickTOCRowJumps(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	send(a, tea.MouseClickMsg{X: 3, Y: 5, Button: tea.MouseLeft})
	want := a.reader.toc.visible[5]
	if got := a.reader.pane.CurrentSection(); got != want {
		t.Errorf("click on TOC row 5: reading %d, want %d", got, want)
	}
}

func TestBackHelpNamesPreviousScreen(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	if !strings.Contains(screenText(a), "esc library") {
		t.Error("reader opened from the library does not say esc library")
	}
	pressKeys(a, "esc", "s")
	send(a, OpenClauseMsg{Policy: seed(t, "7ding"), Clause: 10})
	if !strings.Contains(screenText(a), "esc search") {
		t.Errorf("reader opened from search does not say esc search:\n%s", screenText(a))
	}
	pressKeys(a, "esc")
	if a.current != ScreenSearch {
		t.Errorf("esc from the reader opened by search: %v", a.current)
	}
}

func TestTOCFolds(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "api7")
	toc := &a.reader.toc
	rows := len(toc.visible)
	pressKeys(a, "tab", "j") // onto "2 Information Collection", which has 2.1-2.3
	if !toc.hasKids[toc.selected()-toc.first] {
		t.Fatalf("row 1 (%q) has no children", a.reader.policy.Sections[toc.selected()].Heading())
	}
	pressKeys(a, "h")
	if len(toc.visible) != rows-3 || !strings.Contains(screenText(a), "▸  2 Information") {
		t.Errorf("h: %d rows (want %d), screen:\n%s", len(toc.visible), rows-3, screenText(a))
	}
	pressKeys(a, "j", "enter") // the row after the fold is section 3
	if got := a.reader.policy.Sections[a.reader.pane.CurrentSection()].Number; got != "3" {
		t.Errorf("enter below the fold went to section %s, want 3", got)
	}
	pressKeys(a, "k", "l")
	if len(toc.visible) != rows {
		t.Errorf("l: %d rows, want %d", len(toc.visible), rows)
	}
	pressKeys(a, "j", "h") // on 2.1: folds its parent and moves there
	if len(toc.visible) != rows-3 || a.reader.policy.Sections[toc.selected()].Number != "2" {
		t.Errorf("h on a leaf: %d rows, cursor on %q", len(toc.visible), a.reader.policy.Sections[toc.selected()].Heading())
	}
}

func TestReopenGoesBackToSection(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	openSeed(t, a, "aiwellflow")
	pressKeys(a, "L", "]", "]", "]")
	part, sec := a.reader.pane.Part(), a.reader.pane.CurrentSection()
	pressKeys(a, "esc")
	openSeed(t, a, "api7")
	pressKeys(a, "esc")
	openSeed(t, a, "aiwellflow")
	if p, s := a.reader.pane.Part(), a.reader.pane.CurrentSection(); p != part || s != sec {
		t.Errorf("reopened at part %d section %d, left at part %d section %d", p, s, part, sec)
	}
	if a.reader.toc.active != sec {
		t.Errorf("TOC highlights %d, want %d", a.reader.toc.active, sec)
	}
}

// TestReadingTime checks the library's reading times: minutes, hours and minutes, and whole
// hours for very long documents.
func TestReadingTime(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		minutes int
		want    string
	}{
		{1, "1 min"}, {59, "59 min"}, {60, "1 h"}, {80, "1 h 20 min"}, {599, "9 h 59 min"},
		{600, "10 h"}, {3311, "55 h"},
	} {
		if got := readingTime(tt.minutes); got != tt.want {
			t.Errorf("readingTime(%d) = %q, want %q", tt.minutes, got, tt.want)
		}
	}
}
