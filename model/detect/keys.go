package detect

import "strings"

// Key is one item of fineprint's taxonomy (../../shared/TAXONOMY.md): a user right, a data
// category or a practice. Keys are numbered in taxonomy order, rights first, then data
// categories, then practices; a Report's Findings are indexed by Key.
type Key uint8

// The taxonomy's keys, in its order. Their String forms ("right.access") are stable: the JSON
// output, the CLI and the UI all use them.
const (
	RightAccess Key = iota
	RightCorrection
	RightDeletion
	RightAccountDeletion
	RightPortability
	RightRestriction
	RightObjection
	RightWithdrawConsent
	RightOptOutSale
	RightOptOutMarketing
	RightAutomatedDecisions
	RightComplaint
	RightNonDiscrimination
	RightCookieControls
	RightPrivacySettings

	DataContact
	DataAccount
	DataProfessional
	DataDevice
	DataNetwork
	DataUsage
	DataCookies
	DataLocation
	DataCommunications
	DataContacts
	DataUserContent
	DataPayment
	DataGovernmentID
	DataBiometric
	DataHealth
	DataDemographic
	DataSensitive
	DataChildren
	DataThirdPartySources
	DataInferences

	PracticeSharing
	PracticeSale
	PracticeTargetedAds
	PracticeAITraining
	PracticeRetention
	PracticeStorageLocation
	PracticeInternationalTransfer
	PracticeSecurity
	PracticeBreachNotification
	PracticeChildrenAge
	PracticePolicyChange
	PracticeDoNotTrack
	PracticeLawEnforcement
	PracticeMerger
	PracticeContact

	// NumKeys is the number of keys; it is not a key.
	NumKeys
)

// Group is one of the taxonomy's three groups of keys.
type Group uint8

// The groups, in taxonomy order.
const (
	GroupRights    Group = iota // right.*: what the user can ask for or do
	GroupData                   // data.*: what the company collects
	GroupPractices              // practice.*: what the company does with it
)

// String returns the group's name: "rights", "data" or "practices".
func (g Group) String() string {
	switch g {
	case GroupRights:
		return "rights"
	case GroupData:
		return "data"
	case GroupPractices:
		return "practices"
	default:
		return "unknown"
	}
}

// Prefix returns the prefix of the group's key names: "right", "data" or "practice".
func (g Group) Prefix() string {
	switch g {
	case GroupRights:
		return "right"
	case GroupData:
		return "data"
	case GroupPractices:
		return "practice"
	default:
		return "unknown"
	}
}

// keyInfo is the fixed description of a key: its short name and its human label.
type keyInfo struct {
	short string
	label string
}

// keyInfos is indexed by Key.
var keyInfos = [NumKeys]keyInfo{
	RightAccess:             {"access", "Access"},
	RightCorrection:         {"correction", "Correction"},
	RightDeletion:           {"deletion", "Deletion"},
	RightAccountDeletion:    {"account_deletion", "Account deletion"},
	RightPortability:        {"portability", "Portability"},
	RightRestriction:        {"restriction", "Restriction"},
	RightObjection:          {"objection", "Objection"},
	RightWithdrawConsent:    {"withdraw_consent", "Withdraw consent"},
	RightOptOutSale:         {"opt_out_sale", "Opt out of sale"},
	RightOptOutMarketing:    {"opt_out_marketing", "Opt out of marketing"},
	RightAutomatedDecisions: {"automated_decisions", "Automated decisions"},
	RightComplaint:          {"complaint", "Complaint"},
	RightNonDiscrimination:  {"non_discrimination", "Non-discrimination"},
	RightCookieControls:     {"cookie_controls", "Cookie controls"},
	RightPrivacySettings:    {"privacy_settings", "Privacy settings"},

	DataContact:           {"contact", "Contact details"},
	DataAccount:           {"account", "Account"},
	DataProfessional:      {"professional", "Professional"},
	DataDevice:            {"device", "Device"},
	DataNetwork:           {"network", "Network"},
	DataUsage:             {"usage", "Usage"},
	DataCookies:           {"cookies", "Cookies & trackers"},
	DataLocation:          {"location", "Location"},
	DataCommunications:    {"communications", "Communications"},
	DataContacts:          {"contacts", "Address book"},
	DataUserContent:       {"user_content", "User content"},
	DataPayment:           {"payment", "Payment"},
	DataGovernmentID:      {"government_id", "Government ID"},
	DataBiometric:         {"biometric", "Biometric"},
	DataHealth:            {"health", "Health"},
	DataDemographic:       {"demographic", "Demographic"},
	DataSensitive:         {"sensitive", "Sensitive"},
	DataChildren:          {"children", "Children's data"},
	DataThirdPartySources: {"third_party_sources", "From third parties"},
	DataInferences:        {"inferences", "Inferences"},

	PracticeSharing:               {"sharing", "Sharing"},
	PracticeSale:                  {"sale", "Sale"},
	PracticeTargetedAds:           {"targeted_ads", "Targeted ads"},
	PracticeAITraining:            {"ai_training", "AI training / research"},
	PracticeRetention:             {"retention", "Retention"},
	PracticeStorageLocation:       {"storage_location", "Storage location"},
	PracticeInternationalTransfer: {"international_transfer", "International transfer"},
	PracticeSecurity:              {"security", "Security"},
	PracticeBreachNotification:    {"breach_notification", "Breach notification"},
	PracticeChildrenAge:           {"children_age", "Children's age"},
	PracticePolicyChange:          {"policy_change", "Policy changes"},
	PracticeDoNotTrack:            {"do_not_track", "Do Not Track"},
	PracticeLawEnforcement:        {"law_enforcement", "Law enforcement"},
	PracticeMerger:                {"merger", "Merger"},
	PracticeContact:               {"contact", "Privacy contact"},
}

// Keys returns every key in taxonomy order.
func Keys() []Key {
	ks := make([]Key, NumKeys)
	for i := range ks {
		ks[i] = Key(i)
	}
	return ks
}

// KeysOf returns the keys of group g in taxonomy order.
func KeysOf(g Group) []Key {
	var ks []Key
	for k := Key(0); k < NumKeys; k++ {
		if k.Group() == g {
			ks = append(ks, k)
		}
	}
	return ks
}

// Valid reports whether k is one of the taxonomy's keys.
func (k Key) Valid() bool { return k < NumKeys }

// Group returns the group k belongs to.
func (k Key) Group() Group {
	switch {
	case k < DataContact:
		return GroupRights
	case k < PracticeSharing:
		return GroupData
	default:
		return GroupPractices
	}
}

// String returns the key's stable name, its group prefix and short name: "right.access",
// "data.device", "practice.contact". An invalid key gives "unknown".
func (k Key) String() string {
	if !k.Valid() {
		return "unknown"
	}
	return k.Group().Prefix() + "." + keyInfos[k].short
}

// Short returns the key's name without its group prefix: "access", "account_deletion". Two
// keys share the short name "contact" (data.contact and practice.contact).
func (k Key) Short() string {
	if !k.Valid() {
		return "unknown"
	}
	return keyInfos[k].short
}

// Label returns a short human label for the key, for tables and the UI: "Access",
// "Account deletion".
func (k Key) Label() string {
	if !k.Valid() {
		return "Unknown"
	}
	return keyInfos[k].label
}

// ParseKey returns the key named s: a full name ("right.access"), or a short name that only one
// key has ("access", "deletion"; not "contact"). Case and surrounding space are ignored, and a
// hyphen may stand for the underscore ("opt-out-sale").
func ParseKey(s string) (Key, bool) {
	s = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_")
	if s == "" {
		return 0, false
	}
	found, n := Key(0), 0
	for k := Key(0); k < NumKeys; k++ {
		if s == k.String() {
			return k, true
		}
		if s == keyInfos[k].short {
			found, n = k, n+1
		}
	}
	return found, n == 1
}
