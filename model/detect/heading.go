package detect

import (
	"regexp"
	"strings"
)

// headingKey is one heading that is one right or practice by itself. Policies often name the
// key only in the heading and say the rest in the clause below ("Right to object" / "You can do
// so at any time by contacting us"; "Updates to this policy" / "It may be updated
// occasionally"), a clause that on its own names nothing. act is what such a clause must say:
// for a right, the user exercising one.
type headingKey struct {
	key          Key
	heading, act *regexp.Regexp
}

// headingPatterns gives, per key, the pattern of its headings (folded text) and whether its
// clause must show the user exercising a right (rights) or the policy changing (policy_change).
var headingPatterns = []struct {
	key     Key
	pattern string
}{
	{RightObjection, `\bright to object\b|\bobjection\b|\bobject(?:ing)? to\b|反对|拒绝处理`},
	{RightWithdrawConsent, `\b(?:withdraw|revok|revocation)\w* (?:\w+ ){0,2}?consent|\bconsent (?:withdrawal|revocation)|(?:撤回|撤销)(?:您的)?(?:同意|授权)`},
	{RightComplaint, `\bcomplain\w*|投诉|举报|申诉`},
	{RightAutomatedDecisions, `\bautomated (?:individual )?decision|自动化?决策`},
	{RightDeletion, `\bright to (?:erasure|deletion|be forgotten)|\berasure\b|\bdelet\w* (?:of )?(?:your )?(?:personal )?(?:data|information)\b|\b(?:data|information) (?:deletion|erasure|removal)\b|删除(?:您的)?(?:个人)?信息`},
	{RightRestriction, `\brestrict\w* (?:of |on )?(?:the )?processing|限制处理`},
	{RightPortability, `\bportability\b|可携`},
	{PracticePolicyChange, `\b(?:changes?|updates?|modifications?|revisions?|amendments?) (?:to|of|in) (?:this|our|the) (?:\w+ )?(?:policy|notice|statement)\b|\b(?:policy|notice|statement) (?:changes|updates|revisions)\b`},
}

// exercisePattern finds the user exercising a right without naming it: "you can do so at any
// time", "you may exercise this right", "you can ask us to stop", "您可以通过…行使该权利",
// "您有权要求我们作出解释".
const exercisePattern = `\b(?:you|users?)(?: \w+){0,3}? (?:can|may|could|have the right to|are entitled to|are able to)(?: \w+){0,3}? (?:exercise|do so|do this|do that|ask(?: us)? to|request (?:this|that|it|so)|object|withdraw|revoke|opt out|stop|refuse|complain|lodge)\b|\b(?:exercise|invoke) (?:this|that|the|your|such) rights?\b|(?:行使|实现)(?:该|此|这一|上述)?(?:项)?权利|(?:您|你)(?:有权|可以)(?:要求|拒绝|申请|撤回|反对|投诉|举报|行使)`

// changedPattern finds, under a heading about changes to the policy, that the policy may
// change: "it may be updated occasionally", "we will post any changes on this page".
const changedPattern = `\b(?:may|might|will|can|could) (?:be )?(?:\w+ )?(?:updated|changed|revised|modified|amended)\b|\b(?:post|publish|notify you of) (?:\w+ ){0,2}?(?:changes|updates|revisions)\b|\bsubject to change\b`

// headingKeys is headingPatterns compiled by compileRules; anyHeading matches all their
// headings at once, anchored at their literals (most titles have none of them).
var (
	headingKeys []headingKey
	anyHeading  *matcher
)

// compileRules compiles the heading rules and the context rules that are plain regular
// expressions (not literal-anchored matchers); call it through compiled.Do, like compile, so
// that importing the package costs nothing.
func compileRules() {
	exercise := regexp.MustCompile(exercisePattern)
	changed := regexp.MustCompile(changedPattern)
	headingKeys = make([]headingKey, len(headingPatterns))
	all := make([]string, len(headingPatterns))
	for i, h := range headingPatterns {
		all[i] = h.pattern
		act := exercise
		if h.key.Group() != GroupRights {
			act = changed
		}
		headingKeys[i] = headingKey{h.key, regexp.MustCompile(h.pattern), act}
	}
	anyHeading = newMatcher(strings.Join(all, "|"), cueLen)
	notSubjectRe = regexp.MustCompile(notSubjectPattern)
	notUsedRe = regexp.MustCompile(notUsedPattern)
	imperativeRe = regexp.MustCompile(imperativePattern)
	passiveRe = regexp.MustCompile(passivePattern)
	definingSentenceRe = regexp.MustCompile(definingSentencePattern)
	notTermRe = regexp.MustCompile(notTermPattern)
}

// headingClauses bounds how many clauses right under such a heading are read for the key.
const headingClauses = 3

// headingRights grants the key a heading names to a clause right under it that says the rest,
// for keys that no clause declares or denies otherwise.
func (a *analyzer) headingRights() {
	for si := range a.p.Sections {
		title := a.sections[si].folded
		if title == "" || !anyHeading.matchString(title) {
			continue
		}
		for _, hk := range headingKeys {
			if a.stated(hk.key) || !hk.heading.MatchString(title) {
				continue
			}
			s := a.p.Sections[si]
			for ci := s.FirstClause; ci < s.EndClause && ci < s.FirstClause+headingClauses && ci < len(a.p.Clauses); ci++ {
				if a.headingAct(ci, hk.key, hk.act) {
					break
				}
			}
		}
	}
}

// stated reports whether key k has a hit already, declaring or denying it.
func (a *analyzer) stated(k Key) bool { return len(a.hits[k]) > 0 }

// headingAct records, and reports, a hit for key k in clause ci when act matches there and
// nothing negates or refuses it.
func (a *analyzer) headingAct(ci int, k Key, act *regexp.Regexp) bool {
	text, f := a.p.Clauses[ci].Text, a.folded[ci]
	m := act.FindStringIndex(f)
	if m == nil || negationRe.MatchString(f[m[0]:m[1]]) {
		return false
	}
	sents := sentences(text)
	sp := sents[sentenceAt(sents, m[0])]
	lo, hi := clip(f, sp, m[0], m[1])
	cs := a.cuesOf(ci)
	if k.Group() == GroupRights && (cs.refuses(f, lo, m[0]) || cs.keepsRight(f, lo, m[0], m[1])) {
		return false
	}
	if neg, _, _ := cs.negation(f, lo, m[0], m[1], hi); neg {
		return false
	}
	a.record(ci, k, Declared, text, f, sp, m[0], m[1], m[0], m[1])
	return true
}
