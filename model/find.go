package model

import "strings"

// FindSection returns the index of the section whose number ("2.1", "2.1.", "一") or anchor
// ("2-1-information-you-provide") is numberOrAnchor; failing those, the first whose title
// matches it ignoring case. In a bilingual policy the first part wins, as sections of both
// parts can share numbers. ok is false when nothing matches.
func (p *Policy) FindSection(numberOrAnchor string) (int, bool) {
	q := strings.TrimSpace(numberOrAnchor)
	if q == "" {
		return -1, false
	}
	num := strings.TrimRight(q, ".．、")
	for i, s := range p.Sections {
		if s.Number != "" && s.Number == num {
			return i, true
		}
	}
	for i, s := range p.Sections {
		if s.Anchor == q || s.Anchor == strings.ToLower(q) {
			return i, true
		}
	}
	for i, s := range p.Sections {
		if strings.EqualFold(s.Title, q) || strings.EqualFold(s.Heading(), q) {
			return i, true
		}
	}
	return -1, false
}

// ClauseLabel returns the section label of clause c (see SectionLabel), or "" for a clause
// before the first heading or an index out of range.
func (p *Policy) ClauseLabel(c int) string {
	if c < 0 || c >= len(p.Clauses) || p.Clauses[c].Section < 0 {
		return ""
	}
	return p.SectionLabel(p.Clauses[c].Section)
}

// FindSectionInPart is FindSection limited to the sections of one language part, for a reader
// showing only that part; ok is false when part is out of range or nothing in it matches.
func (p *Policy) FindSectionInPart(part int, numberOrAnchor string) (int, bool) {
	if part < 0 || part >= len(p.Parts) {
		return -1, false
	}
	pt := p.Parts[part]
	sub := Policy{Sections: p.Sections[pt.FirstSection:pt.EndSection]}
	i, ok := sub.FindSection(numberOrAnchor)
	if !ok {
		return -1, false
	}
	return pt.FirstSection + i, true
}
