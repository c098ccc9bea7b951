package detect

import "strings"

// headingKey is one heading that is one right or practice by itself. Policies often name the
// key only in the heading and say the rest in the clause below ("Right to object" / "You can do
// so at any time by contacting us"; "Updates to this policy" / "It may be updated
// occasionally"), a clause that on its own names nothing. act is what such a clause must say:
// for a right, the user exercising one (the lexicon's Exercise cue), for a practice, the policy
// changing (Changed).
type headingKey struct {
	id           string
	key          Key
	heading, act *lazyRegexp
}

// compileHeadings compiles a lexicon's heading rules; anyHeading matches all their headings at
// once, anchored at their literals (most titles have none of them).
func compileHeadings(specs specsFunc, rules []headingRule, exercise, changed *lazyRegexp) (keys []headingKey, anyHeading *matcher) {
	keys = make([]headingKey, len(rules))
	all := make([]string, len(rules))
	for i, h := range rules {
		all[i] = h.Pattern
		act := exercise
		if h.Key.Group() != GroupRights {
			act = changed
		}
		keys[i] = headingKey{h.ID, h.Key, re(h.Pattern), act}
	}
	if len(all) == 0 {
		return keys, newCue(specs, "")
	}
	return keys, newMatcher(specs, strings.Join(all, "|"), cueLen)
}

// headingClauses bounds how many clauses right under such a heading are read for the key.
const headingClauses = 3

// headingRights grants the key a heading names to a clause right under it that says the rest,
// for keys that no clause declares or denies otherwise.
func (a *analyzer) headingRights() {
	for si := range a.p.Sections {
		title, lx := a.sections[si].folded, a.sections[si].lx
		if title == "" || lx == nil || !lx.anyHeading.matchString(title) {
			continue
		}
		for _, hk := range lx.headingKeys {
			if a.stated(hk.key) || !hk.heading.MatchString(title) {
				continue
			}
			first, end := int(a.p.Sections[si].FirstClause), int(a.p.Sections[si].EndClause)
			for ci := first; ci < end && ci < first+headingClauses && ci < len(a.p.Clauses); ci++ {
				if a.headingAct(ci, hk) {
					break
				}
			}
		}
	}
}

// stated reports whether key k has a hit already, declaring or denying it.
func (a *analyzer) stated(k Key) bool { return len(a.hits[k]) > 0 }

// headingAct records, and reports, a hit for heading rule hk in clause ci when its act matches
// there and nothing negates or refuses it.
func (a *analyzer) headingAct(ci int, hk headingKey) bool {
	text, f, lx := a.p.Clauses[ci].Text, a.folded[ci], a.lxs[ci]
	if lx == nil {
		return false
	}
	m := hk.act.FindStringIndex(f)
	if m == nil || lx.negationRe.MatchString(f[m[0]:m[1]]) {
		return false
	}
	sents := lx.sentences(text)
	sp := sents[sentenceAt(sents, m[0])]
	lo, hi := clip(f, sp, m[0], m[1])
	cs := a.cuesOf(ci)
	if hk.key.Group() == GroupRights && (cs.refuses(f, lo, m[0]) || cs.keepsRight(f, lo, m[0], m[1])) {
		return false
	}
	if neg, _, _ := cs.negation(f, lo, m[0], m[1], hi); neg {
		return false
	}
	a.record(ci, hk.id, hk.key, Declared, text, f, sp, m[0], m[1], m[0], m[1])
	return true
}
