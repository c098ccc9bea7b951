package policies

import "fineprint/model"

// Entry is the manifest's metadata for one bundled policy. All structure (sections, clauses,
// language parts) comes from the parser; the manifest only names what the text cannot say
// reliably by itself.
type Entry struct {
	ID      string       // the policy's ID, e.g. "api7"
	File    string       // file name under policies/seeds
	Company string       // the organisation the policy speaks for; "" when the policy names none
	Title   string       // the document's own title, or a descriptive one when it has none
	Date    string       // effective or last-updated date, ISO 8601; "" when the text gives none
	Langs   []model.Lang // the languages of its parts, in order
}

// manifest lists the bundled policies in the order they are shown.
var manifest = []Entry{
	{
		ID: "api7", File: "api7.txt",
		Company: "APISEVEN Ltd. (API7.ai)", Title: "Privacy Policy", Date: "2022-08-15",
		Langs: []model.Lang{model.LangEN},
	},
	{
		ID: "7ding", File: "7ding.txt",
		Company: "DingTalk (Singapore) Private Limited", Title: "7Ding Privacy Policy", Date: "2025-05-01",
		Langs: []model.Lang{model.LangEN},
	},
	{
		// The document never names the company behind the service.
		ID: "api-service", File: "api-service.txt",
		Company: "", Title: "Privacy Policy", Date: "",
		Langs: []model.Lang{model.LangEN},
	},
	{
		// Chinese, then the same policy in English; the text has no title line and no date.
		ID: "aiwellflow", File: "aiwellflow.txt",
		Company: "AiWellFlow", Title: "AiWellFlow Privacy Policy", Date: "",
		Langs: []model.Lang{model.LangZH, model.LangEN},
	},
	{
		ID: "airobotics", File: "airobotics.md",
		Company: "AIRobotics Group", Title: "Privacy", Date: "",
		Langs: []model.Lang{model.LangEN},
	},
}

// Manifest returns a copy of the bundled policies' metadata, in display order.
func Manifest() []Entry {
	out := make([]Entry, len(manifest))
	copy(out, manifest)
	return out
}

// BundledIDs returns the IDs of the bundled policies. They are reserved: a loaded file never
// gets one of them, even with the bundled policies left out, so an ID means the same document
// in every run.
func BundledIDs() []string {
	ids := make([]string, len(manifest))
	for i, e := range manifest {
		ids[i] = e.ID
	}
	return ids
}
