package detect

import (
	"strings"

	"fineprint/model"
)

// Status is what a policy says about a key.
type Status uint8

// The statuses. The zero value is NotMentioned.
const (
	NotMentioned Status = iota // the policy says nothing the detector recognises about the key
	Declared                   // it says it does this, or that the user can do this
	Denied                     // it says it does not ("we do not sell", "我们不会出售")
	// Unknown: the policy was not analysed, being in a language the detector has no lexicon
	// for (Report.NotAnalysed names it). It is never NotMentioned: nobody read it.
	Unknown
)

// String returns "not_mentioned", "declared", "denied" or "unknown", the names used in JSON
// output.
func (s Status) String() string {
	switch s {
	case Declared:
		return "declared"
	case Denied:
		return "denied"
	case Unknown:
		return "unknown"
	default:
		return "not_mentioned"
	}
}

// Scope is whom a finding applies to, when the policy limits it to a region or an audience.
type Scope uint8

// The scopes. The zero value is ScopeAll.
const (
	ScopeAll        Scope = iota // everyone the policy covers
	ScopeEEAUK                   // people in the EEA, the UK or Switzerland (GDPR)
	ScopeCalifornia              // California residents (CCPA/CPRA)
	ScopeChina                   // mainland China (PIPL)
	ScopeChildren                // children or minors
)

// String returns "all", "eea_uk", "california", "china" or "children", the names used in JSON
// output.
func (s Scope) String() string {
	switch s {
	case ScopeEEAUK:
		return "eea_uk"
	case ScopeCalifornia:
		return "california"
	case ScopeChina:
		return "china"
	case ScopeChildren:
		return "children"
	default:
		return "all"
	}
}

// Label returns the scope for display: "" for ScopeAll, else "EEA/UK", "California", "China",
// "children".
func (s Scope) Label() string {
	switch s {
	case ScopeEEAUK:
		return "EEA/UK"
	case ScopeCalifornia:
		return "California"
	case ScopeChina:
		return "China"
	case ScopeChildren:
		return "children"
	default:
		return ""
	}
}

// Evidence points at the words of a policy that support a finding.
type Evidence struct {
	Clause  int    // index in Policy.Clauses
	Section int    // index in Policy.Sections of the clause's section, -1 before the first heading
	Quote   string // the words that triggered the finding, exactly as they stand in the clause text
	Rule    string // the ID of the rule that fired ("en.access.right-access-personal", "fr.access.droit-acces")
	// Start and End are the rune offsets of Quote in the clause's Text (half-open), so that
	// []rune(Text)[Start:End] == Quote.
	Start, End int
}

// Finding is what one policy says about one key.
type Finding struct {
	Key    Key
	Status Status
	// Scope is ScopeAll unless every clause behind a declared finding is limited to a region or
	// an audience (a right granted only under "If you are a California resident").
	Scope Scope
	// Value is the key's value when it has one and the policy states it: a retention period or
	// criterion, storage countries, the children's minimum age, "honoured"/"not honoured" for Do
	// Not Track, the privacy contact's email, the recipients of sharing. "" otherwise.
	Value string
	// Evidence lists the supporting clauses in reading order; it is non-empty for declared and
	// denied findings and empty for NotMentioned and Unknown.
	Evidence []Evidence
}

// Report is the detector's result for one policy.
type Report struct {
	Policy *model.Policy
	// Findings has one entry per key, in taxonomy order: Findings[k].Key == k.
	Findings []Finding
	// NotAnalysed lists, in order of appearance, the languages of the parts the detector has no
	// lexicon for and did not read. When no part was read every finding is Unknown.
	NotAnalysed []model.Lang
}

// NotAnalysedText says which languages were left unread, for a reader: "not analysed:
// Korean", "not analysed: Korean, Russian"; "" when every part was read.
func (r *Report) NotAnalysedText() string {
	if r == nil || len(r.NotAnalysed) == 0 {
		return ""
	}
	names := make([]string, len(r.NotAnalysed))
	for i, l := range r.NotAnalysed {
		names[i] = l.Name()
	}
	return "not analysed: " + strings.Join(names, ", ")
}

// Analysed reports whether the detector read the policy: false when no part of it is in a
// language it has a lexicon for, and then every finding is Unknown.
func (r *Report) Analysed() bool {
	return r == nil || len(r.Findings) == 0 || r.Findings[0].Status != Unknown
}

// Finding returns the finding for key k, or a NotMentioned finding when the report has none
// for it (an invalid key or a short report).
func (r *Report) Finding(k Key) Finding {
	if r == nil || int(k) >= len(r.Findings) {
		return Finding{Key: k}
	}
	return r.Findings[k]
}

// Count returns how many of the report's findings have status s in group g.
func (r *Report) Count(g Group, s Status) int {
	if r == nil {
		return 0
	}
	n := 0
	for _, f := range r.Findings {
		if f.Key.Group() == g && f.Status == s {
			n++
		}
	}
	return n
}
