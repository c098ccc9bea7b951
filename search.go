package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/model/search"
)

// searchResult is one hit of `fineprint search --json`.
type searchResult struct {
	Policy  string `json:"policy"`
	Company string `json:"company"`
	Section string `json:"section"`
	Clause  int    `json:"clause"`
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

// newSearchCmd builds `fineprint search QUERY [PATH...]`: the search screen's results, printed.
func newSearchCmd() *cobra.Command {
	var asJSON bool
	var limit int
	var policyID string
	cmd := &cobra.Command{
		Use:   "search QUERY [PATH...]",
		Short: "Search the clauses of every policy (fzf-style query syntax)",
		Long: `search prints the clauses that match QUERY, best first: whole words and phrases before
word starts, word starts before inner substrings, short fuzzy matches last. Terms separated by
spaces must all match. Syntax: 'exact (substring), 'word' (whole word), ^start, end$,
!term (exclude), @company (policy ID or company name prefix), #key (clauses the detector cites
for a taxonomy key, e.g. #deletion, #data.location). Quote the query for the shell.`,
		Example: `  fineprint search "delete account"
  fineprint search '删除 @aiwellflow'
  fineprint search '#deletion' --json
  fineprint search singapore --policy api7 --limit 5`,
		Args: argsAtLeast(1, "QUERY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return usageErrorf("--limit must be 0 (all) or more, not %d", limit)
			}
			ps, err := loadPolicies(cmd, args[1:])
			if err != nil {
				return err
			}
			if policyID != "" {
				p, err := findPolicy(ps, policyID)
				if err != nil {
					return err
				}
				ps = []*model.Policy{p}
			}
			query := args[0]
			var reports []*detect.Report
			if strings.ContainsAny(query, "#＃") {
				reports = make([]*detect.Report, len(ps))
				for i, p := range ps {
					reports[i] = detect.Analyze(p)
				}
			}
			res, err := search.NewIndex(ps, reports).Search(cmd.Context(), query, limit)
			if err != nil {
				if cmd.Context().Err() != nil {
					return err
				}
				return usageErrorf("%v", err)
			}
			out := newSearchOutput(ps, res)
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), out)
			}
			return writeSearchText(cmd.OutOrStdout(), out, markerFor(cmd.OutOrStdout()))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (shape in README.md)")
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N results (0: all)")
	cmd.Flags().StringVar(&policyID, "policy", "", "search only the policy with this ID")
	return cmd
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
			Company: companyName(p),
			Section: p.SectionLabel(p.Clauses[h.Clause].Section),
			Clause:  h.Clause,
			Text:    p.Clauses[h.Clause].Text,
			Score:   h.Score,
			Matches: matches,
		})
	}
	return out
}

// companyName returns the policy's company, or its title or ID when the company is unknown.
func companyName(p *model.Policy) string {
	switch {
	case p.Company != "":
		return p.Company
	case p.Title != "":
		return p.Title
	}
	return p.ID
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
		fmt.Fprintf(&b, "%d %s match %q; the best %d:\n", out.Total, plural(out.Total, "clause", "clauses"), out.Query, len(out.Results))
	default:
		fmt.Fprintf(&b, "%d %s match %q:\n", out.Total, plural(out.Total, "clause", "clauses"), out.Query)
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
