package diff

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fineprint/model"
	"fineprint/model/detect"
)

// findingChanges lists the keys whose findings differ between the reports.
func findingChanges(old, new *detect.Report) []Finding {
	var out []Finding
	for _, k := range detect.Keys() {
		fo, fn := old.Finding(k), new.Finding(k)
		kind, ok := classify(fo, fn)
		if ok {
			out = append(out, Finding{Key: k, Kind: kind, Old: fo, New: fn})
		}
	}
	slices.SortStableFunc(out, func(a, b Finding) int { return cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)) })
	return out
}

// classify tells how a finding changed; ok is false when it did not (its evidence may have
// moved, which is no change of what the policy declares).
func classify(o, n detect.Finding) (Kind, bool) {
	switch {
	case o.Status == n.Status:
		if o.Status == detect.Declared && normText(o.Value) != normText(n.Value) {
			return ValueChanged, true
		}
		return 0, false
	case n.Status == detect.Denied:
		return NowDenied, true
	case o.Status == detect.Denied:
		return NoLongerDenied, true
	case o.Status == detect.NotMentioned && n.Status == detect.Declared:
		return Gained, true
	case o.Status == detect.Declared && n.Status == detect.NotMentioned:
		return Lost, true
	default:
		return StatusChanged, true
	}
}

// kindRank orders the kinds for a reader: what the policy now does first.
func kindRank(k Kind) int {
	switch k {
	case Gained:
		return 0
	case NowDenied:
		return 1
	case NoLongerDenied:
		return 2
	case Lost:
		return 3
	case ValueChanged:
		return 4
	default:
		return 5
	}
}

// valueNames names the value of the keys that carry one, for "retention period 30 days -> 90
// days"; other keys use their label.
var valueNames = map[detect.Key]string{
	detect.PracticeRetention:       "retention period",
	detect.PracticeStorageLocation: "storage location",
	detect.PracticeChildrenAge:     "minimum age",
	detect.PracticeDoNotTrack:      "Do Not Track",
	detect.PracticeContact:         "privacy contact",
	detect.PracticeSharing:         "recipients",
}

// label returns the key's label for a sentence: its first letter in lower case, unless the
// label is a name written in capitals ("Do Not Track", "AI training").
func label(k detect.Key) string {
	l := k.Label()
	if len(l) > 1 && strings.ToLower(l[1:]) == l[1:] {
		l = strings.ToLower(l[:1]) + l[1:]
	}
	return l
}

// Phrase says the change in a few words: "now collects location", "right dropped: deletion",
// "retention period 30 days -> 90 days".
func (f Finding) Phrase() string {
	l := label(f.Key)
	g := f.Key.Group()
	switch f.Kind {
	case ValueChanged:
		name, ok := valueNames[f.Key]
		if !ok {
			name = l
		}
		return fmt.Sprintf("%s %s -> %s", name, orNone(f.Old.Value), orNone(f.New.Value))
	case Gained:
		switch g {
		case detect.GroupData:
			return "now collects " + l
		case detect.GroupRights:
			return "new right: " + l
		default:
			return "now states " + l
		}
	case Lost:
		switch g {
		case detect.GroupData:
			return "no longer says it collects " + l
		case detect.GroupRights:
			return "right no longer stated: " + l
		default:
			return "no longer states " + l
		}
	case NowDenied:
		switch g {
		case detect.GroupData:
			return "now says it does not collect " + l
		case detect.GroupRights:
			return "now denies the right: " + l
		default:
			return "now denies " + l
		}
	case NoLongerDenied:
		if f.New.Status == detect.Declared {
			switch g {
			case detect.GroupData:
				return "now collects " + l + " (denied before)"
			case detect.GroupRights:
				return "new right: " + l + " (denied before)"
			default:
				return "now states " + l + " (denied before)"
			}
		}
		return "no longer denies " + l
	default:
		return fmt.Sprintf("%s: %s -> %s", l, f.Old.Status, f.New.Status)
	}
}

func orNone(v string) string {
	if v == "" {
		return "(none)"
	}
	return v
}

// maxSummaryFindings bounds the finding phrases in Summary; the rest are counted.
const maxSummaryFindings = 4

// Summary returns the change in one line a person reads in ten seconds: the sections' counts,
// then the finding changes, "3 sections changed, 1 added; now collects location; retention
// period 30 days -> 90 days". Two identical versions give "no changes".
func (r *Result) Summary() string {
	var counts []string
	first := true
	for _, s := range []Status{Changed, Added, Removed, Moved, Renamed} {
		n := r.Count(s)
		if n == 0 {
			continue
		}
		if first {
			counts = append(counts, fmt.Sprintf("%d %s %s", n, model.Plural(n, "section", "sections"), s))
			first = false
		} else {
			counts = append(counts, fmt.Sprintf("%d %s", n, s))
		}
	}
	var parts []string
	if len(counts) > 0 {
		parts = append(parts, strings.Join(counts, ", "))
	} else if len(r.Clauses) > 0 {
		parts = append(parts, fmt.Sprintf("%d %s changed", len(r.Clauses), model.Plural(len(r.Clauses), "clause", "clauses")))
	}
	for i, f := range r.Findings {
		if i == maxSummaryFindings {
			parts = append(parts, fmt.Sprintf("%d more finding %s", len(r.Findings)-i, model.Plural(len(r.Findings)-i, "change", "changes")))
			break
		}
		parts = append(parts, f.Phrase())
	}
	if len(parts) == 0 {
		return "no changes"
	}
	return strings.Join(parts, "; ")
}
