package detect

import (
	"regexp/syntax"
	"strings"
)

// A fixed branch is one whose pattern can match only a few strings ("cookies?\b",
// "(?:you|users?|individuals?)\b"): a match at a literal found by the prefilter is then a
// string comparison, not a run of the regular expression engine. Most cue branches and many
// data-category rules are fixed.

// fixedAlt is one string a fixed branch matches, with the word boundaries (Go's \b, on ASCII
// letters, digits and '_') its pattern wants right before and right after it.
type fixedAlt struct {
	s             string
	before, after bool
}

// maxFixed bounds how many strings a branch may expand to and still be matched as fixed.
const maxFixed = 64

// fixedStrings returns the strings re matches, in the order of preference of Go's
// leftmost-first matching, or nil when re can match an unbounded or large set (a star, a
// large class, case folding).
func fixedStrings(re *syntax.Regexp) []fixedAlt {
	alts, ok := expandFixed(re)
	if !ok || len(alts) == 0 {
		return nil
	}
	return alts
}

// expandFixed expands re into its strings, in order of preference.
func expandFixed(re *syntax.Regexp) ([]fixedAlt, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []fixedAlt{{}}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []fixedAlt{{s: string(re.Rune)}}, true
	case syntax.OpWordBoundary:
		return []fixedAlt{{before: true, after: true}}, true
	case syntax.OpCharClass:
		var out []fixedAlt
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if out = append(out, fixedAlt{s: string(r)}); len(out) > 8 {
					return nil, false
				}
			}
		}
		return out, true
	case syntax.OpCapture:
		return expandFixed(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := expandFixed(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]fixedAlt{{}}, sub...), true
		}
		return append(sub, fixedAlt{}), true
	case syntax.OpAlternate:
		var out []fixedAlt
		for _, s := range re.Sub {
			sub, ok := expandFixed(s)
			if !ok || len(out)+len(sub) > maxFixed {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := []fixedAlt{{}}
		for _, s := range re.Sub {
			sub, ok := expandFixed(s)
			if !ok || len(out)*len(sub) > maxFixed {
				return nil, false
			}
			next := make([]fixedAlt, 0, len(out)*len(sub))
			for _, a := range out {
				for _, b := range sub {
					if c, ok := joinFixed(a, b); ok {
						next = append(next, c)
					}
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// joinFixed concatenates a and b, deciding a boundary wanted where they meet from the letters
// on each side; ok is false when it cannot hold.
func joinFixed(a, b fixedAlt) (fixedAlt, bool) {
	switch {
	case a.s == "" && b.s == "":
		return fixedAlt{before: a.before || b.before, after: a.after || b.after}, true
	case a.s == "":
		// a's boundaries stand before b: both of a's flags mean "boundary before b".
		return fixedAlt{s: b.s, before: a.before || a.after || b.before, after: b.after}, true
	case b.s == "":
		return fixedAlt{s: a.s, before: a.before, after: a.after || b.before || b.after}, true
	}
	if (a.after || b.before) && isWordByte(a.s[len(a.s)-1]) == isWordByte(b.s[0]) {
		return fixedAlt{}, false // a boundary between two letters, or two non-letters
	}
	return fixedAlt{s: a.s + b.s, before: a.before, after: b.after}, true
}

// isWordByte reports whether c starts a character Go's \b counts as a word character: an
// ASCII letter, digit or '_' (a byte of a multi-byte rune is never one).
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// matchFixed returns the end of the first of alts that matches at the start of window, as the
// anchored regular expression would on window alone (its start and end count as non-word).
func matchFixed(alts []fixedAlt, window string) (int, bool) {
	for _, a := range alts {
		if !strings.HasPrefix(window, a.s) {
			continue
		}
		n := len(a.s)
		if a.before && !(n > 0 && isWordByte(a.s[0]) || n == 0 && len(window) > 0 && isWordByte(window[0])) {
			continue // nothing, a non-word, stands before the window
		}
		if a.after {
			lastWord := n > 0 && isWordByte(a.s[n-1])
			nextWord := n < len(window) && isWordByte(window[n])
			if lastWord == nextWord {
				continue
			}
		}
		return n, true
	}
	return 0, false
}
