package ui

import (
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// openSelected returns the command that opens the reader at the clause of the selected
// evidence for the cell under the cursor.
func (s *compareScreen) openSelected() tea.Cmd {
	col, _, ok := s.mx.current()
	if !ok {
		return nil
	}
	ev, ok := s.ev.selected(s.currentFinding())
	if !ok {
		return s.status.info("no clause to open: " + col.name + " does not mention this")
	}
	msg := OpenClauseMsg{Policy: col.policy, Clause: ev.Clause}
	return func() tea.Msg { return msg }
}

// openSideBySide returns the command that opens the two marked policies side by side.
func (s *compareScreen) openSideBySide() tea.Cmd {
	cmd, why := s.mx.marks.open()
	if cmd == nil {
		return s.status.fail(why)
	}
	return cmd
}

// matchingParts returns the language parts of a and b to read side by side: the first parts
// in a language both have (the English part of a bilingual policy beside an English one), else
// the first parts.
func matchingParts(a, b *model.Policy) (ap, bp int) {
	for i, pa := range a.Parts {
		for j, pb := range b.Parts {
			if pa.Lang != model.LangUnknown && pa.Lang == pb.Lang {
				return i, j
			}
		}
	}
	return 0, 0
}

// back returns the command that leaves the compare screen; a `/` filter is cleared first.
func (s *compareScreen) back() tea.Cmd {
	if s.find.Value() != "" {
		s.find.SetValue("")
		s.mx.setFilter(s.mx.filter, "")
		s.ev.reset()
		return nil
	}
	return func() tea.Msg { return BackMsg{} }
}
