package detect

import (
	"slices"
	"testing"
)

// TestSortByRule checks the counting sort against a comparison sort.
func TestSortByRule(t *testing.T) {
	t.Parallel()
	occ := []occurrence{{3, -1}, {1, 5}, {3, 2}, {0, 7}, {1, 4}, {3, 9}, {2, 1}, {1, 6}, {0, 3}}
	want := slices.Clone(occ)
	slices.SortFunc(want, func(x, y occurrence) int {
		if x.rule != y.rule {
			return int(x.rule - y.rule)
		}
		return int(x.pos - y.pos)
	})
	if got := sortByRule(occ, nil, 4); !slices.Equal(got, want) {
		t.Errorf("sortByRule = %v, want %v", got, want)
	}
}
