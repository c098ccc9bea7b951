package detect

import (
	"strings"

	"fineprint/model"
)

// testPolicy builds a policy of one section whose clauses are the given paragraphs, as the parser
// would give it, so detector tests do not depend on parsing.
func testPolicy(title string, paras ...string) *model.Policy {
	p := &model.Policy{Source: "test", Title: "Test policy"}
	p.Sections = []model.Section{{Title: title, Level: 1, Parent: -1, FirstClause: 0, EndClause: int32(len(paras))}}
	for _, t := range paras {
		kind := model.KindParagraph
		if strings.HasPrefix(t, "- ") {
			kind = model.KindListItem
			t = strings.TrimPrefix(t, "- ")
		}
		p.Clauses = append(p.Clauses, model.Clause{Kind: kind, Section: 0, Text: t, Lang: hanLang(t)})
	}
	p.Sections[0].Lang = hanLang(title)
	p.Parts = []model.Part{{EndSection: 1, EndClause: len(paras)}}
	return p
}

// hanLang is the language the parser gives a short text of these tests: Chinese when it holds
// a Han character, else unknown (read as English).
func hanLang(s string) model.Lang {
	if strings.ContainsFunc(s, isHan) {
		return model.LangZH
	}
	return model.LangUnknown
}

// testPolicyIn is testPolicy with every section and clause in language lang, as the parser
// labels them.
func testPolicyIn(lang model.Lang, title string, paras ...string) *model.Policy {
	p := testPolicy(title, paras...)
	p.Parts[0].Lang = lang
	p.Sections[0].Lang = lang
	for i := range p.Clauses {
		p.Clauses[i].Lang = lang
	}
	return p
}
