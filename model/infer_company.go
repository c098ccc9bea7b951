package model

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reBuilt matches a clause that opens with the maker of an app: "Margin Games built the Color
// Haze app as a Free app", "Zoe Park built the My Calculator app".
var reBuilt = regexp.MustCompile(`^([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})\s+built\s+the\s+[^.]{1,80}?\bapp\b`)

// reMadeBy matches a maker named by a verb and defined by its role: "created by jo park (hereby
// referred to as "Service Provider")". The role definition makes the name certain, so it may
// be in lower case.
var reMadeBy = regexp.MustCompile(`\b(?:created|developed|made|built|published|provided|operated|owned)\s+by\s+` +
	`([\p{L}\d][\p{L}\d.&'’-]*(?:\s+[\p{L}\d][\p{L}\d.&'’-]*){0,5})\s*\((?:hereby\s+|hereinafter\s+)?(?:referred\s+to\s+as\s+)?` +
	`(?:the\s+)?["“](?:Service Provider|Developer|Owner|Operator)["”]`)

// makerCompany returns the maker one of the first clauses of a part names by "X built the Y
// app" or "created by X (… "Service Provider")", or "".
func makerCompany(p *Policy) string {
	for _, pt := range p.Parts {
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
			text := p.Clauses[i].Text
			text = text[:min(len(text), providerWindow)]
			for _, re := range []*regexp.Regexp{reBuilt, reMadeBy} {
				// Most clauses have neither phrase: a plain search skips the regular expressions.
				if re == reBuilt && !strings.Contains(text, " built the ") ||
					re == reMadeBy && !strings.Contains(text, " by ") {
					continue
				}
				m := re.FindStringSubmatch(text)
				if m == nil {
					continue
				}
				first, _, _ := strings.Cut(m[1], " ")
				if !nameStops[strings.ToLower(first)] && !titleNameGeneric[strings.ToLower(first)] {
					return strings.TrimRight(m[1], ".,")
				}
			}
		}
	}
	return ""
}

// zhCompanyKeys introduce the maker's legal name anywhere in a Chinese policy, most often in
// its contact section at the end: "公司名称：青岛某某有限公司", "运营主体：…".
var zhCompanyKeys = []string{"公司名称", "运营主体", "运营方名称", "开发者名称"}

// zhKeyedCompany returns the organisation a Chinese policy names after a key (公司名称：X有限公司),
// as the party to the agreement (用户与X有限公司之间), or as the copyright holder (X有限公司 版权所有,
// 版权所有 © X有限公司); "" when it names none. The name must end in a legal suffix.
func zhKeyedCompany(p *Policy) string {
	for _, c := range p.Clauses {
		t := c.Text
		if !strings.Contains(t, "公司") && !strings.Contains(t, "集团") {
			continue // every legal suffix has one of these
		}
		for _, k := range zhCompanyKeys {
			if i := strings.Index(t, k); i >= 0 {
				// The key labels the name: "公司名称：X", not "公司名称变更为X".
				rest := strings.TrimLeft(t[i+len(k):], " 　")
				if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
					continue
				}
				if name := zhLeadingEntity(strings.TrimLeft(rest, "：: 　")); name != "" {
					return name
				}
			}
		}
		if i := strings.Index(t, "版权所有"); i >= 0 {
			if name := zhTrailingEntity(t[:i]); name != "" {
				return name
			}
			// A notice: "版权所有 © 2020 X有限公司", "版权所有：X有限公司"; not "版权所有归X有限公司".
			rest := t[i+len("版权所有"):]
			if r, _ := utf8.DecodeRuneInString(rest); r == ' ' || r == '：' || r == ':' || r == '©' || r == '　' {
				if name := zhLeadingEntity(strings.TrimLeft(rest, " ：:　©()（）Cc0123456789-")); name != "" {
					return name
				}
			}
		}
		if i := strings.Index(t, "之间"); i >= 0 {
			// The other party to the user's agreement: "用户与X有限公司之间", "您与X有限公司之间".
			if name := zhTrailingEntity(t[:i]); name != "" {
				before := t[:i-len(name)]
				if strings.HasSuffix(before, "用户与") || strings.HasSuffix(before, "您与") {
					return name
				}
			}
		}
	}
	return ""
}

// zhLeadingEntity returns the Chinese organisation name that s starts with ("青岛某某有限公司，
// 地址…" -> "青岛某某有限公司"), or "".
func zhLeadingEntity(s string) string {
	end := 0
	for n := 0; end < len(s) && n < 40; n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !(isHan(r) || r == '（' || r == '）' || r == '(' || r == ')') {
			break
		}
		end += size
	}
	name := s[:end]
	for _, suf := range zhEntitySuffixes {
		if i := strings.Index(name, suf); i > 0 {
			return name[:i+len(suf)]
		}
	}
	return ""
}

// zhTrailingEntity returns the Chinese organisation name that ends s, before spaces and a
// copyright sign ("成都某某科技有限公司 " -> "成都某某科技有限公司"), or "".
func zhTrailingEntity(s string) string {
	s = strings.TrimRight(s, " ©　")
	for _, suf := range zhEntitySuffixes {
		if strings.HasSuffix(s, suf) {
			start := zhNameStart(s, len(s)-len(suf))
			if start < len(s)-len(suf) {
				return s[start:]
			}
		}
	}
	return ""
}

// controllerCompany returns the name that opens a section headed "Owner and Data Controller"
// (the generated policies' section on who the controller is), or "": a short line that reads
// as a name, not a sentence.
func controllerCompany(p *Policy) string {
	for _, s := range p.Sections {
		if !strings.Contains(strings.ToLower(s.Title), "owner and data controller") || s.FirstClause >= s.EndClause {
			continue
		}
		name := strings.TrimSpace(p.Clauses[s.FirstClause].Text)
		if name == "" || utf8.RuneCountInString(name) > 60 || sentenceBreak(name) ||
			strings.ContainsAny(name, ":;@") || strings.ContainsRune(name, '\n') {
			continue
		}
		if r := firstRune(name); !(unicode.IsUpper(r) || unicode.IsDigit(r) || isHan(r)) {
			continue
		}
		return strings.TrimRight(name, ",")
	}
	return ""
}
