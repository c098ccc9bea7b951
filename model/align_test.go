package model

import "testing"

// alignPolicy returns a policy of one part with one level-1 section per title.
func alignPolicy(lang Lang, titles ...string) *Policy {
	p := &Policy{}
	for _, ti := range titles {
		p.Sections = append(p.Sections, Section{Title: ti, Level: 1, Parent: -1, Lang: lang})
	}
	p.Parts = []Part{{Lang: lang, EndSection: len(p.Sections)}}
	return p
}

func TestAlignSectionsByTitle(t *testing.T) {
	t.Parallel()
	a := alignPolicy(LangEN, "Information We Collect", "Your Rights", "Storage of Personal Information", "Contact Us")
	b := alignPolicy(LangEN, "Scope", "How We Store and Protect Data", "Rights and Choices", "How to Contact Us?", "Data Collection")
	m := AlignSections(AlignDoc{Policy: a}, AlignDoc{Policy: b})
	for i, w := range []int{4, 2, 1, 3} {
		if got := m.Counterpart(true, i); got != w {
			t.Errorf("%q -> %d, want %q", a.Sections[i].Title, got, b.Sections[w].Title)
		}
	}
	if got := m.Counterpart(false, 0); got != -1 {
		t.Errorf("%q has a counterpart %d, want none", b.Sections[0].Title, got)
	}
}

func TestAlignSectionsByTopicsAcrossLanguages(t *testing.T) {
	t.Parallel()
	// Titles in two languages share no word: the topics decide, whatever the order.
	a := alignPolicy(LangEN, "Your Rights", "Information We Collect", "How We Handle Information", "Links to Other Websites")
	b := alignPolicy(LangZH, "我们如何处理信息", "您的权利", "我们收集的信息")
	ta := []uint64{0b0011, 0b0100, 0b11000, 0}
	tb := []uint64{0b11000, 0b0011, 0b0100}
	m := AlignSections(AlignDoc{Policy: a, Topics: ta}, AlignDoc{Policy: b, Topics: tb})
	for i, w := range []int{1, 2, 0, -1} {
		if got := m.Counterpart(true, i); got != w {
			t.Errorf("%q -> %d, want %d", a.Sections[i].Title, got, w)
		}
	}
	for j, w := range []int{2, 0, 1} {
		if got := m.Counterpart(false, j); got != w {
			t.Errorf("%q -> %d, want %d", b.Sections[j].Title, got, w)
		}
	}
	// Without topics, nothing pairs: position alone is no topic.
	m = AlignSections(AlignDoc{Policy: a}, AlignDoc{Policy: b})
	for i := range a.Sections {
		if got := m.Counterpart(true, i); got != -1 {
			t.Errorf("no topics: %q -> %d, want none", a.Sections[i].Title, got)
		}
	}
}

func TestAlignSectionsTranslations(t *testing.T) {
	t.Parallel()
	p := &Policy{}
	add := func(lang Lang, num, title string, level int) {
		p.Sections = append(p.Sections, Section{Number: num, Title: title, Level: int32(level), Parent: -1, Lang: lang})
	}
	add(LangZH, "一", "我们如何收集信息", 1)
	add(LangZH, "二", "存储", 1)
	add(LangZH, "三", "您的权利", 1)
	add(LangEN, "1", "How We Collect", 1)
	add(LangEN, "2", "Storage", 1)
	add(LangEN, "3", "Your Rights", 1)
	p.Parts = []Part{{Lang: LangZH, EndSection: 3}, {Lang: LangEN, FirstSection: 3, EndSection: 6}}
	m := AlignSections(AlignDoc{Policy: p, Part: 0}, AlignDoc{Policy: p, Part: 1})
	for i := 0; i < 3; i++ {
		if got := m.Counterpart(true, i); got != i+3 {
			t.Errorf("zh section %d -> %d, want %d", i, got, i+3)
		}
		if got := m.Counterpart(false, i+3); got != i {
			t.Errorf("en section %d -> %d, want %d", i+3, got, i)
		}
	}
	if got := m.Counterpart(true, -1); got != -1 {
		t.Errorf("the preamble -> %d, want -1", got)
	}
	// Unequal parts: by number and level, else by relative position.
	q := &Policy{}
	for _, s := range []struct {
		num   string
		level int
	}{{"1", 1}, {"2", 1}, {"2.1", 2}, {"3", 1}, {"1", 1}, {"2", 1}, {"3", 1}} {
		q.Sections = append(q.Sections, Section{Number: s.num, Level: int32(s.level), Parent: -1})
	}
	q.Parts = []Part{{EndSection: 4}, {FirstSection: 4, EndSection: 7}}
	m = AlignSections(AlignDoc{Policy: q, Part: 0}, AlignDoc{Policy: q, Part: 1})
	for i, w := range []int{4, 5, 5, 6} {
		if got := m.Counterpart(true, i); got != w {
			t.Errorf("unequal parts: section %d (%s) -> %d, want %d", i, q.Sections[i].Number, got, w)
		}
	}
}

func TestTitleTokens(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ a, b string }{
		{"Data Collection", "Information We Collect"},
		{"Cookies", "Use of Cookie Technology"},
		{"Storage", "How We Store Data"},
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
