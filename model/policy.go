// Package model is fineprint's domain: a privacy policy parsed into sections and clauses, the
// canonical markdown made from it, and the text utilities (normalisation and sanitising) that
// every other layer relies on.
//
// Nothing here imports Charm: the package is testable and fuzzable without a terminal.
// Sub-packages build on it: model/detect finds rights, data categories and practices in a
// Policy's clauses; model/search runs fuzzy clause search over many policies.
package model

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// Lang is the language of a policy, a language part or a clause.
type Lang uint8

// The languages fineprint tells apart. The detector has a lexicon for some of them only; the
// others are named (so the reader, list and compare can say which language a part is in) but
// not analysed.
const (
	LangUnknown Lang = iota
	LangEN           // English
	LangZH           // Chinese, simplified or traditional
	LangFR           // French
	LangDE           // German
	LangES           // Spanish
	LangIT           // Italian
	LangPT           // Portuguese
	LangNL           // Dutch
	LangJA           // Japanese
	LangKO           // Korean
	LangRU           // Russian
	LangPL           // Polish
	LangTR           // Turkish
	LangSV           // Swedish
	LangAR           // Arabic
	LangHE           // Hebrew
	numLangs
)

// langInfo holds each Lang's ISO 639-1 code and English name.
var langInfo = [numLangs]struct{ code, name string }{
	LangUnknown: {"", "unknown"},
	LangEN:      {"en", "English"},
	LangZH:      {"zh", "Chinese"},
	LangFR:      {"fr", "French"},
	LangDE:      {"de", "German"},
	LangES:      {"es", "Spanish"},
	LangIT:      {"it", "Italian"},
	LangPT:      {"pt", "Portuguese"},
	LangNL:      {"nl", "Dutch"},
	LangJA:      {"ja", "Japanese"},
	LangKO:      {"ko", "Korean"},
	LangRU:      {"ru", "Russian"},
	LangPL:      {"pl", "Polish"},
	LangTR:      {"tr", "Turkish"},
	LangSV:      {"sv", "Swedish"},
	LangAR:      {"ar", "Arabic"},
	LangHE:      {"he", "Hebrew"},
}

// Langs returns every named language, LangUnknown excluded, in a fixed order.
func Langs() []Lang {
	out := make([]Lang, 0, numLangs-1)
	for l := LangUnknown + 1; l < numLangs; l++ {
		out = append(out, l)
	}
	return out
}

// String returns the language's ISO 639-1 code ("en", "zh", "fr", ...), or "" when unknown.
func (l Lang) String() string {
	if l >= numLangs {
		return ""
	}
	return langInfo[l].code
}

// Name returns the language's English name ("French"), or "unknown".
func (l Lang) Name() string {
	if l >= numLangs {
		return langInfo[LangUnknown].name
	}
	return langInfo[l].name
}

// ParseLang returns the Lang for a code such as "en", "fr-CA", "zh-Hans" or "zh-Hant", or an
// English name such as "French".
func ParseLang(code string) (Lang, bool) {
	code = strings.ToLower(strings.TrimSpace(code))
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	if code == "" {
		return LangUnknown, false
	}
	for l := LangUnknown + 1; l < numLangs; l++ {
		if code == langInfo[l].code || code == strings.ToLower(langInfo[l].name) {
			return l, true
		}
	}
	return LangUnknown, false
}

// ClauseKind tells what block of the source a clause came from.
type ClauseKind uint8

// The kinds of clause.
const (
	KindParagraph ClauseKind = iota
	KindListItem
	KindTableRow
)

// String returns "paragraph", "list item" or "table row".
func (k ClauseKind) String() string {
	switch k {
	case KindListItem:
		return "list item"
	case KindTableRow:
		return "table row"
	default:
		return "paragraph"
	}
}

// Policy is one privacy policy, parsed. Sections and Clauses are flat slices in reading order;
// the tree is given by Section.Parent and Clause.Section, which are indexes into them.
type Policy struct {
	ID      string // slug, unique among the loaded policies ("api7", "my-policy")
	Title   string // the document's own title ("7Ding Privacy Policy")
	Company string // the organisation the policy speaks for, "" when it cannot be told
	Date    string // effective or last-updated date as ISO 8601 (2022-08-15), "" when none
	Langs   []Lang // the languages of its parts, in order of appearance
	Source  string // where it came from: a file path, or "bundled:<file>" for the bundled corpus

	// Parts are the language parts: one for a single-language document, two for a bilingual one
	// such as a Chinese policy followed by its English translation.
	Parts    []Part
	Sections []Section
	Clauses  []Clause
	Words    int // words, counting each Han character as a word
}

// Part is one language part of a policy: a contiguous run of sections and clauses.
type Part struct {
	Lang Lang
	// Title is the part's own title line ("7Ding Privacy Policy"), "" when it has none. It is
	// shown by PreambleMarkdown and is neither a section nor a clause.
	Title string
	// Sections and Clauses are half-open index ranges into Policy.Sections and Policy.Clauses.
	FirstSection, EndSection int
	FirstClause, EndClause   int
}

// Section is a heading of the policy and what stands under it.
//
// Its indexes and line are int32, like a Clause's (Parse refuses a source of more than
// MaxSource bytes), so that a section takes 80 bytes rather than 104.
type Section struct {
	Number string // as printed, normalised: "2.1", "7", "一"; "" for an unnumbered heading
	Title  string // heading text without its number
	Anchor string // stable and unique within the policy, e.g. "2-1-information-you-provide"
	Level  int32  // 1 for the policy's top-level sections, 2 for what is nested in them, ...
	Parent int32  // index in Policy.Sections of the enclosing section, -1 at level 1
	Part   int32  // index in Policy.Parts
	Line   int32  // 1-based line of the heading in the source

	// FirstClause and EndClause are the half-open range of the clauses directly under this
	// heading (not those of nested sections).
	FirstClause, EndClause int32
	Lang                   Lang
}

// MaxSource is the largest source Parse reads, in bytes: a clause's Line and Offset are int32.
const MaxSource = math.MaxInt32

// ErrTooLarge is Parse's error for a source of more than MaxSource bytes.
var ErrTooLarge = errors.New("document too large")

// Clause is the unit of search and detection: a paragraph, a list item or a table row.
//
// A policy holds many clauses, so a clause is kept small: 64 bytes, against 88 when Depth,
// Line and Offset were ints and the one-byte fields were spread between the others. Parse
// refuses a source of more than MaxSource bytes (2 GiB), so every line and offset fits.
type Clause struct {
	Section int    // index in Policy.Sections, -1 for text before the first heading
	Text    string // plain text: normalised, sanitised, markdown markers removed; a table row's cells joined by " | "
	Cells   []string
	Depth   int32 // list nesting depth, 0 for top-level items and non-list clauses
	Line    int32 // 1-based line in the source where the clause starts
	Offset  int32 // byte offset in the source where the clause starts
	Kind    ClauseKind
	Header  bool // a table's header row
	Lang    Lang
}

// Heading returns the section's number and title as a reader sees them: "2.1 Information You
// Provide to Us", "一 我们如何收集和使用个人信息", or the bare title when it has no number.
func (s Section) Heading() string {
	if s.Number == "" {
		return s.Title
	}
	return s.Number + " " + s.Title
}

// SectionPath returns the indexes of the sections enclosing section i, outermost first and
// ending with i itself; nil for i < 0.
func (p *Policy) SectionPath(i int) []int {
	if i < 0 || i >= len(p.Sections) {
		return nil
	}
	var path []int
	for j := i; j >= 0; j = int(p.Sections[j].Parent) {
		path = append(path, j)
	}
	for a, b := 0, len(path)-1; a < b; a, b = a+1, b-1 {
		path[a], path[b] = path[b], path[a]
	}
	return path
}

// SectionLabel returns the section path of section i for display, outermost first, joined by
// " › ": "7 Your Rights › 7.1". A numbered section deeper than level 1 shows only its number.
func (p *Policy) SectionLabel(i int) string {
	path := p.SectionPath(i)
	parts := make([]string, len(path))
	for k, j := range path {
		s := p.Sections[j]
		if k > 0 && s.Number != "" {
			parts[k] = s.Number
		} else {
			parts[k] = s.Heading()
		}
	}
	return strings.Join(parts, " › ")
}

// DisplayName returns the one name a policy is shown under, in every screen and command: its
// company, else its title with its ID ("Privacy Policy (api-service)": a bare title does not
// tell policies apart), else its ID, else its source. It is on one line (runs of white space,
// line breaks included, become one space) and sanitised, ready for a terminal. Columns too
// narrow for it abbreviate it (see the compare matrix).
func (p *Policy) DisplayName() string {
	if p == nil {
		return ""
	}
	company, title := oneLine(p.Company), oneLine(p.Title)
	switch {
	case company != "":
		return company
	case title != "" && p.ID != "":
		return title + " (" + oneLine(p.ID) + ")"
	case title != "":
		return title
	case p.ID != "":
		return oneLine(p.ID)
	}
	return oneLine(p.Source)
}

// oneLine returns s sanitised, with every run of white space (line breaks included) made one
// space and none at either end.
func oneLine(s string) string { return strings.Join(strings.Fields(Sanitize(s)), " ") }

// legalForms are the company-form words ShortName leaves out of a company's name, compared
// lower-cased with a trailing comma removed.
var legalForms = map[string]bool{
	"inc": true, "inc.": true, "llc": true, "ltd": true, "ltd.": true, "limited": true,
	"private": true, "co": true, "co.": true, "corp": true, "corp.": true, "corporation": true,
	"gmbh": true, "plc": true, "pte": true, "pte.": true, "s.a.": true, "sa": true, "sas": true,
	"sarl": true, "s.a.s.": true, "s.r.l.": true, "srl": true, "s.p.a.": true, "spa": true,
	"ag": true, "kg": true, "bv": true, "b.v.": true, "nv": true, "n.v.": true, "company": true,
}

// hanLegalForms are the company forms of Chinese names, written without a space before them.
var hanLegalForms = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团", "集團", "公司"}

// ShortName returns the policy's name for a narrow place (a column header, a list of
// policies): the company of DisplayName without its legal form ("Inc.", "Co., Ltd.", "GmbH",
// "有限公司") and without asides in brackets ("DingTalk (Singapore) Private Limited" is
// "DingTalk"); a policy that names no company goes by its ID, the part of DisplayName that
// tells it apart. It is never empty for a policy with a company, ID or source, and may be
// wider than any column: callers cut it to their width.
func (p *Policy) ShortName() string {
	if p == nil {
		return ""
	}
	company := oneLine(p.Company)
	if company == "" {
		if id := oneLine(p.ID); id != "" {
			return id
		}
		return p.DisplayName()
	}
	var words []string
	depth := 0
	for _, w := range strings.Fields(dropBracketed(company, &depth)) {
		w = strings.TrimRight(w, ",")
		if legalForms[strings.ToLower(w)] {
			continue
		}
		for _, suf := range hanLegalForms {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return company // a name that is all legal form ("Company") is still a name
	}
	return strings.Join(words, " ")
}

// dropBracketed returns s without the text inside round or full-width brackets; depth carries
// the nesting across calls.
func dropBracketed(s string, depth *int) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '(', '（':
			*depth++
			continue
		case ')', '）':
			if *depth > 0 {
				*depth--
			}
			continue
		}
		if *depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ShortNames returns the ShortName of each policy of ps, made unique among them: policies
// whose short names are the same (two versions of one company's policy) go by their IDs
// instead, and a name still taken gets "#2", "#3"… in the order of ps. Names are compared
// case-insensitively, so no two columns read alike.
func ShortNames(ps []*Policy) []string {
	names := make([]string, len(ps))
	count := map[string]int{}
	for i, p := range ps {
		names[i] = p.ShortName()
		count[strings.ToLower(names[i])]++
	}
	for i, p := range ps {
		if count[strings.ToLower(names[i])] > 1 && p != nil && oneLine(p.ID) != "" {
			names[i] = oneLine(p.ID)
		}
	}
	seen := map[string]int{}
	for i, n := range names {
		k := strings.ToLower(n)
		seen[k]++
		if seen[k] > 1 {
			names[i] = n + "#" + strconv.Itoa(seen[k])
		}
	}
	return names
}
