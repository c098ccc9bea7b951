package detect

// negMode is how a key reads a negation ("we do not …") in front of its trigger.
type negMode uint8

const (
	negDenies   negMode = iota // "we do not sell" denies the key (unless an exception follows)
	negSkips                   // a negated trigger says nothing (rights: "you cannot …")
	negIgnored                 // the negation does not change the key ("we do not keep data longer than …")
	negDeclares                // the negation is the declaration ("we will not discriminate")
	negSentence                // the stance is anywhere in the sentence (Do Not Track)
)

// behavior is how the detector treats a key beyond its vocabulary.
type behavior struct {
	negation negMode
	// unscoped keys are about an audience or a place themselves (children's data, storage
	// location), so a heading about children or China does not scope them.
	unscoped bool
	// noHypothetical keys ignore hypothetical sentences ("if we learn that we have collected
	// data from a child, we delete it" does not declare collecting children's data).
	noHypothetical bool
}

// behaviorOf gives key k's behavior: rights skip negated triggers, data and practices are
// denied by them, unless listed here.
func behaviorOf(k Key) behavior {
	switch k {
	case RightAutomatedDecisions:
		return behavior{negation: negDenies} // "we do not use automated decision-making"
	case RightNonDiscrimination:
		return behavior{negation: negDeclares}
	case DataChildren:
		return behavior{negation: negDenies, unscoped: true, noHypothetical: true}
	case DataSensitive:
		// "if we were to process sensitive data, we would ask your consent" collects none.
		return behavior{negation: negDenies, noHypothetical: true}
	case PracticeChildrenAge, PracticeStorageLocation:
		return behavior{negation: negIgnored, unscoped: true}
	case PracticeRetention, PracticeSecurity, PracticeBreachNotification, PracticePolicyChange,
		PracticeLawEnforcement, PracticeMerger, PracticeContact:
		return behavior{negation: negIgnored}
	case PracticeInternationalTransfer:
		return behavior{negation: negDenies, unscoped: true}
	case PracticeDoNotTrack:
		return behavior{negation: negSentence}
	}
	if k.Group() == GroupRights {
		return behavior{negation: negSkips}
	}
	return behavior{negation: negDenies}
}
