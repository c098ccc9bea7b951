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
	cfg, err := ReadConfig(filepath.Join(t.TempDir(), "nope", "config"))
	if err != nil || len(cfg.Folders) != 0 {
		t.Fatalf("ReadConfig(missing) = %+v, %v; want empty, nil", cfg, err)
	}
}

func TestReadConfigErrorsNameLine(t *testing.T) {
	for _, tt := range []struct{ content, want string }{
		{"folder = /a\ncolour = red\n", `config.bad:2: unknown key "colour"`},
		{"# x\njust a path\n", `config.bad:2: want "key = value"`},
		{"folder =\n", `config.bad:1: want "key = value"`},
	} {
		path := filepath.Join(t.TempDir(), "config.bad")
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadConfig(path)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadConfig(%q) error = %v, want it to contain %q", tt.content, err, tt.want)
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
