package ui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// Opening the policy in another program, as less's v does: o shows it in $PAGER (less -R when
// unset), e in $VISUAL or $EDITOR (vi when unset), both at the section being read where the
// program takes a +LINE argument. The TUI steps aside while the program runs
// (tea.ExecProcess). A policy read from a text file on disk is opened in place (the editor
// edits it, for any format); a bundled policy, or one the pager could not show as it stands
// (HTML, a version from git), is written to a temporary markdown file first, removed when the
// program ends.

// externalKind is the program a policy is opened in.
type externalKind uint8

// The external programs.
const (
	externalPager externalKind = iota
	externalEditor
)

// String returns "pager" or "editor".
func (k externalKind) String() string {
	if k == externalEditor {
		return "editor"
	}
	return "pager"
}

// externalProgram returns the command line of the program for kind, as git and less read it
// from the environment, and the variable that names it.
func externalProgram(kind externalKind) (cmdline, env string) {
	if kind == externalPager {
		if v := strings.TrimSpace(os.Getenv("PAGER")); v != "" {
			return v, "$PAGER"
		}
		return "less -R", "$PAGER"
	}
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if v := strings.TrimSpace(os.Getenv(name)); v != "" {
			return v, "$" + name
		}
	}
	return "vi", "$EDITOR"
}

// needsShell reports whether a command line uses the shell's syntax (quotes, variables,
// pipes, redirections, ~): such a line is run by sh, as git runs $PAGER and $EDITOR, and a
// line of plain words is split at spaces and run directly.
func needsShell(cmdline string) bool {
	return strings.ContainsAny(cmdline, "|&;<>()$`\\\"'*?[#~=%\n")
}

// takesLineArg reports whether the program named by path starts at a line given as +LINE.
func takesLineArg(path string) bool {
	switch filepath.Base(path) {
	case "less", "more", "most", "vi", "vim", "nvim", "view", "nano", "emacs", "micro", "kak", "joe", "mg":
		return true
	}
	return false
}

// externalFile is the file a program is given for a policy: the source file, or a temporary
// copy of the policy's text (temp set), and the line to start at (0: the top).
type externalFile struct {
	path string
	line int
	temp bool
}

// remove deletes the file when it is a temporary copy.
func (f externalFile) remove() {
	if f.temp {
		os.Remove(f.path)
	}
}

// policyFile returns the file to open p in for kind, positioned at section sec (-1: the top).
func policyFile(p *model.Policy, kind externalKind, sec int) (externalFile, error) {
	if st, err := os.Stat(p.Source); err == nil && st.Mode().IsRegular() && !strings.HasPrefix(p.Source, "bundled:") {
		ext := strings.ToLower(filepath.Ext(p.Source))
		if kind == externalEditor || ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == "" {
			f := externalFile{path: p.Source}
			if sec >= 0 && sec < len(p.Sections) {
				f.line = int(p.Sections[sec].Line)
			}
			return f, nil
		}
	}
	text, line := policyMarkdown(p, sec)
	tmp, err := os.CreateTemp("", "fineprint-"+safeFileName(p.ID)+"-*.md")
	if err != nil {
		return externalFile{}, fmt.Errorf("write a copy of %s: %w", p.DisplayName(), err)
	}
	_, werr := tmp.WriteString(text)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return externalFile{}, fmt.Errorf("write a copy of %s: %w", p.DisplayName(), err)
	}
	return externalFile{path: tmp.Name(), line: line, temp: true}, nil
}

// policyMarkdown returns p as canonical markdown, every language part in order, and the line
// (1-based) where section sec's heading is in it (0 for none).
func policyMarkdown(p *model.Policy, sec int) (string, int) {
	var b strings.Builder
	line := 0
	add := func(md string, i int) {
		md = strings.TrimSpace(md)
		if md == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if i == sec {
			line = strings.Count(b.String(), "\n") + 1
		}
		b.WriteString(md)
	}
	for part, pt := range p.Parts {
		add(p.PreambleMarkdown(part), -1)
		for i := pt.FirstSection; i < pt.EndSection; i++ {
			add(p.SectionMarkdown(i), i)
		}
	}
	b.WriteString("\n")
	return model.Sanitize(b.String()), line
}

// safeFileName keeps the letters, digits, dots and dashes of s, for a temporary file's name.
func safeFileName(s string) string {
	out := strings.Map(func(r rune) rune {
		if r == '-' || r == '.' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			return r
		}
		return -1
	}, s)
	if out == "" {
		return "policy"
	}
	return out
}

// externalCommand returns the command that opens f in the program for kind, or an error that
// says which program is missing and how to choose another. A command line in the shell's
// syntax is given to sh with the file (and +LINE) as its arguments ("$@"). name is the
// program's name, for messages.
func externalCommand(kind externalKind, f externalFile) (c *exec.Cmd, name string, err error) {
	cmdline, env := externalProgram(kind)
	argv := strings.Fields(cmdline)
	shell := needsShell(cmdline)
	if shell {
		if _, err := exec.LookPath("sh"); err != nil {
			return nil, "", fmt.Errorf("cannot open the %s: %s needs a shell and sh was not found", kind, env)
		}
	}
	name = filepath.Base(argv[0])
	bin, err := exec.LookPath(argv[0])
	if err != nil && !shell {
		return nil, "", fmt.Errorf("cannot open the %s: %s not found (set %s)", kind, argv[0], env)
	}
	var args []string
	if f.line > 0 && takesLineArg(argv[0]) {
		args = append(args, "+"+strconv.Itoa(f.line))
	}
	args = append(args, f.path)
	if shell {
		return exec.Command("sh", append([]string{"-c", cmdline + ` "$@"`, cmdline}, args...)...), name, nil
	}
	return exec.Command(bin, append(append([]string(nil), argv[1:]...), args...)...), name, nil
}

// openExternal opens the policy shown in the pager or the editor, at the section being read.
func (r *readerScreen) openExternal(kind externalKind) tea.Cmd {
	if r.policy == nil {
		return nil
	}
	f, err := policyFile(r.policy, kind, r.pane.CurrentSection())
	if err != nil {
		return r.status.fail(err.Error())
	}
	c, name, err := externalCommand(kind, f)
	if err != nil {
		f.remove()
		return r.status.fail(err.Error())
	}
	notice := r.status.info(fmt.Sprintf("opening %s in %s…", r.policy.DisplayName(), name))
	return tea.Sequence(notice, tea.ExecProcess(c, func(err error) tea.Msg {
		f.remove()
		if err != nil {
			return noticeMsg{text: externalFailure(kind, name, err), kind: statusError}
		}
		if f.temp && kind == externalEditor {
			return noticeMsg{text: fmt.Sprintf("back from %s (that was a temporary copy: changes are not kept)", name)}
		}
		return noticeMsg{text: "back from " + name}
	}))
}

// externalFailure says why the program for kind ended in err: a shell's exit status 127 is a
// command it did not find.
func externalFailure(kind externalKind, name string, err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 127 {
		_, env := externalProgram(kind)
		return fmt.Sprintf("cannot open the %s: %s not found (set %s)", kind, name, env)
	}
	return fmt.Sprintf("%s: %v", name, err)
}
