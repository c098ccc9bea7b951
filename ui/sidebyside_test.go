package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// drainSide runs cmd and what follows from it on the side-by-side screen, dropping spinner
// ticks (they would tick for ever) and timers.
func drainSide(t *testing.T, s *sideBySideScreen, cmd tea.Cmd) {
	t.Helper()
	if !runCmds(cmd, 1000, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case spinner.TickMsg, resizedMsg:
			return nil
		case reportAnalyzedMsg:
			return tea.Batch(s.store.take(msg), s.update(msg))
		}
		return s.update(msg)
	}) {
		t.Fatal("commands do not settle")
	}
}

// newTestSideBySide opens policies a and b side by side at 120x30, rendered and analysed.
func newTestSideBySide(t *testing.T, a, b *model.Policy, analyze analyzeFunc) *sideBySideScreen {
	t.Helper()
	shared := newStore(newStyles(true, false))
	shared.analyze = analyze
	s := newSideBySideScreen(shared)
	s.setSize(120, 30)
	drainSide(t, s, s.update(OpenSideBySideMsg{Left: a, Right: b}))
	if !s.panes[sideLeft].Ready() || !s.panes[sideRight].Ready() || !s.ready {
		t.Fatalf("not ready: panes %v %v, topics %v", s.panes[sideLeft].Ready(), s.panes[sideRight].Ready(), s.ready)
	}
	return s
}

func TestSideBySideTopicSync(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(2)
	a, b := ps[0], ps[1]
	s := newTestSideBySide(t, a, b, analyze)
	// ] moves the left pane section by section; the right one follows to the same topic even
	// though its titles are Chinese.
	for want := 0; want < 3; want++ {
		k := "]"
		if want == 0 {
			k = "g" // the first section is at the top; g is a move all the same
		}
		drainSide(t, s, s.update(keyMsg(k)))
		if got := s.panes[sideLeft].CurrentSection(); got != want {
			t.Fatalf("left pane in section %d, want %d", got, want)
		}
		if got := s.panes[sideRight].CurrentSection(); got != want {
			t.Errorf("left in %q: right pane in section %d, want %d (%q)", a.Sections[want].Title, got, want, b.Sections[want].Title)
		}
	}
	view := ansi.Strip(s.view())
	if !strings.Contains(view, "3/3 ↔ 3/3 sections matched") {
		t.Errorf("status line does not count the matched sections:\n%s", view)
	}
	if !strings.Contains(view, "How We Handle Information") || !strings.Contains(view, "我们如何处理信息") {
		t.Errorf("headers do not show both sections:\n%s", view)
	}
	// With the sync off, the right pane stays put.
	drainSide(t, s, s.update(keyMsg("=")))
	drainSide(t, s, s.update(keyMsg("g")))
	if got := s.panes[sideRight].CurrentSection(); got != 2 {
		t.Errorf("sync off: right pane moved to section %d", got)
	}
	if !strings.Contains(ansi.Strip(s.view()), "sync by topic: off") {
		t.Error("status line does not say the sync is off")
	}
}

func TestSideBySideNoCounterpart(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(2)
	a := ps[0]
	// A last section on a topic the other policy lacks.
	a.Sections = append(a.Sections, model.Section{Number: "4", Title: "Links to Other Websites", Level: 1, Parent: -1,
		FirstClause: int32(len(a.Clauses)), EndClause: int32(len(a.Clauses) + 1)})
	a.Clauses = append(a.Clauses, model.Clause{Section: 3, Text: "Our pages link to sites we do not control."})
	a.Parts[0].EndSection, a.Parts[0].EndClause = len(a.Sections), len(a.Clauses)
	s := newTestSideBySide(t, a, ps[1], analyze)
	for _, k := range []string{"g", "]", "]", "]"} {
		drainSide(t, s, s.update(keyMsg(k)))
	}
	if got := s.panes[sideLeft].CurrentSection(); got != 3 {
		t.Fatalf("left pane in section %d, want 3", got)
	}
	if view := ansi.Strip(s.view()); !strings.Contains(view, "≠ no counterpart for 4") {
		t.Errorf("the right pane does not say it has no counterpart:\n%s", view)
	}
}

func TestMatchingParts(t *testing.T) {
	t.Parallel()
	bi := &model.Policy{Parts: []model.Part{{Lang: model.LangZH}, {Lang: model.LangEN}}}
	en := &model.Policy{Parts: []model.Part{{Lang: model.LangEN}}}
	if a, b := matchingParts(bi, en); a != 1 || b != 0 {
		t.Errorf("matchingParts(zh+en, en) = %d, %d; want 1, 0", a, b)
	}
	if a, b := matchingParts(en, bi); a != 0 || b != 1 {
		t.Errorf("matchingParts(en, zh+en) = %d, %d; want 0, 1", a, b)
	}
}

func TestSideBySideLanguagePart(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(2)
	bi, en := ps[1], ps[0] // make the Chinese fixture bilingual: its sections again, in English
	n := len(bi.Sections)
	for i := 0; i < n; i++ {
		sec := en.Sections[i]
		sec.FirstClause, sec.EndClause = 0, 0
		bi.Sections = append(bi.Sections, sec)
	}
	bi.Parts = []model.Part{
		{Lang: model.LangZH, EndSection: n, EndClause: len(bi.Clauses)},
		{Lang: model.LangEN, FirstSection: n, EndSection: 2 * n, FirstClause: len(bi.Clauses), EndClause: len(bi.Clauses)},
	}
	s := newTestSideBySide(t, bi, en, analyze)
	if !s.keys.Lang.Enabled() {
		t.Fatal("L is disabled on a bilingual policy")
	}
	drainSide(t, s, s.update(keyMsg("]")))
	before := s.panes[sideLeft].CurrentSection()
	if before != 1 {
		t.Fatalf("] : left pane in section %d, want 1", before)
	}
	drainSide(t, s, s.update(keyMsg("L")))
	if got := s.panes[sideLeft].Part(); got != 1 {
		t.Fatalf("L: left pane shows part %d, want 1", got)
	}
	if got := s.panes[sideLeft].CurrentSection(); got != n+before {
		t.Errorf("L: left pane in section %d, want %d (the same section in English): it jumped", got, n+before)
	}
	if view := ansi.Strip(s.view()); !strings.Contains(view, "[en]") {
		t.Errorf("header does not name the language:\n%s", view)
	}
	drainSide(t, s, s.update(keyMsg("tab")))
	if s.keys.Lang.Enabled() {
		t.Error("L stays enabled on a one-language policy")
	}
}

// TestSideBySideResizeRerendersWithoutKey resizes the App while two policies are side by side:
// the panes re-render at their new widths from the resize's own commands, with no key pressed
// after it (and likewise for a change of background).
func TestSideBySideResizeRerendersWithoutKey(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	pressKeys(a, "m", "j", "m", "v")
	s := a.side
	if a.current != ScreenSideBySide {
		t.Fatalf("v shows %v, want side-by-side", a.current)
	}
	send(a, tea.WindowSizeMsg{Width: 90, Height: 30})
	for _, sd := range []side{sideLeft, sideRight} {
		p := &s.panes[sd]
		if p.doc == nil || p.doc.key.width != p.renderWidth() {
			got := -1
			if p.doc != nil {
				got = p.doc.key.width
			}
			t.Errorf("%v pane rendered at width %d after the resize, want %d", sd, got, p.renderWidth())
		}
	}
	checkSize(t, screenText(a), 90, 30)
	send(a, tea.BackgroundColorMsg{Color: color.White})
	for _, sd := range []side{sideLeft, sideRight} {
		p := &s.panes[sd]
		if p.doc == nil || p.doc.key.style != p.st.glamourStyle() {
			t.Errorf("%v pane not re-rendered for the light background", sd)
		}
	}
}

func TestGoldenSideBySide(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		run  func(t *testing.T, a *App)
	}{
		{"sidebyside-bilingual", func(t *testing.T, a *App) {
			openSeed(t, a, "aiwellflow")
			pressKeys(a, "]", "]", "v")
		}},
		{"sidebyside-policies", func(t *testing.T, a *App) {
			pressKeys(a, "m", "j", "m", "v", "]", "]")
		}},
		{"sidebyside-right-focused", func(t *testing.T, a *App) {
			pressKeys(a, "m", "j", "j", "j", "m", "v", "tab", "]")
		}},
	}
	for _, c := range cases {
		for _, sz := range goldenSizes {
			name := fmt.Sprintf("%s-%dx%d", c.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				a := newTestApp(t, sz[0], sz[1])
				c.run(t, a)
				if a.current != ScreenSideBySide {
					t.Fatalf("screen %v, want side-by-side", a.current)
				}
				golden(t, a, name)
			})
		}
	}
}

// TestReaderSideBySideBilingual opens the two language parts of a bilingual policy from the
// reader with v: the part and section read on the left, the translation on the right, the two
// scrolled together; esc returns to the reader where it was.
func TestReaderSideBySideBilingual(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 160, 40)
	openSeed(t, a, "aiwellflow")
	p := a.reader.policy
	if len(p.Parts) < 2 {
		t.Fatal("aiwellflow parsed as one part")
	}
	pressKeys(a, "]", "]", "]")
	sec := a.reader.pane.CurrentSection()
	pressKeys(a, "v")
	if a.current != ScreenSideBySide {
		t.Fatalf("v in the reader shows %v, want side-by-side", a.current)
	}
	s := a.side
	l, r := &s.panes[sideLeft], &s.panes[sideRight]
	if l.Policy() != p || r.Policy() != p || l.Part() != 0 || r.Part() != 1 {
		t.Fatalf("panes show %v|%v, want parts 0|1 of aiwellflow", l, r)
	}
	if l.CurrentSection() != sec || r.CurrentSection() != sectionInPart(p, sec, 0, 1) {
		t.Errorf("opened at sections %d|%d, want %d|%d", l.CurrentSection(), r.CurrentSection(), sec, sectionInPart(p, sec, 0, 1))
	}
	for range 6 {
		pressKeys(a, "]")
		if want := sectionInPart(p, l.CurrentSection(), 0, 1); r.CurrentSection() != want || want < 0 {
			t.Errorf("left at %q, right at %d, want %d", p.Sections[l.CurrentSection()].Heading(), r.CurrentSection(), want)
		}
	}
	if v := screenText(a); !strings.Contains(v, "▶ AiWellFlow") || !strings.Contains(v, "[zh]") || !strings.Contains(v, "[en]") {
		t.Errorf("headers do not mark the focused pane and name both languages:\n%s", v)
	}
	pressKeys(a, "esc")
	if a.current != ScreenReader || a.reader.pane.CurrentSection() != sec {
		t.Errorf("esc: screen %v at section %d, want the reader at %d", a.current, a.reader.pane.CurrentSection(), sec)
	}
}

// TestSideBySideLanguageKeepsSection presses L on the side-by-side screen of a bilingual
// policy: the two parts swap panes and each pane stays at the section it showed, translated.
func TestSideBySideLanguageKeepsSection(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 160, 40)
	openSeed(t, a, "aiwellflow")
	p := a.reader.policy
	pressKeys(a, "v", "]", "]", "]", "]")
	s := a.side
	l, r := &s.panes[sideLeft], &s.panes[sideRight]
	ls, rs := l.CurrentSection(), r.CurrentSection()
	if ls <= p.Parts[0].FirstSection {
		t.Fatalf("] did not move: left at %d", ls)
	}
	pressKeys(a, "L")
	if l.Part() != 1 || r.Part() != 0 {
		t.Fatalf("L: parts %d|%d, want 1|0", l.Part(), r.Part())
	}
	if got, want := l.CurrentSection(), sectionInPart(p, ls, 0, 1); got != want {
		t.Errorf("L: left pane at %d, want %d (the translation of %d): it jumped", got, want, ls)
	}
	if got, want := r.CurrentSection(), sectionInPart(p, rs, 1, 0); got != want {
		t.Errorf("L: right pane at %d, want %d (the translation of %d): it jumped", got, want, rs)
	}
	if v := screenText(a); !strings.Contains(v, "▶ AiWellFlow [en] · "+p.Sections[l.CurrentSection()].Heading()) {
		t.Errorf("the focused header does not show the English section:\n%s", v)
	}
}

// TestSideBySideFitsAtAnySize draws the side-by-side screen, with and without the full help, at
// sizes from the smallest up: every line fits, and the panes leave room for the help.
func TestSideBySideFitsAtAnySize(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 120, 40)
	openSeed(t, a, "aiwellflow")
	pressKeys(a, "v")
	for _, sz := range [][2]int{{40, 10}, {40, 12}, {61, 17}, {80, 24}, {200, 60}} {
		send(a, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		checkSize(t, screenText(a), sz[0], sz[1])
		pressKeys(a, "?")
		v := screenText(a)
		checkSize(t, v, sz[0], sz[1])
		if sz[1] >= 24 && !strings.Contains(v, "sync") {
			t.Errorf("%dx%d full help does not list the sync key:\n%s", sz[0], sz[1], v)
		}
		if h := a.side.panes[sideLeft].height; h != a.side.bodyHeight() {
			t.Errorf("%dx%d with the full help: panes %d lines high, room for %d", sz[0], sz[1], h, a.side.bodyHeight())
		}
		pressKeys(a, "?")
	}
}
