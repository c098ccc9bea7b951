package model

import (
	"strings"
	"testing"
	"unsafe"
)

func TestDisplayName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *Policy
		want string
	}{
		{"company wins", &Policy{ID: "acme", Company: "Acme\nCorp.", Title: "Privacy"}, "Acme Corp."},
		{"chinese company", &Policy{ID: "x", Company: "北京某某科技有限公司", Title: "隐私政策"}, "北京某某科技有限公司"},
		{"title with id", &Policy{ID: "api-service", Title: "Privacy  Policy"}, "Privacy Policy (api-service)"},
		{"blank company is absent", &Policy{ID: "données", Company: "  ", Title: "Politique de confidentialité"}, "Politique de confidentialité (données)"},
		{"id alone", &Policy{ID: "datenschutz"}, "datenschutz"},
		{"source last", &Policy{Source: "/tmp/a.md"}, "/tmp/a.md"},
		{"escape removed", &Policy{Company: "Evil\x1b[2JCo"}, "EvilCo"},
		{"nil", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.DisplayName(); got != tt.want {
				t.Errorf("DisplayName() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *Policy
		want string
	}{
		{"legal form", &Policy{ID: "acme", Company: "Acme Corp."}, "Acme"},
		{"co ltd", &Policy{ID: "x", Company: "Shenzhen AI Robotics Co., Ltd."}, "Shenzhen AI Robotics"},
		{"bracketed aside", &Policy{ID: "7ding", Company: "DingTalk (Singapore) Private Limited"}, "DingTalk"},
		{"brand in brackets dropped too", &Policy{ID: "api7", Company: "APISEVEN Ltd. (API7.ai)"}, "APISEVEN"},
		{"chinese legal form", &Policy{ID: "x", Company: "北京某某科技有限公司"}, "北京某某科技"},
		{"full-width brackets", &Policy{ID: "x", Company: "腾讯（深圳）有限公司"}, "腾讯"},
		{"german", &Policy{ID: "x", Company: "Müller & Söhne GmbH"}, "Müller & Söhne"},
		{"french", &Policy{ID: "x", Company: "Société Générale S.A."}, "Société Générale"},
		{"all legal form", &Policy{ID: "x", Company: "Company"}, "Company"},
		{"no company: the id", &Policy{ID: "api-service", Title: "Privacy Policy"}, "api-service"},
		{"source last", &Policy{Source: "/tmp/a.md"}, "/tmp/a.md"},
		{"escape removed", &Policy{Company: "Evil\x1b[2JCo Inc."}, "EvilCo"},
		{"nil", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.ShortName(); got != tt.want {
				t.Errorf("ShortName() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortNamesUnique(t *testing.T) {
	t.Parallel()
	ps := []*Policy{
		{ID: "google-2017-en", Company: "Google LLC"},
		{ID: "acme", Company: "Acme Inc."},
		{ID: "google-2020", Company: "Google Inc."},
		{ID: "a", Company: "ACME"},
		{ID: "a", Company: "Acme Ltd."},
		{ID: "北京", Company: "北京某某科技有限公司"},
	}
	got := ShortNames(ps)
	want := []string{"google-2017-en", "acme", "google-2020", "a", "a#2", "北京某某科技"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ShortNames()[%d] = %q, want %q (all: %q)", i, got[i], want[i], got)
		}
	}
	seen := map[string]bool{}
	for _, n := range got {
		if seen[strings.ToLower(n)] {
			t.Errorf("ShortNames() repeats %q: %q", n, got)
		}
		seen[strings.ToLower(n)] = true
	}
}

// TestSectionSize keeps Section small: a policy holds one per heading, and its six indexes
// are int32 (a source is at most MaxSource bytes) so that it takes 80 bytes, not 104.
func TestSectionSize(t *testing.T) {
	if got := unsafe.Sizeof(Section{}); got > 80 {
		t.Errorf("Section is %d bytes, want at most 80", got)
	}
}
