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
	for _, pt := range p.Parts {
		if pt.Title != "" {
			p.Title = displayTitle(pt.Title)
			break
		}
	}
	if p.Title == "" {
		p.Title = fallbackTitle(p, brand)
	}
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
	reZH      = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?`)
	reUS      = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// dateKeywords introduce a policy's own date.
var dateKeywords = []string{"last updated", "last update", "updated on", "updated:", "last modified", "last revised",
	"revised on", "effective date", "effective as of", "effective on", "effective from", "date of last revision",
	"更新日期", "更新时间", "更新于", "生效日期", "生效时间", "发布日期", "发布时间", "版本日期", "修订日期", "最近更新", "最新更新"}

// inferDate returns the policy's effective or last-updated date as ISO 8601: the first date
// that follows one of dateKeywords in the part titles, clauses or headings. Dates elsewhere
// ("since 2019") are not the policy's date, so none is returned without a keyword.
func inferDate(p *Policy) string {
	try := func(text string) string {
		if !strings.ContainsAny(text, "0123456789") {
			return "" // no date without digits
		}
		lower := strings.ToLower(text)
		for _, k := range dateKeywords {
			if i := strings.Index(lower, k); i >= 0 {
				if d := findDate(text[i:]); d != "" {
					return d
				}
			}
		}
		return ""
	}
	for _, pt := range p.Parts {
		if d := try(pt.Title); d != "" {
			return d
		}
	}
	for _, c := range p.Clauses {
		if d := try(c.Text); d != "" {
			return d
		}
	}
	for _, s := range p.Sections {
		if d := try(s.Title); d != "" {
			return d
		}
	}
	return ""
}

// findDate returns the first date in s as ISO 8601 ("2022-08-15", or "2022-08" without a day),
// or "".
func findDate(s string) string {
	type cand struct {
		at      int
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
		consider(cand{at: m[0], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[2]:m[3]])], d: num(s, m, 2)})
	}
	if m := reDMonthY.FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[4]:m[5]])], d: num(s, m, 1)})
	}
	if m := reISO.FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], y: num(s, m, 1), m: num(s, m, 2), d: num(s, m, 3)})
	}
	if m := reZH.FindStringSubmatchIndex(s); m != nil {
		d := 0
		if m[6] >= 0 {
			d = num(s, m, 3)
		}
		consider(cand{at: m[0], y: num(s, m, 1), m: num(s, m, 2), d: d})
	}
	if m := reUS.FindStringSubmatchIndex(s); m != nil {
		a, b := num(s, m, 1), num(s, m, 2)
		if a > 12 { // day first
			a, b = b, a
		}
		consider(cand{at: m[0], y: num(s, m, 3), m: a, d: b})
	}
	if best.at < 0 {
		if m := reMonthY.FindStringSubmatchIndex(s); m != nil {
			consider(cand{at: m[0], y: num(s, m, 2), m: monthNames[strings.ToLower(s[m[2]:m[3]])]})
		}
	}
	switch {
	case best.at < 0:
		return ""
	case best.d == 0:
		return fmt.Sprintf("%04d-%02d", best.y, best.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d)
}

// num returns the number captured by group g of a regexp match m in s.
func num(s string, m []int, g int) int {
	v, _ := atoi(s[m[2*g]:m[2*g+1]])
	return v
}

// entitySuffixes end the names of organisations.
var entitySuffixes = []string{"Private Limited", "Pte. Ltd.", "Pte Ltd", "Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Ltd.", "Ltd",
	"Limited", "Inc.", "Inc", "LLC", "L.L.C.", "LLP", "GmbH", "Corp.", "Corporation", "PLC", "plc", "S.A.", "B.V.", "AG",
	"Group", "Holdings", "Technologies", "Pty Ltd", "Pvt. Ltd.", "Pvt Ltd", "PVT LTD", "PRIVATE LIMITED", "LIMITED", "LTD",
	"INC.", "INC", "Sarl", "SARL", "S.r.l.", "S.L.", "SAS", "GROUP"}

// zhEntitySuffixes end the names of Chinese organisations.
var zhEntitySuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团"}

// inferCompany returns the organisation the policy speaks for: the first name with a legal
// suffix ("DingTalk (Singapore) Private Limited", "APISEVEN Ltd.", "北京某某科技有限公司") in the
// first clauses of each part; failing that, what a definition of "Company" refers to
// ("Company (referred to as … "We") refers to Acme Apps."); "" when the text does not say.
func inferCompany(p *Policy) string {
	name := legalName(p)
	if name == "" {
		name = definedCompany(p)
	}
	return name
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
			if start < 0 {
				continue
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
		case unicode.IsUpper(firstRune(core)) || unicode.IsDigit(firstRune(core)):
			if core == "We" || core == "The" || core == "Our" || core == "This" || core == "At" {
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
