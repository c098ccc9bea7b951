package cli

import (
	"context"
	"io"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"fineprint/model"
	"fineprint/policies"
)

// listEntry is one policy in `fineprint list --json`.
type listEntry struct {
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

// List loads the policies src names and prints them as `fineprint list` does, a table or a
// JSON array of listEntry, keeping of each policy only its line: memory holds the entries, not
// the policies.
func List(ctx context.Context, w, errw io.Writer, src policies.Sources, asJSON bool) error {
	var entries []listEntry
	err := LoadEach(ctx, nil, errw, src, func(p *model.Policy) error {
		entries = append(entries, newListEntry(p))
		return nil
	})
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(w, entries)
	}
	return writeListTable(w, entries)
}

func newListEntry(p *model.Policy) listEntry {
	langs := make([]string, 0, len(p.Langs))
	for _, l := range p.Langs {
		if s := l.String(); s != "" {
			langs = append(langs, s)
		}
	}
	// Cloned: the policy's strings share one backing string, its whole text, which an entry
	// must not keep alive.
	return listEntry{
		ID:        model.Sanitize(p.ID),
		Company:   strings.Clone(model.Sanitize(p.Company)),
		Title:     strings.Clone(model.Sanitize(p.Title)),
		Date:      strings.Clone(model.Sanitize(p.Date)),
		Languages: langs,
		Sections:  len(p.Sections),
		Clauses:   len(p.Clauses),
		Words:     p.Words,
		Source:    model.Sanitize(p.Source),
	}
}

// writeListTable prints entries as aligned columns; widths are in terminal cells, so Chinese
// titles line up.
func writeListTable(w io.Writer, entries []listEntry) error {
	rows := [][]string{{"ID", "COMPANY", "TITLE", "DATE", "LANGS", "SECTIONS", "CLAUSES", "WORDS"}}
	for _, e := range entries {
		rows = append(rows, []string{
			e.ID, orDash(clip(e.Company, 40)), orDash(clip(e.Title, 40)), orDash(e.Date),
			orDash(strings.Join(e.Languages, ",")),
			strconv.Itoa(e.Sections), strconv.Itoa(e.Clauses), strconv.Itoa(e.Words),
		})
	}
	return writeColumns(w, rows, 5)
}

// writeColumns prints rows as columns separated by two spaces; columns from numericFrom on are
// right-aligned.
func writeColumns(w io.Writer, rows [][]string, numericFrom int) error {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(c))
			switch {
			case i >= numericFrom:
				b.WriteString(pad + c)
			case i == len(r)-1:
				b.WriteString(c)
			default:
				b.WriteString(c + pad)
			}
			if i < len(r)-1 {
				b.WriteString("  ")
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
