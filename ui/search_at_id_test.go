package ui

import (
	"strings"
	"testing"
)

// TestSearchAtIDWithHyphens types "@api-service data" (and a file-made ID with digits) into
// the search screen over the bundled policies: every result is that policy's, and there are
// some.
func TestSearchAtIDWithHyphens(t *testing.T) {
	t.Parallel()
	for _, id := range []string{"api-service", "google-2017-en"} {
		ps := seeds(t)
		if id == "google-2017-en" {
			g := *ps[0]
			g.ID = id
			ps = append(ps, &g)
		}
		s := newSearchOver()
		s.setSize(120, 40)
		searchLoad(s, ps)
		searchType(s, "@"+id+" data")
		if len(s.res.Hits) == 0 {
			t.Fatalf("@%s data: no result", id)
		}
		for _, h := range s.res.Hits {
			if got := s.ix.Policies()[h.Policy].ID; got != id {
				t.Errorf("@%s data: a result of %s", id, got)
			}
		}
		if v := s.view(); !strings.Contains(v, id+" · clause") {
			t.Errorf("@%s data: the preview does not name %s:\n%s", id, id, v)
		}
	}
}
