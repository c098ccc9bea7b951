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

// TestSortByRuleSizes checks both ways of sorting occurrences (comparison for few, counting
// for many) order them by rule, then position.
func TestSortByRuleSizes(t *testing.T) {
	t.Parallel()
	for _, n := range []int{3, 50, 5000} {
		occ := make([]occurrence, n)
		for i := range occ {
			occ[i] = occurrence{rule: int32((i * 7919) % 97), pos: int32((i * 104729) % 1013)}
		}
		got := sortByRule(occ, nil, 100)
		if len(got) != n {
			t.Fatalf("%d occurrences sorted into %d", n, len(got))
		}
		for i := 1; i < len(got); i++ {
			if a, b := got[i-1], got[i]; a.rule > b.rule || a.rule == b.rule && a.pos > b.pos {
				t.Fatalf("n=%d: %v before %v", n, a, b)
			}
		}
	}
}

// TestPrefilterOccurrences checks the automaton against a plain search: every occurrence of
// every literal of every set, including literals inside others ("données" in "vos données",
// "個人" and "人資") and literals that share prefixes, found at its start, with the rules
// without literals reported first at -1; the order within one position does not matter, as
// sortByRule orders them.
func TestPrefilterOccurrences(t *testing.T) {
	t.Parallel()
	lits := [][]string{
		{"données", "vos données", "don"},
		nil,
		{"data", "at", "ata"},
		{"個人", "人資", "個人資料"},
		{"daten", "datenschutz"},
		nil, // past always: a waived requirement, not reported
	}
	pf := newPrefilter(lits, 5)
	text := "vos données de datenschutz: data, 個人資料 et don de l'ata"
	var want []occurrence
	want = append(want, occurrence{1, -1})
	for rule, set := range lits {
		for _, lit := range set {
			for i := 0; i+len(lit) <= len(text); i++ {
				if text[i:i+len(lit)] == lit {
					want = append(want, occurrence{int32(rule), int32(i)})
				}
			}
		}
	}
	order := func(x, y occurrence) int {
		if x.rule != y.rule {
			return int(x.rule - y.rule)
		}
		return int(x.pos - y.pos)
	}
	got := pf.occurrences(text, nil)
	if len(got) == 0 || got[0] != (occurrence{1, -1}) {
		t.Fatalf("occurrences start %v, want the rule without literals", got)
	}
	slices.SortFunc(got, order)
	slices.SortFunc(want, order)
	if !slices.Equal(got, want) {
		t.Errorf("occurrences = %v\nwant %v", got, want)
	}
}
