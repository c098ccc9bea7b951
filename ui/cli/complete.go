package cli

import (
	"context"
	"strings"

	"fineprint/model"
	"fineprint/policies"
)

// CompleteID returns the shell completions of a first argument that is a policy ID or a file,
// for what is typed: each ID (with its title) of the policies a command would load (bundled
// and configured), while typed is the start of one of them; nil once it is no ID's start, so
// the shell completes file names. It loads silently.
func CompleteID(ctx context.Context, typed string) []string {
	ps, _ := policies.Open(ctx, policies.Sources{Bundled: true, Config: true}, nil)
	for _, p := range ps {
		if strings.HasPrefix(p.ID, typed) {
			out := make([]string, 0, len(ps))
			for _, p := range ps {
				out = append(out, p.ID+"\t"+model.Sanitize(p.Title))
			}
			return out
		}
	}
	return nil
}

// CompleteSection returns the shell completions of --section for the policy args[0] names (a
// file, or an ID among the bundled, configured and args[1:] policies, as policies.OpenOne finds
// it): each section's number (or anchor) with its title, a number shared by two language parts
// once; nil when there is no such policy. It loads silently.
func CompleteSection(ctx context.Context, args []string) []string {
	if len(args) == 0 {
		return nil
	}
	p, _ := policies.OpenOne(ctx, args[0], policies.Sources{Bundled: true, Config: true, Args: args[1:]}, nil)
	if p == nil {
		return nil
	}
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
