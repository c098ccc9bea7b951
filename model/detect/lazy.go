package detect

import (
	"regexp"
	"strings"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. A lexicon has some two thousand
// branches and cues, and a policy reaches a fraction of them: a branch is compiled the first
// time the prefilter finds its literal, so that compiling a lexicon costs building its
// automaton, not compiling every regular expression (issue 16: under 20 ms).
type lazyRegexp struct {
	once sync.Once
	src  string // the pattern as written, "" for one that matches nothing
	// anchor says the expression is src anchored at the start of the text, "^(?:src)": an
	// anchored branch's (branch.go), whose src is a part of its pattern's text.
	anchor bool
	re     *regexp.Regexp
}

// re returns a lazyRegexp for pattern p ("" matches nothing); nothing is parsed yet.
func re(p string) *lazyRegexp { return &lazyRegexp{src: p} }

// get returns the compiled expression, compiling it on first use; a bad pattern panics (a
// programming error that TestRules and TestCompileAll catch).
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		if l.src == "" {
			l.re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`)
			return
		}
		l.re = regexp.MustCompile(cheapClasses(l.String()))
	})
	return l.re
}

// MatchString is regexp.Regexp.MatchString.
func (l *lazyRegexp) MatchString(s string) bool { return l.src != "" && l.get().MatchString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int {
	if l.src == "" {
		return nil
	}
	return l.get().FindStringIndex(s)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if l.src == "" {
		return nil
	}
	return l.get().FindAllStringIndex(s, n)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if l.src == "" {
		return nil
	}
	return l.get().FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	if l.src == "" {
		return nil
	}
	return l.get().FindStringSubmatchIndex(s)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	if l.src == "" {
		return s
	}
	return l.get().ReplaceAllString(s, repl)
}

// String returns the expression as written.
func (l *lazyRegexp) String() string {
	if l.anchor {
		return `^(?:` + l.src + `)`
	}
	return l.src
}

// letterRanges are the letters \pL stands for in a lexicon pattern: those of the Latin scripts
// (Basic Latin, Latin-1, Latin Extended-A and -B, IPA, Latin Extended Additional), Greek and
// Cyrillic. The lexicons written with \pL (French, German, Spanish, Italian) serve languages
// in the Latin script; Unicode's whole letter table is some 700 ranges, and parsing it at
// every \pL, then matching against it, was most of the cost of compiling those lexicons. A
// letter of another script next to a word (a Chinese name in a French sentence) is not part
// of it, which is also how the engine's word boundaries treat Han.
const letterRanges = `A-Za-z\x{aa}\x{b5}\x{ba}\x{c0}-\x{d6}\x{d8}-\x{f6}\x{f8}-\x{2af}\x{370}-\x{373}\x{376}\x{377}\x{37b}-\x{37d}\x{386}\x{388}-\x{3ff}\x{400}-\x{481}\x{48a}-\x{52f}\x{1e00}-\x{1fff}`

// digitRanges are the digits \pN stands for in a lexicon pattern (ASCII, superscripts and
// full-width digits).
const digitRanges = `0-9\x{b2}\x{b3}\x{b9}\x{bc}-\x{be}\x{ff10}-\x{ff19}`

// cheapClasses returns pattern p with \pL and \pN spelled as letterRanges and digitRanges,
// inside a character class or as one.
func cheapClasses(p string) string {
	if !strings.Contains(p, `\p`) {
		return p
	}
	var b strings.Builder
	class := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case strings.HasPrefix(p[i:], `\pL`):
			if class {
				b.WriteString(letterRanges)
			} else {
				b.WriteString("[" + letterRanges + "]")
			}
			i += 2
		case strings.HasPrefix(p[i:], `\pN`):
			if class {
				b.WriteString(digitRanges)
			} else {
				b.WriteString("[" + digitRanges + "]")
			}
			i += 2
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			b.WriteByte(p[i+1])
			i++
		case c == '[' && !class:
			class = true
			b.WriteByte(c)
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' { // a literal ] first in a class
				b.WriteByte(']')
				i++
			}
		case c == ']' && class:
			class = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FindAllString is regexp.Regexp.FindAllString.
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	if l.src == "" {
		return nil
	}
	return l.get().FindAllString(s, n)
}
