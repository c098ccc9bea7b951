package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The controller: European policies name the organisation responsible for the data in a set
// phrase, "le responsable du traitement est X", "Verantwortlicher ist X", "Responsable del
// tratamiento: X", "il titolare del trattamento è X", or put the name before the role, "X, en
// qualité de responsable du traitement". That organisation is the one the policy speaks for.

// controllerRoles name the controller's role in French, German, Spanish, Italian, Portuguese and
// Dutch, in lower case.
var controllerRoles = []string{
	"responsable du traitement", "responsable de traitement", "responsable des traitements",
	"verantwortliche stelle", "verantwortlicher", "verantwortliche", "verantwortlich für die datenverarbeitung",
	"verantwortlich für die verarbeitung", "datenverantwortlicher",
	"responsable del tratamiento", "titular del tratamiento", "responsable de los datos",
	"titolare del trattamento",
	"responsável pelo tratamento", "controlador dos dados", "controlador de dados",
	"verwerkingsverantwoordelijke",
}

// controllerVerbs link a role to the name after it ("… est X", "… ist: X", "…: X"), in lower case.
var controllerVerbs = []string{" est ", " ist ", " es ", " è ", " é ", " is ", ": ", " : ", " sind ", " sont "}

// controllerAs put a name before its role: "X, en qualité de responsable du traitement",
// "X als Verantwortlicher", "X in qualità di titolare del trattamento".
var controllerAs = []string{" en qualité de ", " en sa qualité de ", " en tant que ", " als ", " in qualità di ",
	" como ", " na qualidade de ", " als de "}

// controllerGap is how far, in bytes, a role may stand from the verb that names it: "Verantwortlicher
// im Sinne der Datenschutz-Grundverordnung und anderer … Bestimmungen ist:".
const controllerGap = 240

// controllerNamed returns the controller a policy names by its role, or "". Only the first
// occurrences of a role are read in each clause, so a long policy costs a few searches.
func controllerNamed(p *Policy) string {
	for _, pt := range p.Parts {
		if !intlLang(pt.Lang) {
			continue
		}
		for ci := pt.FirstClause; ci < pt.EndClause; ci++ {
			if name := controllerIn(p, ci); name != "" {
				return name
			}
		}
		for si := pt.FirstSection; si < pt.EndSection; si++ {
			if name := controllerSection(p, si); name != "" {
				return name
			}
		}
	}
	return ""
}

// controllerHeadings are words of a heading over the controller's name and address
// ("Responsable du traitement", "I. Nom et adresse du responsable", "Titolare del Trattamento
// dei Dati"), in lower case.
var controllerHeadings = []string{"responsable du traitement", "responsable de traitement", "adresse du responsable",
	"verantwortliche", "verantwortlicher", "titolare del trattamento", "responsable del tratamiento",
	"identidad del responsable", "responsável pelo tratamento", "verwerkingsverantwoordelijke"}

// controllerSection returns the name a section headed by one of controllerHeadings gives
// first: a legal name in its first clauses, a first clause or first subsection heading that is
// a name alone ("AgID - Agenzia per l'Italia Digitale"); "" for any other section.
func controllerSection(p *Policy, si int) string {
	s := p.Sections[si]
	title := foldCase(s.Title)
	found := false
	for _, h := range controllerHeadings {
		found = found || strings.Contains(title, h)
	}
	if !found || strings.Contains(title, "délégué") || strings.Contains(title, "beauftragte") {
		return "" // the data protection officer is not the controller
	}
	if si+1 < len(p.Sections) && int(p.Sections[si+1].Parent) == si && p.Sections[si+1].FirstClause == s.EndClause &&
		s.FirstClause == s.EndClause {
		if name := nameLine(p.Sections[si+1].Title); name != "" {
			return name
		}
	}
	for ci := s.FirstClause; ci < min(s.EndClause, s.FirstClause+4); ci++ {
		text := p.Clauses[ci].Text
		if name := entityName(text); name != "" {
			return name
		}
		if name := nameLine(text); name != "" {
			return name
		}
	}
	return ""
}

// nameLine returns the name a short line that is nothing but a name gives ("Beispiel GmbH",
// "AgID - Agenzia per l'Italia Digitale" -> "AgID"), or "" for a sentence.
func nameLine(t string) string {
	if utf8.RuneCountInString(t) > 60 || sentenceBreak(t) || strings.ContainsAny(t, "@:") {
		return ""
	}
	return leadingName(t)
}

// controllerIn returns the controller clause ci names by its role, or "".
func controllerIn(p *Policy, ci int) string {
	text := p.Clauses[ci].Text
	lower := foldCase(text)
	for _, role := range controllerRoles {
		for from, n := 0, 0; n < maxDateKeyHits; n++ {
			i := strings.Index(lower[from:], role)
			if i < 0 {
				break
			}
			i += from
			from = i + len(role)
			if i > 0 && wordByte(lower[i-1]) || from < len(lower) && wordByte(lower[from]) {
				continue // "mitverantwortlicher", "des Verantwortlichen" are other words
			}
			if name := nameAfterRole(p, ci, text, lower, from); name != "" {
				return name
			}
			if name := nameAfterRoleLine(p, ci, text[from:]); name != "" {
				return name
			}
			if name := nameBeforeRole(text, lower, i); name != "" {
				return name
			}
		}
	}
	return ""
}

// nameAfterRole returns the name a verb introduces after the role that ends at text[end]:
// "… est la société Acme SAS, dont le siège …" -> "Acme SAS"; or, when the verb ends the
// clause ("… ist die:"), the name that opens the next clause. Between the role and the verb
// may stand a few words ("du traitement des données"), or a reference to the law however long
// ("im Sinne der Datenschutz-Grundverordnung und anderer … Bestimmungen"), but no other clause.
func nameAfterRole(p *Policy, ci int, text, lower string, end int) string {
	window := lower[end:min(len(lower), end+controllerGap)]
	best, verb := -1, 0
	for _, v := range controllerVerbs {
		if k := strings.Index(window, v); k >= 0 && (best < 0 || k < best) {
			best, verb = k, len(v)
		}
	}
	if best < 0 {
		return ""
	}
	gap := window[:best]
	if strings.Contains(gap, ". ") || strings.ContainsAny(gap, ";\n") {
		return ""
	}
	if best > 60 || strings.Contains(gap, ",") {
		legal := false
		for _, q := range lawReferences {
			legal = legal || strings.HasPrefix(gap, q)
		}
		if !legal {
			return ""
		}
	}
	rest := text[end+best+verb:]
	if name := leadingName(rest); name != "" {
		return name
	}
	if r := strings.Trim(foldCase(rest), " :"); (r == "" || articleOnly(r)) && ci+1 < len(p.Clauses) {
		return leadingName(p.Clauses[ci+1].Text)
	}
	return ""
}

// lawReferences open a reference to the law between a role and its verb.
var lawReferences = []string{" im sinne", " gemäß", " nach art", " au sens", " ai sensi", " en el sentido", " según",
	" de acuerdo con", " nos termos", " in de zin"}

// articleOnly reports whether s, in lower case, is one of controllerArticles alone ("die", "la société").
func articleOnly(s string) bool {
	for _, a := range controllerArticles {
		if strings.TrimRight(a, " ") == s {
			return true
		}
	}
	return false
}

// nameAfterRoleLine returns the name on the line after a role that ends its clause with a
// colon or nothing ("Verantwortliche Stelle:" above "Acme GmbH"), when rest is all that follows
// the role in its clause.
func nameAfterRoleLine(p *Policy, ci int, rest string) string {
	rest = strings.TrimSpace(rest)
	if (rest != "" && rest != ":" && !strings.HasSuffix(rest, ":")) || utf8.RuneCountInString(rest) > 80 || ci+1 >= len(p.Clauses) {
		return ""
	}
	if rest != "" && strings.Contains(rest, ". ") {
		return ""
	}
	next := p.Clauses[ci+1].Text
	if name := leadingName(next); name != "" {
		return name
	}
	// A sentence under the role: "Les données … sont traitées par DECATHLON France SAS, …".
	first, _, _ := strings.Cut(next, ". ")
	return entityName(first)
}

// nameBeforeRole returns the name before "en qualité de", "als" … and the role at text[i]:
// "G7, en qualité de responsable de traitement" -> "G7".
func nameBeforeRole(text, lower string, i int) string {
	head := lower[:i]
	for _, a := range controllerAs {
		if !strings.HasSuffix(head, a) && !strings.HasSuffix(head, a+"le ") && !strings.HasSuffix(head, a+"der ") &&
			!strings.HasSuffix(head, a+"il ") {
			continue
		}
		k := strings.LastIndex(head, a)
		before := strings.TrimRight(text[:k], " ,")
		if name := entityName(before[max(0, len(before)-100):]); name != "" && strings.HasSuffix(before, name) {
			if subjectLead(strings.TrimSuffix(before, name)) {
				return name
			}
			continue
		}
		start := nameStart(before, len(before))
		if start < 0 {
			continue
		}
		if !subjectLead(before[:start]) {
			continue
		}
		name := before[start:]
		if first := strings.ToLower(strings.Fields(name)[0]); nameStops[first] || controllerStops[first] {
			continue
		}
		return name
	}
	return ""
}

// subjectLead reports whether lead, the text before a name, leaves the name the subject of its
// sentence: "G7, en qualité de …", "…ses applications mobiles, AIR FRANCE, en qualité de …"; not
// "réalisée par X en qualité de …", which names another controller for another purpose.
func subjectLead(lead string) bool {
	lead = strings.TrimSpace(lead)
	return lead == "" || strings.ContainsRune(".:,;", lastRune(lead))
}

// controllerArticles may stand before the name: "est la société X", "ist die X GmbH", "è il
// Ministero".
var controllerArticles = []string{"la société ", "la sociedad ", "la società ", "die firma ", "die ", "der ", "das ",
	"la ", "le ", "les ", "l'", "l’", "el ", "los ", "las ", "il ", "lo ", "gli ", "o ", "os ", "a ", "de ", "het ", "the "}

// controllerStops are words that begin a sentence, not a name, in the other languages.
// A French, Spanish or Italian article may open a name ("La Redoute"); a German one does not.
var controllerStops = map[string]bool{"nous": true, "wir": true, "nosotros": true, "noi": true, "nós": true, "wij": true,
	"vous": true, "sie": true, "usted": true, "chez": true, "bei": true, "en": true, "dans": true, "im": true,
	"der": true, "die": true, "das": true, "des": true}

// nameConnectors join the words of a name: "Ministero dell'Economia e delle Finanze",
// "Gewerkschaft Erziehung und Wissenschaft".
var nameConnectors = map[string]bool{"de": true, "du": true, "des": true, "del": true, "della": true, "delle": true,
	"dei": true, "degli": true, "di": true, "da": true, "do": true, "dos": true, "van": true, "von": true, "der": true,
	"für": true, "und": true, "et": true, "e": true, "y": true, "and": true, "&": true, "of": true, "la": true,
	"le": true, "el": true}

// leadingName returns the organisation named at the start of s: the first name with a legal
// suffix in its first words, else its leading run of capitalised words ("Marc Serra",
// "Ministero dell'Economia e delle Finanze"); "" when s starts with no name.
func leadingName(s string) string {
	s = strings.TrimLeft(s, " :*_\"'«“")
	lower := foldCase(s)
	for _, a := range controllerArticles {
		if strings.HasPrefix(lower, a) {
			s = s[len(a):]
			break
		}
	}
	seg := s
	if k := strings.IndexAny(seg, ",;(\n|"); k >= 0 {
		seg = seg[:k]
	}
	for _, sep := range []string{" – ", " - ", " — ", ". "} {
		if k := strings.Index(seg, sep); k >= 0 {
			if name := entityName(seg); name != "" && strings.Index(seg, name) < k && strings.Index(seg, name)+len(name) > k {
				continue // "Acme S.A. Madrid": the full stop belongs to the suffix
			}
			seg = seg[:k]
		}
	}
	seg = seg[:min(len(seg), 120)]
	if name := entityName(seg); name != "" && strings.Index(seg, name) <= 40 {
		return strings.TrimRight(name, " ,")
	}
	var words []string
	for _, w := range strings.Fields(seg) {
		if strings.HasSuffix(w, ":") {
			break // "Adresse:" labels what follows the name
		}
		core := strings.TrimRight(w, ".,*_\"'»”")
		r := nameRune(core)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) && len(words) > 0) &&
			!(len(words) > 0 && nameConnectors[strings.ToLower(core)]) {
			break
		}
		words = append(words, core)
		if core != w || len(words) >= 8 {
			break // punctuation ends the name: "Marc Serra."
		}
	}
	for len(words) > 0 && nameConnectors[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || controllerStops[strings.ToLower(words[0])] || nameStops[strings.ToLower(words[0])] ||
		len(words) == 1 && articleOnly(strings.ToLower(words[0])) {
		return "" // "Les données …" opens a sentence, not a name
	}
	return strings.Join(words, " ")
}

// nameRune returns the letter a word of a name is judged by: its first, or the first after an
// elided article ("dell'Economia", "L'Oréal").
func nameRune(w string) rune {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		_, size := utf8.DecodeRuneInString(w[k:])
		if k+size < len(w) {
			return firstRune(w[k+size:])
		}
	}
	return firstRune(w)
}

// intlWeWords are "we" and "us" in French, German, Spanish, Italian, Portuguese and Dutch, as a
// policy defines them: "Exemplia SAS (« nous »)", "Beispiel GmbH („wir“, „uns“)".
var intlWeWords = []string{"nous", "wir", "uns", "nosotros", "nosotras", "noi", "nós", "wij", "ons"}

// intlWeQuotes open a quoted word in those languages.
const intlWeQuotes = "\"“„«‹'‘"

// weNamedIntl returns the name a French, German, Spanish, Italian, Portuguese or Dutch part
// defines as "we" in its first clauses, "Exemplia SAS (ci-après « nous »)", or "".
func weNamedIntl(p *Policy) string {
	for _, pt := range p.Parts {
		if !intlLang(pt.Lang) {
			continue
		}
		for ci, end := pt.FirstClause, headEnd(p, pt); ci < end; ci++ {
			if name := weNameIntlIn(p.Clauses[ci].Text, pt.Lang); name != "" {
				return name
			}
		}
	}
	return ""
}

// weNameIntlIn returns the name before the first bracket of text that defines "we", or "". In
// German, where every noun is capitalised ("seinen verbundenen Unternehmen („wir“)"), only a
// name with a legal form counts.
func weNameIntlIn(text string, lang Lang) string {
	for from, n := 0, 0; n < 16; n++ {
		k := strings.IndexByte(text[from:], '(')
		if k < 0 {
			return ""
		}
		k += from
		from = k + 1
		inner := text[k+1:]
		if end := strings.IndexByte(inner, ')'); end >= 0 {
			inner = inner[:end]
		}
		if len(inner) > 120 || !definesWe(foldCase(inner)) {
			continue
		}
		before := strings.TrimRight(text[:k], " ,")
		if name := entityName(before[max(0, len(before)-120):]); name != "" && strings.HasSuffix(before, name) {
			return name
		}
		if lang == LangDE {
			continue
		}
		if start := nameStart(before, len(before)); start >= 0 {
			name := before[start:]
			if first := strings.ToLower(strings.Fields(name)[0]); !controllerStops[first] && !articleOnly(first) {
				return name
			}
		}
	}
	return ""
}

// definesWe reports whether a bracket's text, in lower case, quotes one of intlWeWords.
func definesWe(inner string) bool {
	for _, w := range intlWeWords {
		for from := 0; ; {
			i := strings.Index(inner[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			q := strings.TrimRight(inner[:i], " \u00a0\u202f")
			r, _ := utf8.DecodeLastRuneInString(q)
			// The word ends at a quote or a space, not inside a longer word ("wirken"); a
			// closing quote is a multi-byte letter-less rune („wir“).
			next, _ := utf8.DecodeRuneInString(inner[from:])
			if strings.ContainsRune(intlWeQuotes, r) && (from == len(inner) || !unicode.IsLetter(next) && !unicode.IsDigit(next)) {
				return true
			}
		}
	}
	return false
}

// controllerEN returns the organisation an English part names as the controller of the data,
// "OpenAI Example Limited, with its registered office at …, is the controller" or "the data
// controller responsible for your personal data is Example Ireland, Limited", or "". The name
// must have a legal form: an English policy also names the controllers of its partners ("Google
// is the controller of the data it collects"), and only a registered name is sure enough. A
// joint, independent or separate controller is another party's role.
func controllerEN(p *Policy) string {
	return clauseName(p, func(l Lang) bool { return l == LangEN }, controllerENIn)
}

// clauseName returns the first name find reads in a clause of a part whose language keep
// accepts, in document order; "" when find reads none.
func clauseName(p *Policy, keep func(Lang) bool, find func(text string) string) string {
	for _, pt := range p.Parts {
		if !keep(pt.Lang) {
			continue
		}
		for ci := pt.FirstClause; ci < pt.EndClause; ci++ {
			if name := find(p.Clauses[ci].Text); name != "" {
				return name
			}
		}
	}
	return ""
}

// intlLang reports whether a part in language l is read by the rules for policies in neither
// English nor Chinese (French, German, Spanish, Italian, …), which inferCompany's other rules
// read.
func intlLang(l Lang) bool {
	return l != LangEN && l != LangZH
}

// controllerENIn returns the controller a clause names, or "".
func controllerENIn(text string) string {
	if !strings.Contains(text, "ontroller") && !strings.Contains(text, "ONTROLLER") {
		return "" // most clauses name no controller: no lower-case copy of them
	}
	lower := asciiLower(text)
	for from, n := 0, 0; n < maxDateKeyHits; n++ {
		i := strings.Index(lower[from:], "controller")
		if i < 0 {
			return ""
		}
		i += from
		from = i + len("controller")
		if i > 0 && isWordByte(lower[i-1]) || from < len(lower) && isWordByte(lower[from]) && lower[from] != 's' {
			continue
		}
		// The sentence the role stands in.
		start := strings.LastIndex(lower[:i], ". ") + 1
		end := len(lower)
		if k := strings.Index(lower[from:], ". "); k >= 0 {
			end = from + k + 1
		}
		head := strings.TrimSuffix(strings.TrimRight(lower[:i], " \"“”'*_"), " data")
		switch {
		case strings.HasSuffix(head, " is the") || strings.HasSuffix(head, " is your") || strings.HasSuffix(head, " acts as the") ||
			strings.HasSuffix(head, " act as the") || strings.HasSuffix(head, " is our"):
			// "X, with its registered office at …, is the controller".
			subject := text[start : len(head)-len(lastWord(head))]
			if name := entityName(subject); name != "" {
				return name
			}
		case strings.HasSuffix(head, "the") || strings.HasSuffix(head, "your") || strings.HasSuffix(head, "our"):
			// "the data controller (responsible for your personal data) is X".
			rest := lower[from:end]
			k := strings.Index(rest, " is ")
			if k < 0 || k > 80 || strings.ContainsAny(rest[:k], ",;(") {
				continue
			}
			after := strings.TrimLeft(text[from+k+len(" is "):end], " :*_")
			name := entityName(after[:min(len(after), 120)])
			if name != "" && strings.Index(after, name) <= len("the ") {
				return name
			}
		}
	}
	return ""
}

// reWeAt match a sentence in which the policy's speaker says "we at X": "Chez X, nous …",
// "Wir bei X glauben …", "Bei X legen wir …", "En X, consideramos …", "In X, crediamo …",
// "Presso X, noi …". The name is group 1: capitalised words, joined by a hyphen or a connector.
var reWeAt = lazyRegexp(`^(?:` +
	`Chez\s+(` + weAtName + `)\s*,?\s+nous\b` +
	`|Wir\s+bei\s+(` + weAtName + `)\s*,?\s+\p{Ll}` +
	`|Bei\s+(` + weAtName + `)\s+(?:sind|glauben|wissen|legen|setzen|nehmen|haben|arbeiten|verstehen|achten)\s+wir\b` +
	`|En\s+(` + weAtName + `)\s*,\s+(?:nosotros\s+)?\p{Ll}+(?:amos|emos|imos)\b` +
	`|(?:In|Presso)\s+(` + weAtName + `)\s*,\s+(?:noi\s+)?\p{Ll}+iamo\b` +
	`)`)

// weAtName is a name of one to four capitalised words in reWeAt.
const weAtName = `\p{Lu}[\p{L}\d&.'’-]*(?:[ -](?:\p{Lu}[\p{L}\d&.'’-]*|de|du|der|di|del)){0,3}`

// weAtMentions is how often the name must occur in the policy: the speaker names itself
// throughout, a place or a product named once in passing ("En España, tratamos …") does not.
const weAtMentions = 3

// weAtIntl returns the name a French, German, Spanish or Italian part speaks as in its head,
// "Chez Exemple, nous …", "Wir bei Beispiel glauben …", or "".
func weAtIntl(p *Policy) string {
	for _, pt := range p.Parts {
		if !intlLang(pt.Lang) {
			continue
		}
		var lines []string
		for si := pt.FirstSection; si < min(pt.EndSection, pt.FirstSection+4); si++ {
			lines = append(lines, p.Sections[si].Title)
		}
		for ci, end := pt.FirstClause, headEnd(p, pt); ci < end; ci++ {
			lines = append(lines, p.Clauses[ci].Text)
		}
		for _, t := range lines {
			t = strings.TrimLeft(t, " *_")
			m := reWeAt().FindStringSubmatch(t[:min(len(t), 200)])
			if m == nil {
				continue
			}
			name := ""
			for _, g := range m[1:] {
				if g != "" {
					name = g
				}
			}
			name = strings.TrimRight(name, ".,")
			if !controllerStops[strings.ToLower(name)] && mentions(p, name) >= weAtMentions {
				return name
			}
		}
	}
	return ""
}

// mentions counts the clauses that hold name as a word, up to weAtMentions.
func mentions(p *Policy, name string) int {
	n := 0
	for _, c := range p.Clauses {
		for from := 0; from < len(c.Text); {
			i := strings.Index(c.Text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if (i == 0 || !wordByte(c.Text[i-1])) && (from == len(c.Text) || !wordByte(c.Text[from])) {
				if n++; n >= weAtMentions {
					return n
				}
				break
			}
		}
	}
	return n
}

// weDesignates are the verbs by which a French, German, Spanish or Italian policy says whom its
// "we" stands for: « nous » … désigne X, „wir“ … bezeichnet X, "nosotros" … se refiere a X.
var weDesignates = []string{" désigne ", " désignent ", " bezeichnet ", " bezeichnen ", " meint ", " meinen ",
	" se refiere a ", " se refieren a ", " si riferisce a ", " si riferiscono a ", " indica ", " indicano "}

// weDesignateGap is how far, in bytes, the verb may stand after the quoted "we": room for the
// other words the definition lists (« nous », « notre » ou « Exemple » utilisés ci-après).
const weDesignateGap = 120

// weDesignated returns the organisation a French, German, Spanish or Italian part defines its
// quoted "we" as, "« nous » ou « Exemple » désigne Exemple Mode GmbH & Co. KG", or "". The name
// must have a legal form or stand right after the verb and an article ("désignent la société
// Exemple").
func weDesignated(p *Policy) string {
	return clauseName(p, intlLang, weDesignatedIn)
}

// weDesignatedIn returns the organisation text defines its quoted "we" as, or "".
func weDesignatedIn(text string) string {
	if !strings.ContainsAny(text, intlWeQuotes) {
		return "" // every definition quotes the word it defines
	}
	lower := foldCase(text)
	for _, w := range intlWeWords {
		i := strings.Index(lower, w)
		if i < 0 || !definesWe(lower[max(0, i-4):min(len(lower), i+len(w)+4)]) {
			continue
		}
		window := lower[i:min(len(lower), i+weDesignateGap)]
		for _, v := range weDesignates {
			k := strings.Index(window, v)
			if k < 0 || strings.Contains(window[:k], ". ") {
				continue
			}
			rest := text[i+k+len(v):]
			if name := leadingName(rest); name != "" && entityName(name) == name {
				return name
			}
		}
	}
	return ""
}
