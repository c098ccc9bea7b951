package search

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"fineprint/model/detect"
)

// termMode is how a query term matches a clause.
type termMode uint8

// The term modes, from fzf's syntax.
const (
	modeFuzzy  termMode = iota // plain term: word, word start, substring, or a short fuzzy match
	modeExact                  // 'term: a substring
	modeWord                   // 'term': a whole word (or words)
	modePrefix                 // ^term: the clause starts with it
	modeSuffix                 // term$: the clause ends with it
)

// String returns the mode's name, for test failures.
func (m termMode) String() string {
	switch m {
	case modeFuzzy:
		return "fuzzy"
	case modeExact:
		return "exact"
	case modeWord:
		return "word"
	case modePrefix:
		return "prefix"
	case modeSuffix:
		return "suffix"
	default:
		return "unknown"
	}
}

// term is one text term of a parsed query.
type term struct {
	text   string // normalised, without its syntax characters
	mode   termMode
	negate bool
	// strict is set on the short terms of a query of several terms: they match as words, word
	// starts and other forms only, not inside words nor fuzzily ("opt out" is no "operate about").
	strict bool
	// optional is set on a function word ("my", "des", "der") of a query that has other
	// terms: a clause need not hold it, and ranks a little higher when it does.
	optional bool
}

// strictRunes is the length from which a term of a query of several terms may also match
// inside words, fuzzily, or with a typo.
const strictRunes = 5

// markTerms sets strict and optional on the terms of q (see term).
func (q *query) markTerms() {
	var plain []int // the positive fuzzy terms
	for i, t := range q.terms {
		if !t.negate && t.mode == modeFuzzy {
			plain = append(plain, i)
		}
	}
	if len(q.positive()) < 2 {
		return
	}
	content := 0
	for _, i := range plain {
		if !stopWords[q.terms[i].text] {
			content++
		}
	}
	for _, i := range plain {
		t := &q.terms[i]
		t.strict = runeCount(t.text) < strictRunes
		t.optional = content > 0 && stopWords[t.text]
	}
}

// stopWords are the function words of English, French and German queries ("delete my data",
// "suppression des données", "Löschung der Daten"), normalised: a policy's clause says what the
// user asks without them. Negations are not among them.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the my your our their to of in on for with and or is are be
		do does can how what when where who which why i me we you it its this that these those by at
		from as if any all about
		le la les l d de des du un une et ou au aux mon ma mes ton ta tes son sa ses notre nos votre
		vos leur leurs en pour par sur que qui quoi comment est j je
		der die das den dem des ein eine einen einem einer und oder zu zur zum von vom mit fur im am
		ist sind wie was wer wo mein meine meinen meiner dein deine ihr ihre ich sie es`) {
		m[w] = true
	}
	return m
}()

// query is a parsed query: text terms, and the @company and #key filters.
type query struct {
	terms     []term
	companies []string     // normalised @company values: a clause's policy must match one
	notComp   []string     // !@company values: its policy must match none
	keys      []detect.Key // #key filters: a clause must be evidence for one of them
	notKeys   []detect.Key // !#key: it must be evidence for none
}

// empty reports whether the query has nothing to search for.
func (q *query) empty() bool {
	return len(q.terms) == 0 && len(q.companies) == 0 && len(q.notComp) == 0 &&
		len(q.keys) == 0 && len(q.notKeys) == 0
}

// positive returns the query's terms that must match, in order.
func (q *query) positive() []term {
	var ts []term
	for _, t := range q.terms {
		if !t.negate {
			ts = append(ts, t)
		}
	}
	return ts
}

// splitQuery splits a query folded by normalizeQuery at spaces; a backslash before a space keeps it in the
// term.
func splitQuery(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == ' ':
			b.WriteByte(' ')
			i++
		case s[i] == ' ':
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
		default:
			b.WriteByte(s[i])
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// parseQuery parses a query string (see the package doc). It fails only on a #key that names no
// taxonomy key.
func parseQuery(s string) (query, error) {
	var q query
	for _, raw := range splitQuery(normalizeQuery(s)) {
		neg := false
		if strings.HasPrefix(raw, "!") && len(raw) > 1 {
			neg, raw = true, raw[1:]
		}
		switch {
		case strings.HasPrefix(raw, "@"):
			// An ID made from a file name has hyphens ("google-2017-en"), which the policy's
			// normalised ID holds as spaces: the value is compared without separators.
			if v := compactID(raw[1:]); v != "" {
				if neg {
					q.notComp = append(q.notComp, v)
				} else {
					q.companies = append(q.companies, v)
				}
			}
			continue
		case strings.HasPrefix(raw, "#"):
			v := raw[1:]
			if v == "" {
				continue
			}
			ks, err := parseKeys(v)
			if err != nil {
				return query{}, err
			}
			if neg {
				q.notKeys = append(q.notKeys, ks...)
			} else {
				q.keys = append(q.keys, ks...)
			}
			continue
		}
		t := term{negate: neg, mode: modeFuzzy}
		switch {
		case strings.HasPrefix(raw, "'") && strings.HasSuffix(raw, "'") && len(raw) > 2:
			t.mode, raw = modeWord, raw[1:len(raw)-1]
		case strings.HasPrefix(raw, "'"):
			t.mode, raw = modeExact, raw[1:]
		case strings.HasPrefix(raw, "^"):
			t.mode, raw = modePrefix, raw[1:]
		case strings.HasSuffix(raw, "$") && len(raw) > 1:
			t.mode, raw = modeSuffix, raw[:len(raw)-1]
		}
		// Punctuation inside a term separates words, as in the text: "third-party" looks for
		// "third party", "privacy@api7" for "privacy api7".
		raw = strings.TrimSpace(normalizeString(raw))
		if raw == "" {
			continue // a lone syntax character while the user is still typing
		}
		if neg && t.mode == modeFuzzy {
			t.mode = modeExact // fzf: !term excludes exact occurrences
		}
		if t.mode == modeFuzzy && !neg {
			// Chinese is written without spaces: a long run of Han characters is several words,
			// which a clause may hold apart ("删除账户" in "删除您的账户"). Standing together
			// they still rank first, through the phrase bonus.
			for _, w := range splitHan(raw) {
				t.text = w
				q.terms = append(q.terms, t)
			}
			continue
		}
		t.text = raw
		q.terms = append(q.terms, t)
	}
	q.markTerms()
	return q, nil
}

// splitHan splits a term of hanSplitRunes Han characters or more into words of two characters
// (the last of three when the count is odd), the length of most Chinese words; it returns other
// terms, and terms that would repeat a word, whole.
func splitHan(s string) []string {
	rs := []rune(s)
	if len(rs) < hanSplitRunes {
		return []string{s}
	}
	for _, r := range rs {
		if !isHan(r) {
			return []string{s}
		}
	}
	var out []string
	for i := 0; i < len(rs); i += 2 {
		if len(rs)-i == 3 {
			out = append(out, string(rs[i:]))
			break
		}
		out = append(out, string(rs[i:i+2]))
	}
	for i, w := range out {
		if slices.Contains(out[:i], w) {
			return []string{s} // "删除删除" is no two words: it asks for itself
		}
	}
	return out
}

// hanSplitRunes is the length from which a run of Han characters in a query is split into words.
const hanSplitRunes = 4

// compactID returns the search form of an @company value without its separators: "api-service"
// and "API service" are both "apiservice".
func compactID(v string) string {
	return strings.ReplaceAll(normalizeString(v), " ", "")
}

// parseKeys returns the keys a #key filter names: the key detect.ParseKey accepts, or else
// every key whose name or short name starts with v (so that "#del" already filters while the
// user types "#deletion").
func parseKeys(v string) ([]detect.Key, error) {
	if k, ok := detect.ParseKey(v); ok {
		return []detect.Key{k}, nil
	}
	v = strings.ReplaceAll(v, "-", "_")
	var ks []detect.Key
	for _, k := range detect.Keys() {
		if strings.HasPrefix(k.String(), v) || strings.HasPrefix(k.Short(), v) {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return nil, fmt.Errorf("unknown key %q: see the taxonomy (e.g. #deletion, #data.location)", "#"+v)
	}
	return ks, nil
}

// runeCount returns the number of runes in s.
func runeCount(s string) int { return utf8.RuneCountInString(s) }
