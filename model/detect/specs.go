package detect

import (
	"slices"
	"strings"
)

//go:generate go test -run TestGeneratedSpecs -update .

// Compiling a lexicon from its tables means expanding the short form of the German, Spanish
// and Italian rules (lex.go) and parsing some three thousand regular expressions to find
// their literals (analyseBranches): tens of milliseconds, paid by every program at its first
// policy in each language. Both depend only on the text of the patterns, so they are worked
// out at build time: specs_gen.go holds, keyed by pattern text, the expanded patterns and
// the branch specs of every pattern the lexicons hold, and compiling a lexicon looks them up
// (issue 16: the vocabulary compiles in under 20 ms). A pattern the table lacks (a lexicon
// edited without running go generate) is analysed at run time: slower, never wrong, and
// TestGeneratedSpecs fails until the table is regenerated.

// specsFunc returns the branch specs of a pattern.
type specsFunc func(pattern string) []branchSpec

// compileTables is where compiling a lexicon gets the branch specs of its patterns and the
// expansions of its short-form rule patterns (rulePattern) and Unless and NotNear patterns
// (nearPattern).
type compileTables struct {
	specs      specsFunc
	rule, near func(string) string
}

// generated serves compileLexicon from specs_gen.go.
var generated = compileTables{specs: generatedSpecs, rule: generatedRule, near: generatedNear}

// patternSpecs is one row of the generated table: a pattern and its branch specs.
type patternSpecs struct {
	pattern string
	specs   []branchSpec
}

// expansion is one row of a generated table of expanded patterns.
type expansion struct{ short, long string }

// generatedSpecs returns the branch specs of pattern from specsTable, analysing it when the
// table lacks it.
func generatedSpecs(pattern string) []branchSpec {
	if i, ok := slices.BinarySearchFunc(specsTable[:], pattern, func(e patternSpecs, p string) int {
		return strings.Compare(e.pattern, p)
	}); ok {
		return specsTable[i].specs
	}
	return analyseBranches(pattern)
}

// generatedRule returns rulePattern(p) from ruleTable, or works it out when the table lacks p.
func generatedRule(p string) string { return lookupExpansion(ruleTable[:], p, rulePattern) }

// generatedNear returns nearPattern(p) from nearTable, or works it out when the table lacks p.
func generatedNear(p string) string { return lookupExpansion(nearTable[:], p, nearPattern) }

// lookupExpansion returns the expansion of p in table, sorted by short, or expand(p) when the
// table lacks it.
func lookupExpansion(table []expansion, p string, expand func(string) string) string {
	if i, ok := slices.BinarySearchFunc(table, p, func(e expansion, p string) int {
		return strings.Compare(e.short, p)
	}); ok {
		return table[i].long
	}
	return expand(p)
}
