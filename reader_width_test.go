package main

import (
	"testing"

	"fineprint/ui"
)

// TestReaderWidthFlagAndConfig: the reader's measure is 90 cells by default, the config file's
// reader-width when set, and --reader-width above both; a negative width is a usage error.
func TestReaderWidthFlagAndConfig(t *testing.T) {
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	width := func(args ...string) (int, int) {
		t.Helper()
		got := -1
		_, code := runTUIWith(t, func(opts ui.Options) error { got = opts.ReaderWidth; return nil }, args...)
		return got, code
	}
	if w, code := width(); code != 0 || w != ui.DefaultReaderWidth {
		t.Errorf("no flag, no config: width %d (exit %d), want %d", w, code, ui.DefaultReaderWidth)
	}
	writeFile(t, cfgHome, "fineprint/config", "reader-width = 72\n")
	if w, code := width(); code != 0 || w != 72 {
		t.Errorf("config reader-width = 72: width %d (exit %d)", w, code)
	}
	if w, code := width("--reader-width", "0"); code != 0 || w != 0 {
		t.Errorf("--reader-width 0 over the config: width %d (exit %d), want 0 (full width)", w, code)
	}
	if _, code := width("--reader-width", "-3"); code != 2 {
		t.Errorf("--reader-width -3: exit %d, want 2", code)
	}
	writeFile(t, cfgHome, "fineprint/config", "reader-width = wide\n")
	errOut, code := runTUIWith(t, func(opts ui.Options) error {
		if opts.ReaderWidth != ui.DefaultReaderWidth {
			t.Errorf("a bad reader-width line: width %d, want the default", opts.ReaderWidth)
		}
		return nil
	})
	if code != 0 {
		t.Errorf("a bad reader-width line: exit %d (%s), want the TUI with the line reported", code, errOut)
	}
}
