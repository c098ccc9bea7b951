package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// updateSearchGolden rewrites the search screen's golden files instead of comparing them.

// searchTestPolicy builds a policy with one section per entry of sections, each holding its
// clauses.
func searchTestPolicy(id, company string, lang model.Lang, sections [][]string) *model.Policy {
	p := &model.Policy{ID: id, Company: company, Title: company + " Privacy Policy", Langs: []model.Lang{lang}}
	for i, texts := range sections {
		first := len(p.Clauses)
		for _, t := range texts {
			p.Clauses = append(p.Clauses, model.Clause{Section: i, Text: t, Lang: lang})
		}
		p.Sections = append(p.Sections, model.Section{Number: string(rune('1' + i)), Title: []string{"Information We Collect", "Your Rights", "Storage"}[i%3],
			Level: 1, Parent: -1, Lang: lang, FirstClause: int32(first), EndClause: int32(len(p.Clauses))})
	}
	p.Parts = []model.Part{{Lang: lang, EndSection: len(p.Sections), EndClause: len(p.Clauses)}}
	return p
}

// searchTestPolicies returns an English and a Chinese policy.
func searchTestPolicies() []*model.Policy {
	return []*model.Policy{
		searchTestPolicy("acme", "Acme Corp", model.LangEN, [][]string{
			{"We collect your name, email address and the content you upload.",
				"We collect device identifiers and usage data to improve the service."},
			{"You can delete your account at any time from the settings page, and we will delete account data within 30 days of your request unless the law requires us to keep it.",
				"You may ask us to correct or delete personal data we hold about you.",
				"To delete account data, contact privacy@acme.example."},
			{"We store data in Singapore and the United States."},
		}),
		searchTestPolicy("shili", "示例科技有限公司", model.LangZH, [][]string{
			{"我们收集您的手机号码和设备信息。"},
			{"您可以随时删除您的个人信息，或注销您的账户。我们将在十五个工作日内完成删除。",
				"ＡＰＩ７　Ｐｒｉｖａｃｙ：数据保存在新加坡。"},
		}),
	}
}

// searchDrain runs cmd and the commands it leads to, feeding the screen's own messages back to
// it, and returns the other messages (OpenClauseMsg, BackMsg).
func searchDrain(s *searchScreen, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	runCmds(cmd, -1, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case reportAnalyzedMsg:
			return tea.Batch(s.store.take(msg), s.update(msg))
		case searchIndexedMsg, searchDoneMsg:
			return s.update(msg)
		}
		out = append(out, msg)
		return nil
	})
	return out
}

// newSearchOver returns a search screen over a store of its own, as the App builds it.
func newSearchOver() *searchScreen { return newSearchScreen(newStore(newStyles(true, false))) }

// searchLoad adds ps to the screen's store, gives them to the screen and runs the indexing and
// the analyses, as the App does on a load.
func searchLoad(s *searchScreen, ps []*model.Policy) {
	s.store.add(ps...)
	searchDrain(s, tea.Batch(s.setPolicies(ps), s.store.analyzeNext()))
}

// searchType types text into the screen one character at a time, running every search.
func searchType(s *searchScreen, text string) {
	for _, r := range text {
		searchDrain(s, s.update(keyMsg(string(r))))
	}
}

// newTestSearch returns a search screen of the given size over the test policies, indexed.
func newTestSearch(t *testing.T, width, height int) *searchScreen {
	t.Helper()
	s := newSearchOver()
	s.setSize(width, height)
	searchLoad(s, searchTestPolicies())
	if s.ix == nil || !s.reports {
		t.Fatal("index not built")
	}
	return s
}

// checkSearchGolden checks the search screen's view against testdata/search-<name>.golden and
// its size.
func checkSearchGolden(t *testing.T, name, view string, width, height int) {
	t.Helper()
	checkSize(t, view, width, height)
	checkGolden(t, "search-"+name, view)
}

func TestSearchGolden(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name          string
		query         string
		down          int
		width, height int
	}{
		{"empty-80x24", "", 0, 80, 24},
		{"delete-account-80x24", "delete account", 1, 80, 24},
		{"delete-account-120x40", "delete account", 1, 120, 40},
		{"chinese-80x24", "删除", 0, 80, 24},
		{"chinese-120x40", "删除 @shili", 0, 120, 40},
		{"unknown-key-80x24", "#nosuchkey", 0, 80, 24},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSearch(t, tt.width, tt.height)
			searchType(s, tt.query)
			for range tt.down {
				s.update(keyMsg("down"))
			}
			checkSearchGolden(t, tt.name, s.view(), tt.width, tt.height)
		})
	}
}

func TestSearchEnterOpensSelectedClause(t *testing.T) {
	t.Parallel()
	ps := searchTestPolicies()
	s := newSearchOver()
	s.setSize(80, 24)
	searchLoad(s, ps)
	searchType(s, "delete account")
	if len(s.res.Hits) < 2 {
		t.Fatalf("want at least 2 results, got %d", len(s.res.Hits))
	}
	first := s.res.Hits[0]
	if got := ps[first.Policy].Clauses[first.Clause].Text; !strings.HasPrefix(got, "To delete account data") {
		t.Errorf("first result %q, want the clause with the phrase", got)
	}
	s.update(keyMsg("down"))
	want := s.res.Hits[1]
	msgs := searchDrain(s, s.update(keyMsg("enter")))
	if len(msgs) != 1 {
		t.Fatalf("enter sent %v, want one OpenClauseMsg", msgs)
	}
	open, ok := msgs[0].(OpenClauseMsg)
	if !ok || open.Policy != ps[want.Policy] || open.Clause != want.Clause {
		t.Fatalf("enter sent %#v, want OpenClauseMsg for %s clause %d", msgs[0], ps[want.Policy].ID, want.Clause)
	}
	if msgs := searchDrain(s, s.update(keyMsg("esc"))); len(msgs) != 1 || msgs[0] != (BackMsg{}) {
		t.Fatalf("esc sent %v, want BackMsg", msgs)
	}
}

func TestSearchDropsStaleResults(t *testing.T) {
	t.Parallel()
	s := newTestSearch(t, 80, 24)
	slow := s.update(keyMsg("d")) // the search for "d", not run yet
	searchDrain(s, s.update(keyMsg("e")))
	if s.query != "de" {
		t.Fatalf("query = %q, want de", s.query)
	}
	hits := len(s.res.Hits)
	searchDrain(s, slow) // the answer for "d" arrives late
	if s.query != "de" || len(s.res.Hits) != hits {
		t.Errorf("a stale result replaced the current one: query %q", s.query)
	}
	// Typing cancels the running search: its context is done.
	pending := s.update(keyMsg("l"))
	s.update(keyMsg("e"))
	if msgs := searchDrain(s, pending); len(msgs) != 0 || s.query == "del" {
		t.Errorf("the cancelled search for \"del\" was shown: query %q", s.query)
	}
}

func TestSearchReturnFromReaderKeepsState(t *testing.T) {
	t.Parallel()
	a := newQuiet(Options{Policies: searchTestPolicies()})
	step := func(msg tea.Msg) {
		_, cmd := a.Update(msg)
		appDrain(a, cmd, 50)
	}
	step(tea.WindowSizeMsg{Width: 100, Height: 30})
	appDrain(a, a.Init(), 50)
	step(keyMsg("s"))
	if a.current != ScreenSearch {
		t.Fatalf("s opened %v, want the search screen", a.current)
	}
	for _, r := range "data" {
		step(keyMsg(string(r)))
	}
	step(keyMsg("down"))
	s := a.search
	sel := s.selected
	step(keyMsg("enter"))
	if a.current != ScreenReader {
		t.Fatalf("enter opened %v, want the reader", a.current)
	}
	step(keyMsg("esc"))
	if a.current != ScreenSearch {
		t.Fatalf("esc from the reader went to %v, want the search screen", a.current)
	}
	if s.input.Value() != "data" || s.selected != sel || sel != 1 {
		t.Errorf("back on search: query %q selection %d, want \"data\" and %d", s.input.Value(), s.selected, sel)
	}
}

// appDrain runs cmd and what follows from it through the App, at most n messages, skipping
// those that would block or quit.
func appDrain(a *App, cmd tea.Cmd, n int) {
	runCmds(cmd, n, func(msg tea.Msg) tea.Cmd {
		if _, quit := msg.(tea.QuitMsg); quit || strings.HasPrefix(strings.TrimPrefix(typeName(msg), "tea."), "sequenceMsg") {
			return nil
		}
		_, next := a.Update(msg)
		return next
	})
}

// typeName returns the dynamic type of v as %T prints it.
func typeName(v any) string { return strings.TrimPrefix(fmtType(v), "*") }

func TestHighlightRunesChinese(t *testing.T) {
	t.Parallel()
	hi := lipgloss.NewStyle().Underline(true)
	text := "您可以随时删除您的个人信息。"
	got := highlightRunes(text, []int{5, 6}, hi)
	if ansi.Strip(got) != text {
		t.Errorf("highlighting changed the text: %q", ansi.Strip(got))
	}
	if !strings.Contains(got, hi.Render("删除")) {
		t.Errorf("删除 is not highlighted as one run: %q", got)
	}
	if w := ansi.StringWidth(got); w != 2*len([]rune(text)) {
		t.Errorf("width %d cells, want %d", w, 2*len([]rune(text)))
	}
	// A match far along a long line is brought into view.
	long := strings.Repeat("我们", 40) + "删除数据"
	snip := searchSnippet(long, []int{80, 81}, 30, hi)
	if w := ansi.StringWidth(snip); w > 30 {
		t.Errorf("snippet is %d cells, more than 30", w)
	}
	if plain := ansi.Strip(snip); !strings.HasPrefix(plain, "…") || !strings.Contains(plain, "删除") {
		t.Errorf("snippet %q does not show the match", plain)
	}
	// Full-width text: offsets are runes, not bytes.
	fw := "ＡＰＩ７　Ｐｒｉｖａｃｙ"
	if got := ansi.Strip(highlightRunes(fw, []int{0, 1, 2, 3}, hi)); got != fw {
		t.Errorf("full-width text changed: %q", got)
	}
}

// fmtType returns %T of v.
func fmtType(v any) string { return fmt.Sprintf("%T", v) }

func TestSearchPoliciesArrivingWhileIndexing(t *testing.T) {
	t.Parallel()
	ps := searchTestPolicies()
	s := newSearchOver()
	s.setSize(80, 24)
	s.store.add(ps...)
	first := tea.Batch(s.setPolicies(ps[:1]), s.store.analyzeNext())
	if cmd := s.setPolicies(ps); cmd != nil {
		t.Fatal("a second build started while the first runs")
	}
	searchType(s, "删除")
	searchDrain(s, first)
	if s.ix == nil || len(s.ix.Policies()) != 2 || !s.reports {
		t.Fatalf("after the builds: index over %d policies, reports %v; want 2 and true", len(s.ix.Policies()), s.reports)
	}
	if s.query != "删除" || len(s.res.Hits) != 1 || s.policies[s.res.Hits[0].Policy].ID != "shili" {
		t.Errorf("the query typed during indexing was not answered over the new policies: %q %v", s.query, s.res.Hits)
	}
}

// TestSearchEndToEnd runs the real binary in tmux: `s` opens the search, typing shows results
// with Chinese text laid out in cells, enter opens the reader at the clause, esc comes back
// with the query kept. It uses the tmux helpers of compare_e2e_test.go.
func TestSearchEndToEnd(t *testing.T) {
	t.Parallel()
	s := startTmux(t, 100, 30)
	s.waitFor("5 policies")
	s.send("s")
	s.waitFor("search every clause")
	s.send("-l", "删除 个人")
	screen := s.waitFor("clauses match")
	if !strings.Contains(screen, "AiWellFlow") || !strings.Contains(screen, "│") {
		t.Fatalf("results or preview missing:\n%s", screen)
	}
	for i, line := range strings.Split(strings.TrimRight(screen, "\n"), "\n") {
		if w := ansi.StringWidth(line); w > 100 {
			t.Errorf("line %d is %d cells wide: %q", i, w, line)
		}
	}
	s.send("Enter")
	// The reader, its status naming the result, shows the result's clause.
	s.waitMatch(`(?s)我们非常重视对个人信息的管理.*result 1/2`)
	s.send("Escape")
	screen = s.waitFor("› 删除 个人")
	if !strings.Contains(screen, "clauses match") {
		t.Errorf("back from the reader, the results are gone:\n%s", screen)
	}
}

func TestSearchPreviewScrollsToMatch(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("We may process the information described above for the purposes set out in this policy. ", 12) +
		"Your data is stored in Singapore."
	p := searchTestPolicy("long", "Long Corp", model.LangEN, [][]string{{long}})
	s := newSearchOver()
	s.setSize(80, 24)
	searchLoad(s, []*model.Policy{p})
	searchType(s, "singapore")
	view := ansi.Strip(s.view())
	_, preview, ok := strings.Cut(view, strings.Repeat("─", 80))
	if !ok {
		t.Fatalf("no rule between list and preview:\n%s", view)
	}
	if !strings.Contains(preview, "Singapore") || !strings.Contains(preview, "⋮") {
		t.Errorf("the preview does not scroll to the match:\n%s", preview)
	}
}

func TestSearchSmallTerminals(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{40, 10}, {41, 11}, {60, 15}, {99, 20}, {100, 12}, {200, 60}} {
		s := newTestSearch(t, size[0], size[1])
		for _, q := range []string{"", "delete", "删除 个人", "#nosuchkey"} {
			s.input.SetValue(q)
			searchDrain(s, s.runSearch())
			s.update(keyMsg("down"))
			view := s.view()
			lines := strings.Split(view, "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d %q: %d lines", size[0], size[1], q, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%dx%d %q: line %d is %d cells: %q", size[0], size[1], q, i, w, ansi.Strip(l))
				}
			}
		}
	}
}

// The preview breaks Chinese lines as the reader does: at no width does a line start with a
// closing mark, and the match stays in view when the clause is taller than the preview.
func TestSearchPreviewChineseLineBreaks(t *testing.T) {
	t.Parallel()
	clause := strings.Repeat("我们会根据法律法规的要求，在您注销账户后，删除或匿名化处理您的个人信息。", 8) + "数据存储在新加坡。"
	p := searchTestPolicy("zh", "某公司", model.LangZH, [][]string{{clause}})
	s := newSearchOver()
	s.setSize(80, 24)
	searchLoad(s, []*model.Policy{p})
	searchType(s, "新加坡")
	if len(s.res.Hits) == 0 {
		t.Fatal("no result for 新加坡")
	}
	broken := 0
	for width := 12; width <= 60; width++ {
		view := ansi.Strip(s.previewView(width, 8))
		for _, line := range strings.Split(view, "\n") {
			if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line)); strings.ContainsRune("，。、；：）", r) {
				broken++
				t.Errorf("width %d: line starts with %q: %q", width, r, line)
			}
		}
		if !strings.Contains(strings.ReplaceAll(view, "\n", ""), "新加坡") {
			t.Errorf("width %d: the match is not in view:\n%s", width, view)
		}
		if broken > 5 {
			break
		}
	}
}

// enter on a result shows its clause, at every size, also in a long Chinese policy whose
// rendering arrives in parts (the clause's section first, then the rest before it): the
// reader used to end at the place the partial rendering had, sections away from the clause.
func TestSearchEnterShowsClause(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, q := range []string{"删除 个人", "个人信息 存储", "delete account", "cookies", "retention"} {
			for _, down := range []int{0, 2} {
				a := newTestApp(t, size[0], size[1])
				pressKeys(a, "s")
				typeText(a, q)
				if len(a.search.res.Hits) <= down {
					continue
				}
				for range down {
					pressKeys(a, "down")
				}
				h := a.search.res.Hits[down]
				p := a.search.policies[h.Policy]
				probe := []rune(compact(p.Clauses[h.Clause].Text))
				probe = probe[:min(len(probe), 6)]
				pressKeys(a, "enter")
				screen := screenText(a)
				found := false
				for _, line := range strings.Split(screen, "\n") {
					if strings.Contains(compact(line), string(probe)) {
						found = true
					}
				}
				if !found {
					t.Errorf("%dx%d %q result %d: %s clause %d (%q…) not on screen:\n%s", size[0], size[1], q, down+1, p.ID, h.Clause+1, string(probe), screen)
				}
			}
		}
	}
}
