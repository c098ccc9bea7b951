package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
)

// tocModel is the table of contents of one language part of a policy: its sections as a tree
// (nested sections indented, folds for sections that have children), a cursor, and the
// section being read (the scroll spy's answer), which is highlighted.
type tocModel struct {
	st        *Styles
	policy    *model.Policy
	first     int    // index in Policy.Sections of the part's first section
	depth     []int  // depth[k]: indentation level of section first+k (0 for the top)
	hasKids   []bool // hasKids[k]: section first+k has nested sections
	numPad    []int  // numPad[k]: cells before section first+k's number, to right-align it among its siblings
	collapsed map[int]bool
	visible   []int // indexes into Policy.Sections of the rows shown, in order
	cursor    int   // index into visible
	offset    int   // first row on screen
	active    int   // section being read, -1 for none

	width, height int
}

// setPart shows the sections of part of p, all unfolded, cursor at the top.
func (t *tocModel) setPart(p *model.Policy, part int) {
	t.policy = p
	t.collapsed = map[int]bool{}
	t.cursor, t.offset, t.active = 0, 0, -1
	t.depth, t.hasKids, t.numPad = nil, nil, nil
	if p == nil || part < 0 || part >= len(p.Parts) {
		t.first = 0
		t.visible = nil
		return
	}
	pt := p.Parts[part]
	t.first = pt.FirstSection
	n := pt.EndSection - pt.FirstSection
	t.depth = make([]int, n)
	t.hasKids = make([]bool, n)
	minLevel := 0
	for i := pt.FirstSection; i < pt.EndSection; i++ {
		if l := int(p.Sections[i].Level); minLevel == 0 || l < minLevel {
			minLevel = l
		}
	}
	widest := map[int32]int{} // by parent: the widest number of its sections
	for k := range n {
		s := p.Sections[t.first+k]
		t.depth[k] = max(0, int(s.Level)-minLevel)
		if par := int(s.Parent) - t.first; s.Parent >= 0 && par >= 0 && par < n {
			t.hasKids[par] = true
		}
		widest[s.Parent] = max(widest[s.Parent], ansi.StringWidth(s.Number))
	}
	t.numPad = make([]int, n)
	for k := range n {
		if s := p.Sections[t.first+k]; s.Number != "" {
			t.numPad[k] = widest[s.Parent] - ansi.StringWidth(s.Number)
		}
	}
	t.refresh()
}

// refresh recomputes the visible rows from the folds, keeping the cursor's section.
func (t *tocModel) refresh() {
	cur := t.selected()
	t.visible = t.visible[:0]
	hideBelow := -1 // while >= 0, rows deeper than this depth are folded away
	for k := range t.depth {
		if hideBelow >= 0 && t.depth[k] > hideBelow {
			continue
		}
		hideBelow = -1
		t.visible = append(t.visible, t.first+k)
		if t.collapsed[t.first+k] {
			hideBelow = t.depth[k]
		}
	}
	t.cursor = 0
	for r, i := range t.visible {
		if i == cur {
			t.cursor = r
		}
	}
	t.clamp()
}

// selected returns the section under the cursor, -1 when there is none.
func (t *tocModel) selected() int {
	if t.cursor < 0 || t.cursor >= len(t.visible) {
		return -1
	}
	return t.visible[t.cursor]
}

// move moves the cursor by n rows.
func (t *tocModel) move(n int) {
	t.cursor += n
	t.clamp()
}

// clamp keeps the cursor on a row and on screen.
func (t *tocModel) clamp() {
	t.cursor = max(0, min(t.cursor, len(t.visible)-1))
	h := max(1, t.height)
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor >= t.offset+h {
		t.offset = t.cursor - h + 1
	}
	t.offset = max(0, min(t.offset, len(t.visible)-h))
}

// setFold folds (fold true) or unfolds the section under the cursor; folding a section without
// children folds its parent and moves the cursor there, as file trees do.
func (t *tocModel) setFold(fold bool) {
	i := t.selected()
	if i < 0 {
		return
	}
	k := i - t.first
	if fold && !t.hasKids[k] {
		par := int(t.policy.Sections[i].Parent)
		if par < t.first {
			return
		}
		i = par
		for r, v := range t.visible {
			if v == par {
				t.cursor = r
			}
		}
	} else if !t.hasKids[k] {
		return
	}
	t.collapsed[i] = fold
	t.refresh()
}

// setActive records the section being read; the cursor follows it when follow is set (the TOC
// does not have the keyboard).
func (t *tocModel) setActive(i int, follow bool) {
	t.active = i
	if !follow {
		return
	}
	r := t.rowOf(i)
	if r >= 0 {
		t.cursor = r
		t.clamp()
	}
}

// rowOf returns the visible row showing section i: its own, or that of the folded ancestor
// hiding it; -1 when there is none.
func (t *tocModel) rowOf(i int) int {
	for j := i; j >= 0 && t.policy != nil; j = int(t.policy.Sections[j].Parent) {
		for r, v := range t.visible {
			if v == j {
				return r
			}
		}
	}
	return -1
}

// viewLines draws the TOC: exactly height lines of exactly width cells; focused says whether
// it has the keyboard.
func (t *tocModel) viewLines(focused bool) []string {
	var lines []string
	if len(t.visible) == 0 {
		lines = append(lines, t.st.Subtle.Render(padCells(" no sections", t.width)))
	}
	activeRow := t.rowOf(t.active)
	for r := t.offset; r < len(t.visible) && len(lines) < t.height; r++ {
		i := t.visible[r]
		k := i - t.first
		s := t.policy.Sections[i]
		fold := "  "
		if t.hasKids[k] {
			fold = "▾ "
			if t.collapsed[i] {
				fold = "▸ "
			}
		}
		// Numbers are right-aligned among siblings, so that "9 Processing" and "10 Transfers"
		// start their titles in one column.
		text := strings.Repeat("  ", t.depth[k]) + fold + strings.Repeat(" ", t.numPad[k]) + s.Heading()
		text = padCells(" "+text, t.width)
		switch {
		case r == t.cursor && focused:
			text = t.st.Cursor.Render(text)
		case r == activeRow:
			text = t.st.Accent.Render(text)
		case r == t.cursor:
			text = t.st.Dimmed.Render(text)
		}
		lines = append(lines, text)
	}
	for len(lines) < t.height {
		lines = append(lines, strings.Repeat(" ", t.width))
	}
	return lines
}
