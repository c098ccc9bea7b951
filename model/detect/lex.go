package detect

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Helpers shared by the German, Spanish and Italian lexicons (lex_de.go, lex_es.go,
// lex_it.go). Their rule tables are written in a short form (lexicon.shortForm) that lexRules
// expands when the lexicon is compiled, never at package initialisation (the expansions are
// worked out at build time, in specs_gen.go, see specs.go):
//
//   - a run of literal letters holding an accented letter also matches its other spellings
//     (see spellings): decomposed (a base letter and a combining mark, as some sources write
//     umlauts) and, for ß, ss (Swiss spelling); folding lower-cases precomposed capitals but
//     cannot compose a decomposed letter without changing byte lengths. The run is expanded
//     as a whole ("(?:änder|a\x{308}nder)"), so that the prefilter anchors it at a word, not
//     at every "ä";
//   - \pL, a letter, also matches a combining diacritical mark (U+0300-U+036F, the marks of
//     decomposed Latin letters), so that a word written with decomposed accents stays one
//     word;
//   - \b marks a whole word where a rule means one: the engine checks that a match starts and
//     ends on a Unicode word boundary, so lexRules drops every \b of a rule's pattern; a
//     top-level alternative that does not end in \b is a stem and is completed to the end of
//     its word ("berichtig" quotes "Berichtigung"), since a match may not end inside a word.
//     In Unless and NotNear, \b becomes a boundary on Unicode letters.
//
// Patterns use accented letters and \pL only outside character classes.

// decomposed returns the decomposed spelling of an accented letter the lexicons use (its base
// letter and combining mark), false for any other rune.
func decomposed(r rune) (string, bool) {
	var base rune
	var mark string
	switch r {
	case 'ä', 'ö', 'ü':
		base, mark = map3(r, "äöü", "aou"), "\u0308"
	case 'á', 'é', 'í', 'ó', 'ú':
		base, mark = map3(r, "áéíóú", "aeiou"), "\u0301"
	case 'à', 'è', 'ì', 'ò', 'ù':
		base, mark = map3(r, "àèìòù", "aeiou"), "\u0300"
	case 'ñ':
		base, mark = 'n', "\u0303"
	default:
		return "", false
	}
	return string(base) + mark, true
}

// map3 returns the rune of to at the position of r in from.
func map3(r rune, from, to string) rune {
	i := 0
	for _, f := range from {
		if f == r {
			return []rune(to)[i]
		}
		i++
	}
	return r
}

// spellings returns the spellings of a literal run: itself, decomposed, and with ss for ß.
func spellings(run string) []string {
	var dec strings.Builder
	for _, r := range run {
		if d, ok := decomposed(r); ok {
			dec.WriteString(d)
		} else {
			dec.WriteRune(r)
		}
	}
	out := []string{run}
	for _, v := range []string{dec.String(), strings.ReplaceAll(run, "ß", "ss"), strings.ReplaceAll(dec.String(), "ß", "ss")} {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// letter is what \pL stands for in a lexicon pattern: a letter or a combining diacritical
// mark. The block is spelled as a range rather than \p{Mn}: merging two Unicode tables costs
// a sort of their ranges at every use, which made up most of compiling the lexicons.
const letter = `[\pL\x{300}-\x{36f}]`

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

// expand expands the literal runs and letter classes of pattern p, treating its \b as mode
// says.
func expand(p string, mode int) string {
	var b strings.Builder
	run := 0 // start of the current literal run in p, or -1
	run = -1
	flush := func(end int) {
		if run < 0 {
			return
		}
		lit := p[run:end]
		run = -1
		if vs := spellings(lit); len(vs) > 1 {
			b.WriteString("(?:" + strings.Join(vs, "|") + ")")
		} else {
			b.WriteString(lit)
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\\':
			flush(i)
			switch {
			case strings.HasPrefix(p[i:], `\pL`):
				b.WriteString(letter)
				i += 3
			case strings.HasPrefix(p[i:], `\b`) && mode == dropBoundaries:
				i += 2
			case strings.HasPrefix(p[i:], `\b`):
				// A \b that opens an alternative or a group starts a word, any other ends one.
				if out := b.String(); out == "" || strings.HasSuffix(out, "|") || strings.HasSuffix(out, "(") || strings.HasSuffix(out, "(?:") {
					b.WriteString(`(?:^|[^\pL\pN\x{300}-\x{36f}])`)
				} else {
					b.WriteString(`(?:$|[^\pL\pN\x{300}-\x{36f}])`)
				}
				i += 2
			default:
				j := i + 2
				if j < len(p) && p[j] == '{' {
					j = i + strings.IndexByte(p[i:], '}') + 1
				}
				b.WriteString(p[i:j])
				i = j
			}
		case c == '[':
			flush(i)
			j := i + 1
			for j < len(p) && p[j] != ']' {
				if p[j] == '\\' {
					j++
				}
				j++
			}
			b.WriteString(p[i : j+1])
			i = j + 1
		case c == '(' && strings.HasPrefix(p[i:], "(?"):
			// A group's flags or name: "(?:", "(?i:", "(?P<t>".
			flush(i)
			j := i + strings.IndexAny(p[i:], ":>") + 1
			b.WriteString(p[i:j])
			i = j
		case strings.IndexByte("()|.^$", c) >= 0:
			flush(i)
			b.WriteByte(c)
			i++
		case strings.IndexByte("?*+{", c) >= 0:
			// A quantifier applies to the last rune of a run: end the run before that rune.
			if run >= 0 {
				_, n := utf8.DecodeLastRuneInString(p[run:i])
				if i-n > run {
					flush(i - n)
				}
				run = i - n
				flush(i)
			}
			j := i + 1
			if c == '{' {
				j = i + strings.IndexByte(p[i:], '}') + 1
			}
			if j < len(p) && p[j] == '?' {
				j++
			}
			b.WriteString(p[i:j])
			i = j
		default:
			if run < 0 {
				run = i
			}
			_, n := utf8.DecodeRuneInString(p[i:])
			i += n
		}
	}
	flush(len(p))
	return b.String()
}

// topLevel splits pattern p at its top-level alternations.
func topLevel(p string) []string {
	spans := topLevelSpans(p)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = p[s[0]:s[1]]
	}
	return out
}

// topLevelSpans returns the start and end in p of each of its top-level alternatives.
func topLevelSpans(p string) [][2]int {
	var out [][2]int
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
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(p)})
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

// lexRules returns rules with their patterns expanded by rule (rulePattern or its
// generated table) and their Unless and NotNear by near (nearPattern or its table).
func lexRules(rules []rule, rule, near func(string) string) []rule {
	for i := range rules {
		r := &rules[i]
		r.Pattern = rule(r.Pattern)
		r.Unless = near(r.Unless)
		r.NotNear = near(r.NotNear)
	}
	return rules
}
