package model

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// inferTitle returns the title a reader would give the policy: the first part title that is a
// title (not link residue, a navigation line or an instruction), else the first line near the
// start of a part that names the document ("北京某某公司用户服务协议" after a menu of links), else
// a descriptive title made from the brand and the kind of document, else the first heading
// about privacy ("Privacy and Security Commitment"). A date the policy's date was taken from is
// cut from the end of the title ("隐私权政策 2019年9月20日" -> "隐私权政策"). "" when there is none.
func inferTitle(p *Policy, brand string) string {
	for pi, pt := range p.Parts {
		if pt.Title != "" && !notTitle(pt.Title) {
			// "服务协议" above a text that defines itself as 《用户隐私政策》 is a tab's label.
			// The text must call itself by the new kind more often than by the old: a privacy
			// policy may define the user agreement it refers to (《用户协议》（以下简称“协议”）).
			if self := zhSelfTitle(p, pi); self != "" && zhKind(pt.Title) != "" && zhKind(self) != zhKind(pt.Title) &&
				zhSelfRefs(p, zhKind(self)) > zhSelfRefs(p, zhKind(pt.Title)) {
				return self
			}
			return trimTitleDate(shownTitle(p, pt.Title, pt.Lang), p.Date)
		}
	}
	for pi := range p.Parts {
		if t := headTitle(p, pi); t != "" {
			return trimTitleDate(shownTitle(p, t, p.Parts[pi].Lang), p.Date)
		}
	}
	for pi := range p.Parts {
		if t := zhSelfTitle(p, pi); t != "" && zhSelfRefs(p, zhKind(t)) >= zhSelfRefs(p, otherZhKind(zhKind(t))) {
			return t
		}
	}
	if t := fallbackTitle(p, brand); t != "" {
		return t
	}
	for pi := range p.Parts {
		if t := privacyHeading(p, pi); t != "" {
			return trimTitleDate(shownTitle(p, t, p.Parts[pi].Lang), p.Date)
		}
	}
	return ""
}

// titleHead is how many lines (clauses and headings) at the start of a part are searched for
// a title when the part has none.
const titleHead = 12

// bodyRunes is the length, in runes, from which a paragraph is body text: the head, where a
// title may stand, ends there.
const bodyRunes = 80

// headTitle returns the first line at the start of part pi that names the document and is
// shaped as a title: a paragraph or heading, not a list item (menus are lists), not link
// residue or an instruction; the search ends at the first paragraph of body text. "" when there
// is none.
func headTitle(p *Policy, pi int) string {
	pt := p.Parts[pi]
	ci, si := pt.FirstClause, pt.FirstSection
	for n := 0; n < titleHead; n++ {
		// Headings and clauses interleave by line; a heading comes before the clauses it opens.
		var text string
		switch {
		case si < pt.EndSection && (ci >= pt.EndClause || int(p.Sections[si].FirstClause) <= ci):
			text = p.Sections[si].Title
			si++
		case ci < pt.EndClause:
			c := p.Clauses[ci]
			ci++
			if c.Kind != KindParagraph {
				continue
			}
			if utf8.RuneCountInString(c.Text) > bodyRunes && !LooksLikeHeading(c.Text, CueTitle) {
				return ""
			}
			text = c.Text
		default:
			return ""
		}
		if namesKind(text) && LooksLikeHeading(text, CueTitle) && !notTitle(text) {
			return text
		}
	}
	return ""
}

// headKinds are the words by which a line near a part's start names the document: narrower
// than namesDocument, as a heading like "提示条款" (notice clause) or "声明" opens a section.
// "Your privacy matters" is a slogan, not a title: an English line names the document by a kind.
var headKinds = []string{"privacy policy", "privacy notice", "privacy statement", "privacy center", "privacy practices",
	"data protection", "terms of", "隐私", "个人信息保护", "协议",
	"politique de confidentialité", "charte de confidentialité", "déclaration de confidentialité", "politique de protection", "protection des données",
	"données personnelles", "datenschutz", "política de privacidad", "aviso de privacidad", "protección de datos",
	"informativa", "sulla privacy", "della privacy", "política de privacidade", "aviso de privacidade",
	"proteção de dados", "privacyverklaring", "privacybeleid", "privacyverklaring", "polityka prywatności",
	"gizlilik politikası", "integritetspolicy", "プライバシー", "個人情報", "개인정보", "конфиденциальност",
	"персональных данных"}

// namesKind reports whether t names a kind of document by one of headKinds.
func namesKind(t string) bool {
	return containsAny(strings.ToLower(t), headKinds)
}

// zhSelfOpeners follow a Chinese document's name where the document defines a short name for
// itself: 《悦跑圈用户协议》（以下简称「用户协议」）.
var zhSelfOpeners = []string{"（以下", "(以下", "（下称", "(下称", "（下文"}

// zhSelfTitle returns the name a Chinese part gives itself in its first clauses, 《X》 followed by
// （以下简称…）, when X names a kind of document; "" when it gives none.
func zhSelfTitle(p *Policy, pi int) string {
	pt := p.Parts[pi]
	for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
		t := p.Clauses[i].Text
		for from, n := 0, 0; n < maxDateKeyHits; n++ {
			k := strings.Index(t[from:], "》")
			if k < 0 {
				break
			}
			k += from
			from = k + len("》")
			open := strings.LastIndex(t[:k], "《")
			if open < 0 {
				continue
			}
			name := t[open+len("《") : k]
			rest := t[from:]
			opens := false
			for _, o := range zhSelfOpeners {
				opens = opens || strings.HasPrefix(rest, o)
			}
			if opens && namesKind(name) && utf8.RuneCountInString(name) <= 30 && !strings.ContainsAny(name, "《，。") {
				return name
			}
		}
	}
	return ""
}

// zhKinds are the words that end the name of a Chinese document and say what kind it is.
var zhKinds = []string{"协议", "政策", "声明", "指引", "条款", "规则", "须知"}

// zhKind returns the kind word that ends a Chinese title ("协议" for "服务协议"), or "".
func zhKind(t string) string {
	for _, k := range zhKinds {
		if strings.HasSuffix(t, k) {
			return k
		}
	}
	return ""
}

// otherZhKind returns the kind a Chinese policy is most often confused with: an agreement
// (协议) for a policy (政策) and the other way round; "" for other kinds.
func otherZhKind(kind string) string {
	switch kind {
	case "政策":
		return "协议"
	case "协议":
		return "政策"
	}
	return ""
}

// zhSelfRefs counts how often the clauses refer to the document itself as a kind: 本政策,
// 本隐私政策, 本隐私权政策 for "政策".
func zhSelfRefs(p *Policy, kind string) int {
	if kind == "" {
		return 0
	}
	n := 0
	for _, c := range p.Clauses {
		for _, pre := range []string{"本", "本隐私", "本隐私权"} {
			n += strings.Count(c.Text, pre+kind)
		}
	}
	return n
}

// privacyHeading returns the first heading of part pi when it opens the part and speaks of
// privacy ("Privacy and Security Commitment", "NOTICE OF PRIVACY PRACTICES"), or "".
func privacyHeading(p *Policy, pi int) string {
	pt := p.Parts[pi]
	if pt.FirstSection >= pt.EndSection {
		return ""
	}
	s := p.Sections[pt.FirstSection]
	if int(s.FirstClause) > pt.FirstClause+dateHead || !LooksLikeHeading(s.Title, CueTitle) || notTitle(s.Title) {
		return ""
	}
	lower := strings.ToLower(s.Title)
	for _, k := range []string{"privacy", "隐私", "个人信息", "confidentialité", "données personnelles", "datenschutz",
		"privacidad", "privacidade", "privacyverklaring", "プライバシー", "개인정보", "конфиденциальност"} {
		if strings.Contains(lower, k) {
			return s.Title
		}
	}
	return ""
}

// notTitle reports whether a title candidate is not a title: what is left of a link or image
// whose markdown broke across lines ("[](http://www.example.cn"), a bare address, a navigation
// line ("Home | Products | Privacy"), or an instruction to the reader ("Please Read the Privacy
// Policy and Terms of Use", "请仔细阅读隐私政策").
func notTitle(t string) bool {
	if strings.Contains(t, "](") || strings.Contains(t, "![") {
		return true // a link or image the markdown cleaner could not resolve
	}
	letters := false
	for _, w := range strings.Fields(t) {
		lw := strings.ToLower(w)
		if strings.Contains(lw, "://") || strings.HasPrefix(lw, "www.") || strings.HasPrefix(lw, "(http") ||
			strings.HasPrefix(lw, "[http") {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			letters = true
		}
	}
	if !letters {
		return true
	}
	if navLine(t) || dateOnlyLine(t) {
		return true
	}
	first := strings.ToLower(strings.Trim(strings.SplitN(strings.TrimSpace(t), " ", 2)[0], "*_\"'“"))
	if first == "please" || first == "click" || first == "tap" {
		return true
	}
	return strings.HasPrefix(t, "请") || strings.HasPrefix(t, "点击")
}

// navSeparators divide the entries of a navigation line.
const navSeparators = "|»>·•"

// navLine reports whether t is a row of menu entries: three or more short entries divided by
// "|", "»", ">" or "·" ("Home | Products | Privacy Policy", "首页 > 帮助中心 > 隐私政策").
func navLine(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune(navSeparators, r) })
	if len(parts) < 3 {
		return false
	}
	for _, s := range parts {
		if len(strings.Fields(s)) > 4 || utf8.RuneCountInString(strings.TrimSpace(s)) > 24 {
			return false
		}
	}
	return true
}

// titleDateKeys are the date keywords that may stand before a date at the end of a title,
// longest first so that "last updated" is cut whole rather than leaving "last".
var titleDateKeys = sync.OnceValue(func() []string {
	keys := append(append([]string{}, strongDateKeys...), weakDateKeys...)
	sort.SliceStable(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	return keys
})

// titleDateCutWords end a title that a date completes ("Notice of March 2020"): the date is
// part of the title's sense there and is not cut.
var titleDateCutWords = map[string]bool{"of": true, "for": true, "on": true, "from": true, "to": true, "in": true,
	"at": true, "as": true, "since": true, "the": true,
	"du": true, "de": true, "des": true, "le": true, "au": true, "vom": true, "von": true, "am": true, "ab": true,
	"seit": true, "del": true, "dal": true, "al": true, "do": true, "da": true, "desde": true, "van": true, "per": true}

// trimTitleDate removes the policy's date, and the keyword and separator before it, from the
// end of a title ("Privacy Policy - Effective January 14, 2015" -> "Privacy Policy",
// "Privacy Policy (last updated May 1, 2020)" -> "Privacy Policy") or from a closing bracket
// that says more ("Statement of Privacy (12/23/2014, United States Only)" -> "Statement of
// Privacy (United States Only)"). The title is returned unchanged when its date is not date,
// when the date is not at its end, or when nothing but the date would be left.
func trimTitleDate(t, date string) string {
	iso, at, end := findDateAt(t)
	if iso != date {
		iso, at, end = findDateOrder(t, true) // 03/04/2024 in a policy that writes the day first
	}
	if date == "" || iso != date {
		return t
	}
	head := trimDateKey(t[:at])
	tail := strings.TrimSpace(t[end:])
	opened := strings.HasSuffix(head, "(") || strings.HasSuffix(head, "（")
	var out string
	switch {
	case strings.Trim(tail, ".)）") == "" && (opened || !strings.ContainsAny(tail, ")）")):
		if opened {
			_, size := utf8.DecodeLastRuneInString(head)
			head = head[:len(head)-size]
		}
		out = strings.TrimRightFunc(head, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("-–—|:：,，", r)
		})
	case opened && (strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, "，")) && strings.ContainsAny(tail, ")）"):
		_, size := utf8.DecodeRuneInString(tail)
		out = head + strings.TrimSpace(tail[size:])
	default:
		return t
	}
	if strings.IndexFunc(out, func(r rune) bool { return unicode.IsLetter(r) }) < 0 ||
		titleDateCutWords[strings.ToLower(lastWord(out))] {
		return t
	}
	return out
}

// dateOnlyLine reports whether t says nothing but a date, with or without its keyword:
// "À compter du : 1er mai 2024", "(Mise à jour du 17 mai 2024)", "Stand: Juni 2021".
func dateOnlyLine(t string) bool {
	t = strings.Trim(t, " ()（）[]*_")
	_, at, end := findDateAt(t)
	if at < 0 {
		return false
	}
	return strings.Trim(trimDateKey(t[:at]), " -–—|:：,，.(（") == "" && strings.Trim(t[end:], " .)）") == ""
}

// trimDateKey cuts spaces, separators and one date keyword ("Effective", "last updated",
// "更新日期：") from the end of s, the text before a date.
func trimDateKey(s string) string {
	s = strings.TrimRight(s, " \t:：")
	lower := foldCase(s)
	for _, k := range titleDateKeys() {
		k = strings.TrimRight(k, ":")
		if strings.HasSuffix(lower, k) {
			i := len(s) - len(k)
			if i > 0 && isWordByte(s[i-1]) && isWordByte(s[i]) {
				continue // "Noneffective" has no keyword
			}
			s = s[:i]
			break
		}
	}
	return strings.TrimRight(s, " \t")
}

// displayTitle turns an all-capitals English title ("PRIVACY POLICY") into title case
// ("Privacy Policy"); other titles are returned unchanged.
func displayTitle(t string) string {
	return displayTitleIn(t, LangEN)
}

// displayTitleIn turns an all-capitals title in language lang into the case that language
// writes titles in: English title case ("Privacy Policy"), German nouns capitalised
// ("Datenschutzerklärung für Nutzer" is as near as a program can tell), and sentence case for
// the other languages ("POLITIQUE DE CONFIDENTIALITÉ" -> "Politique de confidentialité").
// Titles with a lower-case letter are returned unchanged.
func displayTitleIn(t string, lang Lang) string {
	letters := capitalLetters(t)
	if letters < 4 {
		return t
	}
	words := strings.Fields(strings.ToLower(t))
	for i, w := range words {
		switch {
		case i == 0:
		case lang == LangDE:
			if germanMinorWords[w] {
				continue
			}
		case lang.latinScript() && lang != LangEN:
			continue
		case minorWords[w] && w != "we" && w != "our" && w != "your" && w != "you" && w != "how" && w != "what":
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// shownTitle is displayTitleIn for a title of policy p, keeping in capitals the words the
// policy's text writes in capitals ("POLITIQUE DE CONFIDENTIALITÉ D'EXEMPLIA" -> "Politique de
// confidentialité d'EXEMPLIA" where the text says "EXEMPLIA", not "Exemplia").
func shownTitle(p *Policy, t string, lang Lang) string {
	shown := displayTitleIn(t, lang)
	if shown == t {
		return t
	}
	orig, words := strings.Fields(t), strings.Fields(shown)
	if len(orig) != len(words) {
		return shown
	}
	pres := make([]int, len(orig))
	cores := make([]string, len(orig))
	for i, w := range orig {
		// The name may follow an elided article: "D'EXEMPLIA".
		if k := strings.LastIndexAny(w, "'’"); k >= 0 {
			_, size := utf8.DecodeRuneInString(w[k:])
			pres[i] = k + size
		}
		core := strings.TrimRight(w[pres[i]:], ".,:;!?)»\"")
		if utf8.RuneCountInString(core) >= 2 && strings.IndexFunc(core, unicode.IsLetter) >= 0 {
			cores[i] = core
		}
	}
	capitals := writtenInCapitals(p, cores)
	for i, core := range cores {
		// A letter whose lower case is of another length ("İ") leaves the word as shown.
		if core != "" && capitals[core] && len(words[i]) == len(orig[i]) {
			words[i] = words[i][:pres[i]] + core + words[i][pres[i]+len(core):]
		}
	}
	return strings.Join(words, " ")
}

// writtenInCapitals returns which of words, all-capitals words ("" for none), the policy's
// clauses write as they are more often than in any other case ("ASICS" rather than "Asics" or
// "asics"); a word the text never writes is not among them.
func writtenInCapitals(p *Policy, words []string) map[string]bool {
	upper, other := map[string]int{}, map[string]int{}
	want := map[string]string{} // lower case -> the word
	lens := map[int]bool{}      // their lengths in bytes: most words of the text are skipped on length alone
	for _, w := range words {
		if w != "" {
			want[strings.ToLower(w)] = w
			lens[len(w)] = true
		}
	}
	for _, c := range p.Clauses {
		for _, f := range strings.FieldsFunc(c.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if !lens[len(f)] {
				continue
			}
			w, ok := want[strings.ToLower(f)]
			switch {
			case !ok:
			case f == w:
				upper[w]++
			default:
				other[w]++
			}
		}
	}
	out := map[string]bool{}
	for _, w := range want {
		out[w] = upper[w] > other[w]
	}
	return out
}

// germanMinorWords stay in lower case inside a German title.
var germanMinorWords = map[string]bool{"und": true, "oder": true, "für": true, "von": true, "vom": true, "zu": true,
	"zum": true, "zur": true, "mit": true, "im": true, "in": true, "an": true, "am": true, "auf": true, "der": true,
	"die": true, "das": true, "den": true, "dem": true, "des": true, "bei": true, "über": true, "nach": true, "aus": true}

// fallbackTitle makes a descriptive title for a document without a title line: its brand (if
// it has one) and the kind of document it calls itself: in English when it has an English part,
// else in the language of its first part, where the text names a kind in that language (a
// German policy that links to an English "Privacy Policy" is a "Datenschutzerklärung"); else
// in the first language it names one in.
func fallbackTitle(p *Policy, brand string) string {
	lang := LangUnknown
	for i, pt := range p.Parts {
		if i == 0 || pt.Lang == LangEN {
			lang = pt.Lang
		}
	}
	kind, of := fallbackKind(p, lang)
	if kind == "" {
		kind, of = fallbackKind(p, LangUnknown)
	}
	switch {
	case kind == "":
		return brand
	case brand == "":
		return kind
	case isHan(firstRune(kind)):
		return brand + kind
	case of != "":
		return kind + " " + of + " " + brand
	}
	return brand + " " + kind
}

// fallbackKind returns the kind of fallbackKinds in language lang (any language for
// LangUnknown) that the clauses name first, with its joining word: a policy calls itself by its
// kind before it names others ("Diese Datenschutzrichtlinie gilt …" before "… in unserer
// Datenschutzerklärung für Partner"); "" when none is named.
func fallbackKind(p *Policy, lang Lang) (kind, of string) {
	for _, c := range p.Clauses {
		lower := strings.ToLower(c.Text)
		at := -1
		for ki, k := range fallbackKinds {
			if lang != LangUnknown && k.lang != lang {
				continue
			}
			if i := strings.Index(lower, fallbackKindsLower[ki]); i >= 0 && (at < 0 || i < at) {
				at, kind, of = i, k.kind, k.of
			}
		}
		if at >= 0 {
			return kind, of
		}
	}
	return "", ""
}

// fallbackKinds are the names of the kind of document a descriptive title is made from, with
// the word that joins a brand after them in languages that name the owner last ("Politique de
// confidentialité de Lime"); "" where the brand comes first ("Acme Privacy Policy").
var fallbackKinds = []struct {
	kind, of string
	lang     Lang
}{
	{"Privacy Policy", "", LangEN}, {"Privacy Notice", "", LangEN}, {"Privacy Statement", "", LangEN},
	{"隐私政策", "", LangZH}, {"隐私权政策", "", LangZH}, {"个人信息保护政策", "", LangZH}, {"隐私协议", "", LangZH},
	{"Politique de confidentialité", "de", LangFR}, {"Avis de confidentialité", "de", LangFR},
	{"Charte de confidentialité", "de", LangFR}, {"Politique de protection des données personnelles", "de", LangFR},
	{"Datenschutzerklärung", "von", LangDE}, {"Datenschutzhinweise", "von", LangDE},
	{"Datenschutzrichtlinie", "von", LangDE}, {"Datenschutzbestimmungen", "von", LangDE},
	{"Política de privacidad", "de", LangES}, {"Aviso de privacidad", "de", LangES},
	{"Informativa sulla privacy", "di", LangIT}, {"Informativa privacy", "di", LangIT},
	{"Política de privacidade", "da", LangPT}, {"Privacyverklaring", "van", LangNL}, {"Privacybeleid", "van", LangNL},
}

// fallbackKindsLower are the kinds of fallbackKinds in lower case, as the text is searched.
var fallbackKindsLower = func() []string {
	out := make([]string, len(fallbackKinds))
	for i, k := range fallbackKinds {
		out[i] = strings.ToLower(k.kind)
	}
	return out
}()
