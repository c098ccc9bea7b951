package ui

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// The reader's find as less users know it, and the way from the search screen into it:
//   - `/` finds forward, ctrl+r backward (less's `?`, which is help here); n goes on in the
//     find's direction, N the other way, wrapping around with a word in the status line;
//     "Pattern not found" when nothing matches. Text is compared folded, as search does.
//   - the find is kept per policy: leave a policy and come back, and n still works.
//   - a search result opened with enter shows the search's terms highlighted, n/N walking them,
//     and > / < open the next and previous result without going back to the list.

// readerExtras is the reader's state for the find memory and the search results it was opened
// from.
type readerExtras struct {
	finds   map[*model.Policy]findState // the find of each policy left, for when it comes back
	query   string                      // the search the clause shown was opened from; "" for none
	result  int                         // the result shown, an index into the search's results
	results int                         // how many results the search has
	// findFrom is the line at the top when the find input opened: where the text goes back to
	// while what is typed matches nothing, and when the find is cancelled (as in less and vim).
	findFrom int
	// clipboard finds the system's clipboard program (clipboardProgram when nil; tests set it).
	clipboard func() []string
}

// stepResultMsg asks the search screen to open its result delta places from the one selected
// (the reader's > and <).
type stepResultMsg struct{ delta int }

// startFind opens the find input, forward (/) or backward (ctrl+r), with the current find in it.
func (r *readerScreen) startFind(backward bool) tea.Cmd {
	r.finding = true
	r.extra.findFrom = r.pane.YOffset()
	r.pane.SetBackward(backward)
	r.find.Prompt = "/"
	if backward {
		r.find.Prompt = "?"
	}
	r.find.SetValue(r.pane.Query())
	r.find.CursorEnd()
	cmd := r.find.Focus()
	return tea.Batch(cmd, r.layoutCmd())
}

// stepMatch moves to the next match in the find's direction (delta 1) or the other way (-1),
// saying so when it wrapped around the document.
func (r *readerScreen) stepMatch(delta int) tea.Cmd {
	p := &r.pane
	if !p.NextMatch(delta) {
		return nil
	}
	if down := (delta > 0) != p.Backward(); down {
		return r.status.info("search hit BOTTOM, continuing at TOP")
	}
	return r.status.info("search hit TOP, continuing at BOTTOM")
}

// findStatus returns what the status bar says about the find: the current match and their
// number, "Pattern not found", and the search result shown.
func (r *readerScreen) findStatus() []string {
	var out []string
	p := &r.pane
	if cur, total := p.Matches(); p.Query() != "" {
		if total == 0 && p.Ready() {
			out = append(out, "Pattern not found")
		} else if total > 0 {
			out = append(out, fmt.Sprintf("%d/%d", cur, total))
		}
	}
	if r.fromSearch() {
		out = append(out, fmt.Sprintf("result %d/%d", r.extra.result+1, r.extra.results))
	}
	return out
}

// fromSearch reports whether the clause shown was opened from the search screen, which is
// still where esc leads: > and < then step through its results.
func (r *readerScreen) fromSearch() bool {
	return r.extra.query != "" && r.extra.results > 0 && r.backTo == ScreenSearch
}

// keepFind remembers the find of the policy shown, for when it comes back; a cleared find
// forgets it.
func (r *readerScreen) keepFind() {
	if r.policy == nil || r.pane.Policy() != r.policy {
		return
	}
	if r.extra.finds == nil {
		r.extra.finds = map[*model.Policy]findState{}
	}
	if f := r.pane.FindState(); f.query != "" {
		r.extra.finds[r.policy] = f
	} else {
		delete(r.extra.finds, r.policy)
	}
}

// restoreFind shows the find p had when it was left, without scrolling.
func (r *readerScreen) restoreFind(p *model.Policy) {
	if f, ok := r.extra.finds[p]; ok {
		r.pane.RestoreFind(f)
	}
}

// showSearch highlights, in the clause just opened, the terms of the search that led there
// (msg.Query empty: the clause was not opened from a search).
func (r *readerScreen) showSearch(msg OpenClauseMsg) {
	r.extra.query, r.extra.result, r.extra.results = msg.Query, msg.Result, msg.Results
	if msg.Query == "" || len(msg.Terms) == 0 {
		return
	}
	r.pane.SetBackward(false)
	r.pane.SetTerms(msg.Query, msg.Terms)
}

// handleExtraKey handles the reader's keys of find.go, clipboard.go and external.go; ok is false
// for any other key. Any key clears the message of the previous one.
func (r *readerScreen) handleExtraKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	r.status.clear()
	k := r.keys
	switch {
	case key.Matches(msg, k.Find):
		return r.startFind(false), true
	case key.Matches(msg, k.FindBack):
		return r.startFind(true), true
	case key.Matches(msg, k.NextResult):
		return func() tea.Msg { return stepResultMsg{delta: 1} }, true
	case key.Matches(msg, k.PrevResult):
		return func() tea.Msg { return stepResultMsg{delta: -1} }, true
	case key.Matches(msg, k.CopyClause):
		return r.copyClause(), true // clipboard.go
	case key.Matches(msg, k.CopySection):
		return r.copySection(), true
	case key.Matches(msg, k.Pager):
		return r.openExternal(externalPager), true // external.go
	case key.Matches(msg, k.Editor):
		return r.openExternal(externalEditor), true
	}
	return nil, false
}

// updateExtraKeys enables the keys of handleExtraKey that do something now.
func (r *readerScreen) updateExtraKeys() {
	k := &r.keys
	k.NextResult.SetEnabled(r.fromSearch() && r.extra.result+1 < r.extra.results)
	k.PrevResult.SetEnabled(r.fromSearch() && r.extra.result > 0)
	text := r.focus == focusText
	k.CopyClause.SetEnabled(text && r.pane.Ready())
	k.CopySection.SetEnabled(text && r.pane.Ready())
	if r.fromSearch() && r.pane.Query() == r.extra.query {
		// The search's own highlights: esc goes back to its results at once.
		k.ClearMatches.SetEnabled(false)
		k.Back.SetEnabled(true)
	}
	next := "next match"
	if r.pane.Backward() {
		next = "next match (up)"
	}
	k.NextMatch.SetHelp("n", next)
}

// stepResult opens the result delta places from the one selected (the reader's > and <),
// selecting it in the list too, so esc comes back to it; nil at either end.
func (s *searchScreen) stepResult(delta int) tea.Cmd {
	i := s.selected + delta
	if i < 0 || i >= len(s.res.Hits) {
		return nil
	}
	s.selected = i
	s.scrollToSelected()
	return s.openSelected()
}

// openSelected returns the command that opens the selected result in the reader, with the
// search's terms to highlight.
func (s *searchScreen) openSelected() tea.Cmd {
	if s.selected >= len(s.res.Hits) {
		return nil
	}
	h := s.res.Hits[s.selected]
	p := s.policies[h.Policy]
	msg := OpenClauseMsg{Policy: p, Clause: h.Clause, Query: s.query,
		Terms: searchTerms(s.query, p.Clauses[h.Clause].Text, h.Matches), Result: s.selected, Results: len(s.res.Hits)}
	return func() tea.Msg { return msg }
}

// searchTerms returns what the reader highlights for a search result: the words of the clause
// text that the search matched (the runs of matched runes, so "deletion" for the query
// "delete", "retention" for the typo "retension") and the query's own terms, without their
// syntax ('exact, ^start, end$); excluded terms (!x), filters (@company, #key) and terms of a
// single letter are left out. Terms are unique, compared folded.
func searchTerms(query, text string, matches []int) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		t = strings.TrimSpace(t)
		rs := []rune(t)
		if len(rs) == 0 || (len(rs) == 1 && !unicode.Is(unicode.Han, rs[0])) {
			return
		}
		if f := model.FoldString(t); !seen[f] {
			seen[f] = true
			out = append(out, t)
		}
	}
	runes := []rune(text)
	for i := 0; i < len(matches); {
		j := i
		for j+1 < len(matches) && matches[j+1] == matches[j]+1 {
			j++
		}
		if matches[i] >= 0 && matches[j] < len(runes) {
			add(string(runes[matches[i] : matches[j]+1]))
		}
		i = j + 1
	}
	for _, t := range splitQuery(query) {
		if t == "" || strings.ContainsRune("!@#", rune(t[0])) {
			continue
		}
		t = strings.TrimPrefix(strings.TrimPrefix(t, "'"), "^")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "$"), "'")
		add(t)
	}
	return out
}

// splitQuery splits a search query into its terms at spaces, a backslash keeping the space
// after it ("to\ delete" is one term).
func splitQuery(q string) []string {
	var out []string
	var b strings.Builder
	esc := false
	for _, r := range q {
		switch {
		case esc:
			b.WriteRune(r)
			esc = false
		case r == '\\':
			esc = true
		case unicode.IsSpace(r):
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
		default:
			b.WriteRune(r)
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}
