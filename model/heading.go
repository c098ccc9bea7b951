package model

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numStyle is the numbering scheme of a heading or list marker; together with the depth of an
// arabic number it ranks headings, so that the outermost scheme a document uses becomes level 1.
type numStyle uint8

// The numbering schemes, from the outermost a document usually uses to the innermost.
const (
	styleNone       numStyle = iota
	styleZhPart              // 第一部分
	styleZhChapter           // 第一章
	styleZhSection           // 第一节
	styleZhArticle           // 第一条
	styleEnPart              // Part 1
	styleEnChapter           // Chapter 1
	styleEnSection           // Section 1
	styleEnArticle           // Article 1
	styleRoman               // I. II. III.
	styleLetter              // A. B. C.
	styleZhOrdinal           // 一、 一 一.
	styleZhParen             // （一） (一)
	styleArabic              // 1. 2.1 3.1.4 1、
	styleLower               // a. b) (c) — lettered subsections, inside the arabic or roman ones
	styleLowerRoman          // i. ii) (iii) — lower-case roman subsections, inside the lettered ones
	styleEnum                // (1) 1) (iv) (A) aa) ① — list enumerations, never headings
)

// String names the style, for debugging and test failure messages.
func (s numStyle) String() string {
	switch s {
	case styleZhPart:
		return "zh-part"
	case styleZhChapter:
		return "zh-chapter"
	case styleZhSection:
		return "zh-section"
	case styleZhArticle:
		return "zh-article"
	case styleEnPart:
		return "en-part"
	case styleEnChapter:
		return "en-chapter"
	case styleEnSection:
		return "en-section"
	case styleEnArticle:
		return "en-article"
	case styleRoman:
		return "roman"
	case styleLetter:
		return "letter"
	case styleZhOrdinal:
		return "zh-ordinal"
	case styleZhParen:
		return "zh-paren"
	case styleArabic:
		return "arabic"
	case styleLower:
		return "lower"
	case styleLowerRoman:
		return "lower-roman"
	case styleEnum:
		return "enum"
	default:
		return "none"
	}
}

// lowerCase reports whether the style numbers in lower-case letters or roman numerals ("a.",
// "ii)"): the subsections inside the other numberings, and the clauses of lists.
func (s numStyle) lowerCase() bool {
	return s == styleLower || s == styleLowerRoman
}

// numbered is the number found at the start of a line.
type numbered struct {
	style  numStyle
	number string // normalised: "2.1", "一", "（一）", "第三条", "IV"
	depth  int    // components of an arabic number (2 for "2.1"), 1 otherwise
	value  int    // value of the last component, for sequence checks
	sep    bool   // the number was followed by a separator (space, '.', '、', ...), not text
	ideo   bool   // an arabic number followed by the ideographic comma: "1、", not "1."
	enum   bool   // a letter or lower roman written as a list enumerates ("a)", "(ii)"): a list item unless a heading
	rest   string // the text after the number and its separator
}

// rank orders heading styles: smaller is outer. Markdown headings rank by their '#' count.
func (n numbered) rank() int {
	switch n.style {
	case styleArabic:
		return 40 + n.depth // after every other style but lettered subsections
	case styleLower:
		return 70 // inside arabic numbers of any likely depth
	case styleLowerRoman:
		return 75 // inside lettered subsections, as "1. a. i." nest
	default:
		return 10 + int(n.style)
	}
}

// parseNumber recognises a heading number or list enumeration at the start of s.
func parseNumber(s string) (numbered, bool) {
	if s == "" {
		return numbered{}, false
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= '０' && r <= '９':
		// Full-width digits ("１．总则") number like ASCII ones.
		n, ok := parseArabic(halfWidthDigits(s))
		if ok {
			n.rest = strings.TrimSpace(n.rest)
		}
		return n, ok
	case r >= '0' && r <= '9':
		return parseArabic(s)
	case r == '(' || r == '（':
		return parseParen(s[size:])
	case r == '第':
		return parseDi(s[size:])
	case r >= '①' && r <= '⑳':
		return numbered{style: styleEnum, number: string(r), depth: 1, value: int(r-'①') + 1, sep: true, rest: strings.TrimSpace(s[size:])}, true
	case zhDigit(r) >= 0:
		return parseZhOrdinal(s)
	case r == 'A' || r == 'C' || r == 'P' || r == 'S':
		if n, ok := parseWordNumber(s); ok {
			return n, true
		}
		return parseLetter(s)
	case r == 'I' || r == 'V' || r == 'X':
		if n, ok := parseRoman(s); ok {
			return n, true
		}
		return parseLetter(s)
	case r >= 'A' && r <= 'Z':
		return parseLetter(s)
	case (r == 'i' || r == 'v' || r == 'x') && len(s) > 1 && strings.IndexByte("ivx", s[1]) >= 0:
		if n, ok := parseLowerRoman(s); ok {
			return n, true
		}
		if len(s) > 3 && s[1] == s[0] && s[2] == ')' && s[3] == ' ' {
			// "vv)", no roman numeral: German-style "aa)".
			return numbered{style: styleEnum, number: s[:2], depth: 2, value: int(r-'a') + 1, sep: true, rest: strings.TrimSpace(s[3:])}, true
		}
	case r >= 'a' && r <= 'z' && len(s) > 3 && s[1] == '.' && s[2] == ' ':
		// "a. What we collect": a single letter, a full stop and a space; "e.g." and the
		// article "a" are words.
		return numbered{style: styleLower, number: s[:1], depth: 1, value: int(r-'a') + 1, sep: true, rest: strings.TrimSpace(s[3:])}, true
	case r >= 'a' && r <= 'z' && len(s) > 2 && s[1] == ')' && s[2] == ' ':
		return numbered{style: styleLower, number: s[:1], depth: 1, value: int(r-'a') + 1, sep: true, enum: true, rest: strings.TrimSpace(s[2:])}, true
	case r >= 'a' && r <= 'z' && len(s) > 3 && s[1] == s[0] && s[2] == ')' && s[3] == ' ':
		// "aa)", "bb)": the level below "a)" in German-style numbering.
		return numbered{style: styleEnum, number: s[:2], depth: 2, value: int(r-'a') + 1, sep: true, rest: strings.TrimSpace(s[3:])}, true
	}
	return numbered{}, false
}

// parseArabic parses "1", "1.", "2.1", "2.1.3.", "1、", "1)" and what follows.
func parseArabic(s string) (numbered, bool) {
	var parts []string
	i := 0
	value := 0
	for {
		j := i
		v := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 4 {
			v = v*10 + int(s[j]-'0')
			j++
		}
		if j == i || j-i > 3 || (j < len(s) && s[j] >= '0' && s[j] <= '9') {
			return numbered{}, false
		}
		parts = append(parts, s[i:j])
		value = v
		i = j
		// Another component follows a dot directly: "2.1".
		if k, ok := dotAt(s, i); ok && k < len(s) && s[k] >= '0' && s[k] <= '9' {
			i = k
			continue
		}
		break
	}
	// Lettered and roman sub-components: "2.a.", "3.b.i.", "3.b.ii)".
	for {
		k, ok := dotAt(s, i)
		if !ok {
			break
		}
		c, v, end := letterComponent(s, k)
		if end == 0 {
			break
		}
		parts = append(parts, c)
		value = v
		i = end
	}
	n := numbered{style: styleArabic, number: strings.Join(parts, "."), depth: len(parts), value: value}
	rest := s[i:]
	switch {
	case rest == "":
		n.sep = true
	case strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）"):
		_, size := utf8.DecodeRuneInString(rest)
		n.style = styleEnum
		n.sep = true
		rest = rest[size:]
	default:
		if k, ok := dotAt(s, i); ok {
			n.sep = true
			rest = s[k:]
		} else if strings.HasPrefix(rest, "、") {
			n.sep, n.ideo = true, true
			rest = rest[len("、"):]
		} else if rest[0] == ' ' {
			n.sep = true
			if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "、") {
				// "2 、对 Cookie 的使用": a space before the ideographic comma (the number
				// and its title set apart in bold on the page) is "2、".
				n.ideo = true
				rest = t[len("、"):]
			}
		} else if !(n.depth > 1 && isHan(firstRune(rest))) {
			// "30天", "1,000", "10:30", "2nd": a number inside a sentence.
			return numbered{}, false
		}
	}
	n.rest = strings.TrimSpace(rest)
	// "1. 5 things" is fine, but "1.5%" or "3.5GB" are not headings; nor are years.
	if n.rest != "" && !n.sep {
		r := firstRune(n.rest)
		if !isHan(r) {
			return numbered{}, false
		}
	}
	return n, true
}

// letterComponent reads a lettered or lower-case roman component of a compound number at s[k:]
// ("a" of "2.a.", "iii" of "3.b.iii.") that a full stop follows, and returns it, its value and
// the index of that full stop; end is 0 when there is none.
func letterComponent(s string, k int) (c string, v, end int) {
	j := k
	for j < len(s) && j-k < 5 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j == k || j >= len(s) || s[j] != '.' {
		return "", 0, 0
	}
	c = s[k:j]
	switch {
	case len(c) == 1:
		v = int(c[0]-'a') + 1
	default:
		if v = romanValue(strings.ToUpper(c)); v == 0 {
			return "", 0, 0
		}
	}
	// "1.e.g." or "2.i.e." are not numbers: the component must be followed by the title or
	// another component.
	if j+1 < len(s) && s[j+1] != ' ' && !(s[j+1] >= 'A' && s[j+1] <= 'Z') && !(s[j+1] >= 'a' && s[j+1] <= 'z') && !isHan(firstRune(s[j+1:])) {
		return "", 0, 0
	}
	return c, v, j
}

// halfWidthDigits rewrites the full-width digits and full stops at the start of s in ASCII.
func halfWidthDigits(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '０' && r <= '９':
			b.WriteByte(byte('0' + r - '０'))
		case r == '．':
			b.WriteByte('.')
		default:
			return b.String() + s[i:]
		}
		i += size
	}
	return b.String()
}

// dotAt reports whether s[i:] starts with a full stop (ASCII or full-width) and returns the index
// after it.
func dotAt(s string, i int) (int, bool) {
	switch {
	case strings.HasPrefix(s[i:], "."):
		return i + 1, true
	case strings.HasPrefix(s[i:], "．"):
		return i + len("．"), true
	}
	return i, false
}

// parseParen parses what follows an opening parenthesis: "一）" is a Chinese sub-heading number,
// "a)" a lettered one, "1)", "iv)", "A)" are list enumerations.
func parseParen(s string) (numbered, bool) {
	end := strings.IndexAny(s, ")）")
	if end <= 0 || end > 12 {
		return numbered{}, false
	}
	inner := s[:end]
	_, size := utf8.DecodeRuneInString(s[end:])
	rest := strings.TrimSpace(s[end+size:])
	if v, ok := zhValue(inner); ok {
		return numbered{style: styleZhParen, number: "（" + inner + "）", depth: 1, value: v, sep: true, rest: rest}, true
	}
	if v, ok := atoi(inner); ok && v < 1000 {
		return numbered{style: styleEnum, number: "(" + inner + ")", depth: 1, value: v, sep: true, rest: rest}, true
	}
	if len(inner) == 1 && inner[0] >= 'a' && inner[0] <= 'z' {
		return numbered{style: styleLower, number: "(" + inner + ")", depth: 1, value: int(inner[0]-'a') + 1, sep: true, enum: true, rest: rest}, true
	}
	if v := lowerRomanValue(inner); v > 1 {
		return numbered{style: styleLowerRoman, number: "(" + inner + ")", depth: 1, value: v, sep: true, enum: true, rest: rest}, true
	}
	if len(inner) <= 4 && strings.Trim(inner, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return numbered{style: styleEnum, number: "(" + inner + ")", depth: 1, value: 1, sep: true, rest: rest}, true
	}
	return numbered{}, false
}

// letters is what a document's lines numbered in lower-case letters so far tell about the next
// one, to read "i", "v" and "x" as letters or roman numerals (read).
type letters struct {
	letter int  // the value of the last lettered number ("c." is 3)
	roman  int  // the value of the last lower-case roman number ("iv." is 4)
	double int  // the value of the last German-style doubled letter ("hh)" is 8)
	counts bool // the document numbers a line "ii" in lower-case roman (countsInRoman)
}

// saw records the number of a line read.
func (l *letters) saw(n numbered) {
	switch {
	case n.style == styleLower:
		l.letter = n.value
	case n.style == styleLowerRoman:
		l.roman = n.value
	case n.style == styleEnum && len(n.number) == 2 && n.number[0] == n.number[1] && n.number[0] >= 'a':
		l.double = n.value
	}
}

// read reads again a number lettered "i", "v" or "x", and a lower-case roman number, by what
// came before it. A letter right after the letter before it is that letter ("i)" after "h)",
// "ii)" after "hh)"). Otherwise, in a document that counts in lower-case roman, "i" opens that
// numbering and "v", "x" go on from "iv", "ix" ("i. Information we collect", "ii. How we use
// it"). Elsewhere such a letter is a roman numeral of a list ("(i)" under "b. Cookies"), so "(i)"
// and "i)" are list enumerations and "i. Personal Information. We …" carries no number at all
// (ok false), and so is a roman number of two letters or more ("(iii)").
func (l *letters) read(n numbered) (numbered, bool) {
	switch {
	case n.style == styleLowerRoman && n.enum && len(n.number) == 2 && n.number[0] == n.number[1] &&
		int(n.number[0]-'a')+1 == l.double+1:
		return numbered{style: styleEnum, number: n.number, depth: 2, value: l.double + 1, sep: true, rest: n.rest}, true
	case n.style == styleLowerRoman && l.counts:
		return n, true
	case n.style == styleLowerRoman:
	case n.style != styleLower || n.value == l.letter+1:
		return n, true
	default:
		v := 0
		switch rune('a' + n.value - 1) {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return n, true
		}
		if l.counts && (v == 1 || v == l.roman+1) {
			n.style, n.value = styleLowerRoman, v
			return n, true
		}
	}
	if !n.enum {
		return numbered{}, false
	}
	n.style, n.enum = styleEnum, false
	if strings.HasPrefix(n.number, "(") {
		n.value = 1
	}
	return n, true
}

// countsInRoman reports whether a line of the document opens with "ii" numbered in lower-case
// roman ("ii. ", "ii) ", "(ii) ", "## ii\. ", "**ii.**"): such a document counts in those
// numerals, and its "i." is their first, not the ninth letter.
func countsInRoman(lines []srcLine) bool {
	for _, l := range lines {
		t := strings.TrimLeft(l.text, "#*_> \t")
		t = strings.TrimPrefix(t, "(")
		if len(t) > 3 && t[0] == 'i' && t[1] == 'i' && (t[2] == '.' || t[2] == ')' || t[2] == '\\') {
			return true
		}
	}
	return false
}

// parseDi parses what follows 第: "一条", "3章", "二部分" and the text after.
func parseDi(s string) (numbered, bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if zhDigit(r) < 0 && !(r >= '0' && r <= '9') {
			break
		}
		i += size
	}
	if i == 0 {
		return numbered{}, false
	}
	digits := s[:i]
	v, ok := zhValue(digits)
	if !ok {
		v, ok = atoi(digits)
	}
	if !ok {
		return numbered{}, false
	}
	var style numStyle
	unit := ""
	for _, u := range []struct {
		unit  string
		style numStyle
	}{{"部分", styleZhPart}, {"章", styleZhChapter}, {"节", styleZhSection}, {"条", styleZhArticle}} {
		if strings.HasPrefix(s[i:], u.unit) {
			style, unit = u.style, u.unit
			break
		}
	}
	if style == styleNone {
		return numbered{}, false
	}
	rest := strings.TrimLeft(s[i+len(unit):], " 、.．:：")
	return numbered{style: style, number: "第" + digits + unit, depth: 1, value: v, sep: true, rest: strings.TrimSpace(rest)}, true
}

// parseZhOrdinal parses "一、", "二.", "三 " and the separator-less "一我们如何…".
func parseZhOrdinal(s string) (numbered, bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if zhDigit(r) < 0 {
			break
		}
		i += size
	}
	v, ok := zhValue(s[:i])
	if !ok {
		return numbered{}, false
	}
	n := numbered{style: styleZhOrdinal, number: s[:i], depth: 1, value: v}
	rest := s[i:]
	switch {
	case rest == "":
		n.sep = true
	case strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "．") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, "，"):
		_, size := utf8.DecodeRuneInString(rest)
		n.sep = true
		rest = rest[size:]
	case rest[0] == '.' || rest[0] == ' ' || rest[0] == ':' || rest[0] == ',':
		n.sep = true
		rest = rest[1:]
		if t := strings.TrimLeft(rest, " "); s[i] == ' ' && strings.HasPrefix(t, "、") {
			rest = t[len("、"):] // "二 、" is "二、", as "2 、" is "2、"
		}
	default:
		// No separator: only a Han character may follow, and not one that makes the ordinal
		// part of an everyday word (一些, 一般, 一旦, 一切, 十分 ...).
		r := firstRune(rest)
		if !isHan(r) || strings.ContainsRune(zhWordTails, r) {
			return numbered{}, false
		}
	}
	n.rest = strings.TrimSpace(rest)
	return n, true
}

// zhWordTails are characters that, directly after a Chinese numeral, usually make a word rather
// than a numbered heading: 一些 一般 一旦 一切 一定 一致 一起 一经 一直 一同 一并 一样 一次 一方
// 十分 万一 ...
const zhWordTails = "些般旦切定致起经直同并样次方律份则项端名位种类段"

// parseRoman parses "IV. Title".
func parseRoman(s string) (numbered, bool) {
	i := 0
	for i < len(s) && i < 6 && strings.IndexByte("IVX", s[i]) >= 0 {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return numbered{}, false
	}
	v := romanValue(s[:i])
	if v == 0 {
		return numbered{}, false
	}
	rest := s[i+1:]
	if rest != "" && rest[0] != ' ' && !gluedWord(rest) {
		return numbered{}, false
	}
	return numbered{style: styleRoman, number: s[:i], depth: 1, value: v, sep: true, rest: strings.TrimSpace(rest)}, true
}

// parseLowerRoman parses a lower-case roman number of two letters or more followed by a full
// stop or a closing parenthesis, a space and text: "ii. How we use it", "iv) Sharing". A single
// "i", "v" or "x" is read as a letter first (letters.read decides).
func parseLowerRoman(s string) (numbered, bool) {
	i := 0
	for i < len(s) && i < 7 && strings.IndexByte("ivx", s[i]) >= 0 {
		i++
	}
	v := lowerRomanValue(s[:i])
	if v < 2 || i+2 >= len(s) || s[i+1] != ' ' || (s[i] != '.' && s[i] != ')') {
		return numbered{}, false
	}
	rest := strings.TrimSpace(s[i+2:])
	if rest == "" {
		return numbered{}, false
	}
	return numbered{style: styleLowerRoman, number: s[:i], depth: 1, value: v, sep: true, enum: s[i] == ')', rest: rest}, true
}

// lowerRomanValue returns the value of a lower-case roman numeral up to 39 ("iv" is 4), or 0.
func lowerRomanValue(s string) int {
	if s == "" || len(s) > 6 || strings.Trim(s, "ivx") != "" {
		return 0
	}
	return romanValue(strings.ToUpper(s))
}

// gluedWord reports whether s, the text right after a number's full stop with no space, opens
// with a capitalised word of two letters or more ("II.Datenschutzerklärung"), as a title glued to
// its number does; "I.B.M." or "V.2" do not.
func gluedWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsLower(r2)
}

// wordNumbers are the English words that number a division: "Article 3", "Section IV".
var wordNumbers = []struct {
	word  string
	style numStyle
}{{"Part ", styleEnPart}, {"Chapter ", styleEnChapter}, {"Section ", styleEnSection}, {"Article ", styleEnArticle}}

// parseWordNumber parses "Article 3. Title", "Section 2 – Title", "Part IV: Title", and the
// same words in capitals ("SECTION 3 - DISCLOSURE", as a widespread shop template writes them).
func parseWordNumber(s string) (numbered, bool) {
	for _, w := range wordNumbers {
		if !strings.HasPrefix(s, w.word) && !strings.HasPrefix(s, strings.ToUpper(w.word)) {
			continue
		}
		rest := s[len(w.word):]
		i := 0
		for i < len(rest) && i < 6 && (rest[i] >= '0' && rest[i] <= '9' || strings.IndexByte("IVX", rest[i]) >= 0) {
			i++
		}
		if i == 0 {
			return numbered{}, false
		}
		digits := rest[:i]
		v, ok := atoi(digits)
		if !ok {
			if v = romanValue(digits); v == 0 {
				return numbered{}, false
			}
		}
		after := rest[i:]
		if after != "" && strings.IndexByte(" .:", after[0]) < 0 && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "—") {
			return numbered{}, false
		}
		title := strings.TrimSpace(strings.TrimLeft(after, " .:-–—"))
		return numbered{style: w.style, number: w.word + digits, depth: 1, value: v, sep: true, rest: title}, true
	}
	return numbered{}, false
}

// parseLetter parses "B. Title": a capital letter, a full stop and a space.
func parseLetter(s string) (numbered, bool) {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' || s[1] != '.' || s[2] != ' ' {
		return numbered{}, false
	}
	return numbered{style: styleLetter, number: s[:1], depth: 1, value: int(s[0]-'A') + 1, sep: true, rest: strings.TrimSpace(s[3:])}, true
}

// romanValue returns the value of a roman numeral up to 39, or 0 when s is not one.
func romanValue(s string) int {
	for v := 1; v < 40; v++ {
		if toRoman(v) == s {
			return v
		}
	}
	return 0
}

// toRoman writes v (1–39) as a roman numeral.
func toRoman(v int) string {
	var b strings.Builder
	for ; v >= 10; v -= 10 {
		b.WriteByte('X')
	}
	units := [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	b.WriteString(units[v])
	return b.String()
}

// zhDigit returns the value of a Chinese numeral character (零〇 0, 一 1 … 九 9, 十 10, 百 100,
// 两 2), or -1.
func zhDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	case '百':
		return 100
	}
	return -1
}

// zhValue returns the value of a Chinese numeral such as 三, 十二, 二十一, 一百零五.
func zhValue(s string) (int, bool) {
	if s == "" || utf8.RuneCountInString(s) > 6 {
		return 0, false
	}
	total, cur := 0, 0
	prev := -1 // the previous digit, -1 after a unit or at the start
	for _, r := range s {
		d := zhDigit(r)
		switch {
		case d < 0:
			return 0, false
		case d > 0 && d < 10 && prev > 0:
			return 0, false // 七七, 三六: digits side by side are a name, not a numeral
		case d == 10 || d == 100:
			if cur == 0 {
				cur = 1
			}
			total += cur * d
			cur, prev = 0, -1
			continue
		default:
			cur = d
		}
		prev = d
	}
	total += cur
	return total, total > 0
}

// atoi parses a short unsigned decimal number.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// firstSectionHeading returns the index of the first heading that marks a section of the
// document, or -1 when it marks none: a heading other than its title block (first, or -1) and
// other than a restatement of that title ("Données personnelles" as a setext title, then "###
// Données personnelles" over the text). A page that marks up only its title, once or twice,
// writes its section headings as plain short lines, which plainHeadings then reads.
func firstSectionHeading(blocks []block, first int) int {
	var title, key []byte
	if first >= 0 {
		title = titleKey(nil, blocks[first].text)
	}
	for i, b := range blocks {
		if b.kind != blockHeading || i == first {
			continue
		}
		if len(title) > 0 && b.num.style == styleNone {
			if key = titleKey(key[:0], b.text); bytes.Equal(key, title) {
				continue
			}
		}
		return i
	}
	return -1
}

// restatedTitle turns into text a markdown heading that names the document again right under
// its title ("# Gluten Free NZ Privacy Policy", then "## Privacy Policy" over the introduction)
// when it holds no section of its own: the next heading is of its rank or outer. Such a heading
// restates the title over the preamble; a heading naming a document that holds sections
// ("Sécurité des données", then "Protection des données et politique de confidentialité" over
// "### 1. …") is the first of the documents a page holds, and stays. first is the index of the
// title block, or -1.
//
// It returns the title block's index, which changes when the document's first heading is the
// name of the organisation that publishes it, right above a heading naming the document
// ("成都某某金融服务股份有限公司", then "个人信息保护政策"): that name is the title block's
// first line, not a section, and the heading below it is the title.
func restatedTitle(blocks []block, first int) int {
	if first < 0 && len(blocks) > 2 && orgHeading(blocks[0]) && blocks[1].kind == blockHeading &&
		blocks[1].num.style == styleNone && titleNamesDocument(blocks[1].text) {
		blocks[0].kind = blockPara
		if partTitle(blocks) == 1 {
			return 1
		}
		blocks[0].kind = blockHeading
		return first
	}
	i := first + 1
	if first < 0 || i >= len(blocks) {
		return first
	}
	b := &blocks[i]
	if b.kind != blockHeading || b.md == 0 || b.num.style != styleNone || !titleNamesDocument(b.text) {
		return first
	}
	for _, n := range blocks[i+1:] {
		if n.kind != blockHeading {
			continue
		}
		if n.rank > b.rank {
			return first // a parent of sections
		}
		break
	}
	b.kind = blockPara
	return first
}

// orgHeading reports whether b is an unnumbered heading that is nothing but an organisation's
// name with its legal form ("Beispiel GmbH", "成都某某股份有限公司"): every word of a Latin name
// capitalised, a Chinese one starting where a name starts (not "关于…有限公司").
func orgHeading(b block) bool {
	if b.kind != blockHeading || b.num.style != styleNone {
		return false
	}
	t := strings.TrimSpace(b.text)
	if t == "" {
		return false
	}
	if zhTrailingEntity(t) == t {
		return true
	}
	for _, w := range strings.Fields(t) {
		if unicode.IsLower(firstRune(w)) {
			return false
		}
	}
	return entityName(t) == t
}
