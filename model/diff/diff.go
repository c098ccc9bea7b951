package diff

import (
	"fineprint/model"
	"fineprint/model/detect"
)

// Status is what happened to a section between the two versions.
type Status uint8

// The section statuses. A section that moved or was retitled and whose text also changed has
// the status Moved or Renamed and TextChanged set.
const (
	Unchanged Status = iota // same heading and text (a new number or white space aside)
	Changed                 // same section, text changed
	Added                   // only in the new version
	Removed                 // only in the old version
	Moved                   // stands elsewhere in the new version relative to the other sections
	Renamed                 // its title changed (a new number alone is not a rename)
)

// String returns "unchanged", "changed", "added", "removed", "moved" or "renamed", the names
// used in JSON output.
func (s Status) String() string {
	switch s {
	case Changed:
		return "changed"
	case Added:
		return "added"
	case Removed:
		return "removed"
	case Moved:
		return "moved"
	case Renamed:
		return "renamed"
	default:
		return "unchanged"
	}
}

// Side is one version's view of an aligned section.
type Side struct {
	Present bool // false on the old side of an added section, the new side of a removed one
	// Index is the section's index in Policy.Sections, or -1 for the text before the first
	// heading (the preamble).
	Index  int
	Number string
	Title  string
	Anchor string
}

// Heading returns the side's number and title as a reader sees them, "(preamble)" for the text
// before the first heading, "" when absent.
func (s Side) Heading() string {
	switch {
	case !s.Present:
		return ""
	case s.Index < 0:
		return "(preamble)"
	case s.Number == "":
		return s.Title
	default:
		return s.Number + " " + s.Title
	}
}

// Section is one aligned section: a section of either version, or of both.
type Section struct {
	Status      Status
	Old, New    Side
	TextChanged bool // its clauses differ (beyond white space); always true for Changed
	// Clauses is the half-open range of Result.Clauses that belong to this section.
	FirstClause, EndClause int
}

// ClauseStatus is what happened to a clause.
type ClauseStatus uint8

// The clause statuses.
const (
	ClauseChanged ClauseStatus = iota // reworded: Edits say how
	ClauseAdded                       // only in the new version
	ClauseRemoved                     // only in the old version
)

// String returns "changed", "added" or "removed".
func (s ClauseStatus) String() string {
	switch s {
	case ClauseAdded:
		return "added"
	case ClauseRemoved:
		return "removed"
	default:
		return "changed"
	}
}

// Clause is a clause that differs between the versions.
type Clause struct {
	Status  ClauseStatus
	Section int // index in Result.Sections
	// Old and New are indexes in the versions' Policy.Clauses, -1 where the clause is absent.
	Old, New int
	// Edits turn the old text into the new one; for an added or removed clause, one Insert or
	// one Delete.
	Edits []Edit
}

// Kind is how a finding changed.
type Kind uint8

// The kinds of finding change.
const (
	Gained         Kind = iota // not mentioned -> declared
	Lost                       // declared -> not mentioned
	NowDenied                  // declared or not mentioned -> denied
	NoLongerDenied             // denied -> declared or not mentioned
	ValueChanged               // declared in both, with another value (retention 30 days -> 90 days)
	StatusChanged              // any other change of status (a status this package does not know)
)

// String returns "gained", "lost", "now_denied", "no_longer_denied", "value_changed" or
// "status_changed".
func (k Kind) String() string {
	switch k {
	case Gained:
		return "gained"
	case Lost:
		return "lost"
	case NowDenied:
		return "now_denied"
	case NoLongerDenied:
		return "no_longer_denied"
	case ValueChanged:
		return "value_changed"
	default:
		return "status_changed"
	}
}

// Finding is a key whose finding differs between the versions.
type Finding struct {
	Key      detect.Key
	Kind     Kind
	Old, New detect.Finding
}

// Result is the comparison of two versions.
type Result struct {
	Old, New             *model.Policy
	OldReport, NewReport *detect.Report
	// Sections are aligned, in the new version's order, each removed section after the one it
	// followed in the old version.
	Sections []Section
	// Clauses are the changed, added and removed clauses, section by section in Sections order.
	Clauses []Clause
	// Findings are the keys whose findings differ, the most telling first (gained and newly
	// denied before lost, values last), in taxonomy order within a kind.
	Findings []Finding
}

// Compare analyses both versions with the detector, at the same time, and compares them.
func Compare(old, new *model.Policy) *Result {
	var ro *detect.Report
	done := make(chan struct{})
	go func() {
		ro = detect.Analyze(old)
		close(done)
	}()
	rn := detect.Analyze(new)
	<-done
	return CompareReports(ro, rn)
}

// CompareReports compares two versions already analysed.
func CompareReports(old, new *detect.Report) *Result {
	r := &Result{Old: old.Policy, New: new.Policy, OldReport: old, NewReport: new}
	r.Sections, r.Clauses = align(r.Old, r.New)
	r.Findings = findingChanges(old, new)
	return r
}

// Count returns how many aligned sections have status s.
func (r *Result) Count(s Status) int {
	n := 0
	for _, sec := range r.Sections {
		if sec.Status == s {
			n++
		}
	}
	return n
}

// Changed reports whether the versions differ in anything a reader would see: a section added,
// removed, moved or retitled, a changed clause, or a finding. White space and renumbering alone
// are no change.
func (r *Result) Changed() bool {
	return len(r.Clauses) > 0 || len(r.Findings) > 0 || r.Count(Unchanged) != len(r.Sections)
}
