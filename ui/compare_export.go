package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"fineprint/model/detect"
)

// exportFileName is the file `e` writes the matrix to, in the current directory.
const exportFileName = "fineprint-compare.md"

// exportState is the compare screen's export in progress: nothing, or a question whether to
// overwrite an existing file.
type exportState struct {
	overwrite string // the existing file's path while asking, "" otherwise
	doc       []byte // what to write if the user says yes
}

// asking reports whether the y/n question is up.
func (e exportState) asking() bool { return e.overwrite != "" }

// question returns the y/n question.
func (e exportState) question() string {
	return e.overwrite + " exists: overwrite? (y/n)"
}

// exportDoneMsg reports the end of an export: the file written, or that the file exists and
// nothing was written. A failure comes as errMsg.
type exportDoneMsg struct {
	path   string
	exists bool   // the file exists and nothing was written
	doc    []byte // what was to be written, kept for the overwrite question
}

// startExport writes the matrix as shown (its rows after the filters, all its policies) to
// exportFileName (in exportDir, else the working directory) in a command, never overwriting an existing file without asking.
func (s *compareScreen) startExport() tea.Cmd {
	if s.analysedCount() == 0 {
		return s.status.fail("nothing to export yet: the policies are still being analysed")
	}
	dir := s.exportDir
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return errCmd(fmt.Errorf("export: %w", err))
		}
	}
	return exportCmd(filepath.Join(dir, exportFileName), matrixMarkdown(&s.mx), false)
}

// MatrixMarkdown returns the compare matrix of the reports (one per policy, in column order)
// as a markdown document, every key shown: the one markdown writer of fineprint, for the
// compare screen's export and `fineprint compare --markdown`.
func MatrixMarkdown(reports []*detect.Report) []byte {
	m := newMatrix(&policyMarks{})
	cols := make([]matrixColumn, 0, len(reports))
	for _, r := range reports {
		if r != nil && r.Policy != nil {
			cols = append(cols, matrixColumn{policy: r.Policy, report: r, name: r.Policy.DisplayName()})
		}
	}
	m.setColumns(cols)
	return matrixMarkdown(&m)
}

// matrixMarkdown returns the matrix as a markdown document: a table of the shown rows by the
// analysed policies, the summary rows, a legend and the list of policies with their sources.
func matrixMarkdown(m *matrix) []byte {
	var cols []matrixColumn
	for _, c := range m.cols {
		if c.report != nil {
			cols = append(cols, c)
		}
	}
	var b bytes.Buffer
	b.WriteString("# fineprint comparison\n\n")
	noun := "policies"
	if len(cols) == 1 {
		noun = "policy"
	}
	fmt.Fprintf(&b, "%d %s; rows: %s", len(cols), noun, m.filter)
	if m.query != "" {
		fmt.Fprintf(&b, ", keys matching %q", m.query)
	}
	b.WriteString(".\n\n| Key |")
	for _, c := range cols {
		b.WriteString(" " + mdCell(c.name) + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(cols)) + "\n")
	for _, l := range m.lines {
		if l.header {
			b.WriteString("| **" + groupTitle(l.group) + "** |" + strings.Repeat(" |", len(cols)) + "\n")
			continue
		}
		b.WriteString("| " + mdCell(l.key.Label()) + " (`" + l.key.String() + "`) |")
		for _, c := range cols {
			f := c.report.Finding(l.key)
			cell := statusSymbol(f.Status) + scopeMark(f.Scope)
			if f.Value != "" && f.Status != detect.NotMentioned {
				cell += " " + oneLine(f.Value)
			}
			b.WriteString(" " + mdCell(cell) + " |")
		}
		b.WriteString("\n")
	}
	rights := len(detect.KeysOf(detect.GroupRights))
	b.WriteString("| Rights declared |")
	for _, c := range cols {
		fmt.Fprintf(&b, " %d/%d |", c.report.Count(detect.GroupRights, detect.Declared), rights)
	}
	b.WriteString("\n| Data collected |")
	for _, c := range cols {
		fmt.Fprintf(&b, " %d |", c.report.Count(detect.GroupData, detect.Declared))
	}
	b.WriteString("\n\n" + legendText + "\n\n## Policies\n\n")
	for _, c := range cols {
		fmt.Fprintf(&b, "- %s: %s (%s)\n", mdCell(c.name), mdCell(c.policy.Title), mdCell(c.policy.Source))
	}
	return b.Bytes()
}

// mdCell makes s safe inside a markdown table cell: one line, pipes escaped.
func mdCell(s string) string {
	return strings.ReplaceAll(oneLine(s), "|", "\\|")
}

// exportCmd returns a command that writes doc to path. Unless overwrite is set, an existing
// file is left alone and reported with exists.
func exportCmd(path string, doc []byte, overwrite bool) tea.Cmd {
	return func() tea.Msg {
		err := writeExport(path, doc, overwrite)
		if errors.Is(err, fs.ErrExist) {
			return exportDoneMsg{path: path, exists: true, doc: doc}
		}
		if err != nil {
			return errMsg{err: err}
		}
		return exportDoneMsg{path: path}
	}
}

// writeExport writes doc to path; the file is created exclusively unless overwrite is set, so
// a file that appeared meanwhile is not clobbered either.
func writeExport(path string, doc []byte, overwrite bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if overwrite {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return err
		}
		return fmt.Errorf("export %s: %w", path, err)
	}
	if _, err := f.Write(doc); err != nil {
		f.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// handleExportDone shows the export's outcome, or asks whether to overwrite.
func (s *compareScreen) handleExportDone(msg exportDoneMsg) tea.Cmd {
	if msg.exists {
		s.export = exportState{overwrite: msg.path, doc: msg.doc}
		s.status.clear()
		return nil
	}
	return s.status.info("wrote the matrix to " + msg.path)
}

// handleExportKey answers the overwrite question.
func (s *compareScreen) handleExportKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, s.keys.Yes):
		e := s.export
		s.export = exportState{}
		return exportCmd(e.overwrite, e.doc, true)
	case key.Matches(msg, s.keys.No):
		cmd := s.status.info("export cancelled: " + s.export.overwrite + " left as it was")
		s.export = exportState{}
		return cmd
	}
	return nil
}
