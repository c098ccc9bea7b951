package detect

import (
	"regexp"
	"regexp/syntax"
)

// branch is one top-level alternative of a vocabulary entry's pattern, compiled. When the
// branch starts with one of its literals it is anchored: it is tried only where the prefilter
// found that literal, as a match that must start there, which is far cheaper than scanning
// every sentence with an unanchored regular expression.
type branch struct {
	entry    int            // index in vocab
	re       *regexp.Regexp // the branch, with a leading ^ when anchored
	anchored bool
	// wordStart means the branch began with \b, which anchored matching checks against the
	// byte before the literal (the ^ anchor hides it from the regular expression).
	wordStart bool
	literals  []string       // one of these starts every match (anchored) or occurs in it (not)
	unless    *regexp.Regexp // the entry's Unless, nil when none
}

// splitBranches compiles pattern (of entry i) into its branches.
func splitBranches(i int, pattern string) []branch {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic("detect: vocabulary entry " + pattern + ": " + err.Error())
	}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		subs = re.Sub
	}
	var out []branch
	var unless *regexp.Regexp
	if u := vocab[i].Unless; u != "" {
		unless = regexp.MustCompile(u)
	}
	for _, sub := range subs {
		b := branch{entry: i, unless: unless}
		body := sub
		if body.Op == syntax.OpConcat && len(body.Sub) > 1 && body.Sub[0].Op == syntax.OpWordBoundary {
			b.wordStart = true
			body = &syntax.Regexp{Op: syntax.OpConcat, Flags: body.Flags, Sub: body.Sub[1:]}
		}
		if lits := usableLiterals(prefixLiterals(body)); lits != nil {
			b.anchored, b.literals = true, lits
			b.re = regexp.MustCompile(`^(?:` + body.String() + `)`)
		} else {
			b.wordStart = false
			b.literals = usableLiterals(requiredLiterals(sub.Simplify()))
			b.re = regexp.MustCompile(sub.String())
		}
		out = append(out, b)
	}
	return out
}

// isWordByte reports whether c is an ASCII word character, as \b sees it.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// prefixLiterals returns a set of literals one of which starts every match of re, or nil when
// it cannot tell.
func prefixLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return prefixLiterals(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		first := prefixLiterals(re.Sub[0])
		if re.Sub[0].Op == syntax.OpLiteral && len(first) == 1 && len(first[0]) < 3 && len(re.Sub) > 1 {
			// A short literal followed by alternatives: "d(?:ata|etails)" starts with "data"
			// or "details".
			if next := prefixLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}); next != nil {
				out := make([]string, len(next))
				for i, n := range next {
					out[i] = first[0] + n
				}
				return out
			}
		}
		return first
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := prefixLiterals(sub)
			if set == nil {
				return nil
			}
			all = append(all, set...)
		}
		return all
	case syntax.OpCharClass:
		return requiredLiterals(re)
	}
	return nil
}
