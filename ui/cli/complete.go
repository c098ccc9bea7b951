package cli

import (
	"strings"

	"fineprint/model"
)

// IDCompletions returns the shell completions of a policy ID: each ID with its title.
func IDCompletions(ps []*model.Policy) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.ID+"\t"+model.Sanitize(p.Title))
	}
	return out
}

// SectionCompletions returns the shell completions of --section for p: each section's number
// (or anchor) with its title, a number shared by two language parts once.
func SectionCompletions(p *model.Policy) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range p.Sections {
		key := s.Number
		if key == "" {
			key = s.Anchor
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, key+"\t"+model.Sanitize(strings.TrimSpace(s.Title)))
		}
	}
	return out
}

// LangCodes returns the language codes --lang completes to.
func LangCodes() []string {
	var codes []string
	for _, l := range model.Langs() {
		codes = append(codes, l.String())
	}
	return codes
}
