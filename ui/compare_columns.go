package ui

import (
	"cmp"
	"slices"
	"strings"

	"fineprint/model"
	"fineprint/model/detect"
)

// compareView is how the compare screen lays out its findings; `t` cycles through them.
type compareView uint8

// The views, in the order `t` cycles through them.
const (
	viewMatrix     compareView = iota // keys down, policies across
	viewTransposed                    // policies down, keys across: for many policies
	viewSummary                       // one line per key: how many policies declare and deny it
	numViews
)

// String returns "matrix", "transposed" or "summary".
func (v compareView) String() string {
	switch v {
	case viewTransposed:
		return "transposed"
	case viewSummary:
		return "summary"
	default:
		return "matrix"
	}
}

// next returns the view after v, wrapping around.
func (v compareView) next() compareView { return (v + 1) % numViews }

// colOrder is the order of the compared policies; `o` cycles through them.
type colOrder uint8

// The column orders, in the order `o` cycles through them.
const (
	orderLoaded   colOrder = iota // as loaded (or as named on the command line)
	orderName                     // by short name, case-insensitively
	orderLang                     // by the language of the first part, then name
	orderDeclared                 // most keys declared (over the rows shown) first, then name
	numOrders
)

// String returns "as loaded", "name", "language" or "most declared".
func (o colOrder) String() string {
	switch o {
	case orderName:
		return "name"
	case orderLang:
		return "language"
	case orderDeclared:
		return "most declared"
	default:
		return "as loaded"
	}
}

// next returns the order after o, wrapping around.
func (o colOrder) next() colOrder { return (o + 1) % numOrders }

// declFilter keeps the policies that declare a key, or those that do not; `x` cycles through
// them for the key under the cursor.
type declFilter uint8

// The declare filters, in the order `x` cycles through them.
const (
	declAny declFilter = iota // every policy
	declYes                   // the policies that declare the key (in any scope)
	declNot                   // the analysed policies that do not: denied or not mentioned
	numDeclFilters
)

// String returns "any", "declare" or "do not declare".
func (d declFilter) String() string {
	switch d {
	case declYes:
		return "declare"
	case declNot:
		return "do not declare"
	default:
		return "any"
	}
}

// next returns the filter after d, wrapping around.
func (d declFilter) next() declFilter { return (d + 1) % numDeclFilters }

// refresh recomputes the shown columns and rows from the filters and the order, keeping the
// cursor on its policy and key where they are still shown.
func (m *matrix) refresh() {
	var curPolicy *model.Policy
	if m.col < len(m.cols) {
		curPolicy = m.cols[m.col].policy
	}
	m.cols = m.cols[:0]
	for _, c := range m.all {
		if m.keepCol(c) {
			m.cols = append(m.cols, c)
		}
	}
	m.rebuild() // the differing rows depend on the columns shown
	m.sortCols()
	m.col = 0
	for i, c := range m.cols {
		if c.policy == curPolicy {
			m.col = i
		}
	}
	m.scrollToCursor()
}

// keepCol reports whether column c passes the language, name and declare filters.
func (m *matrix) keepCol(c matrixColumn) bool {
	if m.lang != model.LangUnknown && !slices.Contains(c.policy.Langs, m.lang) {
		return false
	}
	for _, q := range m.colQ {
		if !strings.Contains(strings.ToLower(c.short), q) && !strings.Contains(strings.ToLower(c.name), q) &&
			!strings.Contains(strings.ToLower(c.policy.ID), q) {
			return false
		}
	}
	switch m.decl {
	case declYes:
		return c.report != nil && c.report.Finding(m.declKey).Status == detect.Declared
	case declNot:
		return c.report != nil && c.report.Analysed() && c.report.Finding(m.declKey).Status != detect.Declared
	}
	return true
}

// sortCols orders the shown columns; the sort is stable, so ties keep the load order.
func (m *matrix) sortCols() {
	byName := func(a, b matrixColumn) int {
		return cmp.Compare(strings.ToLower(a.short), strings.ToLower(b.short))
	}
	switch m.order {
	case orderName:
		slices.SortStableFunc(m.cols, byName)
	case orderLang:
		slices.SortStableFunc(m.cols, func(a, b matrixColumn) int {
			return cmp.Or(cmp.Compare(langKey(a.policy), langKey(b.policy)), byName(a, b))
		})
	case orderDeclared:
		n := make(map[*model.Policy]int, len(m.cols))
		for _, c := range m.cols {
			n[c.policy] = m.declaredCount(c)
		}
		slices.SortStableFunc(m.cols, func(a, b matrixColumn) int {
			return cmp.Or(cmp.Compare(n[b.policy], n[a.policy]), byName(a, b))
		})
	}
}

// declaredCount returns how many of the shown rows column c declares; -1 while it has no
// report, so that it sorts last.
func (m *matrix) declaredCount(c matrixColumn) int {
	if c.report == nil {
		return -1
	}
	n := 0
	for _, l := range m.lines {
		if !l.header && c.report.Finding(l.key).Status == detect.Declared {
			n++
		}
	}
	return n
}

// langKey returns the sort key of the language of the policy's first part: its ISO 639-1
// code, and "~" (after every code) when the language is not known.
func langKey(p *model.Policy) string {
	if len(p.Langs) == 0 || p.Langs[0] == model.LangUnknown {
		return "~"
	}
	return p.Langs[0].String()
}

// langs returns the languages of the given policies' parts, in model.Langs order.
func (m *matrix) langs() []model.Lang { return m.allLangs }

// computeLangs computes langs() from m.all, in one pass over the policies.
func (m *matrix) computeLangs() []model.Lang {
	var seen [256]bool
	for _, c := range m.all {
		for _, l := range c.policy.Langs {
			seen[l] = true
		}
	}
	var out []model.Lang
	for _, l := range model.Langs() {
		if seen[l] {
			out = append(out, l)
		}
	}
	return out
}

// nextLang returns the language filter after the current one: every language the policies
// have, then all again.
func (m *matrix) nextLang() model.Lang {
	ls := m.langs()
	i := slices.Index(ls, m.lang)
	if m.lang == model.LangUnknown {
		i = -1
	}
	if i+1 < len(ls) {
		return ls[i+1]
	}
	return model.LangUnknown
}

// setView, setOrder, setLang and setDecl change one setting and refresh the matrix.
func (m *matrix) setView(v compareView) { m.view = v; m.scrollToCursor() }

func (m *matrix) setOrder(o colOrder) { m.order = o; m.refresh() }

func (m *matrix) setLang(l model.Lang) { m.lang = l; m.refresh() }

// setDecl sets the declare filter on key k.
func (m *matrix) setDecl(d declFilter, k detect.Key) {
	m.decl, m.declKey = d, k
	m.refresh()
}

// colFilterText describes the column filters for the title line: "", or "en · declare
// Deletion · @goo".
func (m *matrix) colFilterText() string {
	var parts []string
	if m.lang != model.LangUnknown {
		parts = append(parts, m.lang.String())
	}
	if m.decl != declAny {
		parts = append(parts, m.decl.String()+" "+m.declKey.Label())
	}
	for _, q := range m.colQ {
		parts = append(parts, "@"+q)
	}
	return strings.Join(parts, " · ")
}
