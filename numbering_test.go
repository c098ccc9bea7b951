package main

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// clauseRef is how every JSON output of fineprint names a clause: `clause` numbered from 1 as the
// TUI says "clause 2 of 3", `clause_index` the 0-based index.
type clauseRef struct {
	Clause      int    `json:"clause"`
	ClauseIndex int    `json:"clause_index"`
	Quote       string `json:"quote"`
}

// searchNumber returns the clause number search --json gives the one clause of path matching
// query: the reference the other outputs must agree with.
func searchNumber(t *testing.T, path, query string) int {
	t.Helper()
	out, errOut, code := runCLI(t, "search", query, "--no-bundled", "--json", path)
	var res struct{ Results []searchHit }
	if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Results) != 1 {
		t.Fatalf("search %q: exit %d, stdout %q, stderr %q", query, code, out, errOut)
	}
	return res.Results[0].Clause
}

// TestClauseNumberingEverywhere: compare --json and --csv, and diff --json (its clauses and
// its evidence) number clauses as search --json and the TUI do: from 1, with the 0-based
// index beside it as clause_index.
func TestClauseNumberingEverywhere(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	old, new := writeFile(t, dir, "old/acme.md", diffOld), writeFile(t, dir, "new/acme.md", diffNew)
	location := searchNumber(t, new, "GPS")
	if location != 2 {
		t.Fatalf("search numbers the location clause %d; this test expects the second clause", location)
	}
	retentionOld, retentionNew := searchNumber(t, old, "days"), searchNumber(t, new, "days")

	out, errOut, code := runCLI(t, "compare", "--json", new)
	if code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errOut)
	}
	var doc struct {
		Policies []struct {
			Findings []struct {
				Key      string
				Evidence []clauseRef
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Policies) != 1 {
		t.Fatalf("compare --json: %v\n%s", err, out)
	}
	var got []clauseRef
	for _, f := range doc.Policies[0].Findings {
		if f.Key == "data.location" {
			got = f.Evidence
		}
	}
	if len(got) == 0 || got[0].Clause != location || got[0].ClauseIndex != location-1 {
		t.Errorf("compare --json data.location evidence %+v; want clause %d, clause_index %d", got, location, location-1)
	}

	out, _, _ = runCLI(t, "compare", "--csv", new)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][8] != "clause" {
		t.Fatalf("compare --csv: %v\n%s", err, out)
	}
	for _, r := range rows[1:] {
		if r[3] == "data.location" && r[8] != strconv.Itoa(location) {
			t.Errorf("compare --csv data.location clause %q, want %d", r[8], location)
		}
	}

	out, errOut, code = runCLI(t, "diff", "--json", old, new)
	if code != 0 {
		t.Fatalf("diff: exit %d: %s", code, errOut)
	}
	var d struct {
		Clauses []struct {
			Status         string
			OldClause      *int `json:"old_clause"`
			NewClause      *int `json:"new_clause"`
			OldClauseIndex *int `json:"old_clause_index"`
			NewClauseIndex *int `json:"new_clause_index"`
		}
		Findings []struct {
			Key         string      `json:"key"`
			NewEvidence []clauseRef `json:"new_evidence"`
		}
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("diff --json: %v\n%s", err, out)
	}
	seen := 0
	for _, c := range d.Clauses {
		switch c.Status {
		case "added":
			seen++
			if c.OldClause != nil || c.NewClause == nil || *c.NewClause != location || c.NewClauseIndex == nil || *c.NewClauseIndex != location-1 {
				t.Errorf("diff --json added clause: new_clause %v, new_clause_index %v; want %d and %d", c.NewClause, c.NewClauseIndex, location, location-1)
			}
		case "changed":
			seen++
			if c.OldClause == nil || *c.OldClause != retentionOld || c.NewClause == nil || *c.NewClause != retentionNew ||
				*c.OldClauseIndex != retentionOld-1 || *c.NewClauseIndex != retentionNew-1 {
				t.Errorf("diff --json changed clause: old_clause %v, new_clause %v; want %d and %d", c.OldClause, c.NewClause, retentionOld, retentionNew)
			}
		}
	}
	if seen != 2 {
		t.Errorf("diff --json: %d added or changed clauses, want 2:\n%s", seen, out)
	}
	for _, f := range d.Findings {
		if f.Key == "data.location" && (len(f.NewEvidence) == 0 || f.NewEvidence[0].Clause != location || f.NewEvidence[0].ClauseIndex != location-1) {
			t.Errorf("diff --json data.location new_evidence %+v; want clause %d", f.NewEvidence, location)
		}
	}
}
