package model

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

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
