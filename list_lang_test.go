package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// evalDir returns ../shared/eval/name, or skips the test when it is absent.
func evalDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join("..", "shared", "eval", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no %s", dir)
	}
	return dir
}

// listFolder runs list --json --no-bundled over dir and returns its entries by source file name.
func listFolder(t *testing.T, dir string) map[string]listEntry {
	t.Helper()
	out, errOut, code := runCLI(t, "list", "--json", "--no-bundled", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("list %s: exit %d, stderr:\n%s", dir, code, errOut)
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	bySource := map[string]listEntry{}
	for _, e := range entries {
		bySource[filepath.Base(e.Source)] = e
	}
	return bySource
}

// TestListEvalLanguages checks that list names the language of every document of the
// international dev set as its labels do (fr, de, es, it), with one language each.
func TestListEvalLanguages(t *testing.T) {
	t.Parallel()
	dir := evalDir(t, "dev-intl")
	entries := listFolder(t, dir)
	labels, _ := filepath.Glob(filepath.Join(dir, "*.labels.json"))
	if len(labels) == 0 {
		t.Skip("no labels")
	}
	langRE := regexp.MustCompile(`"lang":\s*"([^"]+)"`)
	fileRE := regexp.MustCompile(`"file":\s*"([^"]+)"`)
	for _, l := range labels {
		data, err := os.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		lang, file := langRE.FindSubmatch(data), fileRE.FindSubmatch(data)
		if lang == nil || file == nil {
			t.Fatalf("%s: no lang or file", l)
		}
		e, ok := entries[string(file[1])]
		if !ok {
			t.Errorf("%s was not loaded", file[1])
			continue
		}
		if want := []string{string(lang[1])}; !slices.Equal(e.Languages, want) {
			t.Errorf("%s: languages %v, want %v", file[1], e.Languages, want)
		}
	}
}

// TestEvalFoldersLoad checks that every document of the eval folders loads: none is refused.
func TestEvalFoldersLoad(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"structure", "dev", "dev-intl"} {
		t.Run(name, func(t *testing.T) {
			dir := evalDir(t, name)
			entries := listFolder(t, dir)
			files, _ := os.ReadDir(dir)
			for _, f := range files {
				ext := filepath.Ext(f.Name())
				if strings.EqualFold(strings.TrimSuffix(f.Name(), ext), "readme") {
					continue // the folder's own description, which a folder load skips
				}
				switch strings.ToLower(ext) {
				case ".md", ".html", ".htm", ".txt":
					if _, ok := entries[f.Name()]; !ok {
						t.Errorf("%s was not loaded", f.Name())
					}
				}
			}
		})
	}
}
