package ui

import (
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

func TestMatchTopicsAcrossPolicies(t *testing.T) {
	t.Parallel()
	a, ra := fixturePolicy(0) // English
	b, rb := fixturePolicy(1) // Chinese titles: matched by the keys their clauses back
	// A section on a topic the other policy lacks, with no evidence and no shared title word.
	a.Sections = append(a.Sections, model.Section{Number: "4", Title: "Links to Other Websites", Level: 1, Parent: -1})
	a.Parts[0].EndSection = len(a.Sections)
	m := matchTopics(ra, -1, rb, -1)
	for i := 0; i < 3; i++ {
		if got := m.counterpart(true, i); got != i {
			t.Errorf("%q pairs with %d, want %q", a.Sections[i].Title, got, b.Sections[i].Title)
		}
		if got := m.counterpart(false, i); got != i {
			t.Errorf("%q pairs with %d, want %q", b.Sections[i].Title, got, a.Sections[i].Title)
		}
	}
	if got := m.counterpart(true, 3); got != -1 {
		t.Errorf("%q has counterpart %d, want none", a.Sections[3].Title, got)
	}
}

func TestMatchTopicsByTitle(t *testing.T) {
	t.Parallel()
	mk := func(titles ...string) *detect.Report {
		p := &model.Policy{}
		for _, ti := range titles {
			p.Sections = append(p.Sections, model.Section{Title: ti, Level: 1, Parent: -1})
		}
		return &detect.Report{Policy: p, Findings: make([]detect.Finding, detect.NumKeys)}
	}
	a := mk("Information We Collect", "Your Rights", "Storage of Personal Information", "Contact Us")
	b := mk("Scope", "How We Store and Protect Data", "Rights and Choices", "How to Contact Us?", "Data Collection")
	m := matchTopics(a, -1, b, -1)
	want := []int{4, 2, 1, 3}
	for i, w := range want {
		if got := m.counterpart(true, i); got != w {
			t.Errorf("%q -> %d, want %q", a.Policy.Sections[i].Title, got, b.Policy.Sections[w].Title)
		}
	}
	if got := m.counterpart(false, 0); got != -1 {
		t.Errorf("%q has a counterpart %d, want none", b.Policy.Sections[0].Title, got)
	}
}

func TestMatchTopicsBilingualParts(t *testing.T) {
	t.Parallel()
	p := &model.Policy{}
	for _, ti := range []string{"一 我们如何收集信息", "二 存储", "三 您的权利", "1 How We Collect", "2 Storage", "3 Your Rights"} {
		p.Sections = append(p.Sections, model.Section{Title: ti, Level: 1, Parent: -1})
	}
	p.Parts = []model.Part{{Lang: model.LangZH, EndSection: 3}, {Lang: model.LangEN, FirstSection: 3, EndSection: 6}}
	r := &detect.Report{Policy: p, Findings: make([]detect.Finding, detect.NumKeys)}
	m := matchTopics(r, 0, r, 1)
	for i := 0; i < 3; i++ {
		if got := m.counterpart(true, i); got != i+3 {
			t.Errorf("zh section %d -> %d, want %d", i, got, i+3)
		}
		if got := m.counterpart(false, i+3); got != i {
			t.Errorf("en section %d -> %d, want %d", i+3, got, i)
		}
	}
}

func TestTitleTokens(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ a, b string }{
		{"Data Collection", "Information We Collect"},
		{"Cookies", "Use of Cookie Technology"},
		{"存储期限", "信息存储的地点"},
	} {
		if tokenOverlap(titleTokens(tt.a), titleTokens(tt.b)) == 0 {
			t.Errorf("%q and %q share no token: %v %v", tt.a, tt.b, titleTokens(tt.a), titleTokens(tt.b))
		}
	}
	if toks := titleTokens("Your Personal Information"); len(toks) != 0 {
		t.Errorf("stop words kept: %v", toks)
	}
}

func TestMatchTopicsAcrossLanguagesByKeys(t *testing.T) {
	t.Parallel()
	// Two policies in two languages: the titles share no words, the detect keys decide.
	a, ra := fixturePolicy(0)
	b, rb := fixturePolicy(1)
	for i := range a.Sections {
		a.Sections[i].Lang = model.LangEN
	}
	for i := range b.Sections {
		b.Sections[i].Lang = model.LangZH
	}
	m := matchTopics(ra, 0, rb, 0)
	for i := range a.Sections {
		if got := m.counterpart(true, i); got != i {
			t.Errorf("%q -> %d, want %q", a.Sections[i].Title, got, b.Sections[i].Title)
		}
	}
}
