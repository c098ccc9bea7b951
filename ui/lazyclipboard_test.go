package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/atotto/clipboard"
)

// clipboardHelperEnv makes TestClipboardHelper run: it is the child process of
// TestClipboardLookedUpOnFirstUse.
const clipboardHelperEnv = "FINEPRINT_CLIPBOARD_HELPER_PATH"

// TestClipboardLookedUpOnFirstUse checks the copy of atotto/clipboard that go.mod's replace
// links (ui/lazyclipboard): it looks for the clipboard programs when first used, not at start.
// A child process starts with no xclip in $PATH, then puts a folder holding a fake xclip on
// $PATH and pastes: the text comes from the fake xclip. The original, which searched $PATH in
// its init, would have found nothing and answered that no clipboard program is installed.
func TestClipboardLookedUpOnFirstUse(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("the xclip path is the Unix one")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	const text = "Données 数据 Straße"
	script := fmt.Sprintf("#!/bin/sh\nprintf '%%s' '%s'\n", text)
	if err := os.WriteFile(filepath.Join(dir, "xclip"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestClipboardHelper$", "-test.v")
	cmd.Env = []string{"PATH=" + t.TempDir(), "HOME=" + dir, clipboardHelperEnv + "=" + dir}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "pasted: "+text+"\n") {
		t.Errorf("the paste did not come from the xclip put on $PATH after start:\n%s", out)
	}
}

// TestClipboardHelper is TestClipboardLookedUpOnFirstUse's child: it puts the folder it is
// given on $PATH, then pastes.
func TestClipboardHelper(t *testing.T) {
	dir := os.Getenv(clipboardHelperEnv)
	if dir == "" {
		t.Skip("run by TestClipboardLookedUpOnFirstUse")
	}
	t.Setenv("WAYLAND_DISPLAY", "")
	t.Setenv("PATH", dir)
	got, err := clipboard.ReadAll()
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	fmt.Printf("pasted: %s\n", got)
}
