package detect

import (
	"strings"
	"unicode/utf8"
)

// Helpers shared by the German, Spanish and Italian lexicons (lex_de.go, lex_es.go,
// lex_it.go). Their rule tables are written in a short form that lexRules expands:
//
//   - an accented letter matches its other forms (see accentFolds): upper case, and
//     decomposed (a base letter and a combining mark, as some sources write umlauts);
//   - \pL, a letter, also matches a combining mark, so that a word written with decomposed
//     accents stays one word;
//   - \b marks a whole word where a rule means one: the engine checks that a match starts and
//     ends on a Unicode word boundary, so lexRules drops every \b; a top-level alternative
//     that does not end in \b is a stem and is completed to the end of its word ("berichtig"
//     quotes "Berichtigung"), since a match may not end inside a word.
//
// Patterns use accented letters and \pL only outside character classes.

// accentFolds spells each accented lower-case letter as the forms it takes in folded text:
// itself, and decomposed; ß also as ss (Swiss spelling). Folding lower-cases precomposed
// capitals but cannot compose a decomposed letter without changing byte lengths.
var accentFolds = func() map[rune]string {
	m := map[rune]string{'ß': `(?:ß|ss)`}
	for _, c := range []struct {
		letter rune
		base   string
		mark   string
	}{
		{'ä', "a", `\x{308}`}, {'ö', "o", `\x{308}`}, {'ü', "u", `\x{308}`},
		{'á', "a", `\x{301}`}, {'é', "e", `\x{301}`}, {'í', "i", `\x{301}`},
		{'ó', "o", `\x{301}`}, {'ú', "u", `\x{301}`}, {'ñ', "n", `\x{303}`},
		{'à', "a", `\x{300}`}, {'è', "e", `\x{300}`}, {'ì', "i", `\x{300}`},
		{'ò', "o", `\x{300}`}, {'ù', "u", `\x{300}`},
	} {
		m[c.letter] = `(?:` + string(c.letter) + `|` + c.base + c.mark + `)`
	}
	return m
}()

// letter is what \pL stands for in a lexicon pattern: a letter or a combining mark.
const letter = `[\pL\p{Mn}]`

// How expand treats \b.
const (
	dropBoundaries    = iota // a rule's pattern: the engine checks word boundaries itself
	unicodeBoundaries        // Unless and NotNear: \b is judged on Unicode letters and digits
)

// lexPattern expands the letters and classes of rule pattern p (see the comment at the top)
// and drops its \b.
func lexPattern(p string) string { return expand(p, dropBoundaries) }

// nearPattern expands an Unless or NotNear pattern p, whose \b become Unicode word
// boundaries.
func nearPattern(p string) string { return expand(p, unicodeBoundaries) }

// expand expands the letters and classes of pattern p, treating its \b as mode says.
func expand(p string, mode int) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		switch {
		case strings.HasPrefix(p[i:], `\pL`):
			b.WriteString(letter)
			i += 3
			continue
		case strings.HasPrefix(p[i:], `\b`) && mode == dropBoundaries:
			i += 2
			continue
		case strings.HasPrefix(p[i:], `\b`) && mode == unicodeBoundaries:
			// A word boundary on Unicode letters: a \b that opens an alternative or a group
			// starts a word, any other ends one.
			if out := b.String(); out == "" || strings.HasSuffix(out, "|") || strings.HasSuffix(out, "(") || strings.HasSuffix(out, "(?:") {
				b.WriteString(`(?:^|[^\pL\p{Mn}\pN])`)
			} else {
				b.WriteString(`(?:$|[^\pL\p{Mn}\pN])`)
			}
			i += 2
			continue
		case p[i] == '\\' && i+1 < len(p):
			b.WriteString(p[i : i+2])
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		if f, ok := accentFolds[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// topLevel splits pattern p at its top-level alternations.
func topLevel(p string) []string {
	var out []string
	depth, class, start := 0, false, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case class:
			if c == ']' {
				class = false
			}
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return append(out, p[start:])
}

// rulePattern expands a rule's pattern: each top-level alternative that ends in \b keeps its
// last word whole, any other is completed to the end of its word.
func rulePattern(p string) string {
	alts := topLevel(p)
	for i, a := range alts {
		if strings.HasSuffix(a, `\b`) {
			alts[i] = lexPattern(a)
		} else {
			alts[i] = lexPattern(a) + letter + `*`
		}
	}
	return strings.Join(alts, "|")
}

// lexRules returns rules with their patterns expanded by rulePattern and their Unless and
// NotNear by nearPattern.
func lexRules(rules []rule) []rule {
	for i := range rules {
		r := &rules[i]
		r.Pattern = rulePattern(r.Pattern)
		r.Unless = nearPattern(r.Unless)
		r.NotNear = nearPattern(r.NotNear)
	}
	return rules
}
