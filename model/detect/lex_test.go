package detect

import (
	"regexp"
	"testing"
)

// TestLexPattern checks the expansion of the short form the German, Spanish and Italian rule
// tables are written in: accented runs match decomposed and ss spellings as whole words,
// quantifiers keep applying to one letter, and \b becomes a Unicode word boundary in NotNear.
func TestLexPattern(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		pattern, text string
		near, want    bool
	}{
		{`änderung`, "änderung", false, true},
		{`änderung`, "a\u0308nderung", false, true},
		{`maßnahmen`, "massnahmen", false, true},
		{`übertragbarkeit`, "u\u0308bertragbarkeit", false, true},
		{`geräte?typ`, "gerättyp", false, true},
		{`geräte?typ`, "gera\u0308tetyp", false, true},
		{`rectificación`, "rectificacio\u0301n", false, true},
		{`l\pL*schung`, "lo\u0308schung", false, true},
		{`\bni\b`, "electrónico", true, false},
		{`\bni\b`, "ni tu nombre", true, true},
		{`\bmai\b`, "indirizzo email", true, false},
		{`(?:a|b)(?:ä|ö){1,2}`, "bö", false, true},
		{`[äö]x`, "äx", false, true},
	} {
		p := lexPattern(c.pattern)
		if c.near {
			p = nearPattern(c.pattern)
		}
		if got := regexp.MustCompile(p).MatchString(c.text); got != c.want {
			t.Errorf("%q (as %q) on %q = %v, want %v", c.pattern, p, c.text, got, c.want)
		}
	}
}

// TestRulePatternStems checks that a rule's stem is completed to its word's end and that a
// final \b keeps the word whole.
func TestRulePatternStems(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(rulePattern(`berichtig|\bsie\b`))
	if got := re.FindString("die berichtigung"); got != "berichtigung" {
		t.Errorf("stem matched %q, want berichtigung", got)
	}
	if got := re.FindString("sie"); got != "sie" {
		t.Errorf("word matched %q, want sie", got)
	}
}
