package policies

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestReadConfig(t *testing.T) {
	dir := t.TempDir()
	home := t.TempDir()
	t.Setenv("HOME", home)
	path := filepath.Join(dir, "config")
	content := "\ufeff# folders fineprint always loads\n\nfolder = /abs/policies\nfolder=relative/here\n  folder = ~/saved  \n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := ReadConfig(path)
	if err != nil {
		t.Fatalf("ReadConfig: %v", err)
	}
	want := []string{"/abs/policies", filepath.Join(dir, "relative/here"), filepath.Join(home, "saved")}
	if strings.Join(cfg.Folders, "\n") != strings.Join(want, "\n") {
		t.Errorf("Folders = %q, want %q", cfg.Folders, want)
	}
	if cfg.Path != path {
		t.Errorf("Path = %q, want %q", cfg.Path, path)
	}
}

func TestReadConfigMissingIsEmpty(t *testing.T) {
	t.Parallel()
	cfg, err := ReadConfig(filepath.Join(t.TempDir(), "nope", "config"))
	if err != nil || len(cfg.Folders) != 0 {
		t.Fatalf("ReadConfig(missing) = %+v, %v; want empty, nil", cfg, err)
	}
}

func TestReadConfigErrorsNameLine(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		content string
		want    []string // in the error
		folders []string // still read
	}{
		{"folder = /a\ncolour = red\n", []string{`config.bad:2: unknown key "colour"`}, []string{"/a"}},
		{"# x\njust a path\nfolder = /b\n", []string{`config.bad:2: want "key = value"`}, []string{"/b"}},
		{"folder =\n", []string{`config.bad:1: want "key = value"`}, nil},
		{"dossier = /x\nfolder = /a\n文件夹 /y\nfolder = /c\n", []string{`config.bad:1: unknown key "dossier"`, `config.bad:3: want "key = value", got "文件夹 /y"`}, []string{"/a", "/c"}},
	} {
		path := filepath.Join(t.TempDir(), "config.bad")
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := ReadConfig(path)
		for _, w := range tt.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("ReadConfig(%q) error = %v, want it to contain %q", tt.content, err, w)
			}
		}
		if n := strings.Count(err.Error(), "\n") + 1; n != len(tt.want) {
			t.Errorf("ReadConfig(%q) error has %d lines, want one per bad line (%d)", tt.content, n, len(tt.want))
		}
		if strings.Join(cfg.Folders, ",") != strings.Join(tt.folders, ",") {
			t.Errorf("ReadConfig(%q) Folders = %q, want the good lines' %q", tt.content, cfg.Folders, tt.folders)
		}
	}
}

func TestConfigPathHonoursXDG(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG_CONFIG_HOME is a Linux convention")
	}
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	got, err := ConfigPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "fineprint", "config"); got != want {
		t.Errorf("ConfigPath = %q, want %q", got, want)
	}
}

func TestReadConfigReaderWidth(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		content string
		want    int // -1: not set
		err     string
	}{
		{"reader-width = 72\n", 72, ""},
		{"reader-width=0\nfolder = /a\n", 0, ""},
		{"folder = /a\n", -1, ""},
		{"reader-width = wide\nfolder = /a\n", -1, `config.bad:1: reader-width wants a number of cells, 0 or more, got "wide"`},
		{"reader-width = -5\n", -1, `config.bad:1: reader-width wants a number`},
	} {
		path := filepath.Join(t.TempDir(), "config.bad")
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := ReadConfig(path)
		got := -1
		if cfg.ReaderWidth != nil {
			got = *cfg.ReaderWidth
		}
		if got != tt.want {
			t.Errorf("%q: reader width %d, want %d", tt.content, got, tt.want)
		}
		if (tt.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("%q: error %v, want %q", tt.content, err, tt.err)
		}
	}
}
