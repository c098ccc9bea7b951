package cli

import (
	"fmt"
	"io"
	"strings"

	"fineprint/model"
)

// tocEntry is one section in `fineprint toc ID --json`.
type tocEntry struct {
	Number string `json:"number"`
	Title  string `json:"title"`
	Level  int    `json:"level"`
	Anchor string `json:"anchor"`
	Lang   string `json:"lang"`
}

// WriteTOC prints p's table of contents as `fineprint toc` does: the section tree indented by
// level, or a flat JSON array of tocEntry in reading order.
func WriteTOC(w io.Writer, p *model.Policy, asJSON bool) error {
	if !asJSON {
		return writeTOC(w, p)
	}
	entries := make([]tocEntry, len(p.Sections))
	for i, s := range p.Sections {
		entries[i] = tocEntry{
			Number: model.Sanitize(s.Number),
			Title:  model.Sanitize(s.Title),
			Level:  int(s.Level),
			Anchor: model.Sanitize(s.Anchor),
			Lang:   s.Lang.String(),
		}
	}
	return writeJSON(w, entries)
}

// writeTOC prints the section tree indented by level, with a line naming each language part
// when the policy has more than one.
func writeTOC(w io.Writer, p *model.Policy) error {
	var b strings.Builder
	// The first line names the document: its title, else the name every other screen shows
	// it under (its company, else its ID), never a bare "-".
	name := model.Sanitize(p.Title)
	if strings.TrimSpace(name) == "" {
		name = p.DisplayName()
	}
	fmt.Fprintf(&b, "%s\n", orDash(name))
	parts := partsOf(p)
	for _, part := range parts {
		if len(parts) > 1 {
			fmt.Fprintf(&b, "\n[%s]\n", orDash(part.Lang.String()))
		}
		for i := part.FirstSection; i < part.EndSection; i++ {
			s := p.Sections[i]
			fmt.Fprintf(&b, "%s%s\n", strings.Repeat("  ", max(int(s.Level), 1)), model.Sanitize(s.Heading()))
		}
	}
	if len(p.Sections) == 0 {
		b.WriteString("  (no sections)\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// partsOf returns p's language parts, or one part spanning the whole policy when the parser
// gave none.
func partsOf(p *model.Policy) []model.Part {
	if len(p.Parts) > 0 {
		return p.Parts
	}
	return []model.Part{{EndSection: len(p.Sections), EndClause: len(p.Clauses)}}
}
