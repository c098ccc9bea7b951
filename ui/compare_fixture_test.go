package ui

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
	"fineprint/model/detect"
)

// fixtureCompanies are the companies of the generated test policies: long and short names,
// legal forms to abbreviate, Chinese ones (two cells per character), French and German ones,
// and from the 13th on a second policy of Hooli (two versions of one company's policy, whose
// short names must still differ).
var fixtureCompanies = []string{
	"API7.ai", "深圳七丁科技有限公司", "AiWellFlow Inc.", "Shenzhen AI Robotics Co., Ltd.", "API Service",
	"Northwind Traders LLC", "Contoso Ltd.", "Globex Corporation", "Initech", "Umbrella Health GmbH",
	"Hooli", "Tyrell Data Systems",
	"Société Générale S.A.", "Müller & Söhne GmbH", "北京字节跳动科技有限公司", "Hooli", "Wayne Enterprises",
	"Stark Industries Inc.", "Cyberdyne Systems Corp.", "Soylent", "Acme Corporation", "Massive Dynamic",
	"Vandelay Industries", "Pied Piper",
}

// fixtureLangs are the languages of the fixture companies that do not write in English.
var fixtureLangs = map[string]model.Lang{
	"深圳七丁科技有限公司": model.LangZH, "北京字节跳动科技有限公司": model.LangZH,
	"Société Générale S.A.": model.LangFR, "Müller & Söhne GmbH": model.LangDE,
}

// fixtureHanIDs are the ID slugs of the Chinese fixture companies.
var fixtureHanIDs = map[string]string{"深圳七丁科技有限公司": "qiding", "北京字节跳动科技有限公司": "bytedance"}

// fixtureValues are the values given to keys that have one, per policy (cycled).
var fixtureValues = map[detect.Key][]string{
	detect.PracticeRetention:       {"1 month", "as long as necessary", "3 years"},
	detect.PracticeStorageLocation: {"Singapore", "China", "United States, Ireland"},
	detect.PracticeChildrenAge:     {"16+", "14+", "13+"},
	detect.PracticeContact:         {"privacy@example.com"},
	detect.PracticeDoNotTrack:      {"not honoured"},
}

// hashOf returns a stable pseudo-random number for the parts, so fixtures never change.
func hashOf(parts ...any) uint32 {
	h := fnv.New32a()
	fmt.Fprint(h, parts...)
	return h.Sum32()
}

// fixturePolicy builds policy i of the fixture with one section per group and one clause per
// key, and the report a detector could give for it: mostly declared, some not mentioned, a few
// denied, some limited to a scope, values where the key has one. Each evidence quotes the key's
// label inside its clause, with rune offsets.
func fixturePolicy(i int) (*model.Policy, *detect.Report) {
	company := fixtureCompanies[i%len(fixtureCompanies)]
	zh := fixtureLangs[company] == model.LangZH
	p := &model.Policy{
		ID:      fmt.Sprintf("p%02d-%s", i+1, strings.ToLower(strings.Fields(company)[0])),
		Title:   company + " Privacy Policy",
		Company: company,
		Source:  fmt.Sprintf("fixture-%d.md", i+1),
		Langs:   []model.Lang{model.LangEN},
	}
	if l, ok := fixtureLangs[company]; ok {
		p.Langs = []model.Lang{l}
	}
	if zh {
		p.ID = fmt.Sprintf("p%02d-%s", i+1, fixtureHanIDs[company])
	}
	titles := map[detect.Group]string{
		detect.GroupRights: "Your Rights", detect.GroupData: "Information We Collect",
		detect.GroupPractices: "How We Handle Information",
	}
	if zh {
		titles = map[detect.Group]string{
			detect.GroupRights: "您的权利", detect.GroupData: "我们收集的信息", detect.GroupPractices: "我们如何处理信息",
		}
	}
	r := &detect.Report{Policy: p, Findings: make([]detect.Finding, detect.NumKeys)}
	for g := detect.GroupRights; g <= detect.GroupPractices; g++ {
		sec := len(p.Sections)
		p.Sections = append(p.Sections, model.Section{
			Number: fmt.Sprint(sec + 1), Title: titles[g], Level: 1, Parent: -1,
			Anchor: fmt.Sprintf("%d-%s", sec+1, g), FirstClause: int32(len(p.Clauses)),
		})
		for _, k := range detect.KeysOf(g) {
			label := strings.ToLower(k.Label())
			text := fmt.Sprintf("Under this policy, %s applies to the personal information we hold about you, as described in this section.", label)
			if zh {
				text = fmt.Sprintf("根据本政策，%s适用于我们持有的您的个人信息。", label)
			}
			c := len(p.Clauses)
			p.Clauses = append(p.Clauses, model.Clause{Section: sec, Text: text, Line: int32(c + 3)})
			f := detect.Finding{Key: k}
			switch h := hashOf(i, k); {
			case h%6 == 0:
				f.Status = detect.NotMentioned
			case h%13 == 1:
				f.Status = detect.Denied
			default:
				f.Status = detect.Declared
			}
			if f.Status == detect.Declared && hashOf(k, i, "scope")%9 == 0 {
				f.Scope = detect.Scope(1 + hashOf(k, i)%4)
			}
			if f.Status != detect.NotMentioned {
				start := len([]rune(text[:strings.Index(text, label)]))
				rule := p.Langs[0].String() + "." + strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(k.String(), "right."), "data."), "practice.") + ".fixture"
				f.Evidence = []detect.Evidence{{Clause: c, Section: sec, Quote: label, Rule: rule, Start: start, End: start + len([]rune(label))}}
				if vs := fixtureValues[k]; vs != nil {
					f.Value = vs[i%len(vs)]
				}
				if hashOf(i, k, "second")%4 == 0 {
					// A second clause backs the finding.
					c2 := len(p.Clauses)
					t2 := "We may also rely on " + label + " where the law requires it."
					p.Clauses = append(p.Clauses, model.Clause{Section: sec, Text: t2, Line: int32(c2 + 3)})
					s2 := len([]rune("We may also rely on "))
					f.Evidence = append(f.Evidence, detect.Evidence{Clause: c2, Section: sec, Quote: label, Rule: rule + "-2", Start: s2, End: s2 + len([]rune(label))})
				}
			}
			r.Findings[k] = f
		}
		p.Sections[sec].EndClause = int32(len(p.Clauses))
	}
	p.Parts = []model.Part{{Lang: p.Langs[0], EndSection: len(p.Sections), EndClause: len(p.Clauses)}}
	return p, r
}

// fixture returns n generated policies and an analyzer that returns their reports.
func fixture(n int) ([]*model.Policy, analyzeFunc) {
	ps := make([]*model.Policy, n)
	reports := map[*model.Policy]*detect.Report{}
	for i := range ps {
		p, r := fixturePolicy(i)
		ps[i], reports[p] = p, r
	}
	return ps, func(p *model.Policy) *detect.Report { return reports[p] }
}

// drain runs cmd and the commands it leads to, feeding their messages to the screen, and
// returns the messages the screen did not handle itself (for the App: OpenClauseMsg, ...).
func drain(s *compareScreen, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	runCmds(cmd, -1, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case reportAnalyzedMsg:
			return tea.Batch(s.store.take(msg), s.update(msg))
		case exportDoneMsg:
			return s.update(msg)
		case statusShownMsg: // the App's timer; these tests read the message while it shows
			return nil
		}
		out = append(out, msg)
		return nil
	})
	return out
}

// newTestCompare returns a compare screen of the given size over n fixture policies, with
// every analysis done.
func newTestCompare(n, width, height int) *compareScreen {
	ps, analyze := fixture(n)
	s := newCompareOver(analyze)
	s.setSize(width, height)
	showCompare(s, ps)
	return s
}

// newCompareOver returns a compare screen over a store of its own analysing with analyze, as
// the App builds it.
func newCompareOver(analyze analyzeFunc) *compareScreen {
	st := newStore(newStyles(true, false))
	st.analyze = analyze
	return newCompareScreen(st)
}

// showCompare adds to the screen's store those of ps it does not hold, shows ps in that order
// and runs the analyses the store starts, as the App does on a load.
func showCompare(s *compareScreen, ps []*model.Policy) {
	for _, p := range ps {
		if !slices.Contains(s.store.policies, p) {
			s.store.add(p)
		}
	}
	drain(s, tea.Batch(s.setPolicies(ps), s.store.analyzeNext()))
}

// press sends the keys to the screen, one key press each ("j", "enter", "tab", "space"), and
// returns the messages its commands produced that are not its own.
func press(s *compareScreen, keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		out = append(out, drain(s, s.update(keyMsg(k)))...)
	}
	return out
}
