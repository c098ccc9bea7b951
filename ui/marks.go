package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// markGlyph is drawn beside a marked policy, in the library and in the matrix's header: the
// mark is a symbol, not only a colour.
const markGlyph = "•"

// policyMarks is the set of policies marked with `m` for side-by-side reading. The App
// holds one and gives it to the library and the compare screen, so a policy marked in one is
// marked in the other.
type policyMarks struct {
	order []*model.Policy // in the order marked: the first marked is read on the left
}

// has reports whether p is marked.
func (m *policyMarks) has(p *model.Policy) bool { return slices.Contains(m.order, p) }

// count returns how many policies are marked.
func (m *policyMarks) count() int { return len(m.order) }

// list returns the marked policies in the order they were marked.
func (m *policyMarks) list() []*model.Policy { return slices.Clone(m.order) }

// toggle marks p, or unmarks it when it is marked, and returns the status line that says
// what happened and what to do next.
func (m *policyMarks) toggle(p *model.Policy) string {
	if i := slices.Index(m.order, p); i >= 0 {
		m.order = slices.Delete(m.order, i, i+1)
		return fmt.Sprintf("unmarked %s · %s", p.DisplayName(), m.hint())
	}
	m.order = append(m.order, p)
	return fmt.Sprintf("marked %s · %s", p.DisplayName(), m.hint())
}

// hint says what the marks allow now.
func (m *policyMarks) hint() string {
	switch n := m.count(); n {
	case 0:
		return "nothing marked"
	case 1:
		return "mark one more, then v: side by side"
	case 2:
		return "v: side by side · D: what changed"
	default:
		return fmt.Sprintf("%d marked: side by side takes two, m unmarks", n)
	}
}

// open returns the command that opens the two marked policies side by side, or, when not
// exactly two are marked, nil and the status line that says why.
func (m *policyMarks) open() (tea.Cmd, string) {
	if m.count() != 2 {
		return nil, m.notTwo()
	}
	l, r := m.order[0], m.order[1]
	lp, rp := matchingParts(l, r)
	msg := OpenSideBySideMsg{Left: l, Right: r, LeftPart: lp, RightPart: rp}
	return func() tea.Msg { return msg }, ""
}

// notTwo says why side by side does not open, and what to do, when not exactly two policies
// are marked.
func (m *policyMarks) notTwo() string {
	switch n := m.count(); n {
	case 0:
		return "side by side reads two policies: mark two with m"
	case 1:
		return "1 policy marked: mark one more with m for side by side"
	default:
		return fmt.Sprintf("%d policies marked: side by side reads two, unmark %d with m", n, n-2)
	}
}

// changes returns the command that shows what changed from the first marked policy to the
// second, or nil when not exactly two are marked.
func (m *policyMarks) changes() tea.Cmd {
	if m.count() != 2 {
		return nil
	}
	msg := OpenChangesMsg{Old: m.order[0], New: m.order[1]}
	return func() tea.Msg { return msg }
}

// markKeys are the bindings that mark policies and open them side by side, the same in the
// library and the compare matrix. SideBySide is enabled (and listed) only when two policies are
// marked; NotTwo, on the same key, is enabled otherwise and explains what is missing, so `v`
// always answers and the help never promises what it cannot do.
type markKeys struct {
	Mark       key.Binding
	SideBySide key.Binding
	NotTwo     key.Binding
	Changes    key.Binding // D: what changed from the first marked to the second (changes_screen.go)
}

// newMarkKeys returns the mark bindings, all enabled.
func newMarkKeys() markKeys {
	return markKeys{
		Mark:       key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark")),
		SideBySide: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "side by side")),
		NotTwo:     key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "side by side (mark 2)")),
		Changes:    key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "what changed")),
	}
}

// update enables the bindings for the marks and the policy under the cursor (nil when there
// is none), when the screen takes them at all (on).
func (k *markKeys) update(m *policyMarks, cur *model.Policy, on bool) {
	k.Mark.SetEnabled(on && cur != nil)
	if cur != nil && m.has(cur) {
		k.Mark.SetHelp("m", "unmark")
	} else {
		k.Mark.SetHelp("m", "mark")
	}
	k.SideBySide.SetEnabled(on && m.count() == 2)
	k.Changes.SetEnabled(on && m.count() == 2)
	k.NotTwo.SetEnabled(on && m.count() != 2)
}
