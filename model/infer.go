package model

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// infer fills in the policy's title, company and date from its text alone, for documents that
// come without metadata.
func infer(p *Policy) {
	p.Date = inferDate(p)
	brand := inferBrand(p)
	p.Company = inferCompany(p)
	if p.Company == "" {
		p.Company = brand
	}
	p.Title = inferTitle(p, brand)
}

// inferScope is how many clauses from the start of each part are searched for the company.
const inferScope = 12

// displayTitle turns an all-capitals title ("PRIVACY POLICY") into title case ("Privacy
// Policy"); other titles are returned unchanged.
func displayTitle(t string) string {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return t
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	if letters < 4 {
		return t
	}
	words := strings.Fields(strings.ToLower(t))
	for i, w := range words {
		if i > 0 && minorWords[w] && w != "we" && w != "our" && w != "your" && w != "you" && w != "how" && w != "what" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// fallbackTitle makes a descriptive title for a document without a title line: its brand (if
// it has one) and the kind of document it calls itself, in English when it has an English part.
func fallbackTitle(p *Policy, brand string) string {
	kind := ""
	for _, k := range []string{"Privacy Policy", "Privacy Notice", "Privacy Statement", "隐私政策", "隐私权政策", "个人信息保护政策", "隐私协议"} {
		for _, c := range p.Clauses {
			if strings.Contains(strings.ToLower(c.Text), strings.ToLower(k)) {
				kind = k
				break
			}
		}
		if kind != "" {
			break
		}
	}
	switch {
	case kind == "":
		return brand
	case brand == "":
		return kind
	case isHan(firstRune(kind)):
		return brand + kind
	}
	return brand + " " + kind
}

var (
	// monthNames maps English month names and abbreviations to their numbers.
	monthNames = map[string]int{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
		"december": 12, "dec": 12,
	}
	// Go regular expressions run in linear time (RE2), so these are safe on any input.
	reMonthDY = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMonthY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	reMonthY  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	reISO     = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	// Chinese dates may bracket their numbers: 2020年【8】月【20】日 (a template's blanks, filled).
	reZH = regexp.MustCompile(`(\d{4})\s*年\s*[【\[]?\s*(\d{1,2})\s*[】\]]?\s*月\s*(?:[【\[]?\s*(\d{1,2})\s*[】\]]?\s*[日号])?`)
	reUS = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// strongDateKeys introduce a policy's own date wherever they stand ("Last updated: May 1,
// 2020", "本政策更新日期：2021年3月8日").
var strongDateKeys = []string{"last updated", "last update", "latest update", "updated on", "updated as of", "updated:",
	"last modified", "date modified", "modified on", "last revised", "revised on", "revision date", "date of last revision",
	"date of revision", "last amended", "amended on", "was revised", "was updated", "was last", "was amended",
	"effective date", "effective as of", "effective on", "effective from", "date effective", "in effect as of",
	"更新日期", "更新时间", "更新于", "生效日期", "生效时间", "发布日期", "发布时间", "版本日期", "修订日期", "修订时间",
	"最近更新", "最新更新", "最后更新", "施行日期"}

// weakDateKeys introduce a policy's date only near its start ("Effective 2024-11-15.",
// "Updated 2024-06-30"): later in a policy, "effective" and "updated" are ordinary words
// ("changes become effective 30 days after …").
var weakDateKeys = []string{"effective", "updated", "revised", "modified", "amended", "published", "dated", "as of",
	"date:", "version", "生效", "更新", "发布", "修订", "版本"}

// zhDateTails follow a Chinese date that is the policy's own ("2020年12月29日生效",
// "本协议自2011年05月18日起生效"); zhWeakDateTails do so only near a part's start (later,
// "于2020年1月1日发布" may be about a product).
var (
	zhDateTails     = []string{"生效", "起生效", "正式生效", "起正式生效", "起施行", "起实施", "施行", "起适用"}
	zhWeakDateTails = []string{"更新", "发布", "修订", "版本"}
)

// Gaps, in bytes, allowed between a date keyword and its date: "Last updated by us on" has
// room for a few words, a weak keyword must be followed by its date almost at once.
const (
	strongDateGap = 40
	weakDateGap   = 16
	// dateHead is how many clauses at the start of each part count as its head, where weak
	// keywords are taken, even when a heading comes earlier.
	dateHead = 2
)

// inferDate returns the policy's effective or last-updated date as ISO 8601. A date counts
// only when the text says it is the policy's: it stands in a part's title, follows a date
// keyword closely ("Last updated: …", "更新日期：…"), or is followed by 生效/更新/发布. Weak
// keywords ("Effective 2024-11-15") count only in titles, headings and the head of a part.
// Other dates ("since 2019", a date in a later section's body) are not the policy's.
func inferDate(p *Policy) string {
	for _, pt := range p.Parts {
		if d := keyedDate(pt.Title, true); d != "" {
			return d
		}
	}
	for _, pt := range p.Parts {
		if d := findDate(pt.Title); d != "" {
			return d
		}
	}
	for _, pt := range p.Parts {
		for i := pt.FirstClause; i < dateHeadEnd(p, pt); i++ {
			if d := keyedDate(p.Clauses[i].Text, true); d != "" {
				return d
			}
		}
	}
	for _, c := range p.Clauses {
		if d := keyedDate(c.Text, false); d != "" {
			return d
		}
	}
	for _, s := range p.Sections {
		if d := keyedDate(s.Title, true); d != "" {
			return d
		}
	}
	return ""
}

// dateHeadEnd returns the end of a part's head: the clauses before its first heading (at most
// inferScope of them), and at least its first dateHead clauses.
func dateHeadEnd(p *Policy, pt Part) int {
	pre := pt.EndClause
	if pt.FirstSection < pt.EndSection {
		pre = p.Sections[pt.FirstSection].FirstClause
	}
	end := max(pt.FirstClause+dateHead, min(pre, pt.FirstClause+inferScope))
	return min(end, pt.EndClause)
}

// keyedDate returns the date in text that a date keyword introduces, or that a Chinese tail
// (生效, 更新 …) follows, as ISO 8601; weak keywords count only when weak is set. Of several
// ("Effective date: July 1, 2004, Updated: December 23, 2013") the latest is the policy's.
func keyedDate(text string, weak bool) string {
	if !strings.ContainsAny(text, "0123456789") {
		return "" // no date without digits
	}
	lower := asciiLower(text)
	best := ""
	try := func(keys []string, gap int) {
		for _, k := range keys {
			// A policy states its date once or twice: a clause repeating a keyword
			// thousands of times is read only at its first occurrences.
			for from, n := 0, 0; n < maxDateKeyHits; n++ {
				i := strings.Index(lower[from:], k)
				if i < 0 {
					break
				}
				i += from
				from = i + len(k)
				// A keyword is a whole word: "effective" is not in "ineffective".
				if i > 0 && isWordByte(lower[i-1]) && isWordByte(lower[i]) {
					continue
				}
				if d := dateNear(text[from:], gap); d > best {
					best = d
				}
			}
		}
	}
	try(strongDateKeys, strongDateGap)
	if weak {
		try(weakDateKeys, weakDateGap)
	}
	return max(best, zhTailedDate(text, weak))
}

// dateNear returns the date that starts within gap bytes at the start of s, with no sentence
// or line break before it, or "".
func dateNear(s string, gap int) string {
	s = s[:min(len(s), gap+dateMaxLen)]
	if !hasYear(s) {
		return "" // every date has a year: skip the regular expressions
	}
	d, at, _ := findDateAt(s)
	if d == "" || at > gap {
		return ""
	}
	between := s[:at]
	if strings.Contains(between, ". ") || strings.ContainsAny(between, "\n;。；!?！？") {
		return ""
	}
	return d
}

// maxDateKeyHits is how many occurrences of each date keyword a clause is searched at.
const maxDateKeyHits = 8

// hasYear reports whether s has four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateMaxLen is the longest date findDateAt reads, in bytes ("September 30th, 2020").
const dateMaxLen = 40

// zhTailedDate returns the latest date in text followed by a tail of zhDateTails
// ("自2017年9月7日起生效"), or of zhWeakDateTails when weak is set; "" when there is none.
// Only the bytes just before each tail are read, so long clauses cost no more than a search.
func zhTailedDate(text string, weak bool) string {
	best := ""
	look := func(tails []string) {
		for _, t := range tails {
			for from, n := 0, 0; n < maxDateKeyHits; n++ {
				i := strings.Index(text[from:], t)
				if i < 0 {
					break
				}
				i += from
				from = i + len(t)
				lo := max(0, i-dateMaxLen)
				for lo < i && !utf8.RuneStart(text[lo]) {
					lo++
				}
				window := strings.TrimRight(text[lo:i], " ")
				for _, re := range []*regexp.Regexp{reZH, reISO} {
					ms := re.FindAllStringIndex(window, -1)
					if len(ms) == 0 || ms[len(ms)-1][1] != len(window) {
						continue
					}
					m := ms[len(ms)-1]
					if d := findDate(window[m[0]:m[1]]); d > best {
						best = d
					}
				}
			}
		}
	}
	look(zhDateTails)
	if weak {
		look(zhWeakDateTails)
	}
	return best
}

// findDate returns the first date in s as ISO 8601 ("2022-08-15", or "2022-08" without a day),
// or "".
func findDate(s string) string {
	d, _, _ := findDateAt(s)
	return d
}

// findDateAt returns the first date in s as ISO 8601 and the byte span [at, end) it occupies
// in s; "" when s has none.
func findDateAt(s string) (iso string, at, end int) {
	type cand struct {
		at, end int
		y, m, d int
	}
	best := cand{at: -1}
	consider := func(c cand) {
		if c.m < 1 || c.m > 12 || c.d < 0 || c.d > 31 || c.y < 1990 || c.y > 2100 {
			return
		}
		if best.at < 0 || c.at < best.at {
			best = c
		}
	}
	if m := reMonthDY.FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[2]:m[3]])], d: num(s, m, 2)})
	}
	if m := reDMonthY.FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[4]:m[5]])], d: num(s, m, 1)})
	}
	if m := reISO.FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 1), m: num(s, m, 2), d: num(s, m, 3)})
	}
	if m := reZH.FindStringSubmatchIndex(s); m != nil {
		d := 0
		if m[6] >= 0 {
			d = num(s, m, 3)
		}
		consider(cand{at: m[0], end: m[1], y: num(s, m, 1), m: num(s, m, 2), d: d})
	}
	if m := reUS.FindStringSubmatchIndex(s); m != nil {
		a, b := num(s, m, 1), num(s, m, 2)
		if a > 12 { // day first
			a, b = b, a
		}
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: a, d: b})
	}
	if best.at < 0 {
		if m := reMonthY.FindStringSubmatchIndex(s); m != nil {
			consider(cand{at: m[0], end: m[1], y: num(s, m, 2), m: monthNames[strings.ToLower(s[m[2]:m[3]])]})
		}
	}
	switch {
	case best.at < 0:
		return "", -1, -1
	case best.d == 0:
		return fmt.Sprintf("%04d-%02d", best.y, best.m), best.at, best.end
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d), best.at, best.end
}

// num returns the number captured by group g of a regexp match m in s.
func num(s string, m []int, g int) int {
	v, _ := atoi(s[m[2*g]:m[2*g+1]])
	return v
}

// entitySuffixes end the names of organisations.
var entitySuffixes = []string{"Co., Inc.", "Private Limited", "Pte. Ltd.", "Pte. Ltd", "Pte Ltd", "Co., Ltd.", "Co., Ltd", "Co. Ltd.",
	"Co. Ltd", "Co Ltd", "Pvt. Ltd", "Ltd.", "Ltd",
	"Limited", "Inc.", "Inc", "Incorporated", "Company", "Foundation", "LLC", "L.L.C.", "LLP", "GmbH", "Corp.", "Corporation", "PLC", "plc", "S.A.", "B.V.", "AG",
	"Group", "Holdings", "Technologies", "Pty Ltd", "Pvt. Ltd.", "Pvt Ltd", "PVT LTD", "PRIVATE LIMITED", "LIMITED", "LTD",
	"INC.", "INC", "Sarl", "SARL", "S.r.l.", "S.L.", "SAS", "GROUP"}

// zhEntitySuffixes end the names of Chinese organisations.
var zhEntitySuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团"}

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
	return subjectCompany(p)
}

var (
	// reZhWe matches a Chinese definition of "we": "（以下简称“我们”）", "（下称"我们"）".
	reZhWe = regexp.MustCompile(`[（(]\s*(?:以下|下文|下)?\s*(?:简称|合称|称为|称)\s*[:：为]?\s*[“"「『]?\s*(?:我们|本公司|我方)`)
	// reEnWe matches a capitalised name followed by an English definition of "we": "Acme
	// Rockets ("we", "us")", "Acme (hereinafter "we")".
	// The definition may list other words first: "LatinPost.com ("Site," "we," "us")"; it may
	// name the maker's role instead: "Education Acme Media ("Developer")", "DiCodes (hereby
	// referred to as "Service Provider")". A lower-case domain may be the name: "example.life
	// ("example.life", "we")".
	reEnWe = regexp.MustCompile(`((?:[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}|(?:[a-z][A-Z]|[A-Z0-9])[\w.&'’-]*(?:,?\s+(?:of\s+|&\s+|and\s+)?[A-Z0-9][\w.&'’-]*){0,6}))\s*` +
		`\([^()]{0,60}?["“](?:we|We|us|our|Developer|Service Provider|Owner|Operator)[,.]?["”]`)
	// reWeDef matches a bracket that opens with an English definition of "we" or of the maker's
	// role, the part of reEnWe after the name: brackets that define something else are skipped
	// before the name is looked for.
	reWeDef = regexp.MustCompile(`^\([^()]{0,60}?["“](?:we|We|us|our|Developer|Service Provider|Owner|Operator)[,.]?["”]`)
)

// zhGenericNames are what a Chinese policy calls its maker without naming it.
var zhGenericNames = map[string]bool{"公司": true, "平台": true, "本平台": true, "本公司": true, "软件": true, "本软件": true,
	"产品": true, "本应用": true, "应用": true, "单位": true, "本单位": true}

// weName returns the name a policy defines as "we" in the first clauses of each part
// ("虎牙公司（下称"我们"）", "【陌聊APP】（以下简称“我们”）", "Acme Rockets ("we")"), or "".
func weName(p *Policy) string {
	for _, pt := range p.Parts {
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
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
		if !strings.ContainsAny(after, `"“「『`) {
			continue // every definition quotes the word it defines
		}
		if m := reZhWe.FindStringIndex(after); m != nil && m[0] == 0 {
			if name := zhNameBefore(text[:k]); name != "" {
				return name
			}
			continue
		}
		if !reWeDef.MatchString(after) {
			continue // the bracket defines something else: ("Service"), ("Application")
		}
		lo := k - weWindow
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		if m := reEnWe.FindStringSubmatchIndex(text[max(lo, 0):min(len(text), k+weWindow/2)]); m != nil && max(lo, 0)+m[1] > k {
			words := strings.Fields(text[max(lo, 0)+m[2] : max(lo, 0)+m[3]])
			for len(words) > 0 && nameStops[strings.ToLower(strings.TrimSuffix(words[0], ","))] {
				words = words[1:]
			}
			if !allGeneric(words) {
				return strings.TrimSuffix(strings.Join(words, " "), ",")
			}
		}
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
var reSubject = regexp.MustCompile(`^(?:At\s+)?([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,4})\s+` +
	`(?:is committed to|respects|values|takes|cares about|is concerned about|recognizes|understands|has adopted|has created|has prepared)\b[^.]{0,40}?\bprivacy`)

// reProvidedBy matches a sentence that says who provides the service: "This SERVICE is
// provided by Margin Games at no cost", "The Site is owned and operated by Acme Media".
var reProvidedBy = regexp.MustCompile(`\b(?i:this|the|our)\s+(?i:service|app|application|website|web site|site|game|platform)\s+` +
	`(?:is|are)\s+(?:provided|operated|owned and operated|owned|run|developed|published|maintained|offered)\s+by\s+(?:the\s+)?` +
	`([A-Z0-9][\w.&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})` +
	// The name ends the phrase: "by Margin Games at no cost", not "by Sticker maker app".
	`(?:\s+(?:at|in|for|and|to|from|under|with|as|which|who|on|is|LLC|Inc)\b|\s*[.,;:(]|\s*$)`)

// providerCompany returns who one of the first clauses of a part says provides the service,
// or "".
func providerCompany(p *Policy) string {
	for _, pt := range p.Parts {
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
			text := p.Clauses[i].Text
			m := reProvidedBy.FindStringSubmatch(text[:min(len(text), providerWindow)])
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
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
			text := p.Clauses[i].Text
			m := reSubject.FindStringSubmatch(text[:min(len(text), subjectWindow)])
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
var titleNameGeneric = map[string]bool{"this": true, "our": true, "your": true, "the": true, "full": true, "online": true,
	"website": true, "website's": true, "web": true, "site": true, "site's": true, "application": true, "app": true,
	"mobile": true, "customer": true, "customers": true, "consumer": true, "general": true, "global": true,
	"new": true, "updated": true, "revised": true, "complete": true, "short": true, "summary": true, "member": true,
	"user": true, "users": true, "children's": true, "children": true, "child": true, "employee": true,
	"candidate": true, "applicant": true, "supplemental": true, "supplementary": true, "additional": true,
	"california": true, "european": true, "eu": true, "eea": true, "uk": true, "us": true, "u.s.": true,
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
		end := min(pt.EndClause, pt.FirstClause+inferScope)
		for i := pt.FirstClause; i < end; i++ {
			if name := entityName(p.Clauses[i].Text); name != "" {
				return name
			}
		}
	}
	return ""
}

// entityName finds the first organisation name with a legal suffix in text.
func entityName(text string) string {
	bestAt, best := -1, ""
	for _, suf := range entitySuffixes {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], suf)
			if i < 0 {
				break
			}
			i += from
			from = i + len(suf)
			end := i + len(suf)
			// The suffix must be a whole word.
			if end < len(text) && isWordByte(text[end]) && !strings.HasSuffix(suf, ".") {
				continue
			}
			if i > 0 && isWordByte(text[i-1]) {
				continue
			}
			start := nameStart(text, i)
			if i >= 2 && text[i-2:i] == ", " && commaSuffixes[suf] {
				start = nameStart(text, i-2) // "Sociamonials, Inc."
			}
			if start < 0 || isArticle(lastWord(text[:start])) {
				continue // "a California Corporation" describes, it does not name
			}
			if thirdPartyWords[strings.ToLower(lastWord(text[:start]))] {
				continue // "hosted on Shopify Inc.": a service the policy's maker uses
			}
			if bestAt < 0 || start < bestAt || (start == bestAt && end-start > len(best)) {
				bestAt, best = start, text[start:end]
			}
			break
		}
	}
	for _, suf := range zhEntitySuffixes {
		i := strings.Index(text, suf)
		if i < 0 {
			continue
		}
		start := zhNameStart(text, i)
		if start < i && (bestAt < 0 || start < bestAt) {
			bestAt, best = start, text[start:i+len(suf)]
		}
	}
	return best
}

// commaSuffixes are the legal forms that may follow a name after a comma ("Acme, Inc.").
var commaSuffixes = map[string]bool{"Inc.": true, "Inc": true, "INC.": true, "INC": true, "LLC": true, "L.L.C.": true,
	"LLP": true, "Ltd.": true, "Ltd": true, "Limited": true, "Corp.": true, "GmbH": true, "PLC": true, "S.A.": true,
	"B.V.": true, "AG": true, "Co., Ltd.": true, "Pty Ltd": true}

// thirdPartyWords come before the name of a service a policy's maker uses rather than of the
// maker itself ("hosted on Shopify Inc.", "payments via Stripe, Inc.").
var thirdPartyWords = map[string]bool{"on": true, "via": true, "through": true, "using": true, "with": true,
	"including": true, "like": true, "as": true}

// isDomain reports whether w looks like a domain name used as a company name ("lynda.com").
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot-1 < 2 || len(w)-dot-1 > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(isWordByte(c) || c == '.' || c == '-') {
			return false
		}
	}
	return !strings.ContainsAny(w[dot+1:], "0123456789")
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// isArticle reports whether w is the indefinite article ("a", "An").
func isArticle(w string) bool {
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// asciiLower lower-cases the ASCII letters of s and leaves every other byte alone, so that
// byte offsets found in the result are offsets in s (strings.ToLower may change lengths).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// nameStart walks back from a suffix at text[i] over capitalised words, parenthesised
// capitalised words ("(Singapore)") and connectors ("&", "and", "of"), and returns where the
// name starts, or -1 when no capitalised word precedes the suffix.
func nameStart(text string, i int) int {
	words := 0
	start := i
	pos := i
	for pos > 0 {
		j := pos
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && text[k-1] != ' ' {
			k--
		}
		w := text[k:j]
		if w == "" {
			break
		}
		core := strings.Trim(w, "(),")
		switch {
		case core == "&" || core == "and" || core == "of" || core == "de":
			pos = k
			continue
		case core == "" || strings.HasSuffix(w, ",") || strings.ContainsAny(w, `"“”'`):
		case strings.ContainsAny(w[len(w)-1:], ".:;!?") || strings.IndexFunc(core, unicode.IsLetter) < 0:
			// A sentence or a date ends before the name: "Last updated: 2025-03-01. Acme LLC".
		case unicode.IsUpper(firstRune(core)) || unicode.IsDigit(firstRune(core)) || isDomain(core):
			if nameStops[strings.ToLower(core)] {
				break
			}
			words++
			start = k
			pos = k
			continue
		}
		break
	}
	if words == 0 {
		return -1
	}
	return start
}

// nameStops are capitalised words that begin a sentence or a title rather than a name ("We
// at Acme Inc.", "PRIVACY POLICY Acme Inc. sells …"), in lower case.
var nameStops = map[string]bool{"we": true, "the": true, "our": true, "this": true, "at": true, "privacy": true,
	"policy": true, "notice": true, "statement": true, "welcome": true, "copyright": true, "dear": true, "by": true,
	"terms": true, "if": true, "when": true, "you": true, "your": true, "to": true, "with": true, "from": true}

// zhNameStart walks back from a Chinese suffix at text[i] over the Han characters (and
// brackets) of the name, stopping at punctuation and at words that introduce a name (由 是 为 …).
func zhNameStart(text string, i int) int {
	start := i
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !(isHan(r) || r == '（' || r == '）' || r == '(' || r == ')') || strings.ContainsRune(zhNameStops, r) {
			break
		}
		start -= size
	}
	// A closing bracket left at the front belongs to text before the name.
	for start < i {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r != '）' && r != ')' {
			break
		}
		start += size
	}
	return start
}

// zhNameStops are characters that end the words before a Chinese organisation name (由 "by",
// 是 "is", 使用 "use", 提供者 "provider", 您 "you" …) and so mark where the name starts.
const zhNameStops = "由是为即系与和及在指者用您你我们请迎被向于从将本受以对的"

// brandStop are capitalised tokens that are not brands.
var brandStop = map[string]bool{"iOS": true, "IP": true, "SDK": true, "SDKs": true, "ID": true, "IDs": true, "APP": true,
	"App": true, "API": true, "APIs": true, "GDPR": true, "CCPA": true, "URL": true, "HTTPS": true, "IMEI": true,
	"MAC": true, "GPS": true, "PC": true, "AI": true, "EU": true, "EEA": true, "UK": true, "USA": true, "US": true,
	"WiFi": true, "Wi-Fi": true, "IDFA": true, "OAID": true, "Android": true, "Apple": true, "Google": true,
	"IPv4": true, "IPv6": true, "SSL": true, "TLS": true, "PIPL": true, "SMS": true, "QQ": true, "WeChat": true}

// inferBrand returns the product or brand name the policy uses most: a token like "AiWellFlow",
// "7Ding" or "API7" (mixed case or letters with digits) that occurs at least three times, or "".
func inferBrand(p *Policy) string {
	counts := map[string]int{}
	var order []string
	for _, c := range p.Clauses {
		text := c.Text
		for i := 0; i < len(text); {
			if !isWordByte(text[i]) {
				i++
				continue
			}
			j := i
			for j < len(text) && (isWordByte(text[j]) || text[j] == '-') {
				j++
			}
			w := text[i:j]
			// Parts of e-mail addresses, domains and paths are not names.
			inAddr := (i > 0 && strings.ContainsRune("@./_", rune(text[i-1]))) || (j < len(text) && strings.ContainsRune("@_/", rune(text[j])))
			i = j
			if !inAddr && brandLike(w) && !brandStop[w] {
				if counts[w] == 0 {
					order = append(order, w)
				}
				counts[w]++
			}
		}
	}
	// A brand is named early: in a part's title or first clauses.
	var eb strings.Builder
	for _, pt := range p.Parts {
		eb.WriteString(pt.Title)
		eb.WriteByte('\n')
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
			eb.WriteString(p.Clauses[i].Text)
			eb.WriteByte('\n')
		}
	}
	early := eb.String()
	best := ""
	for _, w := range order {
		if counts[w] >= 3 && counts[w] > counts[best] && strings.Contains(early, w) {
			best = w
		}
	}
	return best
}

// brandLike reports whether w looks like a coined name: an inner capital after a lower-case
// letter ("AiWellFlow") or letters mixed with digits ("7Ding", "API7").
func brandLike(w string) bool {
	if len(w) < 3 || strings.Contains(w, "-") {
		return false
	}
	// The first letter is a capital: "7Ding", "API7", "AiWellFlow" (not "take2games").
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		} else if c >= 'A' && c <= 'Z' {
			break
		}
	}
	lower, upper, digit, inner := false, false, false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if lower {
				inner = true
			}
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return inner || (digit && (lower || upper) && !(w[0] >= '0' && w[0] <= '9' && !upper))
}
