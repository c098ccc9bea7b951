package detect

import (
	"regexp"
	"regexp/syntax"
	"strings"
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

// TestCompileAll compiles every regular expression of every lexicon, which a program compiles
// only on first use (lazyRegexp): a bad pattern must fail here, not on some user's policy.
func TestCompileAll(t *testing.T) {
	t.Parallel()
	for _, lx := range lexicons {
		c := compileLexicon(lx)
		var all []*lazyRegexp
		addBranches := func(bs []branch) {
			for _, b := range bs {
				all = append(all, b.re)
				if b.unless != nil {
					all = append(all, b.unless)
				}
				if b.notNear != nil {
					all = append(all, b.notNear)
				}
			}
		}
		addBranches(c.branches)
		addBranches(c.clauseCues.bs)
		addBranches(c.anyHeading.bs)
		for _, m := range []*matcher{c.negation, c.notNegation, c.rightsHeading, c.collectHeading,
			c.sentenceScope, c.california, c.eea, c.china, c.children} {
			addBranches(m.bs)
		}
		for _, r := range c.recipients {
			addBranches(r.m.bs)
		}
		for _, h := range c.headingKeys {
			all = append(all, h.heading, h.act)
		}
		all = append(all, c.onRequest, c.wish, c.purposeThat, c.userCannot, c.negatedVerb, c.cannot,
			c.notSubject, c.notUsed, c.imperative, c.defines, c.passive, c.definingSentence,
			c.notTerm, c.definitionLead, c.hypothetical, c.dnt, c.dntName, c.dntSignal, c.deletes,
			c.negationRe, c.negAfterStop, c.period, c.criteria, c.age, c.honour, c.country, emailRe)
		for _, re := range all {
			func() {
				defer func() {
					if e := recover(); e != nil {
						t.Errorf("%s: %v", lx.name, e)
					}
				}()
				re.get()
			}()
		}
		t.Logf("%s: %d regular expressions", lx.name, len(all))
	}
}

// TestReachOf checks the bound on a branch's match length: exact for bounded patterns (bytes,
// not runes), -1 for unbounded repeats.
func TestReachOf(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		pattern string
		want    int
	}{
		{`abc`, 3},
		{`données`, 8},
		{`删除`, 6},
		{`(?:your|personal) (?:\w{1,3} )?data`, 8 + 1 + 4*3 + 1 + 4},
		{`a[^.;]{0,100}?b`, 1 + 400 + 1},
		{`cookies?\b`, 7},
		{`\w* data`, -1},
		{`(?:a|b)+`, -1},
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := reachOf(re); got != c.want {
			t.Errorf("reachOf(%q) = %d, want %d", c.pattern, got, c.want)
		}
	}
}

// TestCheapClasses checks that \pL and \pN are spelled as ranges both inside and outside a
// character class, and that the letters of the lexicons' languages, accented or decomposed,
// are letters while spaces, punctuation and digits are not.
func TestCheapClasses(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(`^` + cheapClasses(`\pL+`) + `$`)
	for _, w := range []string{"données", "übertragbarkeit", "rectificación", "portabilità", "ﬁle", "ελληνικά", "данные", "Straße"} {
		if !re.MatchString(strings.ReplaceAll(w, "ﬁ", "fi")) {
			t.Errorf("%q is not all letters", w)
		}
	}
	for _, w := range []string{"a b", "a.b", "a1", "a’b", "a-b"} {
		if re.MatchString(w) {
			t.Errorf("%q read as letters", w)
		}
	}
	notWord := regexp.MustCompile(cheapClasses(`[^\pL\pN\x{300}-\x{36f}]`))
	if got := notWord.FindString("élan 42, fin"); got != " " {
		t.Errorf("first non-word = %q, want a space", got)
	}
	if got := cheapClasses(`a\pLb[\pL'’-]`); strings.Contains(got, `\p`) {
		t.Errorf("cheapClasses left a \\p: %s", got)
	}
}
