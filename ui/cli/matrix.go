package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/clipperhouse/displaywidth"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/ui/changes"
)

// The JSON shape of writeMatrixJSON, documented in README.md ("fineprint compare").
type (
	jsonPolicy struct {
		ID      string `json:"id"`
		Company string `json:"company"`
		Source  string `json:"source"`
		// Languages are the ISO 639-1 codes of the policy's parts; NotAnalysed those of the
		// parts the detector has no lexicon for (when it lists every part, every finding
		// is "unknown").
		Languages   []string      `json:"languages"`
		NotAnalysed []string      `json:"not_analysed"`
		Findings    []jsonFinding `json:"findings"`
	}
	jsonFinding struct {
		Key      string         `json:"key"`
		Status   string         `json:"status"`
		Scope    string         `json:"scope"`
		Value    string         `json:"value"`
		Evidence []jsonEvidence `json:"evidence"`
	}
	jsonEvidence struct {
		Section string `json:"section"` // the section path as a reader sees it, "" before the first heading
		// Clause numbers the clause in its policy from 1, as the TUI says "clause 23 of 66" and
		// search --json does; ClauseIndex is its 0-based index in the policy's clauses.
		Clause      int    `json:"clause"`
		ClauseIndex int    `json:"clause_index"`
		Quote       string `json:"quote"` // the triggering words
		Rule        string `json:"rule"`  // the ID of the rule that fired: "fr.access.droit-acces"
		Text        string `json:"text"`  // the clause, or the sentences around the quote in a long one
	}
)

// writeMatrixJSON writes the reports as one JSON document: {"policies": [{"id", "company", "source",
// "findings": [...]}]}, with every taxonomy key once per policy, in taxonomy order. source is
// Policy.Source: the path as given on the command line, or "bundled:<file>". It is a
// jsonWriter over reports: one policy is built and encoded at a time.
func writeMatrixJSON(w io.Writer, reports []*detect.Report) error {
	jw := newJSONWriter(w, false)
	for _, r := range reports {
		if err := jw.Write(r); err != nil {
			return err
		}
	}
	return jw.Close()
}

// jsonWriter writes reports one at a time, so that what it holds is one policy's JSON, never
// the document's: either as writeMatrixJSON's document (the same bytes), or as JSON lines, one
// compact policy object per line, for pipelines (`jq -c`, `grep`) that read a policy as soon as
// it is written.
type jsonWriter struct {
	w     io.Writer
	lines bool
	n     int // policies written
	err   error
}

// newJSONWriter returns a jsonWriter on w; lines selects JSON lines rather than one document.
// Call Close after the last Write.
func newJSONWriter(w io.Writer, lines bool) *jsonWriter {
	return &jsonWriter{w: w, lines: lines}
}

// Write writes r's policy object. After an error every call returns it.
func (jw *jsonWriter) Write(r *detect.Report) error {
	if jw.err != nil {
		return jw.err
	}
	var b []byte
	var err error
	switch {
	case jw.lines:
		b, err = json.Marshal(newJSONPolicy(r))
		b = append(b, '\n')
	default:
		// The document's policies sit two levels deep: "    {" and their fields indented
		// from there, as json.Encoder.SetIndent("", "  ") prints the whole document.
		b, err = json.MarshalIndent(newJSONPolicy(r), "    ", "  ")
		sep := ",\n    "
		if jw.n == 0 {
			sep = "{\n  \"policies\": [\n    "
		}
		b = append([]byte(sep), b...)
	}
	if err == nil {
		_, err = jw.w.Write(b)
	}
	jw.n++
	return jw.fail(err)
}

// Close ends the document (nothing to end for JSON lines) and returns the first error.
func (jw *jsonWriter) Close() error {
	if jw.err != nil || jw.lines {
		return jw.err
	}
	end := "\n  ]\n}\n"
	if jw.n == 0 {
		end = "{\n  \"policies\": []\n}\n"
	}
	_, err := io.WriteString(jw.w, end)
	return jw.fail(err)
}

// fail records the first error.
func (jw *jsonWriter) fail(err error) error {
	if err != nil && jw.err == nil {
		jw.err = fmt.Errorf("write JSON: %w", err)
	}
	return jw.err
}

// newJSONPolicy returns r in the shape of writeMatrixJSON.
func newJSONPolicy(r *detect.Report) jsonPolicy {
	p := policyOf(r)
	jp := jsonPolicy{ID: clean(p.ID), Company: clean(p.Company), Source: clean(p.Source),
		Languages: langCodes(p.Langs), NotAnalysed: langCodes(reportOf(r).NotAnalysed),
		Findings: make([]jsonFinding, 0, detect.NumKeys)}
	for _, k := range detect.Keys() {
		f := r.Finding(k)
		jf := jsonFinding{Key: k.String(), Status: f.Status.String(), Scope: f.Scope.String(),
			Value: clean(f.Value), Evidence: make([]jsonEvidence, 0, len(f.Evidence))}
		for _, ev := range f.Evidence {
			jf.Evidence = append(jf.Evidence, jsonEvidence{
				Section:     clean(changes.SectionLabel(p, ev.Section)),
				Clause:      ev.Clause + 1,
				ClauseIndex: ev.Clause,
				Quote:       clean(ev.Quote),
				Rule:        ev.Rule,
				Text:        clean(evidenceText(p, ev)),
			})
		}
		jp.Findings = append(jp.Findings, jf)
	}
	return jp
}

// langCodes returns the ISO 639-1 codes of langs, an empty list (not null) for none.
func langCodes(langs []model.Lang) []string {
	out := make([]string, 0, len(langs))
	for _, l := range langs {
		out = append(out, l.String())
	}
	return out
}

// reportOf returns r, or an empty report so that writers never dereference nil.
func reportOf(r *detect.Report) *detect.Report {
	if r == nil {
		return &detect.Report{}
	}
	return r
}

// Marks used by the text and markdown matrices.
const (
	markDeclared     = "✓"
	markDenied       = "✗"
	markNotMentioned = "·"
	markUnknown      = "?"
)

// mark returns a finding's cell: its status mark, followed by its scope when limited
// ("✓ EEA/UK").
func mark(f detect.Finding) string {
	var m string
	switch f.Status {
	case detect.Declared:
		m = markDeclared
	case detect.Denied:
		m = markDenied
	case detect.Unknown:
		return markUnknown
	default:
		return markNotMentioned
	}
	if l := f.Scope.Label(); l != "" {
		m += " " + l
	}
	return m
}

// writeMatrixText writes the reports as a matrix for a terminal: keys down, policies across, with
// ✓ declared, ✗ denied, · not mentioned and the scope after a mark, grouped into rights, data
// and practices, followed by the values found and a legend. Widths are in terminal cells, so
// Chinese company names line up.
func writeMatrixText(w io.Writer, reports []*detect.Report) error {
	const maxCol = 18
	names := make([]string, len(reports))
	widths := make([]int, len(reports))
	for i, r := range reports {
		name := policyOf(r).DisplayName() // the one name of a policy, as every screen shows it
		if name == "" {
			name = "?"
		}
		names[i] = displaywidth.TruncateString(name, maxCol, "…")
		widths[i] = max(displaywidth.String(names[i]), len(markDeclared+" California")-2)
	}
	keyWidth := 0
	for _, k := range detect.Keys() {
		keyWidth = max(keyWidth, len(k.String()))
	}
	var b strings.Builder
	row := func(first string, cells []string) {
		line := pad(first, keyWidth)
		for i, c := range cells {
			line += "  " + pad(c, widths[i])
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	for gi, g := range []detect.Group{detect.GroupRights, detect.GroupData, detect.GroupPractices} {
		if gi > 0 {
			b.WriteString("\n")
		}
		heading := strings.ToUpper(g.String())
		if gi == 0 {
			row(heading, names)
		} else {
			b.WriteString(heading + "\n")
		}
		for _, k := range detect.KeysOf(g) {
			cells := make([]string, len(reports))
			for i, r := range reports {
				cells[i] = mark(r.Finding(k))
			}
			row(k.String(), cells)
		}
	}
	values := false
	for _, r := range reports {
		for _, k := range detect.Keys() {
			if v := r.Finding(k).Value; v != "" && k != detect.PracticeDoNotTrack {
				if !values {
					b.WriteString("\nVALUES\n")
					values = true
				}
				fmt.Fprintf(&b, "%s  %s: %s\n", pad(k.String(), keyWidth), policyOf(r).DisplayName(), clean(v))
			}
		}
	}
	for _, r := range reports {
		if t := reportOf(r).NotAnalysedText(); t != "" {
			fmt.Fprintf(&b, "%s: %s (no lexicon for this language)\n", policyOf(r).DisplayName(), t)
		}
	}
	b.WriteString("\n" + markDeclared + " declared   " + markDenied + " denied   " + markNotMentioned +
		" not mentioned   " + markUnknown + " not analysed   (scope after a mark: EEA/UK, California, China, children)\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write text: %w", err)
	}
	return nil
}

// pad right-pads s with spaces to width terminal cells.
func pad(s string, width int) string {
	if n := displaywidth.String(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// writeMatrixCSV writes one row per policy and key: id, company, source, key, status, scope, value,
// and the first evidence's section, clause and quote (empty when none), after a header row.
func writeMatrixCSV(w io.Writer, reports []*detect.Report) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "company", "source", "key", "status", "scope", "value", "section", "clause", "quote"})
	for _, r := range reports {
		p := policyOf(r)
		for _, k := range detect.Keys() {
			f := r.Finding(k)
			sec, clause, quote := "", "", ""
			if len(f.Evidence) > 0 {
				ev := f.Evidence[0]
				sec, clause, quote = clean(changes.SectionLabel(p, ev.Section)), fmt.Sprint(ev.Clause+1), clean(ev.Quote)
			}
			_ = cw.Write([]string{clean(p.ID), clean(p.Company), clean(p.Source), k.String(), f.Status.String(),
				f.Scope.String(), clean(f.Value), sec, clause, quote})
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	return nil
}

// policyOf returns r's policy, or an empty one so that writers never dereference nil.
func policyOf(r *detect.Report) *model.Policy {
	if r == nil || r.Policy == nil {
		return &model.Policy{}
	}
	return r.Policy
}

// maxEvidenceText bounds, in runes, the text given with a piece of evidence: a clause longer
// than this (a page whose structure was lost reads as one clause of thousands of words) is
// cut to the sentences around the quote.
const maxEvidenceText = 600

// evidenceText returns the clause behind ev, or, when it is longer than maxEvidenceText runes,
// the sentences around ev's quote within that bound, with "…" where it was cut.
func evidenceText(p *model.Policy, ev detect.Evidence) string {
	rs := []rune(changes.ClauseText(p, ev.Clause))
	if len(rs) <= maxEvidenceText || ev.Start < 0 || ev.End > len(rs) || ev.Start > ev.End {
		return string(rs)
	}
	budget := max(0, maxEvidenceText-(ev.End-ev.Start)) / 2
	lo := max(0, ev.Start-budget)
	for i := ev.Start - 1; i > lo; i-- {
		if sentenceEnd(rs, i) {
			lo = i + 1
			break
		}
	}
	hi := min(len(rs), ev.End+budget)
	for i := ev.End; i < hi; i++ {
		if sentenceEnd(rs, i) {
			hi = i + 1
			break
		}
	}
	out := strings.TrimSpace(string(rs[lo:hi]))
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(rs) {
		out += "…"
	}
	return out
}

// sentenceEnd reports whether rs[i] ends a sentence: a full stop, question or exclamation
// mark followed by a space or the end (Chinese ones need no space), or a line break.
func sentenceEnd(rs []rune, i int) bool {
	switch rs[i] {
	case '。', '！', '？', '\n':
		return true
	case '.', '!', '?':
		return i+1 == len(rs) || rs[i+1] == ' '
	}
	return false
}

// clean makes file-derived text safe to print: no escape sequences, controls or bidi overrides.
func clean(s string) string { return model.Sanitize(s) }
