// Package changes prints what changed between two versions of a policy (`fineprint diff`) and
// the versions of a policy file in git (`fineprint history`): as text, JSON or markdown. The
// comparison itself is model/diff's; this package only lays it out. The JSON shapes are
// documented in README.md.
package changes

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/model/diff"
)

// Marker sets deleted and inserted words apart in text output.
type Marker struct{ DelOpen, DelClose, InsOpen, InsClose string }

// PlainMarker is git's --word-diff=plain: [-deleted-]{+inserted+}, for pipes and files.
var PlainMarker = Marker{"[-", "-]", "{+", "+}"}

// ColorMarker is red struck-through deletions and green underlined insertions for a colour
// terminal; the brackets of PlainMarker are kept, so the meaning does not rest on colour.
var ColorMarker = Marker{"\x1b[31;9m[-", "-]\x1b[0m", "\x1b[32;4m{+", "+}\x1b[0m"}

// The JSON shape of WriteJSON, documented in README.md ("fineprint diff").
type (
	jsonDiff struct {
		Old      jsonVersion   `json:"old"`
		New      jsonVersion   `json:"new"`
		Summary  string        `json:"summary"`
		Sections []jsonSection `json:"sections"`
		Clauses  []jsonClause  `json:"clauses"`
		Findings []jsonFinding `json:"findings"`
	}
	jsonVersion struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Date   string `json:"date"`
		Source string `json:"source"`
	}
	jsonSide struct {
		Number string `json:"number"`
		Title  string `json:"title"`
		Anchor string `json:"anchor"`
	}
	jsonSection struct {
		Status      string    `json:"status"`
		TextChanged bool      `json:"text_changed"`
		Old         *jsonSide `json:"old"`
		New         *jsonSide `json:"new"`
	}
	jsonClause struct {
		Status  string `json:"status"`
		Section int    `json:"section"` // index in sections
		// OldClause and NewClause number the clause in each version from 1 (as "clause 23 of
		// 66" in the TUI), the *Index fields are 0-based indexes; null where absent.
		OldClause      *int       `json:"old_clause"`
		NewClause      *int       `json:"new_clause"`
		OldClauseIndex *int       `json:"old_clause_index"`
		NewClauseIndex *int       `json:"new_clause_index"`
		OldText        string     `json:"old_text"`
		NewText        string     `json:"new_text"`
		Edits          []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Op   string `json:"op"`
		Text string `json:"text"`
	}
	jsonFinding struct {
		Key         string         `json:"key"`
		Change      string         `json:"change"`
		Phrase      string         `json:"phrase"`
		OldStatus   string         `json:"old_status"`
		NewStatus   string         `json:"new_status"`
		OldValue    string         `json:"old_value"`
		NewValue    string         `json:"new_value"`
		OldEvidence []jsonEvidence `json:"old_evidence"`
		NewEvidence []jsonEvidence `json:"new_evidence"`
	}
	jsonEvidence struct {
		Section     string `json:"section"`
		Clause      int    `json:"clause"`       // numbered from 1, as everywhere in fineprint
		ClauseIndex int    `json:"clause_index"` // 0-based index in the version's clauses
		Quote       string `json:"quote"`
		Text        string `json:"text"`
	}
)

func clean(s string) string { return model.Sanitize(s) }

func version(p *model.Policy) jsonVersion {
	return jsonVersion{ID: clean(p.ID), Title: clean(p.Title), Date: clean(p.Date), Source: clean(p.Source)}
}

func side(s diff.Side) *jsonSide {
	if !s.Present {
		return nil
	}
	if s.Index < 0 {
		return &jsonSide{Title: "(preamble)"}
	}
	return &jsonSide{Number: clean(s.Number), Title: clean(s.Title), Anchor: s.Anchor}
}

func evidence(p *model.Policy, evs []detect.Evidence) []jsonEvidence {
	out := make([]jsonEvidence, 0, len(evs))
	for _, ev := range evs {
		out = append(out, jsonEvidence{Section: clean(SectionLabel(p, ev.Section)), Clause: ev.Clause + 1,
			ClauseIndex: ev.Clause, Quote: clean(ev.Quote), Text: clean(ClauseText(p, ev.Clause))})
	}
	return out
}

// SectionLabel returns section i's path as a reader sees it, "" before the first heading.
func SectionLabel(p *model.Policy, i int) string {
	if i < 0 || i >= len(p.Sections) {
		return ""
	}
	return p.SectionLabel(i)
}

// ClauseText returns the text of clause c of p, "" when out of range.
func ClauseText(p *model.Policy, c int) string {
	if c < 0 || c >= len(p.Clauses) {
		return ""
	}
	return p.Clauses[c].Text
}

func intPtr(i int) *int {
	if i < 0 {
		return nil
	}
	return &i
}

// number returns the 1-based number of clause index i, nil when i < 0 (absent).
func number(i int) *int {
	if i < 0 {
		return nil
	}
	n := i + 1
	return &n
}

// WriteJSON writes r as one JSON document (shape in README.md).
func WriteJSON(w io.Writer, r *diff.Result) error {
	doc := jsonDiff{Old: version(r.Old), New: version(r.New), Summary: clean(r.Summary()),
		Sections: make([]jsonSection, 0, len(r.Sections)), Clauses: make([]jsonClause, 0, len(r.Clauses)),
		Findings: make([]jsonFinding, 0, len(r.Findings))}
	for _, s := range r.Sections {
		doc.Sections = append(doc.Sections, jsonSection{Status: s.Status.String(), TextChanged: s.TextChanged,
			Old: side(s.Old), New: side(s.New)})
	}
	for _, c := range r.Clauses {
		jc := jsonClause{Status: c.Status.String(), Section: c.Section, OldClause: number(c.Old), NewClause: number(c.New),
			OldClauseIndex: intPtr(c.Old), NewClauseIndex: intPtr(c.New),
			OldText: clean(ClauseText(r.Old, c.Old)), NewText: clean(ClauseText(r.New, c.New)),
			Edits: make([]jsonEdit, 0, len(c.Edits))}
		for _, e := range c.Edits {
			jc.Edits = append(jc.Edits, jsonEdit{Op: e.Op.String(), Text: clean(e.Text)})
		}
		doc.Clauses = append(doc.Clauses, jc)
	}
	for _, f := range r.Findings {
		doc.Findings = append(doc.Findings, jsonFinding{Key: f.Key.String(), Change: f.Kind.String(), Phrase: clean(f.Phrase()),
			OldStatus: f.Old.Status.String(), NewStatus: f.New.Status.String(),
			OldValue: clean(f.Old.Value), NewValue: clean(f.New.Value),
			OldEvidence: evidence(r.Old, f.Old.Evidence), NewEvidence: evidence(r.New, f.New.Evidence)})
	}
	return writeJSON(w, doc)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// MarkEdits returns the clause's text with deleted and inserted runs set apart by m, sanitised.
func MarkEdits(edits []diff.Edit, m Marker) string {
	var b strings.Builder
	for _, e := range edits {
		t := clean(e.Text)
		switch e.Op {
		case diff.Delete:
			b.WriteString(m.DelOpen + t + m.DelClose)
		case diff.Insert:
			b.WriteString(m.InsOpen + t + m.InsClose)
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

// FindingGlyph is the sign before a finding change: + now declared, - lost, ✗ now denied, ~
// other (a value changed, a denial dropped).
func FindingGlyph(f diff.Finding) string {
	switch f.Kind {
	case diff.Gained:
		return "+"
	case diff.NoLongerDenied:
		if f.New.Status == detect.Declared {
			return "+"
		}
		return "~"
	case diff.Lost:
		return "-"
	case diff.NowDenied:
		return "✗"
	default:
		return "~"
	}
}

// EvidenceLine returns where a finding's first evidence stands and its words in context:
// "3 Retention: We keep your personal information for 90 days after you close your account."
// A long clause is cut to about evidenceRunes runes around the quote. "" when there is none.
func EvidenceLine(p *model.Policy, evs []detect.Evidence) string {
	if len(evs) == 0 {
		return ""
	}
	ev := evs[0]
	label := SectionLabel(p, ev.Section)
	if label == "" {
		label = "(preamble)"
	}
	return clean(label) + ": " + clean(excerpt(ClauseText(p, ev.Clause), ev.Start, ev.End))
}

// evidenceRunes is the length of the excerpt of a long clause around a finding's quote.
const evidenceRunes = 160

// excerpt returns text, or when it is longer than evidenceRunes a window of it around the
// runes [start, end), with "…" where it was cut.
func excerpt(text string, start, end int) string {
	r := []rune(text)
	if len(r) <= evidenceRunes {
		return text
	}
	start, end = min(max(start, 0), len(r)), min(max(end, 0), len(r))
	from := max(0, start-evidenceRunes/4)
	to := min(len(r), max(end, from+evidenceRunes))
	out := string(r[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(r) {
		out += "…"
	}
	return out
}

// SectionLine describes an aligned section: "2 Retention", "3 Retention -> 3 How Long We
// Keep Data", "5 Contact (was 1)".
func SectionLine(s diff.Section) string {
	o, n := clean(s.Old.Heading()), clean(s.New.Heading())
	switch {
	case !s.New.Present:
		return o
	case !s.Old.Present:
		return n
	case s.Status == diff.Renamed || (s.Status == diff.Moved && s.Old.Title != s.New.Title):
		return o + " -> " + n
	case s.Old.Number != s.New.Number:
		return n + " (was " + clean(s.Old.Number) + ")"
	default:
		return n
	}
}

// WriteText writes r for a reader: the summary, what changed in what the policy declares, the
// sections that changed, then the changed clauses with their edits marked by m.
func WriteText(w io.Writer, r *diff.Result, m Marker) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s -> %s\n%s\n", clean(label(r.Old)), clean(label(r.New)), clean(r.Summary()))
	if len(r.Findings) > 0 {
		b.WriteString("\nWhat it declares\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "  %s %s\n", FindingGlyph(f), clean(f.Phrase()))
			if e := EvidenceLine(r.Old, f.Old.Evidence); e != "" {
				fmt.Fprintf(&b, "      before: %s\n", e)
			}
			if e := EvidenceLine(r.New, f.New.Evidence); e != "" {
				fmt.Fprintf(&b, "      now:    %s\n", e)
			}
		}
	}
	unchanged := 0
	var secs strings.Builder
	for _, s := range r.Sections {
		if s.Status == diff.Unchanged {
			unchanged++
			continue
		}
		st := s.Status.String()
		if s.TextChanged && s.Status != diff.Changed && s.Status != diff.Added && s.Status != diff.Removed {
			st += "+changed"
		}
		fmt.Fprintf(&secs, "  %-17s %s\n", st, SectionLine(s))
	}
	if secs.Len() > 0 {
		b.WriteString("\nSections")
		if unchanged > 0 {
			fmt.Fprintf(&b, " (%d unchanged not listed)", unchanged)
		}
		b.WriteString("\n" + secs.String())
	}
	if len(r.Clauses) > 0 {
		b.WriteString("\nClauses\n")
		last := -1
		for _, c := range r.Clauses {
			if c.Section != last {
				last = c.Section
				fmt.Fprintf(&b, "  %s\n", SectionLine(r.Sections[c.Section]))
			}
			switch c.Status {
			case diff.ClauseAdded:
				fmt.Fprintf(&b, "    + %s\n", clean(ClauseText(r.New, c.New)))
			case diff.ClauseRemoved:
				fmt.Fprintf(&b, "    - %s\n", clean(ClauseText(r.Old, c.Old)))
			default:
				fmt.Fprintf(&b, "    ~ %s\n", MarkEdits(c.Edits, m))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// label names a version: its source (a path, PATH@COMMIT) or its ID.
func label(p *model.Policy) string {
	if p.Source != "" {
		return p.Source
	}
	return p.ID
}

// WriteMarkdown writes r as markdown: deleted words ~~struck~~, inserted ones **bold**.
func WriteMarkdown(w io.Writer, r *diff.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Changes: %s → %s\n\n%s\n", md(label(r.Old)), md(label(r.New)), md(r.Summary()))
	if len(r.Findings) > 0 {
		b.WriteString("\n## What it declares\n\n| Change | Before | Now |\n|---|---|---|\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "| %s %s | %s | %s |\n", FindingGlyph(f), cell(f.Phrase()),
				cell(EvidenceLine(r.Old, f.Old.Evidence)), cell(EvidenceLine(r.New, f.New.Evidence)))
		}
	}
	b.WriteString("\n## Sections\n\n| Status | Section |\n|---|---|\n")
	for _, s := range r.Sections {
		if s.Status != diff.Unchanged {
			fmt.Fprintf(&b, "| %s | %s |\n", s.Status, cell(SectionLine(s)))
		}
	}
	if len(r.Clauses) > 0 {
		b.WriteString("\n## Clauses\n")
		last := -1
		mk := Marker{"~~", "~~", "**", "**"}
		for _, c := range r.Clauses {
			if c.Section != last {
				last = c.Section
				fmt.Fprintf(&b, "\n### %s\n\n", md(SectionLine(r.Sections[c.Section])))
			}
			edits := make([]diff.Edit, len(c.Edits))
			for i, e := range c.Edits {
				e.Text = md(e.Text)
				if e.Op != diff.Equal {
					e.Text = strings.TrimSpace(e.Text)
				}
				edits[i] = e
			}
			fmt.Fprintf(&b, "- %s: %s\n", c.Status, MarkEdits(edits, mk))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// md escapes the characters markdown would read as markup.
func md(s string) string {
	s = clean(s)
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", "|", `\|`)
	return r.Replace(strings.Join(strings.Fields(s), " "))
}

func cell(s string) string { return md(s) }
