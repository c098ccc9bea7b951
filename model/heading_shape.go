package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the one "looks like a heading" predicate of the parsers: LooksLikeHeading, with
// the evidence a caller has besides the text (a number, a numbering it continues, a style, the
// place of a title). Every check that a line of text reads as a heading rather than a sentence,
// an address, a label or a field goes through it, so the rules stay one set: a heading is a
// phrase, not a clause; short; without sentence punctuation inside or at its end; and holding
// no contact detail.
//
// model/detect has a different heading test: whether a section's heading names a right or a
// practice (its lexicon's heading rules), about what a heading says, not whether a line is one.

// HeadingCue is what marks a line as a possible heading besides its text. The more a cue says,
// the less the text has to: a number continuing the document's numbering admits a long
// French question, a plain line must be a short capitalised phrase.
type HeadingCue uint8

// The cues, from the weakest evidence to the strongest.
const (
	// CuePlain: an unnumbered, unstyled line alone between blank lines (plain text).
	CuePlain HeadingCue = iota
	// CueTitle: the first line of a document, as its title: a short phrase that is no field.
	CueTitle
	// CueStyled: a paragraph styled as a heading in a saved web page (bold, a heading class):
	// short, no lead-in or label with its value, no year, address or e-mail.
	CueStyled
	// CueNumber: the text after a heading number ("3. Your Rights").
	CueNumber
	// CueSequence: the text after a number that continues the document's heading numbering.
	CueSequence
)

// String names the cue, for test failure messages.
func (c HeadingCue) String() string {
	switch c {
	case CuePlain:
		return "plain"
	case CueTitle:
		return "title"
	case CueStyled:
		return "styled"
	case CueNumber:
		return "number"
	case CueSequence:
		return "sequence"
	default:
		return "unknown"
	}
}

// LooksLikeHeading reports whether text reads as a heading given the cue that marks it.
func LooksLikeHeading(text string, cue HeadingCue) bool {
	if postalTail(text) || manyDigits(text) || !strings.ContainsFunc(text, unicode.IsLetter) || salutation(text) {
		return false // an address, a number, punctuation alone ("-") or a greeting is never a title
	}
	switch cue {
	case CuePlain:
		return plainHeadingShaped(text)
	case CueTitle:
		return titleShaped(text)
	case CueStyled:
		return styledTitle(text)
	case CueNumber:
		return headingShaped(text)
	case CueSequence:
		return looseHeadingShaped(text)
	default:
		return false
	}
}

// headingShaped reports whether text, the part of a numbered line after its number, reads as a
// heading rather than a sentence: short, without sentence punctuation at its end or inside, and
// in English either short or in title case. The number alone never makes a heading.
func headingShaped(text string) bool {
	if text == "" {
		return false
	}
	runes, han := hanCount(text)
	last := lastRune(text)
	if last == ':' || last == '：' {
		// "3. Your Rights:" is a heading; "3.1 Information collected to register includes
		// but is not limited to:" introduces a list. Only a short phrase passes.
		t := strings.TrimRight(text, ":： ")
		if han*2 >= runes {
			for _, lead := range []string{"包括", "如下", "以下", "下列", "是", "为"} {
				if strings.HasSuffix(t, lead) {
					return false // "用户个人信息包括：" introduces a list
				}
			}
			return utf8.RuneCountInString(t) <= 12 && !strings.ContainsAny(t, "。；;，,")
		}
		return len(strings.Fields(t)) <= 5 && headingShaped(t)
	}
	if strings.ContainsRune("。；;，,！!、", last) {
		return false
	}
	if han*2 >= runes {
		// Chinese: a heading is a phrase without a full stop.
		return runes <= 40 && !strings.ContainsAny(text, "。；;")
	}
	first := firstRune(text)
	if unicode.IsLower(first) {
		return false
	}
	if runes > 120 || sentenceBreak(text) {
		return false
	}
	words := strings.Fields(text)
	switch {
	case len(words) > 16:
		return false
	case last == '.':
		// "5. Rights and Approaches … Access, Correction or Deletion." is a heading with a
		// stray full stop; "1. We do not sell your data." is a sentence.
		return titleCase(words) >= 0.6
	case len(words) > 10:
		return titleCase(words) >= 0.5
	}
	return true
}

// looseHeadingShaped reports whether the text after a number could be a heading when the
// number itself continues the document's heading sequence: a phrase or a question of up to
// twenty words, not a sentence ending in a full stop, comma or semicolon, and not starting in
// lower case. French and German headings are not in title case and may be long questions
// ("IV. Comment sont traitées vos Données et qui y a accès ?").
func looseHeadingShaped(text string) bool {
	if text == "" || headingShaped(text) {
		return text != ""
	}
	last := lastRune(text)
	words := strings.Fields(text)
	// A company's abbreviation is no full stop ("… de Google Inc."), nor is the stray stop of a
	// phrase in title case ("4. Opting-Out of Certain Uses of Your Personal Information and
	// Other Information (Other than Wireless Marketing Services …)."), and a lower-case name
	// alone is a brand ("behamics", "iPhone"), not a sentence's continuation.
	stop := last == '.' && (abbreviation(strings.TrimSuffix(text, ".")) || titleCase(words) >= 0.6)
	if strings.ContainsRune(".。；;，,、!！:：", last) && !stop || unicode.IsLower(firstRune(text)) && len(words) > 2 {
		return false
	}
	return len(words) <= 20 && len(text) <= 160 && !sentenceBreak(text)
}

// plainHeadingShaped reports whether an unnumbered line reads as a heading: a short phrase
// starting with a capital (or in Chinese), ending without sentence punctuation other than a
// question mark or a colon.
func plainHeadingShaped(text string) bool {
	last := lastRune(text)
	if strings.ContainsRune(".。；;，,、!！)）\"”", last) {
		return false
	}
	// "Dernière mise à jour : le 2 juin 2021", "更新日期：2021年6月2日": page furniture.
	if strings.ContainsAny(text, "0123456789") && dateLine(text) {
		return false
	}
	runes, han := hanCount(text)
	if han*2 >= runes {
		return runes <= 25 && !strings.ContainsAny(text, "。；;，,")
	}
	words := strings.Fields(text)
	// "Attn: Legal Department", "Tel: 555 0100": a one-word field and its value, an address's
	// or a contact block's line.
	if strings.HasSuffix(words[0], ":") && len(words) > 1 {
		return false
	}
	// "You may not submit Content that is" introduces a list; it is not a heading, and no more
	// is "We use the information we collect about you to:".
	// "Contact Us" and "Data We Collect from You" end in an object pronoun and are complete.
	// A line in capitals is set as a heading ("WHAT THIS POLICY APPLIES TO"), whatever its end.
	if tail := strings.ToLower(strings.TrimRight(words[len(words)-1], ":：")); ((minorWords[tail] && tail != "you" && tail != "us") || fragmentTails[tail]) && !capitals(text) {
		return false
	}
	// "We share your information:", "Vous pouvez nous écrire à :": a clause opening with its
	// subject and ending in a colon introduces what follows. "Information you provide to us:"
	// names a section.
	if strings.ContainsRune(":：", lastRune(text)) && subjectPronouns[strings.ToLower(words[0])] {
		return false
	}
	return runes <= 80 && len(words) <= 12 && unicode.IsUpper(firstRune(text)) && !sentenceBreak(text) &&
		!strings.Contains(text, "http") && !strings.Contains(text, "@")
}

// salutations open the line that greets the reader at the top of a letter-like policy.
var salutations = []string{"尊敬的", "亲爱的", "dear ", "cher ", "chère ", "chers ", "liebe ", "lieber ",
	"sehr geehrte", "estimado", "estimada", "gentile ", "gentili "}

// salutation reports whether t greets the reader ("尊敬的用户：", "Dear customer,"): a short
// line opening with a salutation and ending in a colon or a comma. It is never a section.
func salutation(t string) bool {
	if !strings.ContainsRune(":：,，", lastRune(t)) || utf8.RuneCountInString(t) > 40 {
		return false
	}
	lower := strings.ToLower(t)
	for _, s := range salutations {
		if strings.HasPrefix(lower, s) {
			return true
		}
	}
	return false
}

// capitals reports whether t is written in capitals: three letters or more, none in lower case.
func capitals(t string) bool {
	return capitalLetters(t) >= 3
}

// capitalLetters returns the number of capital letters in t, or -1 when t has a lower-case one.
func capitalLetters(t string) int {
	n := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// subjectPronouns open a clause rather than a heading phrase, in the languages policies come
// in; "Sie" and "Ihr" are left out, as German headings open with them ("Ihre Rechte").
var subjectPronouns = map[string]bool{
	"i": true, "we": true, "you": true, "they": true, "he": true, "she": true,
	"nous": true, "vous": true, "ils": true, "elles": true, "je": true,
	"wir": true, "du": true, "ich": true,
	"nosotros": true, "usted": true, "ustedes": true, "noi": true, "voi": true,
}

// fragmentTails are last words that leave a line unfinished, as a lead-in to a list is.
var fragmentTails = map[string]bool{"that": true, "which": true, "who": true, "include": true, "includes": true,
	"including": true, "explain": true, "explains": true, "following": true, "such": true, "like": true, "when": true}

// titleLine reports whether an unnumbered line reads as a title in English title case: two to
// ten words, every one but the minor words capitalised, heading-shaped. A hard-wrapped line of a
// sentence has lower-case words.
func titleLine(t string) bool {
	words := strings.Fields(t)
	return len(words) >= 2 && len(words) <= 10 && titleCase(words) == 1 && headingShaped(t)
}

// titleShaped reports whether a line without a number can be a document's title: a short phrase
// without sentence punctuation.
func titleShaped(text string) bool {
	if text == "" {
		return false
	}
	runes, han := hanCount(text)
	if strings.ContainsRune("。；;，,：:、.", lastRune(text)) || fieldLine(text) {
		return false
	}
	if han*2 >= runes {
		return runes <= 40 && !strings.ContainsAny(text, "。；;，,")
	}
	return runes <= 100 && len(strings.Fields(text)) <= 14 && !sentenceBreak(text) && !unicode.IsLower(firstRune(text))
}

// fieldLine reports whether text is a metadata field glued to its value, as a dataset or an
// export writes it above a document ("Apkid:com.anwei.meivliao", "lastmod:2024-05-01") or a bare
// address ("https://example.com/privacy"): a name of letters, a colon and a value with no space
// after the colon. A title puts a space after its colon ("Privacy Policy: Europe").
func fieldLine(text string) bool {
	k := strings.IndexByte(text, ':')
	if k <= 0 || k+1 >= len(text) || text[k+1] == ' ' {
		return false
	}
	for _, r := range text[:k] {
		if !unicode.IsLetter(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// sentenceBreak reports whether text holds more than one sentence: a full stop, question or
// exclamation mark followed by a space and a capital letter or a quote.
func sentenceBreak(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		c := text[i]
		if (c == '.' || c == '?' || c == '!') && text[i+1] == ' ' {
			r := firstRune(text[i+2:])
			if unicode.IsUpper(r) || r == '"' || r == '“' {
				// "U.S. Residents", "e.g. Google" are abbreviations, not sentence ends.
				if c == '.' && abbreviation(text[:i]) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// abbreviation reports whether the word ending s is an abbreviation such as "U.S", "e.g", "Inc",
// "Ltd", "No", "Art".
func abbreviation(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	w := s[k+1:]
	if strings.Contains(w, ".") || len(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "inc", "ltd", "co", "corp", "no", "art", "sec", "vs", "mr", "ms", "dr", "st", "jr", "etc":
		return true
	}
	return false
}

// minorWords stay lower case in English title case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true,
	"of": true, "to": true, "in": true, "on": true, "for": true, "with": true, "by": true,
	"at": true, "from": true, "as": true, "into": true, "about": true, "via": true, "per": true,
	"vs": true, "is": true, "are": true, "be": true, "we": true, "our": true, "us": true,
	"your": true, "you": true, "this": true, "that": true, "its": true, "it": true, "how": true,
	"what": true, "do": true, "does": true, "can": true, "may": true, "not": true, "if": true,
}

// titleCase returns the share of words, minor words aside, that start with a capital letter or
// a digit.
func titleCase(words []string) float64 {
	n, up := 0, 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || minorWords[strings.ToLower(w)] {
			continue
		}
		n++
		r := firstRune(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			up++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(up) / float64(n)
}

// styledSentence reports whether the text of a marked-up heading is a sentence: twenty words or
// more ending in a full stop ("La Redoute vous invite à consulter … par ceux-ci." over a setext
// underline), unless they are in title case. Long headings exist ("Zwecke zur Erfüllung … (Art.
// 6 Abs. 1 e DSGVO)"), but they do not end like a sentence.
//
// A shorter one is a sentence when it reads as a clause and not as a title: eight words or
// more with a subject pronoun or an auxiliary verb, mostly in lower case ("You may opt-out of
// the use of your personal information, as further described below."); "Sharing Your
// Information." and "5. Rights and Approaches … Access, Correction or Deletion." stay headings.
//
// The same holds for one ending in a colon, a sentence that introduces what follows ("2.3 We use
// the user information you submit and collect for the following purposes:"); "3. Your
// Rights:" stays a heading. Two sentences ("Yahoo takes your privacy seriously. Please read
// the following …", "……存储在中国境内。以下情形除外：") are never a heading, nor is a bare web
// address left in heading markup.
func styledSentence(t string) bool {
	if linkOnly(t) {
		return true
	}
	// "…存储在中国境内。以下情形除外：": a Chinese full stop inside ends a first sentence.
	if i := strings.Index(t, "。"); i >= 0 && strings.ContainsFunc(t[i+len("。"):], unicode.IsLetter) {
		return true
	}
	last := lastRune(t)
	if !strings.ContainsRune(".。:：", last) {
		return false
	}
	words := strings.Fields(t)
	if last == '.' && len(words) >= 6 && sentenceBreak(t) {
		return true
	}
	// A title in title case with a stray stop is no sentence, however long ("4. Opting-Out of
	// Certain Uses of Your Personal Information … (Other than … Opportunities).").
	long := len(words) >= 20 && !(last == '.' && titleCase(words) >= 0.6)
	return long || len(words) >= 8 && sentenceWords(t) && titleCase(words) < 0.5
}

// linkOnly reports whether t is nothing but a web address and punctuation
// ("http://www.networkadvertising.org/choices/completed .").
func linkOnly(t string) bool {
	if !strings.Contains(t, "http") && !strings.Contains(t, "www.") {
		return false
	}
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return false
		}
	}
	return true
}

// boldLabel reports whether a bold line ending in a colon is a short label ("Généralités :",
// "CATÉGORIES SPÉCIALES DE DONNÉES PERSONNELLES :") rather than a sentence introducing a list
// ("Privacy rights that may be available to you include:", "绿洲仅会在出现下列情况时收集您的个人信息："),
// as headingShaped reads a line ending in a colon.
func boldLabel(t string) bool {
	s := strings.TrimRight(t, ":： ")
	return s != "" && len(strings.Fields(s)) <= 6 && headingShaped(t) && !sentenceWords(s)
}

// boldPhrase reports whether a bold line ending in one full stop is a heading phrase with a
// stray stop ("Legal bases for processing.", "Your personal information.") rather than a short
// sentence ("We never sell your data."): at most six words, one clause, no subject pronoun or
// auxiliary verb.
func boldPhrase(t string) bool {
	s := strings.TrimSuffix(t, ".")
	if s == "" || strings.ContainsAny(s, ".!?") {
		return false
	}
	return len(strings.Fields(s)) <= 6 && headingShaped(s) && !sentenceWords(s)
}

// clauseWords are the subject pronouns and auxiliary verbs that make a short line a clause
// ("We share data", "Nous ne vendons pas", "Wir speichern nicht") in the languages policies
// come in; a heading phrase is a noun phrase or a question and has none of them (questions
// end in "?" and never reach this test).
var clauseWords = map[string]bool{
	"i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "it": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "can": true, "may": true,
	"must": true, "do": true, "does": true, "not": true, "never": true, "have": true, "has": true,
	"nous": true, "vous": true, "ils": true, "elle": true, "est": true, "sont": true, "pas": true,
	"wir": true, "ihr": true, "ist": true, "sind": true, "werden": true, "nicht": true,
	"nosotros": true, "usted": true, "es": true, "son": true, "está": true, "están": true,
	"noi": true, "è": true, "sono": true, "non": true,
}

// sentenceWords reports whether s holds one of the clauseWords.
func sentenceWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if clauseWords[strings.ToLower(strings.Trim(w, ",;\"'’"))] {
			return true
		}
	}
	return false
}

// styledTitle reports whether t, the text of a paragraph styled as a heading, reads as a title:
// short, not a link, not a sentence (no closing full stop but after a few words), not a lead-in
// to what follows ("Email:", "How to contact us:"), not a label and its value ("Effective:
// January 1, 2015"), and holding no year, address or e-mail.
func styledTitle(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > maxStyledRunes {
		return false
	}
	words := strings.Fields(t)
	han := 0
	letters := false
	for _, r := range t {
		if isHan(r) {
			han++
		}
		letters = letters || unicode.IsLetter(r)
	}
	if !letters || len(words) > 20 && han == 0 || han > 40 {
		return false
	}
	last := lastRune(t)
	switch {
	case strings.ContainsRune(":：", last):
		return false
	case strings.ContainsRune(";,!；，、。", last):
		return false
	case last == '.' && (len(words) > 5 || strings.Count(t, ". ") > 0):
		return false
	}
	if i := strings.IndexAny(t, ":："); i > 0 && len(strings.Fields(t[:i])) <= 3 {
		return false
	}
	if strings.Contains(t, "@") || strings.Contains(t, "http") || strings.Contains(t, "www.") || standaloneYear(t) {
		return false
	}
	return true
}

// standaloneYear reports whether t holds a four-digit year from 1900 to 2099 standing alone.
func standaloneYear(t string) bool {
	r := []rune(t)
	for i := 0; i+4 <= len(r); i++ {
		if (r[i] == '1' && r[i+1] == '9' || r[i] == '2' && r[i+1] == '0') && unicode.IsDigit(r[i+2]) && unicode.IsDigit(r[i+3]) &&
			(i == 0 || !unicode.IsDigit(r[i-1])) && (i+4 == len(r) || !unicode.IsDigit(r[i+4])) {
			return true
		}
	}
	return false
}

// maxStyledRunes is the longest paragraph read as a heading by its style alone.
const maxStyledRunes = 120

// hanCount returns the runes of text and how many of them are Han characters: a text at least
// half Han is read as Chinese.
func hanCount(text string) (runes, han int) {
	for _, r := range text {
		runes++
		if isHan(r) {
			han++
		}
	}
	return runes, han
}

// manyDigits reports whether text holds twelve digits or more, as a company's identity line
// does ("S.A au capital de 53.576.889,20 € – RCS Nanterre 351 058 151"), or a phone or account
// number: numbers, not a heading's words. Headings citing a law ("Article 13 of Regulation (EU)
// 2016/679") hold fewer.
func manyDigits(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			if n++; n >= 12 {
				return true
			}
		}
	}
	return false
}

// postalTail reports whether text ends in a postal code, as the last line of an address does
// ("16 S Main St Statesboro Georgia US 30458", "22, rue Henri Barbusse 92110 Clichy" is caught
// by its street word elsewhere): five digits, or a US ZIP+4 ("30458-1234"), as its last word. A
// heading may end in a year ("California Consumer Privacy Act of 2018"), which has four.
func postalTail(text string) bool {
	text = strings.TrimRight(text, " \t.,")
	if text == "" || text[len(text)-1] < '0' || text[len(text)-1] > '9' {
		return false // the common case, answered without a scan
	}
	k := strings.LastIndexFunc(text, unicode.IsSpace)
	if k < 0 {
		return false
	}
	w := strings.TrimRight(text[k+1:], ".,")
	if len(w) == 10 && w[5] == '-' {
		w = w[:5] + w[6:]
	}
	if len(w) != 5 && len(w) != 9 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
