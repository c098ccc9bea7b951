package detect

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"fineprint/model"
)

// maxEvidence caps the evidence kept per finding: enough to check a mark, few enough to read.
const maxEvidence = 8

// window bounds, in bytes, how far around a trigger the context cues look. It keeps Analyze
// linear even on a clause with no sentence punctuation.
const window = 320

// hit is one trigger the detector accepted: its evidence, status, scope and sentence.
type hit struct {
	ev       Evidence
	status   Status
	scope    Scope
	sentence span // the trigger's sentence, clipped to window bytes around it (for values)
}

// sectionInfo is what the detector knows about a section from its title and those above it.
type sectionInfo struct {
	scope   Scope
	rights  bool // a heading about the user's rights or choices
	collect bool // a heading about what is collected
	folded  string
	lx      *compiledLexicon // of the title's language, nil when none serves it
}

// analyzer holds the state of one Analyze call.
type analyzer struct {
	p        *model.Policy
	lxs      []*compiledLexicon // per clause: its language's lexicon, nil when none serves it
	folded   []string           // folded clause texts
	sections []sectionInfo
	hits     [NumKeys][]hit
	lastHit  [NumKeys]int // clause index of the last declaring hit per key: one per clause
	occ      []occurrence
	occTmp   []occurrence // sortByRule's scratch
	// reqLo and reqHi give, per branch, the range of a.occ holding the occurrences of its
	// requires literals in the current clause, in position order (reqHi 0: none).
	reqLo, reqHi []int32
	cues         *cues // of clause cuesClause
	cuesClause   int
	// The last lead-in clause's cues and rights cue, for the list items that follow it.
	leadCues                         *cues
	leadCuesClause, leadRightsClause int
	leadRightsValue                  bool
}

// yieldEvery is how many clauses Analyze reads between yields of the processor.
const yieldEvery = 8

// Analyze runs the detector on p and returns one finding per key. A nil policy gives a report
// in which every key is NotMentioned. Each clause is read with the lexicon of its language; a
// policy no part of which is in a language with a lexicon gets Unknown for every key, and the
// languages of the parts left unread are listed in Report.NotAnalysed. Analyze never modifies p
// and is safe for concurrent use.
func Analyze(p *model.Policy) *Report {
	r := &Report{Policy: p, Findings: make([]Finding, NumKeys)}
	for k := range r.Findings {
		r.Findings[k].Key = Key(k)
	}
	if p == nil {
		return r
	}
	a := &analyzer{p: p}
	for k := range a.lastHit {
		a.lastHit[k] = -1
	}
	a.cuesClause, a.leadCuesClause, a.leadRightsClause = -1, -1, -1
	a.folded = make([]string, len(p.Clauses))
	a.lxs = make([]*compiledLexicon, len(p.Clauses))
	analysed := false
	for i, c := range p.Clauses {
		lx := lexiconFor(c.Lang)
		if lx == nil {
			if !slices.Contains(r.NotAnalysed, c.Lang) {
				r.NotAnalysed = append(r.NotAnalysed, c.Lang)
			}
			continue
		}
		analysed = true
		a.lxs[i] = lx.compiled()
		a.folded[i] = lx.fold(c.Text)
	}
	if !analysed && len(r.NotAnalysed) > 0 {
		for k := range r.Findings {
			r.Findings[k].Status = Unknown
		}
		return r
	}
	a.sections = make([]sectionInfo, len(p.Sections))
	for i := range p.Sections {
		a.sections[i] = a.sectionInfo(i)
	}
	for i := range p.Clauses {
		a.clause(i)
		if i%yieldEvery == yieldEvery-1 {
			// A courtesy to interactive goroutines: a TUI analysing thousands of policies on
			// every core answers a key at the next yield, not at the scheduler's 10 ms
			// preemption. Without another goroutine waiting it costs about 100 ns.
			runtime.Gosched()
		}
	}
	a.headingRights()
	a.accountDeletionDeletes()
	for k := range r.Findings {
		r.Findings[k] = a.finding(Key(k))
	}
	return r
}

// sectionInfo computes what section i's heading, and its parents', say.
func (a *analyzer) sectionInfo(i int) sectionInfo {
	s := a.p.Sections[i]
	lx := lexiconFor(s.Lang)
	if lx == nil {
		return sectionInfo{}
	}
	c := lx.compiled()
	title := lx.fold(s.Title)
	info := sectionInfo{folded: title, lx: c}
	if pi := int(s.Parent); pi >= 0 && pi < i {
		parent := a.sections[pi]
		info.scope = parent.scope
		info.rights = parent.rights
		info.collect = parent.collect
	}
	if sc := c.scopeOf(title); sc != ScopeAll {
		info.scope = sc
	}
	if c.rightsHeading.matchString(title) {
		info.rights = true
	}
	if c.collectHeading.matchString(title) {
		info.collect = true
	}
	return info
}

// section returns the info of clause ci's section (zero info before the first heading).
func (a *analyzer) section(ci int) sectionInfo {
	s := a.p.Clauses[ci].Section
	if s < 0 || s >= len(a.sections) {
		return sectionInfo{}
	}
	return a.sections[s]
}

// leadIn returns the index of the clause that introduces clause ci when ci is a list item, a
// table row or follows a paragraph ending in a colon: "We collect the following:". It returns
// -1 when there is none.
func (a *analyzer) leadIn(ci int) int {
	c := a.p.Clauses[ci]
	for j := ci - 1; j >= 0 && ci-j <= 40; j-- {
		d := a.p.Clauses[j]
		if d.Section != c.Section {
			return -1
		}
		if c.Kind == model.KindParagraph {
			// A paragraph has a lead-in only right after one that ends in a colon, or after
			// sibling paragraphs ending in semicolons that follow one: a list written as
			// paragraphs ("including:" / "Contact information …;" / "A user ID;").
			t := strings.TrimSpace(d.Text)
			if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
				return j
			}
			if d.Kind == model.KindParagraph && (strings.HasSuffix(t, ";") || strings.HasSuffix(t, "；") ||
				a.endsListItem(j, t)) {
				continue
			}
			return -1
		}
		if d.Kind == model.KindParagraph || (d.Kind == model.KindListItem && d.Depth < c.Depth) {
			return j
		}
	}
	return -1
}

// endsListItem reports whether clause j's trimmed text t ends as an item of a list written as
// paragraphs does in its language ("; and"): the lexicon's listItemEnds.
func (a *analyzer) endsListItem(j int, t string) bool {
	if a.lxs[j] == nil {
		return false
	}
	for _, e := range a.lxs[j].lx.listItemEnds {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// clause runs the vocabulary over clause ci. An anchored branch is tried only where the
// prefilter found one of its literals; another branch runs on the sentences holding one.
func (a *analyzer) clause(ci int) {
	text := a.p.Clauses[ci].Text
	f, lx := a.folded[ci], a.lxs[ci]
	if f == "" || lx == nil {
		return
	}
	if len(a.reqHi) < len(lx.branches) {
		a.reqLo, a.reqHi = make([]int32, len(lx.branches)), make([]int32, len(lx.branches))
	}
	sents := lx.sentences(text) // the original: its capitals tell where sentences start
	a.occ = lx.pf.occurrences(f, a.occ)
	a.occ, a.occTmp = sortByRule(a.occ, a.occTmp, 2*len(lx.branches)), a.occ
	// Requirement literals come last (their rule numbers follow the branches'), grouped by
	// rule and in position order: note where each branch's are first.
	nb := int32(len(lx.branches))
	reqs := len(a.occ)
	for reqs > 0 && a.occ[reqs-1].rule >= nb {
		reqs--
	}
	for j := reqs; j < len(a.occ); {
		r, k := a.occ[j].rule-nb, j+1
		for k < len(a.occ) && a.occ[k].rule-nb == r {
			k++
		}
		a.reqLo[r], a.reqHi[r] = int32(j), int32(k)
		j = k
	}
	defer func() {
		for _, o := range a.occ[reqs:] {
			a.reqHi[o.rule-nb] = 0
		}
	}()
	lastRule, lastSent := int32(-1), -1
	for _, o := range a.occ {
		if o.rule >= nb {
			break
		}
		b := &lx.branches[o.rule]
		if b.requires != nil && a.reqHi[o.rule] == 0 {
			continue
		}
		e := &lx.rules[b.entry]
		if a.lastHit[e.Key] == ci && behaviorOf(e.Key).negation != negSentence {
			// One declaring hit per clause is enough, except where a later sentence may
			// state the opposite stance ("… Do Not Track Signals: … We do not respond to them").
			continue
		}
		if o.pos < 0 {
			for _, sp := range sents {
				a.tryUnanchored(ci, b, e, text, f, sp)
			}
			continue
		}
		si := sentenceAt(sents, int(o.pos))
		sp := sents[si]
		if !b.anchored {
			if o.rule != lastRule || si != lastSent {
				a.tryUnanchored(ci, b, e, text, f, sp)
			}
			lastRule, lastSent = o.rule, si
			continue
		}
		pos := int(o.pos)
		if (b.wordStart && pos > 0 && wordBefore1(f, pos)) || (lx.lx.wordBounded && midWord(f, pos)) {
			continue
		}
		end := min(sp.end, pos+b.reach)
		if b.requires != nil && !a.requiredWithin(o.rule, pos, end) {
			// None of the literals every match holds after its first is in reach.
			continue
		}
		mEnd, ok := b.matchAt(f[pos:end])
		if !ok || (b.unless != nil && b.unless.MatchString(f[pos+mEnd:min(sp.end, pos+mEnd+maxMatch)])) {
			continue
		}
		m := [2]int{0, mEnd}
		if lx.lx.wordBounded && midWord(f, pos+m[1]) {
			continue
		}
		if st, ok := a.judge(ci, b, e, text, f, sp, pos, pos+m[1]); ok {
			q0, q1 := b.quote(f, pos, pos+m[1])
			a.record(ci, e.ID, e.Key, st, text, f, sp, pos, pos+m[1], q0, q1)
		}
	}
}

// requiredWithin reports whether one of branch r's requires literals starts after byte pos and
// before end in the current clause.
func (a *analyzer) requiredWithin(r int32, pos, end int) bool {
	occ := a.occ[a.reqLo[r]:a.reqHi[r]]
	i, _ := slices.BinarySearchFunc(occ, int32(pos)+1, func(o occurrence, p int32) int { return cmp.Compare(o.pos, p) })
	return i < len(occ) && int(occ[i].pos) < end
}

// tryUnanchored runs an unanchored branch over sentence sp and records its first accepted match.
func (a *analyzer) tryUnanchored(ci int, b *branch, e *rule, text, f string, sp span) {
	if a.lastHit[e.Key] == ci {
		return
	}
	for _, m := range b.re.FindAllStringIndex(f[sp.start:sp.end], -1) {
		m0, m1 := sp.start+m[0], sp.start+m[1]
		if a.lxs[ci].lx.wordBounded && (midWord(f, m0) || midWord(f, m1)) {
			continue
		}
		if m1 == m0 || (b.unless != nil && b.unless.MatchString(f[m1:min(sp.end, m1+maxMatch)])) {
			continue
		}
		if st, ok := a.judge(ci, b, e, text, f, sp, m0, m1); ok {
			q0, q1 := b.quote(f, m0, m1)
			a.record(ci, e.ID, e.Key, st, text, f, sp, m0, m1, q0, q1)
			return
		}
	}
}

// clip returns the part of sentence sp within window bytes before from and after to, on rune
// boundaries.
func clip(f string, sp span, from, to int) (lo, hi int) {
	lo, hi = sp.start, sp.end
	if from-lo > window {
		lo = from - window
		for lo < from && !utf8.RuneStart(f[lo]) {
			lo++
		}
	}
	if hi-to > window {
		hi = to + window
		for hi > to && hi < len(f) && !utf8.RuneStart(f[hi]) {
			hi--
		}
	}
	return lo, hi
}

// judge decides what the trigger f[m0:m1] of entry e, in sentence sp of clause ci, says: a
// status, or ok == false when it says nothing about e.Key here.
func (a *analyzer) judge(ci int, b *branch, e *rule, text, f string, sp span, m0, m1 int) (st Status, ok bool) {
	lo, hi := clip(f, sp, m0, m1)
	if b.notNear != nil && b.notNear.MatchString(f[lo:hi]) {
		return 0, false
	}
	after := f[m1:hi]
	behavior := behaviorOf(e.Key)
	lx := a.lxs[ci]

	cs := a.cuesOf(ci)
	if e.Key.Group() == GroupRights && cs.keepsRight(f, lo, m0, m1) {
		return 0, false
	}
	if behavior.negation == negSentence {
		if !lx.dntName.MatchString(text[m0:m1]) && !lx.dntSignal.MatchString(after) {
			// "we do not track you" is no Do Not Track signal: the signal is written as a name
			// ("Do Not Track", "DNT") or followed by "signals", "settings" and the like.
			return 0, false
		}
		// Do Not Track: the stance is anywhere in the sentence, the phrase itself aside.
		rest := lx.dnt.ReplaceAllString(f[lo:hi], " ")
		if lx.negatedAnywhere(rest) {
			return Denied, true
		}
		return Declared, true
	}

	if e.Key.Group() == GroupRights && behavior.negation == negSkips && cs.refuses(f, lo, m0) {
		// "you may not opt out of these messages", "if your computer does not accept
		// cookies": the right is refused or a condition, not granted.
		return 0, false
	}
	neg, exception, userNeg := cs.negation(f, lo, m0, m1, hi)
	if userNeg && e.Key.Group() != GroupRights {
		// "You must not share your password", "please do not send us sensitive data": the
		// user's conduct, not the company's practice or collection.
		return 0, false
	}
	if !neg && !userNeg && e.Key.Group() != GroupRights && behavior.negation == negDenies &&
		anyIn(cs.negs, m0+1, m1) && !lx.spellsNegation(b.entry) {
		// A passive denial inside the trigger: "your data is never sold", "vos données ne
		// sont jamais vendues".
		neg = true
		exception = anyIn(cs.exceptions, m1, min(hi, m1+120))
	}
	if !neg && e.Key.Group() == GroupData && behavior.negation == negDenies && a.leadDenies(ci) {
		// "We do not collect any of the following:" / "- your name": the items a denial
		// lists are denied with it, not declared.
		neg = true
	}
	switch behavior.negation {
	case negDenies:
		if neg && !exception {
			return Denied, true
		}
		if e.Key == RightAutomatedDecisions && (lx.notSubject.MatchString(f[lo:m0]) || lx.notUsed.MatchString(after)) {
			// "You will not be subject to decisions based solely on automated processing",
			// "Automated decision-making is not used": the company says it does none.
			return Denied, true
		}
		if neg && exception && e.Key.Group() == GroupData {
			// "we do not collect X unless you give it": X is collected, conditionally.
			break
		}
	case negSkips:
		if neg {
			return 0, false
		}
	case negDeclares:
		// "we will not discriminate against you", "you will not be discriminated against".
		if !neg && !userNeg && e.Mode != modeSelf {
			return 0, false
		}
		return Declared, true
	case negIgnored:
	}
	switch e.Mode {
	case modeDenyOnly:
		return 0, false
	case modeSelf:
		return Declared, true
	case modeContext:
	}
	switch e.Key.Group() {
	case GroupRights:
		if !a.userActs(ci, cs, f[sp.start:m0], lo, m0, after) {
			return 0, false
		}
	case GroupData:
		if !a.collected(ci, cs, f, sp, m0, m1) {
			return 0, false
		}
		if behavior.noHypothetical && lx.hypothetical.MatchString(f[lo:hi]) {
			return 0, false
		}
	}
	return Declared, true
}

// negatedAnywhere reports whether s holds a negation that is not an excluded phrase.
func (c *compiledLexicon) negatedAnywhere(s string) bool {
	excl := c.notNegation.findAll(s)
	for _, n := range c.negation.findAll(s) {
		if !inside(n, excl) {
			return true
		}
	}
	return false
}

// inside reports whether range n lies within one of ranges.
func inside(n []int, ranges [][]int) bool {
	for _, r := range ranges {
		if r[0] <= n[0] && n[1] <= r[1] {
			return true
		}
	}
	return false
}

// userActs reports whether the right whose trigger starts at m0 is the user's: the user acts,
// asks or holds a right nearer before it than the company or another actor does, or the
// company acts on the user's request, or the trigger is a short item under a rights lead-in
// or heading. sentBefore is the sentence up to the trigger, after the text that follows it.
func (a *analyzer) userActs(ci int, cs *cues, sentBefore string, lo, m0 int, after string) bool {
	user := lastIn(cs.users, lo, m0)
	company := lastIn(cs.companies, lo, m0)
	switch {
	case user != nil && (company == nil || user[0] > company[0]):
		return true
	case a.lxs[ci].onRequest.MatchString(after[:min(len(after), 160)]):
		return true
	case company == nil && a.lxs[ci].imperative.MatchString(sentBefore):
		// "Use the privacy controls in your account to …", "Go to Settings to delete …":
		// an instruction to the reader is the user acting.
		return true
	}
	// A short item in a list of rights, or under a rights heading: "Right to erasure",
	// "- Deletion of your personal data".
	c := a.p.Clauses[ci]
	short := utf8.RuneCountInString(sentBefore) < 40 && company == nil
	if short && (c.Kind != model.KindParagraph || utf8.RuneCountInString(c.Text) < 160) {
		if j := a.leadIn(ci); (j >= 0 && a.leadRights(j)) || a.section(ci).rights {
			return true
		}
	}
	return false
}

// collected reports whether the data named by trigger f[m0:m1] is collected, received, kept or
// used, rather than only mentioned or defined: a collection verb near it in its sentence or in
// the text before, or a lead-in or heading about collection.
func (a *analyzer) collected(ci int, cs *cues, f string, sp span, m0, m1 int) bool {
	lx := a.lxs[ci]
	if m0-sp.start < 40 && lx.definitionLead.MatchString(f[sp.start:m0]) && lx.defines.MatchString(f[m1:min(sp.end, m1+160)]) &&
		!lx.passive.MatchString(f[m1:min(sp.end, m1+160)]) && !anyIn(cs.company, sp.start, sp.end) {
		return false
	}
	if m0-sp.start >= 8 && !anyIn(cs.company, sp.start, sp.end) && lx.definingSentence.MatchString(f[sp.start:m0]) &&
		!lx.notTerm.MatchString(f[sp.start:m0]) {
		// "A cookie is a small amount of data, which often includes a unique identifier":
		// what a defined term contains is part of the definition, not collected.
		return false
	}
	lo, hi := clip(f, sp, m0, m1)
	if anyIn(cs.collects, lo, hi) {
		return true
	}
	if sp.start > 0 && anyIn(cs.collects, max(0, sp.start-window), sp.start) {
		// The sentence before, in the same clause: "We collect the following. Name, email …"
		return true
	}
	if j := a.leadIn(ci); j >= 0 && len(a.cuesOfLead(j).collects) > 0 {
		return true
	}
	return a.section(ci).collect
}

// cuesOfLead returns the cues of lead-in clause j, cached separately from the current
// clause's.
func (a *analyzer) cuesOfLead(j int) *cues {
	if a.leadCuesClause != j || a.leadCues == nil {
		a.leadCues, a.leadCuesClause = a.newCues(j), j
	}
	return a.leadCues
}

// leadRights reports whether lead-in clause j speaks of the user's rights or choices.
func (a *analyzer) leadRights(j int) bool {
	if a.leadRightsClause != j {
		a.leadRightsClause, a.leadRightsValue = j, a.lxs[j] != nil && a.lxs[j].rightsHeading.matchString(a.folded[j])
	}
	return a.leadRightsValue
}

// leadDenies reports whether the lead-in of clause ci denies what it introduces: the company
// negates its last collection verb ("we do not collect any of the following:", "we never ask
// for:") with no exception.
func (a *analyzer) leadDenies(ci int) bool {
	j := a.leadIn(ci)
	if j < 0 || a.lxs[j] == nil {
		return false
	}
	cs, f := a.cuesOfLead(j), a.folded[j]
	if len(cs.collects) == 0 {
		return false
	}
	c := cs.collects[len(cs.collects)-1]
	neg, exception, userNeg := cs.negation(f, 0, c[0], c[1], len(f))
	return neg && !exception && !userNeg
}

// cuesOf returns the cues of clause ci, finding them on first use.
func (a *analyzer) cuesOf(ci int) *cues {
	if a.cuesClause != ci || a.cues == nil {
		a.cues, a.cuesClause = a.newCues(ci), ci
	}
	return a.cues
}

// newCues finds the cues of clause ci with its lexicon; a clause no lexicon serves has none.
func (a *analyzer) newCues(ci int) *cues {
	if a.lxs[ci] == nil {
		return &cues{lx: lexEN.compiled()}
	}
	return newCues(a.lxs[ci], a.folded[ci])
}

// record stores an accepted trigger f[m0:m1] as a hit for key k, quoting text[q0:q1].
func (a *analyzer) record(ci int, id string, k Key, st Status, text, f string, sp span, m0, m1, q0, q1 int) {
	if st == Declared {
		a.lastHit[k] = ci
	} else if n := len(a.hits[k]); n > 0 && a.hits[k][n-1].ev.Clause == ci && a.hits[k][n-1].status == Denied {
		return // one denial per clause is enough
	}
	q0, q1 = trimQuote(text, q0, q1)
	for q1 < len(text) && q1 > q0 && midWord(text, q1) {
		_, n := utf8.DecodeRuneInString(text[q1:])
		q1 += n // a stem ("unsubscrib", "supprim") is quoted as the whole word ("unsubscribe")
	}
	start := runeOffset(text, q0)
	ev := Evidence{
		Clause:  ci,
		Section: a.p.Clauses[ci].Section,
		Quote:   text[q0:q1],
		Rule:    id,
		Start:   start,
		End:     start + utf8.RuneCountInString(text[q0:q1]),
	}
	scope := a.section(ci).scope
	if behaviorOf(k).unscoped {
		scope = ScopeAll
	} else if scope == ScopeAll && k.Group() == GroupRights {
		lo, hi := clip(f, sp, m0, m1)
		if s := f[lo:hi]; a.lxs[ci].sentenceScope.matchString(s) {
			scope = a.lxs[ci].scopeOf(s)
		}
	}
	lo, hi := clip(f, sp, m0, m1)
	a.hits[k] = append(a.hits[k], hit{ev: ev, status: st, scope: scope, sentence: span{lo, hi}})
}

// trimQuote narrows text[m0:m1] by surrounding spaces and punctuation, keeping at least one rune.
func trimQuote(text string, m0, m1 int) (int, int) {
	for m0 < m1 {
		r, n := utf8.DecodeRuneInString(text[m0:])
		if !strings.ContainsRune(" ,;:.\t", r) {
			break
		}
		m0 += n
	}
	for m1 > m0 {
		r, n := utf8.DecodeLastRuneInString(text[:m1])
		if !strings.ContainsRune(" ,;:.\t", r) {
			break
		}
		m1 -= n
	}
	return m0, m1
}

// accountDeletionDeletes makes deleting one's account a way to have one's data deleted: when
// the policy grants no deletion otherwise, the user's account deletions whose clause says data
// or the account is deleted, erased or removed ("delete your account", "if you terminate your
// account, your personal information will be removed") declare the deletion right too. Closing
// or deactivating an account alone does not.
func (a *analyzer) accountDeletionDeletes() {
	for _, h := range a.hits[RightDeletion] {
		if h.status == Declared {
			return
		}
	}
	for _, h := range a.hits[RightAccountDeletion] {
		if c := h.ev.Clause; h.status == Declared && a.lxs[c] != nil && a.lxs[c].deletes.MatchString(a.folded[c]) {
			a.hits[RightDeletion] = append(a.hits[RightDeletion], h)
		}
	}
}

// finding combines the hits of key k into its finding: declared when any hit declares it,
// denied when hits only deny it (for Do Not Track a stated refusal wins), with the scope
// shared by its hits and the key's value.
func (a *analyzer) finding(k Key) Finding {
	f := Finding{Key: k}
	hits := a.hits[k]
	declared, denied := 0, 0
	for _, h := range hits {
		switch h.status {
		case Declared:
			declared++
		case Denied:
			denied++
		}
	}
	switch {
	case declared > 0 && !(behaviorOf(k).negation == negSentence && denied > 0):
		f.Status = Declared
	case denied > 0:
		f.Status = Denied
	default:
		return f
	}
	var chosen []hit
	for _, h := range hits {
		if h.status == f.Status {
			chosen = append(chosen, h)
		}
	}
	f.Scope = chosen[0].scope
	for _, h := range chosen {
		if h.scope == ScopeAll {
			f.Scope = ScopeAll
			break
		}
	}
	// The clauses a reader looks for first lead: a right's in a section on rights or choices, a
	// data category's in a section on what is collected; reading order otherwise.
	var home func(sectionInfo) bool
	switch k.Group() {
	case GroupRights:
		home = func(s sectionInfo) bool { return s.rights }
	case GroupData:
		// A title such as "Your rights over your personal information" sounds like collection
		// too; it is the rights section.
		home = func(s sectionInfo) bool { return s.collect && !s.rights }
	}
	if home != nil {
		slices.SortStableFunc(chosen, func(x, y hit) int {
			hx, hy := home(a.section(x.ev.Clause)), home(a.section(y.ev.Clause))
			switch {
			case hx && !hy:
				return -1
			case hy && !hx:
				return 1
			}
			return 0
		})
	}
	for i, h := range chosen {
		if i == maxEvidence {
			break
		}
		f.Evidence = append(f.Evidence, h.ev)
	}
	f.Value = value(k, f.Status, chosen[:min(len(chosen), maxEvidence)], a)
	return f
}
