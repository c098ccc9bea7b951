package model

import "testing"

func TestDisplayName(t *testing.T) {
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
