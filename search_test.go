package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearchJSON(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "search", "singapore", "--json", "--limit", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Query   string `json:"query"`
		Total   int    `json:"total"`
		Results []struct {
			Policy  string `json:"policy"`
			Company string `json:"company"`
			Section string `json:"section"`
			Clause  *int   `json:"clause"`
			Text    string `json:"text"`
			Score   int    `json:"score"`
			Matches []int  `json:"matches"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	if got.Query != "singapore" || got.Total < 3 || len(got.Results) != 3 {
		t.Fatalf("query %q total %d results %d, want singapore, >= 3, 3", got.Query, got.Total, len(got.Results))
	}
	for i, r := range got.Results {
		if r.Policy == "" || r.Company == "" || r.Clause == nil || r.Text == "" {
			t.Errorf("result %d lacks fields: %+v", i, r)
		}
		if i > 0 && r.Score > got.Results[i-1].Score {
			t.Errorf("result %d scores %d, above the one before (%d): not best first", i, r.Score, got.Results[i-1].Score)
		}
		runes := []rune(r.Text)
		var b strings.Builder
		for _, m := range r.Matches {
			b.WriteRune(runes[m])
		}
		if b.Len() == 0 || strings.ReplaceAll(strings.ToLower(b.String()), "singapore", "") != "" {
			t.Errorf("result %d highlights %q, want Singapore", i, b.String())
		}
	}
}

func TestSearchTextChinese(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "search", "删除", "--limit", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "[删除]") || !strings.Contains(out, "clauses match \"删除\"") {
		t.Errorf("text output lacks the marked match or the count:\n%s", out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("piped output carries escape sequences:\n%q", out)
	}
}

func TestSearchPolicyAndErrors(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "search", "data", "--policy", "api7", "--json", "--limit", "0")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Total   int `json:"total"`
		Results []struct {
			Policy string `json:"policy"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Total == 0 || len(got.Results) != got.Total {
		t.Fatalf("--limit 0: %d results of %d", len(got.Results), got.Total)
	}
	for _, r := range got.Results {
		if r.Policy != "api7" {
			t.Fatalf("--policy api7 returned a clause of %s", r.Policy)
		}
	}
	for _, args := range [][]string{
		{"search"},
		{"search", "#nosuchkey"},
		{"search", "data", "--policy", "nope"},
		{"search", "data", "--limit", "-1"},
	} {
		if _, errOut, code := runCLI(t, args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
	out, _, code = runCLI(t, "search", "zzzqqxx")
	if code != 0 || !strings.Contains(out, "No clause matches") {
		t.Errorf("no match: exit %d, output %q", code, out)
	}
}

// TestSearchAtIDWithHyphens: @ID narrows the search to that policy when the ID holds hyphens
// and digits (a bundled ID, an ID made from a file name).
func TestSearchAtIDWithHyphens(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "google-2017-en.md", "# Google Privacy Policy\n\n## Data\n\nWe collect data about you.\n")
	writeFile(t, dir, "other.md", "# Other Privacy Policy\n\n## Data\n\nWe collect data too.\n")
	for _, q := range []struct{ query, id string }{{"@api-service data", "api-service"}, {"@google-2017-en data", "google-2017-en"}} {
		out, errOut, code := runCLI(t, "search", q.query, "--json", "--limit", "0", dir)
		var res struct{ Results []searchHit }
		if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Results) == 0 {
			t.Fatalf("%s: exit %d, %v, stderr %q, stdout %q", q.query, code, err, errOut, out)
		}
		for _, r := range res.Results {
			if r.Policy != q.id {
				t.Errorf("%s: a result of %s", q.query, r.Policy)
			}
		}
	}
}
