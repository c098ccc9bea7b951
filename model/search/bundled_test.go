package search

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

// seedsDir holds the bundled policies, read here with model.Parse so that the search package
// does not depend on the loader.
const seedsDir = "../../policies/seeds"

// bundledIndex parses the bundled seed policies and indexes them with their reports; it skips
// the test when the seeds are not there.
func bundledIndex(tb testing.TB) ([]*model.Policy, *Index) {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*"))
	if len(files) == 0 {
		tb.Skip("no seed policies in " + seedsDir)
	}
	var ps []*model.Policy
	var reports []*detect.Report
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		p, err := model.Parse("bundled:"+filepath.Base(f), data)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		p.ID = filepath.Base(f)
		ps = append(ps, p)
		reports = append(reports, detect.Analyze(p))
	}
	return ps, NewIndex(ps, reports)
}

// TestBundledQuality checks what a reader of the bundled policies would see: the clauses that
// state a thing come first, and plain prose words do not drag in scattered-letter matches.
func TestBundledQuality(t *testing.T) {
	t.Parallel()
	ps, ix := bundledIndex(t)
	for _, tt := range []struct {
		query string
		want  string // normalised text the first hit must contain
	}{
		{"singapore", "singapore"},
		{"delete", "delete"},
		{"删除", "删除"},
		{"个人信息", "个人信息"},
		{"cookie", "cookie"},
		{"third party", "third party"},
		{"retain", "retain"},
	} {
		res, err := ix.Search(context.Background(), tt.query, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Errorf("%q: no hits", tt.query)
			continue
		}
		h := res.Hits[0]
		if text := normalizeString(ps[h.Policy].Clauses[h.Clause].Text); !containsWord(text, tt.want) {
			t.Errorf("%q: first hit %q lacks %q", tt.query, text, tt.want)
		}
	}
	// Over-matching: a word that is not in the corpus finds nothing, however many of its letters are.
	for _, q := range []string{"erasure", "blockchain", "删除删除"} {
		res, _ := ix.Search(context.Background(), q, 10)
		if res.Total != 0 {
			h := res.Hits[0]
			t.Errorf("%q matched %d clauses, e.g. %q", q, res.Total, ps[h.Policy].Clauses[h.Clause].Text)
		}
	}
}

// containsWord reports whether text contains w starting at a word boundary.
func containsWord(text, w string) bool {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w && boundaryBefore(text, i) {
			return true
		}
	}
	return false
}

// BenchmarkSearchBundled measures a keystroke's search over the five bundled policies.
func BenchmarkSearchBundled(b *testing.B) {
	_, ix := bundledIndex(b)
	b.ReportMetric(float64(ix.Len()), "clauses")
	for _, q := range benchQueries {
		b.Run(queryName(q), func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.Search(context.Background(), q, 200); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
