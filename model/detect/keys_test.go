package detect

import "testing"

func TestKeysRoundTrip(t *testing.T) {
	t.Parallel()
	if got := len(Keys()); got != 50 {
		t.Fatalf("len(Keys()) = %d, want the taxonomy's 50", got)
	}
	seen := map[string]bool{}
	for _, k := range Keys() {
		name := k.String()
		if seen[name] {
			t.Errorf("duplicate key name %q", name)
		}
		seen[name] = true
		if got, ok := ParseKey(name); !ok || got != k {
			t.Errorf("ParseKey(%q) = %v, %v; want %v", name, got, ok, k)
		}
		if k.Label() == "" || k.Label() == "Unknown" {
			t.Errorf("%v has no label", k)
		}
	}
	if n := len(KeysOf(GroupRights)) + len(KeysOf(GroupData)) + len(KeysOf(GroupPractices)); n != 50 {
		t.Errorf("groups hold %d keys, want 50", n)
	}
}

func TestParseKey(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want Key
		ok   bool
	}{
		{"right.access", RightAccess, true},
		{"access", RightAccess, true},
		{"deletion", RightDeletion, true},
		{" Opt-Out-Sale ", RightOptOutSale, true},
		{"practice.contact", PracticeContact, true},
		{"data.contact", DataContact, true},
		{"contact", 0, false}, // ambiguous
		{"", 0, false},
		{"right.nothing", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseKey(tt.in)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("ParseKey(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestKeyNames(t *testing.T) {
	t.Parallel()
	for k, want := range map[Key]string{
		RightAccess:          "right.access",
		RightPrivacySettings: "right.privacy_settings",
		DataContact:          "data.contact",
		DataInferences:       "data.inferences",
		PracticeSharing:      "practice.sharing",
		PracticeContact:      "practice.contact",
		PracticeDoNotTrack:   "practice.do_not_track",
		NumKeys:              "unknown",
	} {
		if got := k.String(); got != want {
			t.Errorf("Key(%d).String() = %q, want %q", k, got, want)
		}
	}
}
