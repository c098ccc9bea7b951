package policies

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // no config file
	doc := "Politique de confidentialité\n1. Données\nNous collectons votre nom.\n"
	for _, name := range []string{"b.md", "a.md", "über.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "b.md")
	tests := []struct {
		name    string
		src     Sources
		want    []string // IDs in order
		wantErr func(error) bool
	}{
		{"bundled first, then args in order, folders sorted", Sources{Bundled: true, Args: []string{file, dir}},
			[]string{"api7", "7ding", "api-service", "aiwellflow", "airobotics", "b", "a", "über"}, nil},
		{"an ID names a bundled policy", Sources{Args: []string{"7ding", file, "api7"}}, []string{"7ding", "b", "api7"}, nil},
		{"an ID loaded already adds nothing", Sources{Bundled: true, Args: []string{"api7"}},
			[]string{"api7", "7ding", "api-service", "aiwellflow", "airobotics"}, nil},
		{"unknown ID", Sources{Args: []string{"nope"}}, nil,
			func(err error) bool { var ne *NameError; return errors.As(err, &ne) && ne.Name == "nope" }},
		{"a missing path is a file error, not an ID", Sources{Args: []string{"./nope.md"}}, nil,
			func(err error) bool { var fe *FileError; return errors.As(err, &fe) }},
		{"nothing named", Sources{}, nil, func(err error) bool { return errors.Is(err, ErrNothingToRead) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, errs := Open(context.Background(), tt.src, nil)
			var ids []string
			for _, p := range ps {
				ids = append(ids, p.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("IDs %q, want %q", ids, tt.want)
			}
			if tt.wantErr == nil && len(errs) > 0 || tt.wantErr != nil && (len(errs) != 1 || !tt.wantErr(errs[0])) {
				t.Errorf("errors %v", errs)
			}
		})
	}
}
