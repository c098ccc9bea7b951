package main

import (
	"encoding/json"
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
	for _, want := range []string{"RIGHTS", "api7", "7ding", "airobotics", "right.access", "practice.contact", "✓", "·"} {
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
