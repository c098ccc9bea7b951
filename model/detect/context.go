package detect

import (
	"slices"
	"sort"
	"strings"
)

// cues holds where the context cues occur in one clause's folded text, found once per clause
// (on its first trigger) so that judging many triggers costs a few lookups each rather than
// regular-expression scans of their surroundings. Every list holds [start, end) byte ranges
// sorted by start.
type cues struct {
	negs       [][]int // negations, excluded phrases ("not limited to") removed
	negsAfter  [][]int // negations after the verb ("nicht"), excluded phrases removed
	negSubj    [][]int // subject words that tell whose negation it is: start, end, kind
	blocks     [][]int // what ends a negation's reach
	exceptions [][]int // exceptions after a negation
	users      [][]int // the user acting, times and manners ("when you …") removed
	companies  [][]int // the company or another actor as subject, objects of requests removed
	keeps      [][]int // the company keeping a right for itself
	collects   [][]int // collection verbs
	company    [][]int // the company named at all ("we", "our")
	lx         *compiledLexicon
}

// The kinds of negation subject, in cues.negSubj.
const (
	negCompany = iota
	negCondition
	negUser
)

// The cue kinds newCues finds in one pass (compiledLexicon.clauseCues).
const (
	cueNegation = iota
	cueNotNegation
	cueNegCompany
	cueNegCondition
	cueNegUser
	cueNegBlock
	cueException
	cueUser
	cueCompanySubject
	cueCompanyRight
	cueCollect
	cueCompanyWord
	cueUserNotActing
	cueNegationAfter
)

// newCues finds the cues of folded clause text f with lexicon c.
func newCues(c *compiledLexicon, f string) *cues {
	all := c.clauseCues.findAll(f)
	cs := &cues{
		blocks:     all[cueNegBlock],
		exceptions: all[cueException],
		keeps:      all[cueCompanyRight],
		collects:   all[cueCollect],
		company:    all[cueCompanyWord],
		lx:         c,
	}
	for kind, k := range []int{cueNegCompany, cueNegCondition, cueNegUser} {
		for _, s := range all[k] {
			cs.negSubj = append(cs.negSubj, []int{s[0], s[1], kind})
		}
	}
	slices.SortFunc(cs.negSubj, func(x, y []int) int { return x[0] - y[0] })
	for _, n := range all[cueNegation] {
		if !inside(n, all[cueNotNegation]) {
			cs.negs = append(cs.negs, n)
		}
	}
	for _, n := range all[cueNegationAfter] {
		if !inside(n, all[cueNotNegation]) {
			cs.negsAfter = append(cs.negsAfter, n)
		}
	}
	for _, u := range all[cueUser] {
		one, two := wordBefore(f, u[0])
		if (c.temporal[one] || c.temporal[two]) && !c.purposeThat.MatchString(f[max(0, u[0]-24):u[0]]) {
			continue
		}
		if slices.ContainsFunc(all[cueUserNotActing], func(r []int) bool { return r[0] == u[0] }) {
			continue // "providing you with this service", "您的": served or possessive, not acting
		}
		if c.condition[one] && !c.wish.MatchString(f[u[1]:min(len(f), u[1]+120)]) {
			// "if you do not use the service for two years, your data will be deleted" is a
			// condition; "if you wish to delete your data" is the user's choice.
			continue
		}
		cs.users = append(cs.users, u)
	}
	for _, s := range all[cueCompanySubject] {
		if one, two := wordBefore(f, s[0]); !c.request[one] && !c.request[two] {
			cs.companies = append(cs.companies, s)
		}
	}
	return cs
}

// first returns the index of the first range in locs starting at or after lo.
func first(locs [][]int, lo int) int {
	return sort.Search(len(locs), func(i int) bool { return locs[i][0] >= lo })
}

// lastIn returns the last range of locs lying within [lo, hi), or nil.
func lastIn(locs [][]int, lo, hi int) []int {
	for i := first(locs, hi) - 1; i >= 0 && locs[i][0] >= lo; i-- {
		if locs[i][1] <= hi {
			return locs[i]
		}
	}
	return nil
}

// anyIn reports whether a range of locs lies within [lo, hi).
func anyIn(locs [][]int, lo, hi int) bool {
	return lastIn(locs, lo, hi) != nil
}

// negation reports whether the company negates the trigger starting at m0 and ending at m1,
// looking back no further than lo and forward to hi ("we do not share"); whether an exception
// after the negation ("… except", "未经您同意") makes it a conditional declaration; and whether
// the negation is the user's or a condition's instead ("you must not", "if you do not").
func (c *cues) negation(f string, lo, m0, m1, hi int) (neg, exception, userNeg bool) {
	subjFrom := 0
	n := lastIn(c.negs, max(lo, m0-200), m0)
	if n == nil || anyIn(c.blocks, n[1], m0) {
		if n = c.negationAfter(f, m1, hi); n == nil {
			return false, false, false
		}
		subjFrom = max(lo, m0-40) // the subject stands before the trigger or after it
	} else {
		subjFrom = max(lo, n[0]-40)
	}
	if s := lastIn(c.negSubj, subjFrom, n[0]); s != nil {
		switch s[2] {
		case negCompany:
		case negCondition:
			// "if you do not use the service for two years, …": a condition, neither the
			// company's denial nor the user's conduct.
			return false, false, false
		default:
			if one, two := wordBefore(f, s[0]); c.lx.condition[one] || c.lx.condition[two] {
				return false, false, false // "if you do not …": a condition too
			}
			return false, false, true
		}
	}
	exception = anyIn(c.exceptions, n[0], m0) || anyIn(c.exceptions, m1, min(hi, m1+120))
	return true, exception, false
}

// negationAfter returns the negation after the trigger ending at m1 that negates it ("wir
// verkaufen Ihre Daten nicht"): the first within 80 bytes and before hi, with no colon,
// semicolon, NegBlock or new clause (NegAfterStop) between; nil when there is none.
func (c *cues) negationAfter(f string, m1, hi int) []int {
	i := first(c.negsAfter, m1)
	if i == len(c.negsAfter) {
		return nil
	}
	n := c.negsAfter[i]
	if n[0] >= min(hi, m1+80) || strings.ContainsAny(f[m1:n[0]], ";:") || anyIn(c.blocks, m1, n[0]) ||
		c.lx.negAfterStop.MatchString(f[m1:n[0]]) {
		return nil
	}
	return n
}

// refuses reports whether the right whose trigger starts at m0 is refused or only a condition:
// "you may not opt out of", "users cannot delete", "if your computer does not accept cookies",
// "您不能注销". The regular expressions run only where a negation is near.
func (c *cues) refuses(f string, lo, m0 int) bool {
	from := max(lo, m0-80)
	if n := lastIn(c.negs, from, m0); n != nil && m0-n[1] <= 40 {
		from = max(from, n[0]-30) // the subject stands right before the negation
	} else {
		if !c.lx.cannot.MatchString(f[max(lo, m0-16):m0]) {
			return false
		}
	}
	return c.lx.userCannot.MatchString(f[from:m0]) || c.lx.negatedVerb.MatchString(f[max(lo, m0-12):m0])
}

// keepsRight reports whether the company keeps for itself the right whose trigger starts at
// m0 ("we reserve the right to delete"), with no user cue between the reservation and it.
func (c *cues) keepsRight(f string, lo, m0, m1 int) bool {
	k := lastIn(c.keeps, lo, m1)
	if k == nil || k[0] >= m0 {
		return false
	}
	if k[1] >= m0 {
		return true
	}
	for i := first(c.users, k[1]); i < len(c.users) && c.users[i][1] <= m0; i++ {
		if !c.lx.rightNoun[f[c.users[i][0]:c.users[i][1]]] {
			return false
		}
	}
	return true
}
