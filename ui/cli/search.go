package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/model/search"
)

// searchResult is one hit of `fineprint search --json`.
type searchResult struct {
	Policy  string `json:"policy"`
	Company string `json:"company"`
	Section string `json:"section"`
	Clause  int    `json:"clause"`       // 1-based number of the clause in its policy, as the TUI says "clause 23 of 66"
	Index   int    `json:"clause_index"` // 0-based index of the clause in the policy's clauses
	Text    string `json:"text"`
	Score   int    `json:"score"`
	Matches []int  `json:"matches"` // rune offsets into text
}

// searchOutput is the whole of `fineprint search --json`.
type searchOutput struct {
	Query   string         `json:"query"`
	Total   int            `json:"total"`
	Results []searchResult `json:"results"`
}

// WriteSearch prints search results as `fineprint search` does: ps are the policies searched
// (Hit.Policy indexes them); text with the matches set off (bold underline on a colour
// terminal, [brackets] otherwise), or the JSON of searchOutput.
func WriteSearch(w io.Writer, ps []*model.Policy, res search.Results, asJSON bool) error {
	out := newSearchOutput(ps, res)
	if asJSON {
		return writeJSON(w, out)
	}
	return writeSearchText(w, out, markerFor(w))
}

// newSearchOutput converts search results for printing.
func newSearchOutput(ps []*model.Policy, res search.Results) searchOutput {
	out := searchOutput{Query: res.Query, Total: res.Total, Results: make([]searchResult, 0, len(res.Hits))}
	for _, h := range res.Hits {
		p := ps[h.Policy]
		matches := h.Matches
		if matches == nil {
			matches = []int{}
		}
		out.Results = append(out.Results, searchResult{
			Policy:  p.ID,
			Company: p.DisplayName(),
			Section: p.SectionLabel(p.Clauses[h.Clause].Section),
			Clause:  h.Clause + 1,
			Index:   h.Clause,
			Text:    p.Clauses[h.Clause].Text,
			Score:   h.Score,
			Matches: matches,
		})
	}
	return out
}

// marker is how matched characters are set off in text output.
type marker struct{ open, close string }

// markerFor returns bold underline on a colour terminal, [brackets] otherwise (a pipe, a file,
// NO_COLOR), so that piped output stays plain text.
func markerFor(w io.Writer) marker {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" {
		return marker{"\x1b[1;4m", "\x1b[22;24m"}
	}
	return marker{"[", "]"}
}

// writeSearchText prints the results: a count line, then per hit the company, section path and
// policy ID, and the clause text with its matches marked.
func writeSearchText(w io.Writer, out searchOutput, m marker) error {
	var b strings.Builder
	switch {
	case out.Total == 0:
		fmt.Fprintf(&b, "No clause matches %q.\n", out.Query)
	case len(out.Results) < out.Total:
		fmt.Fprintf(&b, "%d %s %q; the best %d:\n", out.Total, model.Plural(out.Total, "clause matches", "clauses match"), out.Query, len(out.Results))
	default:
		fmt.Fprintf(&b, "%d %s %q:\n", out.Total, model.Plural(out.Total, "clause matches", "clauses match"), out.Query)
	}
	for i, r := range out.Results {
		head := r.Company
		if r.Section != "" {
			head += " › " + r.Section
		}
		fmt.Fprintf(&b, "\n%d. %s  (%s, clause %d)\n   %s\n", i+1, model.Sanitize(head), model.Sanitize(r.Policy), r.Clause,
			markRunes(r.Text, r.Matches, m))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markRunes returns text with each run of the runes at offsets (ascending rune offsets into
// text) between m.open and m.close. Each run is sanitised on its own, so that offsets keep
// pointing at the runes they were computed for.
func markRunes(text string, offsets []int, m marker) string {
	var b, seg strings.Builder
	flush := func(marked bool) {
		if seg.Len() == 0 {
			return
		}
		if marked {
			b.WriteString(m.open + model.Sanitize(seg.String()) + m.close)
		} else {
			b.WriteString(model.Sanitize(seg.String()))
		}
		seg.Reset()
	}
	k, in, i := 0, false, 0
	for _, r := range text {
		hit := k < len(offsets) && offsets[k] == i
		if hit {
			k++
		}
		if hit != in {
			flush(in)
			in = hit
		}
		seg.WriteRune(r)
		i++
	}
	flush(in)
	return b.String()
}

// Search runs `fineprint search`: query over ps, at most limit results (0: all), printed as
// WriteSearch does. A malformed query (an unknown #key) is a UsageError. store, when not nil,
// keeps the search index of a large set of policies for the next search (search.Cached).
func Search(ctx context.Context, w io.Writer, ps []*model.Policy, query string, limit int, asJSON bool, store search.Store) error {
	if limit < 0 {
		return Usagef("--limit must be 0 (all) or more, not %d", limit)
	}
	var reports []*detect.Report
	if strings.ContainsAny(query, "#＃") {
		reports = Analyze(ps)
	}
	res, err := search.Cached(store, ps, reports).Search(ctx, query, limit)
	switch {
	case err != nil && ctx.Err() != nil:
		return err
	case err != nil:
		return Usagef("%v", err)
	}
	return WriteSearch(w, ps, res, asJSON)
}
