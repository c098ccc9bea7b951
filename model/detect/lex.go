package detect

import (
	"strings"
	"unicode/utf8"
)

// lexRule is one rule of a language's lexicon: an entry of the vocabulary with a stable ID
// ("de.access.auskunftsrecht": language, key, phrase), which its test is named by.
type lexRule struct {
	ID string
	entry
}

// accentFolds spells, in a lexicon pattern, each accented lower-case letter as the forms it
// takes in real text: lower or upper case, precomposed or decomposed (a base letter and a
// combining mark, as some sources write umlauts), and ß also as ss (Swiss spelling).
var accentFolds = func() map[rune]string {
	m := map[rune]string{'ß': `(?:ß|ss)`}
	for _, c := range []struct {
		lower, upper rune
		base         string
		mark         string
	}{
		{'ä', 'Ä', "a", `\x{308}`}, {'ö', 'Ö', "o", `\x{308}`}, {'ü', 'Ü', "u", `\x{308}`},
		{'á', 'Á', "a", `\x{301}`}, {'é', 'É', "e", `\x{301}`}, {'í', 'Í', "i", `\x{301}`},
		{'ó', 'Ó', "o", `\x{301}`}, {'ú', 'Ú', "u", `\x{301}`}, {'ñ', 'Ñ', "n", `\x{303}`},
		{'à', 'À', "a", `\x{300}`}, {'è', 'È', "e", `\x{300}`}, {'ì', 'Ì', "i", `\x{300}`},
		{'ò', 'Ò', "o", `\x{300}`}, {'ù', 'Ù', "u", `\x{300}`},
	} {
		m[c.lower] = `(?:` + string(c.lower) + `|` + string(c.upper) + `|` + c.base + c.mark +
			`|` + strings.ToUpper(c.base) + c.mark + `)`
	}
	return m
}()

// lexPattern expands a lexicon pattern for folded text: accented letters match their other
// forms (see accentFolds), and \pL, a letter, also matches a combining mark, so that a word
// written with decomposed accents stays one word. Patterns use accented letters and \pL only
// outside character classes.
func lexPattern(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		if strings.HasPrefix(p[i:], `\pL`) {
			b.WriteString(`[\pL\p{Mn}]`)
			i += 3
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

// lexEntries returns the entries of rules, their patterns, Unless and NotNear expanded by
// lexPattern.
func lexEntries(rules []lexRule) []entry {
	out := make([]entry, len(rules))
	for i, r := range rules {
		e := r.entry
		e.Pattern = lexPattern(e.Pattern)
		if e.Unless != "" {
			e.Unless = lexPattern(e.Unless)
		}
		if e.NotNear != "" {
			e.NotNear = lexPattern(e.NotNear)
		}
		out[i] = e
	}
	return out
}
