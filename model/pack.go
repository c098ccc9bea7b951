package model

import "strings"

// pack moves the text of p into one backing string of exactly its length: the policy's title,
// company and date, its parts' titles, its sections' numbers, titles and anchors, and its
// clauses' texts and cells. A table row's cells become substrings of its text when the text
// is the cells joined by " | ", as Parse makes it. ID and Source, which the loader sets, are
// left as they are.
//
// Parse packs every policy it returns. Its strings are otherwise cut from a copy of the whole
// source, or built clause by clause: a loaded policy then kept the source alive (markdown
// markers, blank lines, the raw lines of every paragraph it joined) beside the joined copies,
// each in an allocation of its own. Packed, a policy holds its text once, and the source is
// garbage as soon as Parse returns. Nothing a reader of the policy sees changes.
func (p *Policy) pack() {
	total := 0
	p.eachString(func(s *string) { total += len(*s) })
	if total == 0 {
		return
	}
	var b strings.Builder
	b.Grow(total)
	p.eachString(func(s *string) { b.WriteString(*s) })
	all := b.String()
	off := 0
	p.eachString(func(s *string) {
		n := len(*s)
		*s = all[off : off+n]
		off += n
	})
	for i := range p.Clauses {
		if c := &p.Clauses[i]; cellsJoinText(c.Cells, c.Text) {
			cellsOfText(c.Cells, c.Text)
		}
	}
}

// eachString calls f with every string field of p that pack packs, in an order that depends
// on the policy's content only, so that pack's three passes visit the same strings in the same
// order. A table row's cells are left out when they are its text joined by CellSep.
func (p *Policy) eachString(f func(*string)) {
	f(&p.Title)
	f(&p.Company)
	f(&p.Date)
	for i := range p.Parts {
		f(&p.Parts[i].Title)
	}
	for i := range p.Sections {
		s := &p.Sections[i]
		f(&s.Number)
		f(&s.Title)
		f(&s.Anchor)
	}
	for i := range p.Clauses {
		c := &p.Clauses[i]
		f(&c.Text)
		if !cellsJoinText(c.Cells, c.Text) {
			for j := range c.Cells {
				f(&c.Cells[j])
			}
		}
	}
}

// CellsJoinText reports whether cells, at least one, joined by CellSep, are text: then a table
// row's cells need not be stored apart from its text, as each is the substring of the text
// that follows the ones before it and a CellSep.
func CellsJoinText(cells []string, text string) bool { return cellsJoinText(cells, text) }

func cellsJoinText(cells []string, text string) bool {
	if len(cells) == 0 {
		return false
	}
	for i, c := range cells {
		if i > 0 {
			if !strings.HasPrefix(text, CellSep) {
				return false
			}
			text = text[len(CellSep):]
		}
		if !strings.HasPrefix(text, c) {
			return false
		}
		text = text[len(c):]
	}
	return text == ""
}

// CellSep is what a table row's text puts between its cells.
const CellSep = " | "

// cellsOfText sets cells (which cellsJoinText(cells, text) holds for) to the substrings of
// text they are equal to, so that they share its memory.
func cellsOfText(cells []string, text string) {
	off := 0
	for i, c := range cells {
		if i > 0 {
			off += len(CellSep)
		}
		cells[i] = text[off : off+len(c)]
		off += len(c)
	}
}
