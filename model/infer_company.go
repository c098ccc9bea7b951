package model

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reBuilt matches a clause that opens with the maker of an app: "Margin Games built the Color
// Haze app as a Free app", "Zoe Park built the My Calculator app".
var reBuilt = lazyRegexp(`^([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})\s+built\s+the\s+[^.]{1,80}?\bapp\b`)

// reMadeBy matches a maker named by a verb and defined by its role: "created by jo park (hereby
// referred to as "Service Provider")". The role definition makes the name certain, so it may
// be in lower case.
var reMadeBy = lazyRegexp(`\b(?:created|developed|made|built|published|provided|operated|owned)\s+by\s+` +
	`([\p{L}\d][\p{L}\d.&'’-]*(?:\s+[\p{L}\d][\p{L}\d.&'’-]*){0,5})\s*\((?:hereby\s+|hereinafter\s+)?(?:referred\s+to\s+as\s+)?` +
	`(?:the\s+)?["“](?:Service Provider|Developer|Owner|Operator)["”]`)

// makerCompany returns the maker one of the first clauses of a part names by "X built the Y
// app" or "created by X (… "Service Provider")", or "".
func makerCompany(p *Policy) string {
	for _, pt := range p.Parts {
		for i, end := pt.FirstClause, headEnd(p, pt); i < end; i++ {
			text := p.Clauses[i].Text
			text = text[:min(len(text), providerWindow)]
			for _, maker := range [...]struct {
				re   func() *regexp.Regexp
				word string
			}{{reBuilt, " built the "}, {reMadeBy, " by "}} {
				// Most clauses have neither phrase: a plain search skips the regular expression,
				// which is compiled only for a clause that has it.
				if !strings.Contains(text, maker.word) {
					continue
				}
				m := maker.re().FindStringSubmatch(text)
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

// inferCompany returns the organisation the policy speaks for, from the most to the least
// explicit evidence: the first name with a legal suffix in the first clauses of each part
// ("DingTalk (Singapore) Private Limited", "APISEVEN Ltd.", "北京某某科技有限公司"); the name it
// defines as "we" ("虎牙公司（下称"我们"）"); the name its title gives ("Initech Privacy Policy",
// "Hooli 隐私政策"); what a definition of "Company" refers to ("Company (…) refers to Acme
// Apps."); who it says provides the service ("This SERVICE is provided by Margin Games"); the
// name that opens a commitment to privacy ("Geekdo takes your privacy seriously"). "" when
// the text does not say.
func inferCompany(p *Policy) string {
	// A definition of "Company" as a legal entity says who "we" are more surely than a legal
	// name the first clauses mention ("Green Valley Golf Group New Privacy Policy describes Our
	// policies" above "Company … refers to Northstar Technologies Inc").
	if name := controllerNamed(p); name != "" {
		return name
	}
	if name := weNamedIntl(p); name != "" {
		return name
	}
	if name := weDesignated(p); name != "" {
		return name
	}
	defined := definedCompany(p)
	if defined != "" && entityName(defined) != "" {
		return defined
	}
	if name := legalName(p); name != "" {
		return name
	}
	if name := weName(p); name != "" {
		return name
	}
	// A sentence that says who made or provides the app names its maker; a title names the
	// app ("My Calculator Privacy Policy").
	if name := providerCompany(p); name != "" {
		return name
	}
	if name := makerCompany(p); name != "" {
		return name
	}
	for _, pt := range p.Parts {
		if name := titleCompany(pt.Title); name != "" {
			return name
		}
	}
	if defined != "" {
		return defined
	}
	if name := zhKeyedCompany(p); name != "" {
		return name
	}
	if name := controllerCompany(p); name != "" {
		return name
	}
	if name := controllerEN(p); name != "" {
		return name
	}
	if name := weAtIntl(p); name != "" {
		return name
	}
	return subjectCompany(p)
}

var (
	// reZhWe matches a Chinese definition of "we": "（以下简称“我们”）", "（下称"我们"）".
	reZhWe = lazyRegexp(`[（(]\s*(?:以下|下文|下)?\s*(?:简称|合称|称为|称)\s*[:：为]?\s*[“"「『]?\s*(?:我们|本公司|我方)`)
	// reEnWe matches a capitalised name followed by an English definition of "we": "Acme
	// Rockets ("we", "us")", "Acme (hereinafter "we")".
	// The definition may list other words first: "LatinPost.com ("Site," "we," "us")"; it may
	// name the maker's role instead: "Education Acme Media ("Developer")", "DiCodes (hereby
	// referred to as "Service Provider")". A lower-case domain may be the name: "example.life
	// ("example.life", "we")". A short name may precede an unquoted "we" that ends the bracket:
	// "The Example Center (THE EC or we)".
	reEnWe = lazyRegexp(`((?:[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}|(?:[a-z][A-Z]|[A-Z0-9])[\w.&'’-]*(?:,?\s+(?:of\s+|&\s+|and\s+)?[A-Z0-9][\w.&'’-]*){0,6}))\s*` +
		`(?:\([^()]{0,60}?["“][*_]{0,2}(?:we|We|us|our|Developer|Service Provider|Owner|Operator)[*_]{0,2}[,.]?[*_]{0,2}["”]|\([^()"“”]{1,40}?\s(?:or|and)\s+we\))`)
	// reWeDef matches a bracket that opens with an English definition of "we" or of the maker's
	// role, the part of reEnWe after the name: brackets that define something else are skipped
	// before the name is looked for.
	reWeDef = lazyRegexp(`^(?:\([^()]{0,60}?["“][*_]{0,2}(?:we|We|us|our|Developer|Service Provider|Owner|Operator)[*_]{0,2}[,.]?[*_]{0,2}["”]|\([^()"“”]{1,40}?\s(?:or|and)\s+we\))`)
)

// zhGenericNames are what a Chinese policy calls its maker without naming it.
var zhGenericNames = map[string]bool{"公司": true, "平台": true, "本平台": true, "本公司": true, "软件": true, "本软件": true,
	"产品": true, "本应用": true, "应用": true, "单位": true, "本单位": true}

// weName returns the name a policy defines as "we" in the first clauses of each part
// ("虎牙公司（下称"我们"）", "【陌聊APP】（以下简称“我们”）", "Acme Rockets ("we")"), or "".
func weName(p *Policy) string {
	for _, pt := range p.Parts {
		for i, end := pt.FirstClause, headEnd(p, pt); i < end; i++ {
			if name := weNameIn(p.Clauses[i].Text); name != "" {
				return name
			}
		}
	}
	return ""
}

// weWindow is how many bytes before an opening bracket a definition of "we" is looked for:
// enough for a name of several words; the regular expressions run on these windows only, so a
// long clause costs no more than its brackets.
const weWindow = 240

// weNameIn returns the name text defines as "we", or "".
func weNameIn(text string) string {
	// A definition of "we" comes early in its clause: only the first brackets are looked at.
	for from, n := 0, 0; from < len(text) && n < 32; n++ {
		k := strings.IndexAny(text[from:], "(（")
		if k < 0 {
			break
		}
		k += from
		_, size := utf8.DecodeRuneInString(text[k:])
		from = k + size
		after := text[k:min(len(text), k+weWindow/2)]
		if !strings.ContainsAny(after, `"“「『`) && !strings.Contains(after, " we)") {
			continue // every definition quotes the word it defines, or ends on it: "(THE EXAMPLE or we)"
		}
		if m := reZhWe().FindStringIndex(after); m != nil && m[0] == 0 {
			if name := zhNameBefore(text[:k]); name != "" {
				return name
			}
			continue
		}
		if !reWeDef().MatchString(after) {
			continue // the bracket defines something else: ("Service"), ("Application")
		}
		lo := k - weWindow
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		if m := reEnWe().FindStringSubmatchIndex(text[max(lo, 0):min(len(text), k+weWindow/2)]); m != nil && max(lo, 0)+m[1] > k {
			words := strings.Fields(text[max(lo, 0)+m[2] : max(lo, 0)+m[3]])
			for len(words) > 0 && nameStops[strings.ToLower(strings.TrimSuffix(words[0], ","))] {
				words = words[1:]
			}
			if !allGeneric(words) {
				name := strings.TrimSuffix(strings.Join(words, " "), ",")
				if addressLike(name) {
					// "… offices at 15 rue des Halles, 75001 Paris ("We", "Us" or "Mistral AI")":
					// the bracket names the company where the words before it are an address.
					if q := quotedName(after); q != "" {
						return q
					}
					continue
				}
				return name
			}
		}
	}
	return ""
}

// addressLike reports whether a name candidate is part of a postal address: it holds a number
// of four or more digits (a postal code) after a comma ("Halles, 75001 Paris").
func addressLike(name string) bool {
	_, after, ok := strings.Cut(name, ",")
	if !ok {
		return false
	}
	run := 0
	for i := 0; i < len(after); i++ {
		if isDigit(after[i]) {
			if run++; run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// quotedName returns the first quoted capitalised name in a definition bracket that is not a
// word for "we" ("(“We”, “Us” or “Mistral AI”)" -> "Mistral AI"), or "".
func quotedName(bracket string) string {
	if end := strings.IndexAny(bracket, ")）"); end >= 0 {
		bracket = bracket[:end]
	}
	for _, part := range strings.FieldsFunc(bracket, func(r rune) bool { return strings.ContainsRune("\"“”,", r) }) {
		q := strings.Trim(part, " *_()（")
		lower := strings.ToLower(q)
		if q == "" || lower == "we" || lower == "us" || lower == "our" || strings.HasPrefix(lower, "or ") ||
			strings.HasPrefix(lower, "and ") || !unicode.IsUpper(firstRune(q)) || utf8.RuneCountInString(q) > 40 {
			continue
		}
		return q
	}
	return ""
}

// allGeneric reports whether every word is one of titleNameGeneric ("Company", "The App"): such
// words say what the maker is, not who.
func allGeneric(words []string) bool {
	for _, w := range words {
		if !titleNameGeneric[strings.ToLower(strings.Trim(w, ",."+titleQuotes))] {
			return false
		}
	}
	return true
}

// zhNameBefore returns the name that ends s: Han characters, letters and digits back to
// punctuation or a word that introduces a name, without its brackets ("【陌聊APP】" -> "陌聊APP");
// "" when there is none or it is generic ("本公司").
func zhNameBefore(s string) string {
	s = strings.TrimRight(s, " 】」》”\"'")
	start := len(s)
	for n := 0; start > 0 && n <= 40; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !(isHan(r) || r < utf8.RuneSelf && isWordByte(byte(r))) || strings.ContainsRune(zhNameStops, r) {
			break
		}
		start -= size
	}
	name := s[start:]
	if utf8.RuneCountInString(name) < 2 || utf8.RuneCountInString(name) > 40 || zhGenericNames[name] {
		return ""
	}
	return name
}

// reSubject matches a clause that opens with a name and its commitment to privacy ("Geekdo
// takes your privacy seriously", "Sci-News.com is committed to protecting your privacy").
var reSubject = lazyRegexp(`^(?:At\s+)?([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,4})\s+` +
	`(?:is committed to|respects|values|takes|cares about|is concerned about|recognizes|understands|has adopted|has created|has prepared|is required by law to)\b[^.]{0,40}?\bprivacy`)

// nameBeforeFullStop cuts a name where its sentence ends: after the first word of four letters
// or more that ends with a full stop ("Bank of St. Louis. The" -> "Bank of St. Louis."); a
// shorter word with a full stop is an abbreviation ("St.", "Inc.").
func nameBeforeFullStop(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 4 && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			return strings.Join(words[:i+1], " ")
		}
	}
	return name
}

// reSiteOf matches a sentence that says whose site or app this is: "This is the web site of the
// Federal Reserve Bank of Example." The name is group 1.
var reSiteOf = lazyRegexp(`^(?:This|this) is the (?:official )?(?:web ?site|site|app|application|mobile app) (?:of|operated by|run by) (?:the )?` +
	`([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})`)

// reProvidedBy matches a sentence that says who provides the service: "This SERVICE is
// provided by Margin Games at no cost", "The Site is owned and operated by Acme Media".
var reProvidedBy = lazyRegexp(`\b(?i:this|the|our)\s+(?i:service|app|application|website|web site|site|game|platform)\s+` +
	`(?:is|are)\s+(?:provided|operated|owned and operated|owned|run|developed|published|maintained|offered)\s+by\s+(?:the\s+)?` +
	`([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})` +
	// The name ends the phrase: "by Margin Games at no cost", not "by Sticker maker app".
	`(?:\s+(?:at|in|for|and|to|from|under|with|as|which|who|on|is|LLC|Inc)\b|\s*[.,;:(]|\s*$)`)

// providerCompany returns who one of the first clauses of a part says provides the service,
// or "".
func providerCompany(p *Policy) string {
	for _, pt := range p.Parts {
		for i, end := pt.FirstClause, headEnd(p, pt); i < end; i++ {
			text := p.Clauses[i].Text[:min(len(p.Clauses[i].Text), providerWindow)]
			if m := reSiteOf().FindStringSubmatch(text); m != nil && strings.HasPrefix(text, "This is the ") {
				if name := strings.TrimRight(nameBeforeFullStop(m[1]), ".,"); !nameStops[strings.ToLower(name)] && !allGeneric(strings.Fields(name)) {
					return name
				}
			}
			if !strings.Contains(text, "by") {
				continue // the phrase holds "by": without it, the expression is neither compiled nor run
			}
			m := reProvidedBy().FindStringSubmatch(text)
			if m == nil {
				continue
			}
			first, _, _ := strings.Cut(m[1], " ")
			if !nameStops[strings.ToLower(first)] && !titleNameGeneric[strings.ToLower(first)] {
				return strings.TrimRight(m[1], ".,")
			}
		}
	}
	return ""
}

// providerWindow is how many bytes at the start of a clause reProvidedBy reads.
const providerWindow = 600

// subjectWindow is how many bytes at the start of a clause reSubject reads: a name of a few
// words, its verb and the word "privacy".
const subjectWindow = 240

// subjectCompany returns the name that opens one of the first clauses of a part with a
// commitment to privacy, or "".
func subjectCompany(p *Policy) string {
	for _, pt := range p.Parts {
		for i, end := pt.FirstClause, headEnd(p, pt); i < end; i++ {
			text := p.Clauses[i].Text[:min(len(p.Clauses[i].Text), subjectWindow)]
			if !strings.Contains(text, "privacy") {
				continue // the phrase ends in "privacy": without it, the expression is neither compiled nor run
			}
			m := reSubject().FindStringSubmatch(text)
			if m == nil {
				continue
			}
			first, _, _ := strings.Cut(m[1], " ")
			if !nameStops[strings.ToLower(first)] && !titleNameGeneric[strings.ToLower(first)] {
				return m[1]
			}
		}
	}
	return ""
}

// titleKinds are what a policy's title calls the document, lower case, longest first where
// one ends another; a title "<Name> <kind>", "<kind> of <Name>" or "<kind> — <Name>" names its
// organisation or product.
var titleKinds = []string{"online privacy policy", "data privacy policy", "data protection policy",
	"privacy policy", "privacy notice", "privacy statement", "data privacy notice", "data protection notice",
	"privacy and cookie policy", "privacy & cookie policy", "privacy and cookies policy", "privacy policy highlights",
	"privacy policy summary", "privacy center", "privacy"}

// zhTitleKinds are what a Chinese title calls the document; "<Name>隐私政策" names its
// organisation or product.
var zhTitleKinds = []string{"个人信息保护政策", "个人信息保护指引", "隐私保护政策", "隐私保护指引", "隐私保护协议", "隐私权政策",
	"隐私政策", "隐私协议", "隐私声明", "隐私条款", "隐私指引"}

// titleNameGeneric are the English words of a title that say which policy it is rather than
// whose ("Online", "California", "Children's"): a name made only of them is no name.
var titleNameGeneric = map[string]bool{"a": true, "an": true, "this": true, "our": true, "your": true, "the": true, "full": true, "online": true,
	"website": true, "website's": true, "web": true, "site": true, "site's": true, "application": true, "app": true,
	"mobile": true, "customer": true, "customers": true, "consumer": true, "general": true, "global": true,
	"new": true, "updated": true, "revised": true, "complete": true, "short": true, "summary": true, "member": true,
	"user": true, "users": true, "children's": true, "children": true, "child": true, "employee": true,
	"candidate": true, "applicant": true, "supplemental": true, "supplementary": true, "additional": true,
	"california": true, "european": true, "europe": true, "america": true, "americas": true, "asia": true,
	"africa": true, "canada": true, "china": true, "japan": true, "korea": true, "india": true, "australia": true, "brazil": true,
	"worldwide": true, "regional": true, "eu": true, "eea": true, "uk": true, "us": true, "u.s.": true,
	"international": true, "cookie": true, "cookies": true, "data": true, "personal": true, "information": true,
	"effective": true, "last": true, "version": true, "welcome": true, "to": true, "services": true, "service": true,
	"platform": true, "software": true, "company": true, "product": true, "products": true, "statement": true, "notice": true}

// titleNameConnectors may stand inside an English name in lower case ("Bank of Tokyo").
var titleNameConnectors = map[string]bool{"&": true, "and": true, "of": true, "de": true, "the": true, "+": true}

// zhTitleGeneric end Chinese names that say which policy it is rather than whose (用户隐私政策,
// 儿童隐私保护指引, 墨迹天气服务及隐私协议): they are cut from the end of a name.
var zhTitleGeneric = []string{"及", "和", "与", "、", "的", "服务", "用户", "产品", "平台", "软件", "客户端", "应用", "网站",
	"儿童", "个人信息", "个人", "信息", "保护", "会员", "本", "我们", "隐私"}

// titleSeparators set a name apart from the kind in a title ("Umbrella Health GmbH — Privacy
// Policy", "元道经纬相机—隐私政策").
const titleSeparators = "—–-|:：·•/,，"

// titleQuotes are quotation marks and brackets around a name in a title.
const titleQuotes = "\"'“”‘’「」『』《》〈〉"

// titleCompany returns the organisation or product a policy's title names: "Initech" from
// "Initech Privacy Policy", "Hooli" from "Hooli 隐私政策", "Acme" from "Privacy Policy of Acme"
// or "Acme — Privacy Policy"; "" for a title that names none ("Privacy Policy", "隐私政策",
// "California Privacy Notice").
func titleCompany(title string) string {
	t := strings.TrimSpace(title)
	// A trailing bracket is a note on the title: "(last updated …)", "（2020版）".
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") {
		if k := strings.LastIndexAny(t, "(（"); k > 0 {
			t = strings.TrimSpace(t[:k])
		}
	}
	lower := asciiLower(t)
	for _, k := range zhTitleKinds {
		if strings.HasSuffix(t, k) {
			return cleanTitleName(t[:len(t)-len(k)])
		}
	}
	if name := intlTitleCompany(t); name != "" {
		return name
	}
	for _, k := range titleKinds {
		switch {
		case strings.HasSuffix(lower, k) && (len(lower) == len(k) || !isWordByte(lower[len(lower)-len(k)-1])):
			return cleanTitleName(t[:len(t)-len(k)])
		case strings.HasPrefix(lower, k+" of ") || strings.HasPrefix(lower, k+" for "):
			return cleanTitleName(t[len(k)+len(" of "):])
		case strings.HasPrefix(lower, k):
			rest := strings.TrimLeft(t[len(k):], " ")
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && strings.ContainsRune(titleSeparators, r) {
				return cleanTitleName(rest)
			}
		}
	}
	return ""
}

// intlTitleKinds are what a French, German, Spanish, Italian or Portuguese title calls the
// document, in lower case; "<kind> de/d'/von/di <Name>" names its organisation
// ("Engagement de confidentialité d'Exemple", "Datenschutzerklärung von Beispiel").
var intlTitleKinds = []string{"politique de confidentialité", "engagement de confidentialité", "charte de confidentialité",
	"déclaration de confidentialité", "avis de confidentialité", "politique de protection des données personnelles",
	"politique de protection des données", "politique de vie privée", "datenschutzerklärung", "datenschutzrichtlinie",
	"datenschutzhinweise", "datenschutzhinweis", "datenschutzbestimmungen", "datenschutzinformation",
	"política de privacidad", "aviso de privacidad", "declaración de privacidad", "informativa sulla privacy",
	"informativa privacy", "informativa sul trattamento dei dati personali", "política de privacidade", "aviso de privacidade"}

// intlTitleOf join the kind to the name after it: "de", "d'", "von", "der", "di", "del", "da".
var intlTitleOf = []string{" de ", " d'", " d’", " von ", " der ", " di ", " del ", " da ", " do "}

// intlTitleCompany returns the organisation a title in one of those languages names after its
// kind, or "": the name must be capitalised ("Aviso de privacidad de cuentas de Exemplo" names
// accounts, not their maker).
func intlTitleCompany(t string) string {
	lower := foldCase(t)
	for _, k := range intlTitleKinds {
		if !strings.HasPrefix(lower, k) {
			continue
		}
		rest := lower[len(k):]
		for _, of := range intlTitleOf {
			if strings.HasPrefix(rest, of) {
				return cleanTitleName(t[len(k)+len(of):])
			}
		}
		return ""
	}
	return ""
}

// cleanTitleName trims separators, quotes and generic words from the name part of a title
// and returns it, or "" when what is left is not a name.
func cleanTitleName(s string) string {
	trim := func(s string) string { return strings.Trim(s, " \t"+titleSeparators+titleQuotes) }
	s = trim(s)
	if s == "" || findDate(s) != "" || utf8.RuneCountInString(s) > 60 {
		return ""
	}
	if strings.IndexFunc(s, isHan) >= 0 {
		return cleanZhTitleName(s)
	}
	words := strings.Fields(s)
	// Trailing lower-case words describe the document, not the name ("UpToDate online").
	for len(words) > 0 && strings.IndexFunc(words[len(words)-1], unicode.IsUpper) < 0 &&
		strings.IndexFunc(words[len(words)-1], unicode.IsDigit) < 0 {
		words = words[:len(words)-1]
	}
	if len(words) > 0 {
		last := &words[len(words)-1]
		*last = strings.TrimSuffix(strings.TrimSuffix(*last, "'s"), "’s")
	}
	generic := true
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, titleQuotes))
		if !titleNameGeneric[lw] {
			generic = false
		}
		if titleNameConnectors[lw] && i > 0 {
			continue
		}
		r := firstRune(w)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(titleQuotes, r) ||
			strings.IndexFunc(w, unicode.IsUpper) > 0) {
			return "" // "Welcome to our Privacy Policy"
		}
	}
	if len(words) == 0 || generic {
		return ""
	}
	return trim(strings.Join(words, " "))
}

// cleanZhTitleName cuts generic words from the end of a Chinese name ("墨迹天气服务及" ->
// "墨迹天气") and returns it, or "" when nothing or a sentence is left.
func cleanZhTitleName(s string) string {
	for cut := true; cut; {
		cut = false
		for _, g := range zhTitleGeneric {
			if strings.HasSuffix(s, g) {
				s = strings.TrimRight(strings.TrimSuffix(s, g), " "+titleQuotes)
				cut = true
			}
		}
	}
	s = strings.Trim(s, " "+titleSeparators+titleQuotes)
	if s == "" || strings.ContainsAny(s, "，。；！？,;!?") || utf8.RuneCountInString(s) > 24 {
		return ""
	}
	return s
}

// definedCompany returns X from a definition "Company (…) refers to X." among the clauses.
func definedCompany(p *Policy) string {
	for _, c := range p.Clauses {
		t := c.Text
		if !strings.HasPrefix(t, "Company") && !strings.HasPrefix(t, "The Company") {
			continue
		}
		i := strings.Index(t, " refers to ")
		if i < 0 || i > 200 {
			continue
		}
		name := t[i+len(" refers to "):]
		if k := strings.IndexAny(name, ",;("); k >= 0 {
			name = name[:k]
		}
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "."))
		if name != "" && utf8.RuneCountInString(name) <= 80 && !unicode.IsLower(firstRune(name)) {
			return name
		}
	}
	return ""
}

// legalName returns the first organisation name with a legal suffix in the first clauses of
// each part.
func legalName(p *Policy) string {
	for _, pt := range p.Parts {
		end := headEnd(p, pt)
		for i := pt.FirstClause; i < end; i++ {
			if name := entityName(p.Clauses[i].Text); name != "" {
				return name
			}
		}
	}
	return ""
}
