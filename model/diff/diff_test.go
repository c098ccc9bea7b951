package diff

import (
	"strings"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

func parse(t testing.TB, src string) *model.Policy {
	t.Helper()
	p, err := model.Parse("test.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// render shows edits as [-deleted-]{+inserted+}.
func render(edits []Edit) string {
	var b strings.Builder
	for _, e := range edits {
		switch e.Op {
		case Delete:
			b.WriteString("[-" + e.Text + "-]")
		case Insert:
			b.WriteString("{+" + e.Text + "+}")
		default:
			b.WriteString(e.Text)
		}
	}
	return b.String()
}

func TestWords(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, old, new, want string }{
		{"english value", "We keep logs for 30 days.", "We keep logs for 90 days.", "We keep logs for [-30-]{+90+} days."},
		{"english two words joined", "We share it with partners.", "We sell it to advertisers.",
			"We [-share-]{+sell+} it [-with partners-]{+to advertisers+}."},
		{"near miss: same words", "We keep logs.", "We keep logs.", "We keep logs."},
		{"near miss: white space only", "We  keep\nlogs.", "We keep logs.", "We keep logs."},
		{"chinese by character", "我们保存日志三十天。", "我们保存日志九十天。", "我们保存日志[-三-]{+九+}十天。"},
		{"french accents", "Nous conservons vos données.", "Nous supprimons vos données.", "Nous [-conservons-]{+supprimons+} vos données."},
		{"german compound kept whole", "Wir speichern Standortdaten.", "Wir speichern Gesundheitsdaten.",
			"Wir speichern [-Standortdaten-]{+Gesundheitsdaten+}."},
		{"hyphenated word kept whole", "You may opt-out.", "You may opt-in.", "You may [-opt-out-]{+opt-in+}."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Words(tt.old, tt.new)
			if tt.name == "near miss: white space only" {
				// The texts differ in white space only: compared as clauses they are equal.
				if normText(tt.old) != normText(tt.new) {
					t.Errorf("normText differs: %q %q", normText(tt.old), normText(tt.new))
				}
				return
			}
			if r := render(got); r != tt.want {
				t.Errorf("Words = %s, want %s", r, tt.want)
			}
			var o, n strings.Builder
			for _, e := range got {
				if e.Op != Insert {
					o.WriteString(e.Text)
				}
				if e.Op != Delete {
					n.WriteString(e.Text)
				}
			}
			if o.String() != tt.old || n.String() != tt.new {
				t.Errorf("edits do not give back the texts: %q %q", o.String(), n.String())
			}
		})
	}
}

const base = `# Acme Privacy Policy

## 1. Information We Collect

We collect your name and email address when you create an account.

## 2. How We Use Information

We use your information to provide the service and to answer your questions.

## 3. Retention

We keep your personal information for 30 days after you close your account.

## 4. Your Rights

You may request access to the personal information we hold about you.

## 5. Contact Us

Write to privacy@acme.example with any question about this policy.
`

func TestAlignMadeUp(t *testing.T) {
	t.Parallel()
	type want struct {
		status Status
		title  string // old title, or new title for an added section
	}
	tests := []struct {
		name  string
		edit  func(string) string
		wants []want // the sections whose status is not Unchanged
	}{
		{"renumbered: not a change", func(s string) string {
			s = strings.Replace(s, "## 2. How We Use Information", "## 2. A New Section\n\nWholly new words about nothing at all here.\n\n## 3. How We Use Information", 1)
			s = strings.Replace(s, "## 3. Retention", "## 4. Retention", 1)
			s = strings.Replace(s, "## 4. Your Rights", "## 5. Your Rights", 1)
			return strings.Replace(s, "## 5. Contact Us", "## 6. Contact Us", 1)
		}, []want{{Added, "A New Section"}}},
		{"reordered: moved, not changed", func(s string) string {
			i := strings.Index(s, "## 5. Contact Us")
			contact := s[i:]
			s = s[:i]
			return strings.Replace(s, "## 1. Information", contact+"\n## 1. Information", 1)
		}, []want{{Moved, "Contact Us"}}},
		{"retitled: renamed", func(s string) string {
			return strings.Replace(s, "## 3. Retention", "## 3. How Long We Keep Data", 1)
		}, []want{{Renamed, "Retention"}}},
		{"reworded: changed", func(s string) string { return strings.Replace(s, "30 days", "90 days", 1) },
			[]want{{Changed, "Retention"}}},
		{"retitled and reworded: renamed, matched by its text", func(s string) string {
			s = strings.Replace(s, "## 3. Retention", "## 3. Storage Period", 1)
			return strings.Replace(s, "30 days", "90 days", 1)
		}, []want{{Renamed, "Retention"}}},
		{"rewritten under the same title: changed", func(s string) string {
			return strings.Replace(s, "We keep your personal information for 30 days after you close your account.",
				"Records are erased once the statutory period ends.", 1)
		}, []want{{Changed, "Retention"}}},
		{"near miss: a different section under a new title is removed and added", func(s string) string {
			return strings.Replace(s, "## 4. Your Rights\n\nYou may request access to the personal information we hold about you.",
				"## 4. Security\n\nServers sit behind locked doors and firewalls.", 1)
		}, []want{{Removed, "Your Rights"}, {Added, "Security"}}},
		{"near miss: white space and line wrapping", func(s string) string {
			return strings.Replace(s, "when you create an account.", "when\nyou  create an account.", 1)
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(parse(t, base), parse(t, tt.edit(base)))
			var got []want
			for _, s := range r.Sections {
				if s.Status == Unchanged {
					if s.TextChanged {
						t.Errorf("unchanged section %q has TextChanged", s.Old.Title)
					}
					continue
				}
				title := s.Old.Title
				if !s.Old.Present {
					title = s.New.Title
				}
				got = append(got, want{s.Status, title})
			}
			if len(got) != len(tt.wants) {
				t.Fatalf("changes %v, want %v", got, tt.wants)
			}
			for i := range got {
				if got[i] != tt.wants[i] {
					t.Errorf("change %d = %v, want %v", i, got[i], tt.wants[i])
				}
			}
		})
	}
}

func TestRenumberKeepsNumbers(t *testing.T) {
	t.Parallel()
	edited := strings.Replace(base, "## 3. Retention", "## 7. Retention", 1)
	r := Compare(parse(t, base), parse(t, edited))
	if r.Changed() {
		t.Errorf("a renumbering alone is reported as a change: %s", r.Summary())
	}
	s, ok := find(r.Sections, "Retention", true)
	if !ok || s.Old.Number != "3" || s.New.Number != "7" {
		t.Errorf("Retention numbers %q -> %q, want 3 -> 7", s.Old.Number, s.New.Number)
	}
}

func TestFindingsAndSummary(t *testing.T) {
	t.Parallel()
	edited := strings.Replace(base, "30 days", "90 days", 1)
	edited = strings.Replace(edited, "We collect your name and email address when you create an account.",
		"We collect your name and email address when you create an account. We also collect your precise location from the GPS of your device.", 1)
	r := Compare(parse(t, base), parse(t, edited))
	var gotLoc, gotRet bool
	for _, f := range r.Findings {
		switch {
		case f.Key == detect.DataLocation && f.Kind == Gained:
			gotLoc = true
			if len(f.New.Evidence) == 0 || len(f.Old.Evidence) != 0 {
				t.Errorf("location evidence old %d new %d, want 0 and some", len(f.Old.Evidence), len(f.New.Evidence))
			}
		case f.Key == detect.PracticeRetention && f.Kind == ValueChanged:
			gotRet = true
		}
	}
	if !gotLoc || !gotRet {
		t.Fatalf("findings %+v: want location gained and retention changed", r.Findings)
	}
	sum := r.Summary()
	for _, want := range []string{"2 sections changed", "now collects location", "retention period", "-> 90 days"} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary %q lacks %q", sum, want)
		}
	}
	if got := Compare(parse(t, base), parse(t, base)).Summary(); got != "no changes" {
		t.Errorf("identical versions: summary %q, want \"no changes\"", got)
	}
}

func TestNowDenied(t *testing.T) {
	t.Parallel()
	old := base + "\n## 6. Sale\n\nWe may sell your personal information to data brokers.\n"
	new := base + "\n## 6. Sale\n\nWe do not sell your personal information.\n"
	r := Compare(parse(t, old), parse(t, new))
	for _, f := range r.Findings {
		if f.Key == detect.PracticeSale {
			if f.Kind != NowDenied || len(f.Old.Evidence) == 0 || len(f.New.Evidence) == 0 {
				t.Errorf("sale: %s with evidence %d/%d, want now_denied with evidence in both", f.Kind, len(f.Old.Evidence), len(f.New.Evidence))
			}
			if !strings.Contains(r.Summary(), "now denies sale") {
				t.Errorf("summary %q", r.Summary())
			}
			return
		}
	}
	t.Fatalf("no change for sale: %+v", r.Findings)
}

func TestChineseSections(t *testing.T) {
	t.Parallel()
	old := "# 隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的手机号码。\n\n## 二、信息保存\n\n我们将您的个人信息保存三十天。\n"
	new := "# 隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的手机号码。\n\n## 二、信息保存\n\n我们将您的个人信息保存九十天。\n"
	r := Compare(parse(t, old), parse(t, new))
	if len(r.Clauses) != 1 || r.Clauses[0].Status != ClauseChanged {
		t.Fatalf("clauses %+v, want one changed", r.Clauses)
	}
	if got := render(r.Clauses[0].Edits); got != "我们将您的个人信息保存[-三-]{+九+}十天。" {
		t.Errorf("edits %s", got)
	}
}

func TestLabel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		k    detect.Key
		want string
	}{
		{detect.DataLocation, "location"},
		{detect.PracticeDoNotTrack, "Do Not Track"},           // a name: kept
		{detect.RightOptOutSale, "opt out of sale"},           // near miss: lower-cased
		{detect.PracticeAITraining, "AI training / research"}, // an acronym: kept
	}
	for _, tt := range tests {
		if got := label(tt.k); got != tt.want {
			t.Errorf("label(%s) = %q, want %q", tt.k, got, tt.want)
		}
	}
}

func TestResplitClausesAreNoChange(t *testing.T) {
	t.Parallel()
	old := "# P\n\n## 1. Use\n\nWe use data. We share data.\n\nWe keep data for 30 days.\n"
	tests := []struct {
		name, new string
		clauses   int
	}{
		{"split in two paragraphs", "# P\n\n## 1. Use\n\nWe use data.\n\nWe share data.\n\nWe keep data for 30 days.\n", 0},
		{"near miss: split and reworded", "# P\n\n## 1. Use\n\nWe use data.\n\nWe sell data.\n\nWe keep data for 30 days.\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(parse(t, old), parse(t, tt.new))
			if len(r.Clauses) < tt.clauses || (tt.clauses == 0 && len(r.Clauses) != 0) {
				t.Errorf("%d clause changes, want %d: %+v", len(r.Clauses), tt.clauses, r.Clauses)
			}
			if tt.clauses == 0 && r.Changed() {
				t.Errorf("a re-cut paragraph is reported as a change: %s", r.Summary())
			}
		})
	}
}

func TestJoinNormIsNormTextOfJoin(t *testing.T) {
	t.Parallel()
	tests := [][]string{
		{"We use data.", "We share data."},
		{"我们使用数据。", "我们共享数据。"},
		{"数据", "data"}, // Han then Latin: no space, as normText drops it
		{"", "a", ""},
		{"Données", "à caractère personnel"},
	}
	for _, texts := range tests {
		norm := make([]string, len(texts))
		for i, s := range texts {
			norm[i] = normText(s)
		}
		if got, want := joinNorm(norm), normText(strings.Join(texts, " ")); got != want {
			t.Errorf("joinNorm(%q) = %q, want %q", texts, got, want)
		}
	}
}

func TestMovedBlockIsOneMove(t *testing.T) {
	t.Parallel()
	block := "## 2. Sharing\n\nWe share data with partners named below.\n\n### 2.1 Processors\n\nProcessors host our servers and answer email.\n\n### 2.2 Advertisers\n\nAdvertisers receive device identifiers for measurement.\n\n"
	rest := []string{
		"## 1. Collection\n\nWe collect your name and your email address.\n\n",
		"## 3. Retention\n\nWe keep account records for thirty days.\n\n",
		"## 4. Rights\n\nYou may ask for a copy of your records.\n\n",
		"## 5. Contact\n\nWrite to the privacy office by post.\n\n",
	}
	old := "# P\n\n" + rest[0] + block + rest[1] + rest[2] + rest[3]
	tests := []struct {
		name  string
		new   string
		moved []string
	}{
		{"a section and its subsections moved together", "# P\n\n" + rest[0] + rest[1] + rest[2] + rest[3] + block, []string{"Sharing"}},
		{"near miss: a subsection moved out of its parent", "# P\n\n" + rest[0] +
			strings.Replace(block, "### 2.2 Advertisers\n\nAdvertisers receive device identifiers for measurement.\n\n", "", 1) +
			rest[1] + rest[2] + "### 4.1 Advertisers\n\nAdvertisers receive device identifiers for measurement.\n\n" + rest[3], []string{"Advertisers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(parse(t, old), parse(t, tt.new))
			var moved []string
			for _, s := range r.Sections {
				if s.Status != Unchanged && s.Status != Moved {
					t.Errorf("%s: %s", s.Status, s.Old.Heading())
				}
				if s.Status == Moved {
					moved = append(moved, s.Old.Title)
				}
			}
			if strings.Join(moved, ",") != strings.Join(tt.moved, ",") {
				t.Errorf("moved %v, want %v", moved, tt.moved)
			}
		})
	}
}
