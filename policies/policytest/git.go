package policytest

import (
	"bufio"
	"fmt"

	"os/exec"
	"strings"
)

// GitHistory makes a git repository in dir holding file with n versions of a synthetic
// policy of about size bytes, one commit each, a day apart, written in one `git fast-import`
// (committing 500 times would take longer than what is measured). Version v rewords one
// paragraph of version v-1, and every tenth version changes its retention period, so that the
// summaries between versions have something to say.
func GitHistory(dir, file string, n, size int) error {
	run := func(stdin string, args ...string) error {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		if stdin != "" {
			cmd.Stdin = strings.NewReader(stdin)
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("git %s: %v: %s", args[0], err, out)
		}
		return nil
	}
	if err := run("", "init", "-q", "-b", "main"); err != nil {
		return err
	}
	lines := strings.Split(Policy(1, size), "\n")
	var paras []int // lines that are paragraphs: long, not headings, list items or table rows
	for i, l := range lines {
		if len(l) > 80 && !strings.ContainsAny(l[:1], "#-|*0123456789") {
			paras = append(paras, i)
		}
	}
	if len(paras) == 0 {
		return fmt.Errorf("no paragraphs in the generated policy")
	}
	var b strings.Builder
	w := bufio.NewWriter(&b)
	const day = 86400
	for v := range n {
		if v > 0 {
			i := paras[(v*7)%len(paras)]
			lines[i] = strings.Replace(lines[i], " ", fmt.Sprintf(" revised%d ", v), 1)
		}
		retention := fmt.Sprintf("\n\n## Retention\n\nWe keep your personal information for %d days.\n", 30*(1+v/10))
		content := strings.Join(lines, "\n") + retention
		fmt.Fprintf(w, "commit refs/heads/main\ncommitter Bench <bench@example.com> %d +0000\n", 1700000000+v*day)
		msg := fmt.Sprintf("version %d", v)
		fmt.Fprintf(w, "data %d\n%s\n", len(msg), msg)
		fmt.Fprintf(w, "M 100644 inline %s\ndata %d\n%s\n\n", file, len(content), content)
	}
	w.Flush()
	if err := run(b.String(), "fast-import", "--quiet"); err != nil {
		return err
	}
	return run("", "checkout", "-q", "main")
}

// Git reports whether the git command is installed.
func Git() bool {
	_, err := exec.LookPath("git")
	return err == nil
}
