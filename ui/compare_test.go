package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

func TestCompareGolden(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 50}}
	for _, n := range []int{5, 12} {
		for _, sz := range sizes {
			name := fmt.Sprintf("%dp-%dx%d", n, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				s := newTestCompare(n, sz[0], sz[1])
				// Move to a cell with a value and a scope or two pieces of evidence.
				press(s, "j", "j", "l")
				v := s.view()
				checkSize(t, v, sz[0], sz[1])
				checkGolden(t, "compare-"+name, v)
			})
		}
	}
}

// TestCompareGoldenViews draws each view (t cycles matrix, transposed, summary) with few and
// many policies at the two common sizes: 24 policies do not fit as columns, and their names
// repeat (the fixture has twelve companies), so each column must still read apart.
func TestCompareGoldenViews(t *testing.T) {
	t.Parallel()
	for v := viewMatrix; v < numViews; v++ {
		for _, n := range []int{5, 24} {
			for _, sz := range [][2]int{{80, 24}, {120, 40}} {
				name := fmt.Sprintf("%s-%dp-%dx%d", v, n, sz[0], sz[1])
				t.Run(name, func(t *testing.T) {
					s := newTestCompare(n, sz[0], sz[1])
					for range v {
						press(s, "t")
					}
					press(s, "j", "j", "l")
					if s.mx.view != v {
						t.Fatalf("view = %v, want %v", s.mx.view, v)
					}
					got := s.view()
					checkSize(t, got, sz[0], sz[1])
					checkGolden(t, "compare-view-"+name, got)
				})
			}
		}
	}
}

func TestCompareGoldenStates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys []string
	}{
		{"differing", []string{"r"}},
		{"practices-retention", []string{"r", "r", "r", "r", "/", "r", "e", "t", "enter"}},
		{"find-typing", []string{"/", "d", "e", "l"}},
		{"evidence-focus", []string{"j", "j", "j", "tab", "j"}},
		{"scrolled-right", []string{"G", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l"}},
		{"help", []string{"?"}},
		{"no-rows", []string{"/", "z", "z", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestCompare(12, 120, 40)
			press(s, tt.keys...)
			v := s.view()
			checkSize(t, v, 120, 40)
			checkGolden(t, "compare-"+tt.name, v)
		})
	}
}

func TestCompareCursorAndEvidence(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	col, k, ok := s.mx.current()
	if !ok || k != detect.RightAccess || col.policy.ID != "p01-api7.ai" {
		t.Fatalf("start cell = %v %v %v, want p01-api7.ai right.access", col.policy.ID, k, ok)
	}
	press(s, "j", "l", "l")
	col, k, _ = s.mx.current()
	if k != detect.RightCorrection || col.policy.ID != "p03-aiwellflow" {
		t.Fatalf("after j l l: %v %v", col.policy.ID, k)
	}
	// Down past the end of rights lands on the first data row, skipping the group header.
	press(s, "G")
	if _, k, _ = s.mx.current(); k != detect.PracticeContact {
		t.Errorf("G: key %v, want practice.contact", k)
	}
	press(s, "g")
	for range detect.KeysOf(detect.GroupRights) {
		press(s, "j")
	}
	if _, k, _ = s.mx.current(); k != detect.DataContact {
		t.Errorf("after 15 j: key %v, want data.contact", k)
	}
	// The evidence pane shows the clause text of the cell, with its section.
	col, k, _ = s.mx.current()
	f := col.report.Finding(k)
	view := ansi.Strip(s.view())
	if f.Status == detect.Declared {
		if !strings.Contains(view, "✓ declared") || !strings.Contains(view, "Information We Collect") {
			t.Errorf("evidence pane lacks the finding or its section:\n%s", view)
		}
	}
}

func TestCompareEnterOpensClause(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	// Find a declared cell with evidence.
	for range 40 {
		if len(s.currentFinding().Evidence) > 0 {
			break
		}
		press(s, "j")
	}
	f := s.currentFinding()
	if len(f.Evidence) == 0 {
		t.Fatal("no cell with evidence in the first 40 rows")
	}
	col, _, _ := s.mx.current()
	msgs := press(s, "enter")
	if len(msgs) != 1 {
		t.Fatalf("enter produced %d messages, want 1: %v", len(msgs), msgs)
	}
	open, ok := msgs[0].(OpenClauseMsg)
	if !ok || open.Policy != col.policy || open.Clause != f.Evidence[0].Clause {
		t.Errorf("enter sent %#v, want OpenClauseMsg{%s, %d}", msgs[0], col.policy.ID, f.Evidence[0].Clause)
	}
}

func TestCompareMarkAndSideBySide(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	if msgs := press(s, "v"); len(msgs) != 0 {
		t.Errorf("v with nothing marked sent %v", msgs)
	}
	msgs := press(s, "m", "l", "l", "m", "v")
	if len(msgs) != 1 {
		t.Fatalf("v sent %d messages, want 1", len(msgs))
	}
	sbs, ok := msgs[0].(OpenSideBySideMsg)
	if !ok || sbs.Left != s.mx.cols[0].policy || sbs.Right != s.mx.cols[2].policy {
		t.Errorf("v sent %#v, want the first and third policies", msgs[0])
	}
}

func TestCompareFilters(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	counts := map[rowFilter]int{}
	for f := filterAll; f < numRowFilters; f++ {
		s.mx.setFilter(f, "")
		for _, l := range s.mx.lines {
			if l.header {
				continue
			}
			counts[f]++
			if f == filterDiffer && !s.mx.differs(l.key) {
				t.Errorf("differing filter shows %v, on which all agree", l.key)
			}
			if g := l.key.Group(); (f == filterRights && g != detect.GroupRights) ||
				(f == filterData && g != detect.GroupData) || (f == filterPractices && g != detect.GroupPractices) {
				t.Errorf("filter %v shows %v", f, l.key)
			}
		}
	}
	if counts[filterAll] != int(detect.NumKeys) {
		t.Errorf("all shows %d keys, want %d", counts[filterAll], detect.NumKeys)
	}
	if counts[filterRights]+counts[filterData]+counts[filterPractices] != counts[filterAll] {
		t.Errorf("groups do not add up: %v", counts)
	}
	if counts[filterDiffer] == 0 || counts[filterDiffer] == counts[filterAll] {
		t.Errorf("differing shows %d of %d keys; the fixture has both kinds", counts[filterDiffer], counts[filterAll])
	}
	s.mx.setFilter(filterAll, "retention")
	if len(s.mx.lines) != 2 || s.mx.lines[1].key != detect.PracticeRetention {
		t.Errorf("query retention shows %v", s.mx.lines)
	}
}

func TestCompareExport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := newTestCompare(5, 120, 40)
	s.exportDir = dir
	press(s, "e")
	path := filepath.Join(dir, exportFileName)
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		t.Fatalf("e did not write %s: %v", path, err)
	}
	for _, want := range []string{"| Key | API7.ai | 深圳七丁科技有限公司 |", "| Retention (`practice.retention`) | ✓ 1 month |", "| Rights declared | 13/15 |"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("export lacks %q:\n%s", want, data)
		}
	}
	if !strings.Contains(ansi.Strip(s.view()), exportFileName) {
		t.Errorf("status line does not confirm the path:\n%s", ansi.Strip(s.view()))
	}
	// A second export asks before overwriting; n keeps the file.
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	press(s, "e")
	if !s.export.asking() || !strings.Contains(ansi.Strip(s.view()), "overwrite? (y/n)") {
		t.Fatalf("second export did not ask:\n%s", ansi.Strip(s.view()))
	}
	if !s.inputFocused() {
		t.Error("the y/n question does not hold the keyboard")
	}
	press(s, "n")
	if data, _ := os.ReadFile(path); string(data) != "mine" {
		t.Errorf("n overwrote the file: %q", data)
	}
	press(s, "e", "y")
	if data, _ := os.ReadFile(path); string(data) == "mine" {
		t.Error("y did not overwrite the file")
	}
}

func TestInkMatchesStyle(t *testing.T) {
	t.Parallel()
	for _, style := range []lipgloss.Style{
		lipgloss.NewStyle().Foreground(lipgloss.Color("#3fb950")).Background(lipgloss.Color("#262c36")).Bold(true),
		lipgloss.NewStyle().Reverse(true).Bold(true),
		lipgloss.NewStyle(),
	} {
		for _, text := range []string{" ✓ᴱᵁ  ", "a b", " 13/15", "深圳 七丁"} {
			if got, want := newInk(style).Render(text), style.Render(text); got != want {
				t.Errorf("ink renders %q as %q, style as %q", text, got, want)
			}
		}
	}
}

func TestQuotedClauseWindow(t *testing.T) {
	t.Parallel()
	st := newCompareStyles(true)
	long := strings.Repeat("我们会采取合理措施保护您的信息。", 40)
	quote := "您可以撤回同意"
	text := long + quote + long
	p := &model.Policy{Clauses: []model.Clause{{Text: text}}}
	start := len([]rune(long))
	ev := detect.Evidence{Clause: 0, Quote: quote, Start: start, End: start + len([]rune(quote))}
	got := quotedClause(st, p, ev, 40)
	plain := ansi.Strip(got)
	if !strings.Contains(plain, quote) {
		t.Fatalf("window lost the quote: %q", plain)
	}
	if !strings.HasPrefix(plain, "…") || !strings.HasSuffix(plain, "…") {
		t.Errorf("a cut clause should show … at both ends: %q", plain)
	}
	if w := ansi.StringWidth(plain); w > 40*evidenceMaxLines {
		t.Errorf("window is %d cells, more than %d lines of 40", w, evidenceMaxLines)
	}
	if !strings.Contains(got, st.quote.Render(quote)) {
		t.Errorf("quote not highlighted: %q", got)
	}
	// Offsets outside the clause show it without a highlight instead of failing.
	bad := detect.Evidence{Clause: 0, Start: 5, End: 1 << 20}
	if plain := ansi.Strip(quotedClause(st, p, bad, 40)); !strings.HasPrefix(plain, "我们会") {
		t.Errorf("bad offsets: %q", plain)
	}
}

func TestHeaderLines(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name        string
		w           int
		top, bottom string
	}{
		{"API7.ai", 10, "", "API7.ai"},
		{"Shenzhen AI Robotics", 10, "Shenzhen", "AI Roboti…"},
		{"Northwind Traders", 9, "Northwind", "Traders"},
		{"Northwind Traders", 5, "Nort.", "Trad."},
		{"Umbrella Health", 6, "Umbre.", "Health"},
		{"Account deletion", 6, "Accou.", "delet."},
		{"Opt out of sale", 7, "Opt out", "of sale"},
		{"深圳七丁科技", 6, "深圳七", "丁科技"},
		{"深圳七丁科技", 4, "深圳", "七…"},
		{"AiWellFlow", 5, "AiWel", "lFlow"},
		{"p11-hooli", 5, "p11-h", "ooli"},
		{"Müller & Söhne", 8, "Müller &", "Söhne"},
		{"Société Générale", 6, "Socié.", "Génér."},
	} {
		top, bottom := headerLines(tt.name, tt.w)
		if top != tt.top || bottom != tt.bottom {
			t.Errorf("headerLines(%q, %d) = %q, %q; want %q, %q", tt.name, tt.w, top, bottom, tt.top, tt.bottom)
		}
		if ansi.StringWidth(top) > tt.w || ansi.StringWidth(bottom) > tt.w {
			t.Errorf("headerLines(%q, %d) is wider than %d: %q, %q", tt.name, tt.w, tt.w, top, bottom)
		}
	}
}

func TestCompareFitsEverySize(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 5, 12} {
		for w := 40; w <= 220; w += 9 {
			for _, h := range []int{10, 17, 24, 50} {
				s := newTestCompare(n, w, h)
				press(s, "j", "l", "l", "tab", "j")
				checkSize(t, s.view(), w, h)
				press(s, "?")
				checkSize(t, s.view(), w, h)
			}
		}
	}
}

func TestCompareKeepsCursorAndMarksAcrossLoads(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(12)
	s := newCompareOver(analyze)
	s.setSize(120, 40)
	showCompare(s, ps[:5])
	press(s, "l", "l", "m", "j", "j")
	// More policies arrive from a background load: the cursor stays on the same policy and
	// key, the mark on the same policy, and only the new ones are analysed.
	analysed := 0
	s.store.analyze = func(p *model.Policy) *detect.Report { analysed++; return analyze(p) }
	showCompare(s, append([]*model.Policy{ps[11]}, ps[:11]...))
	col, k, _ := s.mx.current()
	if col.policy != ps[2] || k != detect.RightDeletion {
		t.Errorf("cursor on %s %v, want %s right.deletion", col.policy.ID, k, ps[2].ID)
	}
	if got := s.markedPolicies(); len(got) != 1 || got[0] != ps[2] {
		t.Errorf("marked %v, want only %s", got, ps[2].ID)
	}
	if analysed != 7 {
		t.Errorf("analysed %d policies after the load, want the 7 new ones", analysed)
	}
}

func TestCompareSurvivesDetectorPanic(t *testing.T) {
	t.Parallel()
	ps, analyze := fixture(3)
	s := newCompareOver(func(p *model.Policy) *detect.Report {
		if p == ps[1] {
			panic("boom")
		}
		return analyze(p)
	})
	s.setSize(120, 40)
	showCompare(s, ps)
	press(s, "l")
	view := ansi.Strip(s.view())
	for _, want := range []string{"? not analysed", "boom", ps[1].Company} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	if s.analysedCount() != 2 || strings.Contains(view, "analysing") {
		t.Errorf("the other policies are not shown as analysed:\n%s", view)
	}
}

func TestCompareMouse(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	keyW, colW, _ := s.mx.layout()
	// Screen line 0 is the title, 1 and 2 the column header, 3 "RIGHTS", 4 Access, 5 Correction.
	s.update(tea.MouseClickMsg{X: keyW + 2*colW + 1, Y: 5, Button: tea.MouseLeft})
	col, k, _ := s.mx.current()
	if k != detect.RightCorrection || col.policy != s.mx.cols[2].policy {
		t.Errorf("click went to %s %v, want the third policy's correction", col.policy.ID, k)
	}
	s.update(tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	if _, k, _ = s.mx.current(); k != detect.RightPortability { // three rows a step
		t.Errorf("wheel down moved to %v, want right.portability", k)
	}
	s.update(tea.MouseClickMsg{X: 110, Y: 10, Button: tea.MouseLeft})
	if s.focus != paneEvidence {
		t.Error("a click in the evidence pane does not focus it")
	}
}

func TestCompareEvidenceShowsRule(t *testing.T) {
	t.Parallel()
	s := newTestCompare(5, 120, 40)
	for range 40 {
		if len(s.currentFinding().Evidence) > 0 {
			break
		}
		press(s, "j")
	}
	f := s.currentFinding()
	if len(f.Evidence) == 0 || f.Evidence[0].Rule == "" {
		t.Fatal("no cell with evidence and a rule in the first 40 rows")
	}
	if view := ansi.Strip(s.view()); !strings.Contains(view, "rule "+f.Evidence[0].Rule) {
		t.Errorf("the evidence pane does not name the rule %q:\n%s", f.Evidence[0].Rule, view)
	}
}

// shownIDs returns the IDs of the matrix's columns, in order.
func shownIDs(s *compareScreen) []string {
	var ids []string
	for _, c := range s.mx.cols {
		ids = append(ids, c.policy.ID)
	}
	return ids
}

func TestCompareColumnOrderAndFilters(t *testing.T) {
	t.Parallel()
	s := newTestCompare(24, 120, 40)
	if len(s.mx.cols) != 24 {
		t.Fatalf("%d columns, want 24", len(s.mx.cols))
	}
	// Short names are unique, the two Hooli policies included.
	seen := map[string]bool{}
	for _, c := range s.mx.cols {
		if seen[strings.ToLower(c.short)] {
			t.Errorf("two columns are named %q", c.short)
		}
		seen[strings.ToLower(c.short)] = true
	}

	press(s, "o") // by name
	if s.mx.order != orderName {
		t.Fatalf("o: order %v", s.mx.order)
	}
	for i := 1; i < len(s.mx.cols); i++ {
		if a, b := strings.ToLower(s.mx.cols[i-1].short), strings.ToLower(s.mx.cols[i].short); a > b {
			t.Errorf("by name: %q before %q", a, b)
		}
	}
	if !strings.Contains(ansi.Strip(s.view()), "24 policies by name") {
		t.Errorf("the title does not say the order:\n%s", ansi.Strip(s.view()))
	}
	press(s, "o") // by language: en first, then de, fr, zh by code
	var codes []string
	for _, c := range s.mx.cols {
		codes = append(codes, c.policy.Langs[0].String())
	}
	if !slices.IsSorted(codes) {
		t.Errorf("by language: %v", codes)
	}
	press(s, "o") // most declared first
	for i := 1; i < len(s.mx.cols); i++ {
		if a, b := s.mx.declaredCount(s.mx.cols[i-1]), s.mx.declaredCount(s.mx.cols[i]); a < b {
			t.Errorf("most declared: %d before %d", a, b)
		}
	}
	press(s, "o")
	if s.mx.order != orderLoaded || shownIDs(s)[0] != "p01-api7.ai" {
		t.Errorf("o four times: order %v, first %v", s.mx.order, shownIDs(s)[0])
	}

	// L: only the Chinese policies, then French, then all again.
	press(s, "L")
	for s.mx.lang != model.LangZH {
		press(s, "L")
		if s.mx.lang == model.LangUnknown {
			t.Fatal("L never offered Chinese")
		}
	}
	if ids := shownIDs(s); !slices.Equal(ids, []string{"p02-qiding", "p15-bytedance"}) {
		t.Errorf("only zh: %v", ids)
	}
	view := ansi.Strip(s.view())
	if !strings.Contains(view, "2 policies of 24 (zh)") || !strings.Contains(view, "北京字节") {
		t.Errorf("only zh: the title or a header is wrong:\n%s", view)
	}
	for s.mx.lang != model.LangUnknown {
		press(s, "L")
	}

	// x: the policies that declare the cursor's key, then those that do not.
	_, k, _ := s.mx.current()
	press(s, "x")
	yes := shownIDs(s)
	for _, c := range s.mx.cols {
		if c.report.Finding(k).Status != detect.Declared {
			t.Errorf("x: %s does not declare %v", c.policy.ID, k)
		}
	}
	press(s, "x")
	no := shownIDs(s)
	for _, c := range s.mx.cols {
		if c.report.Finding(k).Status == detect.Declared {
			t.Errorf("x x: %s declares %v", c.policy.ID, k)
		}
	}
	if len(yes)+len(no) != 24 || len(yes) == 0 || len(no) == 0 {
		t.Errorf("declare %d + do not %d != 24", len(yes), len(no))
	}
	press(s, "x")
	if len(s.mx.cols) != 24 {
		t.Errorf("x three times: %d columns", len(s.mx.cols))
	}

	// /@name filters the columns by name or ID, other words the rows.
	press(s, "/", "@", "h", "o", "o", "l", "i", " ", "d", "e", "l", "enter")
	if ids := shownIDs(s); !slices.Equal(ids, []string{"p11-hooli", "p16-hooli"}) {
		t.Errorf("/@hooli: %v", ids)
	}
	for _, l := range s.mx.lines {
		if !l.header && !strings.Contains(l.key.String(), "del") && !strings.Contains(strings.ToLower(l.key.Label()), "del") {
			t.Errorf("/@hooli del shows the row %v", l.key)
		}
	}
	press(s, "esc")
	if len(s.mx.cols) != 24 {
		t.Errorf("esc: %d columns", len(s.mx.cols))
	}
}

func TestCompareTransposedAndSummary(t *testing.T) {
	t.Parallel()
	s := newTestCompare(24, 120, 40)
	press(s, "t")
	if s.mx.view != viewTransposed {
		t.Fatalf("t: view %v", s.mx.view)
	}
	// Down goes to the next policy, right to the next key (over the group header).
	press(s, "j", "j")
	col, k, _ := s.mx.current()
	if col.policy.ID != "p03-aiwellflow" || k != detect.RightAccess {
		t.Errorf("j j: %s %v", col.policy.ID, k)
	}
	for range detect.KeysOf(detect.GroupRights) {
		press(s, "l")
	}
	if _, k, _ = s.mx.current(); k != detect.KeysOf(detect.GroupData)[0] {
		t.Errorf("l past the rights: %v", k)
	}
	press(s, "G")
	if col, _, _ = s.mx.current(); col.policy.ID != "p24-pied" {
		t.Errorf("G: %s", col.policy.ID)
	}
	view := ansi.Strip(s.view())
	if !strings.Contains(view, "▸ Pied Piper") || !strings.Contains(view, "Declared by") {
		t.Errorf("transposed view at the last policy:\n%s", view)
	}
	// Every policy has a row at 120x40: 24 rows fit.
	for _, c := range s.mx.cols[1:] {
		if !strings.Contains(view, truncateCells(c.short, 10)[:3]) {
			t.Errorf("the transposed view lacks %s", c.short)
		}
	}
	// A click on the first body row, second key column.
	nameW, colW, _ := s.mx.transposedLayout()
	s.update(tea.MouseClickMsg{X: nameW + colW + 1, Y: 3, Button: tea.MouseLeft})
	if col, k, _ = s.mx.current(); col.policy != s.mx.cols[s.mx.colOff].policy || k != s.mx.lines[s.mx.keyLines[s.mx.tKeyOff+1]].key {
		t.Errorf("click: %s %v", col.policy.ID, k)
	}

	press(s, "t", "g")
	if s.mx.view != viewSummary {
		t.Fatalf("t t: view %v", s.mx.view)
	}
	_, k, _ = s.mx.current()
	declared, denied := 0, 0
	for _, c := range s.mx.cols {
		switch c.report.Finding(k).Status {
		case detect.Declared:
			declared++
		case detect.Denied:
			denied++
		}
	}
	want := fmt.Sprintf("%d of 24 declare, %d deny", declared, denied)
	view = ansi.Strip(s.view())
	if !strings.Contains(view, "▸ "+k.Label()) || !strings.Contains(view, want) {
		t.Errorf("summary lacks %q:\n%s", want, view)
	}
	if !strings.Contains(view, fmt.Sprintf("✓ declare (%d)", declared)) {
		t.Errorf("the summary's pane does not list the %d declaring policies:\n%s", declared, view)
	}
	if s.keys.Open.Enabled() || s.keys.Marks.Mark.Enabled() || s.keys.Left.Enabled() {
		t.Error("the summary enables enter, m or left, which have no policy to act on")
	}
	press(s, "t")
	if s.mx.view != viewMatrix {
		t.Errorf("t three times: view %v", s.mx.view)
	}
}
