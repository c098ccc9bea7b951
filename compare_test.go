package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// compareDoc is the part of `compare --json` the tests read.
type compareDoc struct {
	Policies []struct {
		ID, Company, Source string
		Findings            []struct {
			Key, Status, Scope, Value string
			Evidence                  []struct {
				Section     string
				Clause      int
				Quote, Text string
			}
		}
	}
}

func TestCompareJSONUserFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := writeFile(t, dir, "acme.md", userPolicy)
	b := writeFile(t, dir, "sub/zh.txt", "隐私政策\n一、我们如何收集信息\n我们会收集您的手机号码。\n二、您的权利\n您可以删除您的个人信息。我们不会出售您的个人信息。\n")
	out, errOut, code := runCLI(t, "compare", "--json", a, b, "api7")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc compareDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Policies) != 3 {
		t.Fatalf("%d policies, want exactly the three named", len(doc.Policies))
	}
	if doc.Policies[0].Source != a || doc.Policies[1].Source != b || doc.Policies[2].ID != "api7" {
		t.Errorf("sources = %q, %q, %q; want the arguments as given, in order", doc.Policies[0].Source, doc.Policies[1].Source, doc.Policies[2].ID)
	}
	for _, p := range doc.Policies {
		if len(p.Findings) != 50 {
			t.Errorf("%s: %d findings, want every key once", p.ID, len(p.Findings))
		}
	}
	status := func(p int, key string) string {
		for _, f := range doc.Policies[p].Findings {
			if f.Key == key {
				return f.Status
			}
		}
		return "missing"
	}
	for _, c := range []struct {
		p         int
		key, want string
	}{
		{0, "right.deletion", "declared"}, {0, "data.contact", "declared"},
		{1, "right.deletion", "declared"}, {1, "data.contact", "declared"}, {1, "practice.sale", "denied"},
		{0, "practice.sale", "not_mentioned"},
	} {
		if got := status(c.p, c.key); got != c.want {
			t.Errorf("policy %d %s = %s, want %s", c.p, c.key, got, c.want)
		}
	}
}

func TestCompareTextAndFormats(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "compare")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"RIGHTS", "APISEVEN", "DingTalk", "AIRobotics", "right.access", "practice.contact", "✓", "·"} {
		if !strings.Contains(out, want) {
			t.Errorf("text matrix lacks %q", want)
		}
	}
	md, _, code := runCLI(t, "compare", "--markdown", "api7")
	if code != 0 || !strings.Contains(md, "| Access (`right.access`) | ✓ |") {
		t.Errorf("markdown (exit %d):\n%s", code, md)
	}
	csv, _, code := runCLI(t, "compare", "--csv", "api7")
	if code != 0 || strings.Count(csv, "\n") != 51 {
		t.Errorf("csv (exit %d) has %d lines, want header + 50", code, strings.Count(csv, "\n"))
	}
}

func TestCompareUsageErrors(t *testing.T) {
	t.Parallel()
	if _, errOut, code := runCLI(t, "compare", "no-such-policy"); code != 2 || !strings.Contains(errOut, "no-such-policy") {
		t.Errorf("unknown ID: exit %d, stderr %q", code, errOut)
	}
	if _, _, code := runCLI(t, "compare", "--json", "--csv"); code != 2 {
		t.Errorf("two formats: exit %d, want 2", code)
	}
}

// TestCompareJSONLines checks `compare --jsonl`: one policy per line, in the order of the
// arguments, each line the same policy object as in `compare --json`.
func TestCompareJSONLines(t *testing.T) {
	t.Parallel()
	args := []string{"api7", "7ding", "airobotics"}
	lines, errOut, code := runCLI(t, append([]string{"compare", "--jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	whole, _, _ := runCLI(t, append([]string{"compare", "--json"}, args...)...)
	var doc struct{ Policies []json.RawMessage }
	if err := json.Unmarshal([]byte(whole), &doc); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(lines, "\n"), "\n")
	if len(got) != len(args) {
		t.Fatalf("%d lines, want one per policy:\n%s", len(got), lines)
	}
	for i, l := range got {
		var one struct{ ID string }
		if err := json.Unmarshal([]byte(l), &one); err != nil || one.ID != args[i] {
			t.Errorf("line %d: id %q (%v), want %q", i+1, one.ID, err, args[i])
		}
		var a, b any
		_ = json.Unmarshal([]byte(l), &a)
		_ = json.Unmarshal(doc.Policies[i], &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("line %d differs from the document's policy %d", i+1, i)
		}
	}
	if _, _, code := runCLI(t, "compare", "--json", "--jsonl"); code != 2 {
		t.Errorf("--json --jsonl: exit %d, want 2", code)
	}
}
