package policies

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestBundled(t *testing.T) {
	t.Parallel()
	ps, err := Bundled()
	if err != nil {
		t.Fatalf("Bundled: %v", err)
	}
	if len(ps) != len(manifest) {
		t.Fatalf("%d policies, want %d", len(ps), len(manifest))
	}
	for i, e := range manifest {
		p := ps[i]
		t.Run(e.ID, func(t *testing.T) {
			if p.ID != e.ID || p.Source != "bundled:"+e.File {
				t.Errorf("ID, Source = %q, %q; want %q, %q", p.ID, p.Source, e.ID, "bundled:"+e.File)
			}
			if p.Title != e.Title || p.Company != e.Company || p.Date != e.Date {
				t.Errorf("metadata = %q / %q / %q, want the manifest's %q / %q / %q",
					p.Title, p.Company, p.Date, e.Title, e.Company, e.Date)
			}
			// Languages come from the parser; the manifest says what they must be.
			if !slices.Equal(p.Langs, e.Langs) {
				t.Errorf("parser found languages %v, manifest says %v", p.Langs, e.Langs)
			}
			if len(p.Sections) < 5 || len(p.Clauses) < 20 || p.Words < 400 {
				t.Errorf("suspiciously small: %d sections, %d clauses, %d words", len(p.Sections), len(p.Clauses), p.Words)
			}
		})
	}
	again, _ := Bundled()
	if again[0] != ps[0] {
		t.Error("Bundled parsed the seeds again; want them parsed once and shared")
	}
	again[0] = nil
	if third, _ := Bundled(); third[0] == nil {
		t.Error("changing the returned slice changed Bundled's own")
	}
}

// TestSeedsByteForByte checks the embedded seeds against the originals in ../shared/seeds,
// when that folder is present.
func TestSeedsByteForByte(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no %s: %v", dir, err)
	}
	originals, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var all [][]byte
	for _, o := range originals {
		data, err := os.ReadFile(filepath.Join(dir, o.Name()))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data)
	}
	for _, e := range manifest {
		data, err := Seed(e.File)
		if err != nil {
			t.Fatalf("Seed(%q): %v", e.File, err)
		}
		if !slices.ContainsFunc(all, func(o []byte) bool { return bytes.Equal(o, data) }) {
			t.Errorf("seeds/%s matches none of the files in %s byte for byte", e.File, dir)
		}
	}
}
