package detect

import (
	"regexp"
	"strconv"
	"strings"
)

// Value extractors read the sentences of a finding's hits.
var (
	periodRe   = regexp.MustCompile(`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety)(?:\s*\(\d+\))?[\s-]+(?:calendar |business |working )?(?:days?|weeks?|months?|years?)\b|(?:\d+|[一二三四五六七八九十百]+)\s*(?:个)?(?:工作日|天|日|周|个月|月|年)`)
	criteriaRe = regexp.MustCompile(`\bas long as (?:\w+ ){0,6}?(?:necessary|needed|required|reasonably necessary|active|you (?:have|maintain|use))\b|\bno longer than (?:\w+ ){0,3}?(?:necessary|needed|required)|\bfor (?:the )?(?:minimum |shortest )?(?:period|duration|time)s? (?:of time )?(?:\w+ ){0,4}?(?:necessary|needed|required)|\bonly (?:as long as|for as long as|while) (?:\w+ ){0,6}?(?:necessary|needed|required|active)|\buntil (?:you|your) (?:\w+ ){0,3}?(?:delete|close|cancel|request|withdraw)\w*|(?:实现|达到)[^。，]{0,12}?所(?:必需|必要)的最短(?:时间|期限)|最短(?:时间|期限)|所必需的?(?:期间|期限|时间)|必要的?(?:期间|期限)|法律法规(?:规定|要求)的(?:期限|时间|时限)`)
	ageRe      = regexp.MustCompile(`(?:under|below|younger than|over|above|older than|at least|age of|aged) (?:the age of |age )?(\d{1,2})\b|\b(\d{1,2}) years? (?:of age|old)|(?:不满|未满)(\d{1,2}|[一二三四五六七八九十]+)周?岁|(\d{1,2}|[一二三四五六七八九十]+)周?岁以下`)
	honourRe   = regexp.MustCompile(`\b(?:honou?r|respect|respond|comply|recogni[sz]e|obey|follow|process)\w*|遵守|响应|尊重`)
	emailRe    = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`) // on original text
	countryRe  = regexp.MustCompile(`\b(?:united states(?: of america)?|u\.s\.a?\.?|usa|singapore|people'?s republic of china|mainland china|china|hong kong|taiwan|japan|south korea|korea|india|european union|european economic area|ireland|germany|france|the netherlands|netherlands|united kingdom|canada|australia|brazil|switzerland|sweden|finland|russia|israel|indonesia|vietnam|malaysia|thailand|philippines|mexico)\b|中华人民共和国境内|中国境内|中国大陆|新加坡|美国|香港|台湾|日本|韩国|印度|欧盟|德国|爱尔兰|英国|加拿大|澳大利亚|马来西亚`)
)

// recipientWords names the kinds of recipient a sharing sentence can mention, with the words
// for them; recipients holds them compiled (see compile).
var recipientWords = []struct{ name, pattern string }{
	{"service providers", `service providers?|vendors?|processors?|contractors?|suppliers|服务提供商|服务商|供应商|受托`},
	{"affiliates", `affiliat|subsidiar|group compan|corporate family|关联公司|关联方|附属公司`},
	{"partners", `(?:business|marketing|trusted) partners?|\bpartners\b|合作伙伴|合作方`},
	{"advertisers", `advertis|ad networks?|广告`},
	{"authorities", `law enforcement|authorit|government|regulator|court|police|司法|行政机关|政府|监管|公安|法院`},
	{"buyers in a merger", `merger|acquisition|acquirer|buyer|purchaser|successor|合并|收购|重组`},
	{"other users", `other users|publicly|其他用户`},
}

// recipient is a kind of recipient and its compiled words.
type recipient struct {
	name string
	m    *matcher
}

var recipients []recipient

// sentenceOf returns the folded and the original text of hit h's sentence (same byte offsets).
func (a *analyzer) sentenceOf(h hit) (folded, orig string) {
	sp := h.sentence
	return a.folded[h.ev.Clause][sp.start:sp.end], a.p.Clauses[h.ev.Clause].Text[sp.start:sp.end]
}

// findOrig returns the original text of the first match of re in the folded sentence.
func (a *analyzer) findOrig(re *regexp.Regexp, h hit) string {
	f, o := a.sentenceOf(h)
	if m := re.FindStringIndex(f); m != nil {
		return strings.TrimSpace(o[m[0]:m[1]])
	}
	return ""
}

// value returns the value of key k from the hits behind its finding.
func value(k Key, st Status, hits []hit, a *analyzer) string {
	switch k {
	case PracticeRetention:
		for _, re := range []*regexp.Regexp{periodRe, criteriaRe} {
			for _, h := range hits {
				if v := a.findOrig(re, h); v != "" {
					return v
				}
			}
		}
	case PracticeStorageLocation:
		return a.joinUnique(hits, countryRe, 4)
	case PracticeChildrenAge:
		for _, h := range hits {
			if f, _ := a.sentenceOf(h); true {
				m := ageRe.FindStringSubmatch(f)
				if m == nil {
					continue
				}
				for _, g := range m[1:] {
					if g != "" {
						return normalizeNumber(g)
					}
				}
			}
		}
	case PracticeDoNotTrack:
		if st == Denied {
			return "not honoured"
		}
		for _, h := range hits {
			if f, _ := a.sentenceOf(h); honourRe.MatchString(f) {
				return "honoured"
			}
		}
		return "" // mentioned without a stance
	case PracticeContact:
		return a.contactEmail(hits)
	case PracticeSharing:
		if st != Declared {
			return ""
		}
		var names []string
		for _, r := range recipients {
			for _, h := range hits {
				if f, _ := a.sentenceOf(h); r.m.matchString(f) {
					names = append(names, r.name)
					break
				}
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// contactEmail returns the privacy contact's email: from the contact hits first, preferring an
// address that names privacy or data protection, else the first address of the policy.
func (a *analyzer) contactEmail(hits []hit) string {
	var first string
	consider := func(s string) bool {
		if !strings.Contains(s, "@") {
			return false
		}
		for _, e := range emailRe.FindAllString(s, -1) {
			e = strings.TrimRight(e, ".")
			l := strings.ToLower(e)
			if strings.Contains(l, "privacy") || strings.Contains(l, "dpo") || strings.Contains(l, "gdpr") || strings.Contains(l, "dataprotection") || strings.Contains(l, "data.protection") {
				first = e
				return true
			}
			if first == "" {
				first = e
			}
		}
		return false
	}
	for _, h := range hits {
		if consider(a.p.Clauses[h.ev.Clause].Text) {
			return first
		}
	}
	if first != "" {
		return first
	}
	for _, c := range a.p.Clauses {
		if consider(c.Text) {
			break
		}
	}
	return first
}

// joinUnique collects the matches of re in each hit's sentence, as the original text has them,
// without repeats (case-insensitively), at most limit of them, joined by ", ".
func (a *analyzer) joinUnique(hits []hit, re *regexp.Regexp, limit int) string {
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		f, o := a.sentenceOf(h)
		for _, m := range re.FindAllStringIndex(f, -1) {
			s := o[m[0]:m[1]]
			key := strings.ToLower(s)
			if seen[key] || len(out) == limit {
				continue
			}
			seen[key] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// normalizeNumber turns a small number written in Chinese numerals ("十四") into digits, and
// leaves digits as they are.
func normalizeNumber(s string) string {
	if _, err := strconv.Atoi(s); err == nil {
		return s
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digits[r]
	}
	return strconv.Itoa(n + cur)
}
