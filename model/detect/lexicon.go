package detect

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"fineprint/model"
)

// A lexicon holds everything the detector knows about one language; the engine (analyze.go,
// context.go, heading.go, values.go) knows no word of any language and reads a clause with the
// lexicon of the clause's language (model.Clause.Lang, set by the parser). A part in a language
// that no lexicon serves is not analysed: its keys are Unknown, never NotMentioned.
//
// # Writing a lexicon
//
// One file per language, lex_<code>.go (lex_fr.go, lex_de.go …), declares one *lexicon value
// and is listed in lexicons below; lexicons are never registered from init. A lexicon has:
//
//   - name: the prefix of its rule IDs ("fr").
//   - langs: the languages it serves (model.LangFR).
//   - fold: how its text is folded before matching; it must keep every rune's byte length so
//     that offsets in the folded text hold in the original (foldLower does for alphabetic
//     scripts: Unicode lower case where that keeps the length).
//   - wordBounded: when true (every language written with spaces), a rule's match must start
//     and end on a word boundary, judged on Unicode letters and digits by the engine. Go's \b
//     and \w are ASCII-only, so "\bdonn\w*" would stop at the "é" of "données": in such a
//     lexicon never write \b or \w (a test rejects them); write stems as "donn\pL*" and
//     letters as \pL. Patterns run on folded (lower-case) text.
//   - rules: the rule table (see rule). Every rule has a stable, unique ID
//     "<name>.<key>.<slug>" ("fr.access.droit-acces"), carried in the evidence
//     (Evidence.Rule, "rule" in compare --json), a sentence it catches and a near miss it must
//     not declare (TestRules runs both, named by the ID).
//   - cues: the context words around a trigger (cuePatterns): negation, the user as actor, the
//     company as actor or keeping a right to itself, definitions, conditions and exceptions,
//     collection verbs, headings about rights and collection, scopes (EEA, California, China,
//     children).
//   - headings: headings that name a right or practice by themselves ("Droit d'opposition"),
//     declared by a clause under them where the user exercises it (cues.exercise) or the
//     policy changes (cues.changed).
//   - values: the value extractors (periods, retention criteria, ages, countries, recipients).
//   - abbreviations: words before a "." that do not end a sentence ("e.g", "art").
//   - listItemEnds: how a paragraph that is one item of a list ends besides ";" ("; and").
//
// Empty cue or value patterns match nothing: a lexicon may start with rules and a few cues.
//
// After editing a lexicon, run go generate ./model/detect: the branches and literals of its
// patterns are worked out at build time into specs_gen.go (see specs.go), and
// TestGeneratedSpecs fails until the file matches the lexicons.
type lexicon struct {
	name          string
	langs         []model.Lang
	fold          func(string) string
	wordBounded   bool
	rules         []rule
	cues          cuePatterns
	headings      []headingRule
	values        valuePatterns
	abbreviations []string
	// listItemEnds end a paragraph that is one item of a list written as paragraphs, besides
	// ";" ("; and", "; or").
	listItemEnds []string
	// shortForm says rules are written in the short form of lex.go, which lexRules expands
	// when the lexicon is compiled (never at package initialisation).
	shortForm bool

	once sync.Once
	c    *compiledLexicon // built by compile on first use
}

// lexicons lists every lexicon. A language none of them serves is not analysed.
var lexicons = []*lexicon{lexEN, lexZH, lexFR, lexDE, lexES, lexIT}

// lexiconFor returns the lexicon that serves language l, or nil when none does. LangUnknown
// (text with no letters to tell, such as a table of numbers) is read with the English one.
func lexiconFor(l model.Lang) *lexicon {
	if l == model.LangUnknown {
		l = model.LangEN
	}
	for _, lx := range lexicons {
		if slices.Contains(lx.langs, l) {
			return lx
		}
	}
	return nil
}

// Analysed reports whether the detector has a lexicon for language l.
func Analysed(l model.Lang) bool { return lexiconFor(l) != nil }

// rule is one line of a lexicon's rule table.
type rule struct {
	// ID is stable and unique across lexicons: "<lexicon>.<key short name>.<slug>", such as
	// "fr.access.droit-acces". It names the rule's test and is carried in the evidence.
	ID  string
	Key Key
	// Pattern is an RE2 regular expression over folded text.
	Pattern string
	Mode    mode
	// Catch is a sentence the rule catches: alone in a policy, it gives Key the status Want
	// (Declared when Want is NotMentioned). Miss is a near-miss: alone, it must not declare Key.
	Catch, Miss string
	Want        Status
	// Unless, when set, is a pattern that rejects a match when it matches the text right after
	// it: "keep your information" followed by "secure" is security, not retention.
	Unless string
	// NotNear, when set, is a pattern that rejects a match when it occurs in the trigger's
	// sentence (within window bytes): "privacy settings" near "browser" or "Facebook" are not
	// the service's own settings.
	NotNear string
}

// mode is how a rule's trigger needs its context.
type mode uint8

const (
	// modeContext, the default, needs the key group's context: for a right the user acts or
	// asks ("you can delete your data"), for a data category the company collects, receives
	// or uses it ("we collect your email address"). Practices need nothing more.
	modeContext mode = iota
	// modeSelf rules say enough by themselves ("right to erasure", "unsubscribe").
	modeSelf
	// modeDenyOnly rules count only when negated, and then deny the key ("we do not use
	// automated decision-making").
	modeDenyOnly
)

// headingRule is a heading that names key by itself; ID is its rule ID.
type headingRule struct {
	ID      string
	Key     Key
	Pattern string
}

// cuePatterns are a lexicon's context cues, each an RE2 pattern over folded text ("" matches
// nothing). Those marked "cue" are found once per clause by literal-anchored matchers and must
// be at most cueLen bytes long per match; the others run on a sentence or a short window.
type cuePatterns struct {
	// Negation (cue) finds a negation; NotNegation (cue) marks phrases that hold a negation
	// word without negating what follows ("not limited to", "right not to").
	Negation, NotNegation string
	// NegationAfter (cue), for languages that put the negation after the verb and its object
	// ("wir verkaufen Ihre Daten nicht"), negates the trigger before it when no colon,
	// semicolon, NegBlock or NegAfterStop stands between them; NotNegation excludes phrases
	// as for Negation ("nicht nur"). Whose negation it is is told by the subject nearest
	// before it, from the trigger on ("Standortdaten erheben wir nicht"). NegAfterStop, run
	// on the text between, is a new clause that the negation belongs to instead (", die"),
	// as a list's comma is not ("Name, E-Mail-Adresse … erheben wir nicht").
	NegationAfter, NegAfterStop string
	// Whose negation it is, by the subject word nearest before it (cues): the company's
	// ("we") denies; a condition's ("if", "unless") or the user's ("you", "please") does not.
	NegCompany, NegCondition, NegUser string
	// NegBlock (cue) ends a negation's reach ("but", "except", ";"); Exception (cue) after a
	// negation makes it a conditional declaration ("we will not share … except").
	NegBlock, Exception string
	// User (cue) is the user acting or holding a right ("you can", "your right", "request");
	// UserNotActing (cue), matching where a User match starts, makes it no actor ("you with",
	// "您的").
	User, UserNotActing string
	// CompanySubject (cue) is the company or another actor as subject; CompanyRight (cue) the
	// company keeping a right to itself ("we reserve the right"); CompanyWord (cue) the
	// company named at all ("we", "our").
	CompanySubject, CompanyRight, CompanyWord string
	// RightNoun (cue words) are User matches that only name a right ("right", "rights"): they
	// do not undo a company's reservation of a right.
	RightNoun []string
	// Collect (cue) is a collection, use or giving verb.
	Collect string
	// OnRequest, after a trigger, makes a company action the answer to a request ("upon your
	// request"); Wish, after a condition word before the user, makes the condition a choice
	// ("if you wish to").
	OnRequest, Wish string
	// Temporal words right before a User match make it a time or manner ("when you …"),
	// unless PurposeThat ends the text before it ("so that"); Request words right before a
	// CompanySubject make it the object of a request ("ask us to"); Condition words right
	// before a negation's subject make it a condition ("if you do not").
	Temporal, Request, Condition []string
	PurposeThat                  string
	// UserCannot, before a right's trigger, says the user cannot exercise it; NegatedVerb
	// negates its verb right before it; Cannot, in the 16 bytes before a trigger, is a
	// refusal that Negation does not list.
	UserCannot, NegatedVerb, Cannot string
	// NotSubject (before) and NotUsed (after) an automated-decision trigger deny it.
	NotSubject, NotUsed string
	// Imperative, at a sentence start, is an instruction to the reader ("use the settings").
	Imperative string
	// Definitions: Defines right after a trigger opening its sentence ("cookies are …"),
	// Passive after it reports an action instead, DefiningSentence is a sentence start that
	// defines a short term, NotTerm a start whose subject is no term, DefinitionLead what may
	// stand before a defining trigger.
	Defines, Passive, DefiningSentence, NotTerm, DefinitionLead string
	// Hypothetical finds a hypothetical ("if we learn that …").
	Hypothetical string
	// RightsHeading (cue) is a lead-in or heading about rights or choices; CollectHeading
	// (cue) a heading about what is collected.
	RightsHeading, CollectHeading string
	// Scopes (cues): in a title they scope the section; SentenceScope in a sentence scopes
	// the rights it grants.
	EEA, California, China, Children, SentenceScope string
	// DNT is the Do Not Track phrase; DNTName, on the original text, writes it as a name
	// ("Do Not Track", "DNT"); DNTSignal after it names the signal ("signals").
	DNT, DNTName, DNTSignal string
	// Deletes, in a clause about deleting an account, says data is deleted.
	Deletes string
	// Exercise is the user exercising a right a heading names; Changed the policy changing.
	Exercise, Changed string
}

// valuePatterns are a lexicon's value extractors, over folded text.
type valuePatterns struct {
	Period, Criteria string
	// Age has submatches: the first non-empty one is the age (digits or Chinese numerals).
	Age     string
	Honour  string
	Country string
	// Recipients name the kinds of recipient a sharing sentence can mention.
	Recipients []recipientWords
}

// recipientWords is a kind of recipient and the pattern of its words.
type recipientWords struct{ name, pattern string }

// compiledLexicon is a lexicon compiled for matching.
type compiledLexicon struct {
	lx       *lexicon
	rules    []rule   // lx.rules, expanded when written in the short form
	branches []branch // one per top-level alternative of each rule's pattern
	pf       *prefilter

	negation, notNegation                        *matcher
	rightsHeading, collectHeading, sentenceScope *matcher
	california, eea, china, children             *matcher

	onRequest, wish, purposeThat, userCannot, negatedVerb, cannot           *lazyRegexp
	notSubject, notUsed, imperative, defines, passive, definingSentence     *lazyRegexp
	notTerm, definitionLead, hypothetical, dnt, dntName, dntSignal, deletes *lazyRegexp
	negationRe, negAfterStop                                                *lazyRegexp
	period, criteria, age, honour, country                                  *lazyRegexp

	rightNoun, temporal, request, condition map[string]bool
	abbreviations                           map[string]bool

	clauseCues *cueSet // the cues newCues finds, in the order of the cue… constants
	// spells, per rule, caches spellsNegation: 0 not known yet, 1 no, 2 yes.
	spells []atomic.Uint32

	headingKeys []headingKey
	anyHeading  *matcher
	recipients  []recipient
}

// spellsNegation reports whether rule i's pattern spells a negation itself ("laws that may
// not be equivalent"): a negation inside its match is then part of its meaning. It is worked
// out on first need, as few matches hold a negation.
func (c *compiledLexicon) spellsNegation(i int) bool {
	switch c.spells[i].Load() {
	case 1:
		return false
	case 2:
		return true
	}
	yes := c.negationRe.MatchString(c.rules[i].Pattern)
	if yes {
		c.spells[i].Store(2)
	} else {
		c.spells[i].Store(1)
	}
	return yes
}

// compiled returns the lexicon compiled, compiling it on first use: compiling takes a few
// milliseconds (building its automata), so a program that never analyses a language never
// pays for it.
func (lx *lexicon) compiled() *compiledLexicon {
	lx.once.Do(func() { lx.c = compileLexicon(lx) })
	return lx.c
}

// newCue compiles p into a literal-anchored matcher; "" gives one that matches nothing.
func newCue(specs specsFunc, p string) *matcher {
	if p == "" {
		return &matcher{pf: newPrefilter(nil, 0), maxLen: cueLen}
	}
	return newMatcher(specs, p, cueLen)
}

// set returns words as a set.
func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// compileLexicon compiles lx's rules, cues and values with the patterns analysed at build
// time (specs.go); a bad pattern panics (a programming error that any test run catches).
func compileLexicon(lx *lexicon) *compiledLexicon { return compileWith(lx, generated) }

// compileWith compiles lx, taking the branch specs and expansions of its patterns from t.
func compileWith(lx *lexicon, t compileTables) *compiledLexicon {
	c := &compiledLexicon{lx: lx, rules: lx.rules}
	if lx.shortForm {
		c.rules = lexRules(slices.Clone(lx.rules), t.rule, t.near)
	}
	cue := func(p string) *matcher { return newCue(t.specs, p) }
	c.branches = compileRules(t.specs, c.rules)
	lits := make([][]string, 2*len(c.branches))
	for i, b := range c.branches {
		lits[i] = b.literals
		lits[len(c.branches)+i] = b.requires
	}
	c.pf = newPrefilter(lits, len(c.branches))
	p := &lx.cues
	c.negation, c.notNegation = cue(p.Negation), cue(p.NotNegation)
	c.rightsHeading, c.collectHeading, c.sentenceScope = cue(p.RightsHeading), cue(p.CollectHeading), cue(p.SentenceScope)
	c.california, c.eea, c.china, c.children = cue(p.California), cue(p.EEA), cue(p.China), cue(p.Children)
	c.onRequest, c.wish, c.purposeThat = re(p.OnRequest), re(p.Wish), re(p.PurposeThat)
	c.userCannot, c.negatedVerb, c.cannot = re(p.UserCannot), re(p.NegatedVerb), re(p.Cannot)
	c.notSubject, c.notUsed, c.imperative = re(p.NotSubject), re(p.NotUsed), re(p.Imperative)
	c.defines, c.passive, c.definingSentence = re(p.Defines), re(p.Passive), re(p.DefiningSentence)
	c.notTerm, c.definitionLead, c.hypothetical = re(p.NotTerm), re(p.DefinitionLead), re(p.Hypothetical)
	c.dnt, c.dntName, c.dntSignal, c.deletes = re(p.DNT), re(p.DNTName), re(p.DNTSignal), re(p.Deletes)
	c.negationRe, c.negAfterStop = re(p.Negation), re(p.NegAfterStop)
	c.spells = make([]atomic.Uint32, len(c.rules))
	c.clauseCues = newCueSet(t.specs, []string{cueNegation: p.Negation, cueNotNegation: p.NotNegation,
		cueNegCompany: p.NegCompany, cueNegCondition: p.NegCondition, cueNegUser: p.NegUser,
		cueNegBlock: p.NegBlock, cueException: p.Exception, cueUser: p.User,
		cueCompanySubject: p.CompanySubject, cueCompanyRight: p.CompanyRight,
		cueCollect: p.Collect, cueCompanyWord: p.CompanyWord, cueUserNotActing: p.UserNotActing,
		cueNegationAfter: p.NegationAfter}, cueLen)
	v := &lx.values
	c.period, c.criteria, c.age, c.honour, c.country = re(v.Period), re(v.Criteria), re(v.Age), re(v.Honour), re(v.Country)
	c.rightNoun, c.temporal, c.request, c.condition = set(p.RightNoun), set(p.Temporal), set(p.Request), set(p.Condition)
	c.abbreviations = set(lx.abbreviations)
	c.headingKeys, c.anyHeading = compileHeadings(t.specs, lx.headings, re(p.Exercise), re(p.Changed))
	c.recipients = make([]recipient, len(v.Recipients))
	for i, r := range v.Recipients {
		c.recipients[i] = recipient{r.name, cue(r.pattern)}
	}
	return c
}

// compileRules splits every rule's pattern into branches, with their specs from specs.
func compileRules(specs specsFunc, rules []rule) []branch {
	n := 0
	for _, e := range rules {
		n += len(specs(e.Pattern))
	}
	out := make([]branch, 0, n)
	for i, e := range rules {
		out = appendBranches(out, specs, i, e.Pattern, e.Unless, e.NotNear)
	}
	return out
}

// tokenNot returns a pattern matching one word (a run of characters other than spaces and
// . ; ,) that is none of words: RE2 has no negative look-ahead, so the pattern spells out
// where a word may leave the tree of the excluded ones. Lexicons use it for phrases such as
// French "ne … que" (only), which must not span a "pas".
func tokenNot(words ...string) string {
	type node struct {
		end  bool
		kids map[rune]*node
		keys []rune
	}
	root := &node{kids: map[rune]*node{}}
	for _, w := range words {
		n := root
		for _, r := range w {
			k := n.kids[r]
			if k == nil {
				k = &node{kids: map[rune]*node{}}
				n.kids[r] = k
				n.keys = append(n.keys, r)
			}
			n = k
		}
		n.end = true
	}
	const other = `\s.;,`
	var walk func(n *node, top bool) string
	walk = func(n *node, top bool) string {
		var alts []string
		if !n.end && !top {
			alts = append(alts, "")
		}
		alts = append(alts, `[^`+other+regexp.QuoteMeta(string(n.keys))+`][^`+other+`]*`)
		for _, r := range n.keys {
			alts = append(alts, regexp.QuoteMeta(string(r))+walk(n.kids[r], false))
		}
		return "(?:" + strings.Join(alts, "|") + ")"
	}
	return walk(root, true)
}
