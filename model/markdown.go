package model

import (
	"strings"
)

// Markdown returns the canonical markdown of the whole policy: each part's title as a "#"
// heading, sections as "##" (level 1), "###" (level 2) and deeper headings with their numbers,
// paragraphs separated by blank lines, list items as "- " (indented two spaces per depth),
// tables as pipe tables with a header delimiter row and ragged rows padded. Characters markdown
// would interpret are escaped, so a renderer shows the policy's text literally. It is
// CanonicalMark, a blank line, then the concatenation of PreambleMarkdown and SectionMarkdown
// over every part and section, each part after the first opening with a PartMark line; "" for
// a policy without text.
func (p *Policy) Markdown() string {
	var b strings.Builder
	b.WriteString(CanonicalMark)
	b.WriteString("\n\n")
	for pi, part := range p.Parts {
		if pi > 0 {
			// The parts are told apart by language when a document is read; here the writer
			// says where each starts, so that the markdown reads back to the same parts.
			b.WriteString("\n" + PartMark + "\n")
		}
		b.WriteString(p.PreambleMarkdown(pi))
		for i := part.FirstSection; i < part.EndSection; i++ {
			b.WriteString(p.SectionMarkdown(i))
		}
	}
	if b.Len() == len(CanonicalMark)+2 {
		return "" // nothing to write
	}
	return b.String()
}

// CanonicalMark is the first line of the markdown fineprint writes (Policy.Markdown), an HTML
// comment no renderer shows. A markdown document opening with it is read back as written: its
// '#' headings are the policy's title and sections, at the levels their '#' count gives, and no
// other line is a heading, so that a policy saved with `fineprint show` and opened again has
// the table of contents it was saved with. Any other document's headings are judged from its
// text (a numbered line may be a heading, a marked one text).
const CanonicalMark = "<!-- fineprint canonical markdown: its headings are its sections, and only they -->"

// WithoutMarks returns canonical markdown without its CanonicalMark and PartMark lines, for a
// renderer: they tell fineprint how to read the markdown back and show nothing.
func WithoutMarks(md string) string {
	md = strings.TrimPrefix(md, CanonicalMark+"\n\n")
	return strings.ReplaceAll(md, "\n"+PartMark+"\n", "")
}

// PartMark is the line canonical markdown writes before each language part after the first
// (the translation of a bilingual policy), an HTML comment no renderer shows.
const PartMark = "<!-- fineprint: the next language part -->"

// PreambleMarkdown returns the canonical markdown of what comes before part's first section:
// the part's title and its introductory clauses; "" when there is none or part is out of range.
func (p *Policy) PreambleMarkdown(part int) string {
	if part < 0 || part >= len(p.Parts) {
		return ""
	}
	pt := p.Parts[part]
	w := mdWriter{lead: p.contentBefore(part, -1)}
	if pt.Title != "" {
		w.block("# " + escapeHeading(pt.Title))
	}
	end := pt.EndClause
	if pt.FirstSection < pt.EndSection {
		end = int(p.Sections[pt.FirstSection].FirstClause)
	}
	p.writeClauses(&w, pt.FirstClause, end)
	return w.b.String()
}

// SectionMarkdown returns the canonical markdown of section i: its heading and the clauses
// directly under it, not those of nested sections; "" when i is out of range.
func (p *Policy) SectionMarkdown(i int) string {
	if i < 0 || i >= len(p.Sections) {
		return ""
	}
	s := p.Sections[i]
	w := mdWriter{lead: p.contentBefore(int(s.Part), i)}
	level := min(int(s.Level)+1, 6)
	w.block(strings.Repeat("#", level) + " " + escapeHeading(markdownHeading(s)))
	p.writeClauses(&w, int(s.FirstClause), int(s.EndClause))
	return w.b.String()
}

// contentBefore reports whether the canonical markdown has anything before section i of part
// (i < 0: before the part's preamble), so that blocks are separated by exactly one blank line.
func (p *Policy) contentBefore(part, i int) bool {
	for pi := 0; pi < part && pi < len(p.Parts); pi++ {
		pt := p.Parts[pi]
		if pt.Title != "" || pt.FirstClause < pt.EndClause || pt.FirstSection < pt.EndSection {
			return true
		}
	}
	if i < 0 || part < 0 || part >= len(p.Parts) {
		return false
	}
	pt := p.Parts[part]
	if i > pt.FirstSection || pt.Title != "" {
		return true
	}
	return pt.FirstClause < int(p.Sections[pt.FirstSection].FirstClause)
}

// mdWriter writes markdown blocks separated by blank lines.
type mdWriter struct {
	b    strings.Builder
	lead bool // a block has been written before (here or in an earlier chunk)
}

// block writes one block (possibly several lines) and its line end.
func (w *mdWriter) block(s string) {
	if w.lead {
		w.b.WriteByte('\n')
	}
	w.lead = true
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

// writeClauses writes clauses [a, e): paragraphs, lists and tables.
func (p *Policy) writeClauses(w *mdWriter, a, e int) {
	var lb strings.Builder
	for i := a; i < e; {
		c := p.Clauses[i]
		switch c.Kind {
		case KindListItem:
			lb.Reset()
			j := i
			for ; j < e && p.Clauses[j].Kind == KindListItem; j++ {
				if j > i {
					lb.WriteByte('\n')
				}
				lb.WriteString(strings.Repeat("  ", int(p.Clauses[j].Depth)))
				lb.WriteString("- ")
				lb.WriteString(escapeText(p.Clauses[j].Text, true))
			}
			w.block(lb.String())
			i = j
		case KindTableRow:
			j := i + 1
			for j < e && p.Clauses[j].Kind == KindTableRow && !(p.Clauses[j].Header && !p.Clauses[j-1].Header) {
				j++
			}
			w.block(tableMarkdown(p.Clauses[i:j]))
			i = j
		default:
			w.block(escapeText(c.Text, true))
			i++
		}
	}
}

// tableMarkdown renders table rows as a pipe table. The first row is the header (markdown
// requires one); rows with fewer cells are padded with empty ones.
func tableMarkdown(rows []Clause) string {
	cols := 1
	for _, r := range rows {
		cols = max(cols, len(r.Cells))
	}
	var b strings.Builder
	row := func(cells []string) {
		b.WriteByte('|')
		for k := 0; k < cols; k++ {
			b.WriteByte(' ')
			if k < len(cells) {
				b.WriteString(strings.ReplaceAll(escapeText(cells[k], false), "|", "\\|"))
			}
			b.WriteString(" |")
		}
	}
	for n, r := range rows {
		if n > 0 {
			b.WriteByte('\n')
		}
		cells := r.Cells
		if len(cells) == 0 {
			cells = []string{r.Text}
		}
		row(cells)
		if n == 0 {
			b.WriteString("\n|")
			for k := 0; k < cols; k++ {
				b.WriteString(" --- |")
			}
		}
	}
	return b.String()
}

// markdownHeading is the heading text written to markdown: Heading(), except that a letter or
// roman number keeps its full stop ("A. Scope", "IV. Rights"), without which it would read as
// a word when the markdown is parsed again.
func markdownHeading(s Section) string {
	n := s.Number
	if n == "" {
		return s.Heading()
	}
	if strings.Trim(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return n + ". " + s.Title
	}
	// The number is written so that it reads back as this number: "2.a. Target scope" and
	// "a) Cookies" lose their meaning as "2.a Target scope" and "a Cookies" ("a) Cookies" is
	// written "a. Cookies", the same lettered numbering).
	h := s.Heading()
	for _, sep := range []string{"", ".", ")"} {
		if sep != "" {
			h = n + sep + " " + s.Title
		}
		if m, ok := parseNumber(h); ok && m.number == n && m.rest == s.Title {
			return h
		}
	}
	return s.Heading()
}

// escapeHeading escapes a heading's text, including a trailing '#' that would close it.
func escapeHeading(s string) string {
	e := escapeText(s, false)
	if strings.HasSuffix(e, "#") {
		e = e[:len(e)-1] + "\\#"
	}
	return e
}

// escapeText backslash-escapes the characters markdown would read as markup (emphasis, links,
// code, HTML, entities, strikethrough), and with lineStart also what would start a heading,
// quote, list or rule at the beginning of a block.
func escapeText(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	if lineStart && s != "" {
		switch s[0] {
		case '#', '+', '-', '=', '|': // '>' is escaped wherever it is, below
			b.WriteByte('\\')
		default:
			// "1. text" and "1) text" would start an ordered list.
			k := 0
			for k < len(s) && k < 10 && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k > 0 && k < len(s) && (s[k] == '.' || s[k] == ')') && (k+1 == len(s) || s[k+1] == ' ') {
				b.WriteString(s[:k])
				b.WriteByte('\\')
				s = s[k:]
			}
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '*', '_', '`', '[', ']', '<', '>':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '&':
			// glamour shows "\&" literally; an entity it resolves.
			b.WriteString("&amp;")
		case '~':
			if (i > 0 && s[i-1] == '~') || (i+1 < len(s) && s[i+1] == '~') {
				b.WriteString("&#126;") // "~~" would strike text through
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
