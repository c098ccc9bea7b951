package detect

import "regexp"

// headingRightWords names, per right, the headings that are that one right: "Right to object",
// "Withdrawing your consent", "撤回同意". Policies often name the right only in the heading and
// explain how to exercise it in the clause below ("You can do so at any time by contacting
// us"), a clause that on its own names no right.
var headingRightWords = []struct {
	key Key
	re  *regexp.Regexp
}{
	{RightObjection, regexp.MustCompile(`\bright to object\b|\bobjection\b|^\W*object(?:ing)? to\b|反对|拒绝处理`)},
	{RightWithdrawConsent, regexp.MustCompile(`\b(?:withdraw|revok|revocation)\w* (?:\w+ ){0,2}?consent|\bconsent (?:withdrawal|revocation)|(?:撤回|撤销)(?:您的)?(?:同意|授权)`)},
	{RightComplaint, regexp.MustCompile(`\bcomplain\w*|投诉|举报|申诉`)},
	{RightAutomatedDecisions, regexp.MustCompile(`\bautomated (?:individual )?decision|自动化?决策`)},
	{RightDeletion, regexp.MustCompile(`\bright to (?:erasure|deletion|be forgotten)|\berasure\b|\bdelet\w* (?:of )?(?:your )?(?:personal )?(?:data|information)\b|\b(?:data|information) (?:deletion|erasure|removal)\b|删除(?:您的)?(?:个人)?信息`)},
	{RightRestriction, regexp.MustCompile(`\brestrict\w* (?:of |on )?(?:the )?processing|限制处理`)},
	{RightPortability, regexp.MustCompile(`\bportability\b|可携`)},
}

// exerciseRe finds the user exercising a right without naming it: "you can do so at any time",
// "you may exercise this right", "you can ask us to stop", "您可以通过…行使该权利", "您有权要求我们
// 作出解释".
var exerciseRe = regexp.MustCompile(`\b(?:you|users?)(?: \w+){0,3}? (?:can|may|could|have the right to|are entitled to|are able to)(?: \w+){0,3}? (?:exercise|do so|do this|do that|ask(?: us)? to|request (?:this|that|it|so)|object|withdraw|revoke|opt out|stop|refuse|complain|lodge)\b|\b(?:exercise|invoke) (?:this|that|the|your|such) rights?\b|(?:行使|实现)(?:该|此|这一|上述)?(?:项)?权利|(?:您|你)(?:有权|可以)(?:要求|拒绝|申请|撤回|反对|投诉|举报|行使)`)

// headingClauses bounds how many clauses right under such a heading are read for the right.
const headingClauses = 3

// headingRights grants the right a heading names to a clause right under it in which the user
// exercises a right without naming it, for rights that no clause declares or denies otherwise.
func (a *analyzer) headingRights() {
	for si := range a.p.Sections {
		title := a.sections[si].folded
		for _, hr := range headingRightWords {
			if !hr.re.MatchString(title) || a.stated(hr.key) {
				continue
			}
			s := a.p.Sections[si]
			for ci := s.FirstClause; ci < s.EndClause && ci < s.FirstClause+headingClauses && ci < len(a.p.Clauses); ci++ {
				if a.exercised(ci, hr.key) {
					break
				}
			}
		}
	}
}

// stated reports whether key k has a hit already, declaring or denying it.
func (a *analyzer) stated(k Key) bool { return len(a.hits[k]) > 0 }

// exercised records, and reports, a hit for right k in clause ci when the user exercises a
// right there and nothing negates or refuses it.
func (a *analyzer) exercised(ci int, k Key) bool {
	text, f := a.p.Clauses[ci].Text, a.folded[ci]
	m := exerciseRe.FindStringIndex(f)
	if m == nil || negationRe.MatchString(f[m[0]:m[1]]) {
		return false
	}
	sents := sentences(text)
	sp := sents[sentenceAt(sents, m[0])]
	lo, hi := clip(f, sp, m[0], m[1])
	cs := a.cuesOf(ci)
	if cs.refuses(f, lo, m[0]) || cs.keepsRight(f, lo, m[0], m[1]) {
		return false
	}
	if neg, _, _ := cs.negation(f, lo, m[0], m[1], hi); neg {
		return false
	}
	a.record(ci, k, Declared, text, f, sp, m[0], m[1], m[0], m[1])
	return true
}
