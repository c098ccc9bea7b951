package detect

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// emailRe finds an email address in the original text: the same in every language.
var emailRe = re(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)

// recipient is a kind of recipient and its compiled words.
type recipient struct {
	name string
	m    *matcher
}

// sentenceOf returns the folded and the original text of hit h's sentence (same byte offsets).
func (a *analyzer) sentenceOf(h hit) (folded, orig string) {
	sp := h.sentence
	return a.folded[h.ev.Clause][sp.start:sp.end], a.p.Clauses[h.ev.Clause].Text[sp.start:sp.end]
}

// findOrig returns the original text of the first match of the pattern pick chooses from the
// lexicon of h's clause, in h's folded sentence.
func (a *analyzer) findOrig(pick func(*compiledLexicon) *lazyRegexp, h hit) string {
	lx := a.lxs[h.ev.Clause]
	if lx == nil {
		return ""
	}
	re := pick(lx)
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
		for _, pick := range []func(*compiledLexicon) *lazyRegexp{
			func(c *compiledLexicon) *lazyRegexp { return c.period },
			func(c *compiledLexicon) *lazyRegexp { return c.criteria },
		} {
			for _, h := range hits {
				if v := a.findOrig(pick, h); v != "" {
					return v
				}
			}
		}
	case PracticeStorageLocation:
		return a.joinUnique(hits, func(c *compiledLexicon) *lazyRegexp { return c.country }, 4)
	case PracticeChildrenAge:
		for _, h := range hits {
			if f, _ := a.sentenceOf(h); a.lxs[h.ev.Clause] != nil {
				m := a.lxs[h.ev.Clause].age.FindStringSubmatch(f)
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
			if f, _ := a.sentenceOf(h); a.lxs[h.ev.Clause] != nil && a.lxs[h.ev.Clause].honour.MatchString(f) {
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
		// The kinds in the order of the lexicon's list (every lexicon lists them alike).
		order := map[string]int{}
		for _, h := range hits {
			lx := a.lxs[h.ev.Clause]
			if lx == nil {
				continue
			}
			f, _ := a.sentenceOf(h)
			for i, r := range lx.recipients {
				if _, ok := order[r.name]; !ok && r.m.matchString(f) {
					order[r.name] = i
				}
			}
		}
		names := slices.Collect(maps.Keys(order))
		slices.SortFunc(names, func(x, y string) int { return order[x] - order[y] })
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
func (a *analyzer) joinUnique(hits []hit, pick func(*compiledLexicon) *lazyRegexp, limit int) string {
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		if a.lxs[h.ev.Clause] == nil {
			continue
		}
		re := pick(a.lxs[h.ev.Clause])
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
