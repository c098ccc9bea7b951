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

// keyBehaviors gives each key's behavior; keys not listed take their group's default, set in
// init: rights skip negated triggers, data and practices are denied by them.
var keyBehaviors = func() [NumKeys]behavior {
	var b [NumKeys]behavior
	for k := Key(0); k < NumKeys; k++ {
		if k.Group() == GroupRights {
			b[k].negation = negSkips
		}
	}
	b[RightAutomatedDecisions].negation = negDenies // "we do not use automated decision-making"
	b[RightNonDiscrimination].negation = negDeclares
	b[DataChildren] = behavior{negation: negDenies, unscoped: true, noHypothetical: true}
	// "if we were to process sensitive data, we would ask your consent" collects none.
	b[DataSensitive].noHypothetical = true
	for _, k := range []Key{PracticeRetention, PracticeStorageLocation, PracticeSecurity,
		PracticeBreachNotification, PracticeChildrenAge, PracticePolicyChange,
		PracticeLawEnforcement, PracticeMerger, PracticeContact} {
		b[k].negation = negIgnored
	}
	b[PracticeChildrenAge].unscoped = true
	b[PracticeStorageLocation].unscoped = true
	b[PracticeInternationalTransfer].unscoped = true
	b[PracticeDoNotTrack].negation = negSentence
	return b
}()
