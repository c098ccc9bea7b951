package policies

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"api7.txt", "api7"},
		{"My Policy (2024).html", "my-policy-2024"},
		{"/some/dir/Privacy_Policy.MD", "privacy-policy"},
		{"隐私政策.txt", "隐私政策"},
		{"Café Privacy.md", "café-privacy"},
		{"---.txt", "policy"},
		{".hidden", "hidden"},
		{"noext", "noext"},
		{"a\x1b[31mb.txt", "a-31mb"},
		{"x" + strings.Repeat("a", 100) + ".txt", "x" + strings.Repeat("a", maxSlugRunes-1)},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDSetUnique(t *testing.T) {
	t.Parallel()
	s := newIDSet(BundledIDs())
	got := []string{
		s.take("api7.txt"), s.take("policy.md"), s.take("policy.txt"), s.take("Policy.html"),
		s.take("policy-2.txt"),
	}
	want := []string{"api7-2", "policy", "policy-2", "policy-3", "policy-2-2"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("take #%d = %q, want %q (all: %q)", i, got[i], want[i], got)
		}
	}
}
