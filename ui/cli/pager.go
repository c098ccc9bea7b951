package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"github.com/charmbracelet/x/term"
)

// page writes text to the terminal f, through $PAGER (less -R when unset or empty) when it
// has more lines than the terminal has rows, as git does (and with git's LESS=FRX when LESS is
// unset, so that PAGER=less shows colours too). The pager runs through the shell so
// that PAGER may carry arguments; when it cannot start, the text is printed straight.
func page(f *os.File, text string) error {
	_, rows, err := term.GetSize(f.Fd())
	pager := strings.TrimSpace(os.Getenv("PAGER"))
	if pager == "" {
		pager = "less -R"
	}
	if err != nil || rows <= 0 || strings.Count(text, "\n") < rows || pager == "cat" {
		_, err := io.WriteString(f, text)
		return err
	}
	cmd := exec.Command("sh", "-c", pager)
	if runtime.GOOS == "windows" {
		fields := strings.Fields(pager)
		cmd = exec.Command(fields[0], fields[1:]...)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(text), f, os.Stderr
	if _, set := os.LookupEnv("LESS"); !set {
		// As git: colours pass through (R), and the text stays on the screen after q (X).
		cmd.Env = append(os.Environ(), "LESS=FRX")
	}
	if err := cmd.Start(); err != nil {
		_, err := io.WriteString(f, text)
		return err
	}
	if err := cmd.Wait(); err != nil {
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit) && !exit.Exited():
			return nil // the pager was stopped by a signal: the user quit it
		case errors.As(err, &exit) && exit.ExitCode() == 127: // the shell found no such pager
			_, err := io.WriteString(f, text)
			return err
		}
		return fmt.Errorf("pager %q: %w", pager, err)
	}
	return nil
}
