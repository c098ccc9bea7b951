package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/policies"
)

// TestTUIOptionsConfig checks what the TUI is given from the config file: its reader width,
// the policies of the folders it names (loaded in the background, after the bundled ones), and
// one status line for each bad line of it, without losing the good lines.
func TestTUIOptionsConfig(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	saved := filepath.Join(dir, "saved")
	if err := os.MkdirAll(saved, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := "# Politique de confidentialité\n\n## Vos droits\n\nVous pouvez demander la suppression de vos données.\n"
	if err := os.WriteFile(filepath.Join(saved, "acme.md"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config", "fineprint", "config")
	if err := os.MkdirAll(filepath.Dir(cfg), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("folder = "+saved+"\nreader-width = 72\ncolour = blue\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts, err := TUIOptions(context.Background(), policies.Sources{Bundled: true, Config: true})
	if err != nil {
		t.Fatal(err)
	}
	if opts.ReaderWidth != 72 || len(opts.Policies) != 5 || opts.Loads == nil {
		t.Fatalf("reader width %d, %d policies, loads %v; want 72, the 5 bundled and a folder loading", opts.ReaderWidth, len(opts.Policies), opts.Loads)
	}
	var loaded []string
	var errs []string
	for ev := range opts.Loads {
		switch {
		case ev.Err != nil:
			errs = append(errs, ev.Err.Error())
		case ev.Policy != nil:
			loaded = append(loaded, ev.Policy.ID)
		}
	}
	if len(loaded) != 1 || loaded[0] != "acme" {
		t.Errorf("loaded %q, want the folder's acme", loaded)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "config:3:") || !strings.Contains(errs[0], "colour") {
		t.Errorf("errors %q, want one naming line 3 and its key", errs)
	}
}
