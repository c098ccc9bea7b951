package detect

import (
	"regexp"
	"sort"
	"strings"
)

// cues holds where the context cues occur in one clause's folded text, found once per clause
// (on its first trigger) so that judging many triggers costs a few lookups each rather than
// regular-expression scans of their surroundings. Every list holds [start, end) byte ranges
// sorted by start.
type cues struct {
	negs       [][]int // negations, excluded phrases ("not limited to") removed
	negSubj    [][]int // subject words that tell whose negation it is
	blocks     [][]int // what ends a negation's reach
	exceptions [][]int // exceptions after a negation
	users      [][]int // the user acting, times and manners ("when you …") removed
	companies  [][]int // the company or another actor as subject, objects of requests removed
	keeps      [][]int // the company keeping a right for itself
	collects   [][]int // collection verbs
	company    [][]int // the company named at all ("we", "our")
}

// newCues finds the cues of folded clause text f.
func newCues(f string) *cues {
	c := &cues{
		negSubj:    negSubjectM.findAll(f),
		blocks:     negBlockM.findAll(f),
		exceptions: exceptionM.findAll(f),
		keeps:      companyRightM.findAll(f),
		collects:   collectCueM.findAll(f),
		company:    companyWordM.findAll(f),
	}
	excl := notNegationM.findAll(f)
	for _, n := range negationM.findAll(f) {
		if !inside(n, excl) {
			c.negs = append(c.negs, n)
		}
	}
	for _, u := range userCueM.findAll(f) {
		one, two := wordBefore(f, u[0])
		if (temporalWords[one] || temporalWords[two]) && !soThat(f, u[0], one) {
			continue
		}
		if w := f[u[0]:u[1]]; (w == "你" || w == "您") && strings.HasPrefix(f[u[1]:], "的") {
			continue // 您的: a possessive, not the user acting
		}
		if w := f[u[0]:u[1]]; w == "you" && strings.HasPrefix(f[u[1]:], " with ") {
			continue // "providing you with this service": the user served, not acting
		}
		if (one == "if" || one == "unless") && !wishRe.MatchString(f[u[1]:min(len(f), u[1]+120)]) {
			// "if you do not use the service for two years, your data will be deleted" is a
			// condition; "if you wish to delete your data" is the user's choice.
			continue
		}
		c.users = append(c.users, u)
	}
	for _, s := range companySubjectM.findAll(f) {
		if one, two := wordBefore(f, s[0]); !requestWords[one] && !requestWords[two] {
			c.companies = append(c.companies, s)
		}
	}
	return c
}

// soThat reports whether the user cue at byte i, after the word one, follows "so that" or "in
// order that": a purpose that gives the user the means to act ("functions so that you can manage
// your information"), not a relative clause ("information that you provide").
func soThat(f string, i int, one string) bool {
	if one != "that" {
		return false
	}
	j := strings.LastIndex(f[max(0, i-24):i], "that")
	if j < 0 {
		return false
	}
	before := strings.TrimRight(f[max(0, i-24):max(0, i-24)+j], " ")
	return strings.HasSuffix(before, " so") || before == "so" || strings.HasSuffix(before, "in order")
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
	n := lastIn(c.negs, max(lo, m0-200), m0)
	if n == nil || anyIn(c.blocks, n[1], m0) {
		return false, false, false
	}
	if s := lastIn(c.negSubj, max(lo, n[0]-40), n[0]); s != nil {
		switch w := f[s[0]:s[1]]; w {
		case "we", "我们":
		case "if", "unless", "whether", "in case", "如果", "若", "假如":
			// "if you do not use the service for two years, …": a condition, neither the
			// company's denial nor the user's conduct.
			return false, false, false
		default:
			if one, two := wordBefore(f, s[0]); one == "if" || one == "unless" || two == "如果" {
				return false, false, false // "if you do not …": a condition too
			}
			return false, false, true
		}
	}
	exception = anyIn(c.exceptions, n[0], m0) || anyIn(c.exceptions, m1, min(hi, m1+120))
	return true, exception, false
}

// refuses reports whether the right whose trigger starts at m0 is refused or only a condition:
// "you may not opt out of", "users cannot delete", "if your computer does not accept cookies",
// "您不能注销". The regular expressions run only where a negation is near.
func (c *cues) refuses(f string, lo, m0 int) bool {
	from := max(lo, m0-80)
	if n := lastIn(c.negs, from, m0); n != nil && m0-n[1] <= 40 {
		from = max(from, n[0]-30) // the subject stands right before the negation
	} else {
		w := f[max(lo, m0-16):m0]
		if !strings.Contains(w, "不能") && !strings.Contains(w, "无法") && !strings.Contains(w, "不可以") {
			return false
		}
	}
	return userCannotRe.MatchString(f[from:m0]) || negatedVerbRe.MatchString(f[max(lo, m0-12):m0])
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
		if w := f[c.users[i][0]:c.users[i][1]]; w != "right" && w != "rights" {
			return false
		}
	}
	return true
}

// wishRe, after "if you", makes the condition the user's wish: "if you wish to", "if you'd
// like", "if you have submitted information and want to review it", "if you have a complaint".
var wishRe = regexp.MustCompile(`^[^.;:]{0,80}?(?:\b(?:wish|want|would like|prefer|choose|request|ask|decide|no longer|believe|think|are concerned|have (?:any |a )?(?:questions|concerns|complaints?))\b|['’]d like)`)
