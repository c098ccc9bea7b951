package model

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	// monthNames maps English month names and abbreviations to their numbers.
	monthNames = map[string]int{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
		"december": 12, "dec": 12,
	}
	// Go regular expressions run in linear time (RE2), so these are safe on any input.
	reMonthDY = lazyRegexp(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMonthY = lazyRegexp(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b`)
	reMonthY  = lazyRegexp(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b`)
	reISO     = lazyRegexp(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	// Chinese dates may bracket their numbers: 2020年【8】月【20】日 (a template's blanks, filled).
	reZH = lazyRegexp(`(\d{4})\s*年\s*[【\[]?\s*(\d{1,2})\s*[】\]]?\s*月\s*(?:[【\[]?\s*(\d{1,2})\s*[】\]]?\s*[日号])?`)
	reUS = lazyRegexp(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// The regular expressions for the dates of the other languages, each compiled on its first use
// (intlMonthY, the costliest to compile, is tried only where no other date is found).
var (
	// reDotted is the European numeric date, day first: 30.07.2025.
	reDotted = lazyRegexp(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// reKO is a Korean date: 2024년 3월 1일.
	reKO = lazyRegexp(`(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?`)
	// reIntlDMonthY and reIntlMonthY are dates with a month named in French, German, Spanish,
	// Italian, Portuguese, Dutch or Russian: "1er mai 2024", "1. Januar 2024", "3 de marzo de
	// 2024", "30 luglio 2025", "Juni 2021", "1 марта 2024". The name must stand alone: "mai" is
	// not read in "maintenant".
	reIntlDMonthY = lazyRegexp(`(?i)(?:^|[^\pL\d])(\d{1,2})(?:er|\.|º|°|o)?\s*(?:de\s+|di\s+)?(` + intlMonthPattern +
		`)\.?,?\s+(?:de\s+|del\s+|do\s+)?(\d{4})(?:[^\d]|$)`)
	reIntlMonthY = lazyRegexp(`(?i)(?:^|[^\pL\d])(` + intlMonthPattern + `)\.?,?\s+(?:de\s+|del\s+|do\s+)?(\d{4})(?:[^\d]|$)`)
)

// intlMonths are the month names of the other languages, in lower case, with the forms used in
// dates (the Russian genitive: "марта") and common spellings without accents.
var intlMonths = []struct {
	name  string
	month int
}{
	{"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
	{"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
	{"décembre", 12}, {"decembre", 12},
	{"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"april", 4}, {"juni", 6},
	{"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"dezember", 12},
	{"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
	{"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
	{"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
	{"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
	{"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
	{"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
	{"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
	{"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6}, {"июля", 7},
	{"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
}

// intlMonthPattern is the alternation of intlMonths' names, longest first so that "juillet" is
// not read as "juli".
const intlMonthPattern = `janvier|février|fevrier|septembre|octobre|novembre|décembre|decembre|juillet|avril|mars|juin|août|aout|mai|` +
	`januar|jänner|februar|märz|maerz|dezember|oktober|september|november|august|april|juni|juli|` +
	`septiembre|setiembre|noviembre|diciembre|febrero|octubre|enero|marzo|abril|mayo|junio|julio|agosto|` +
	`settembre|dicembre|febbraio|gennaio|ottobre|aprile|maggio|giugno|luglio|` +
	`fevereiro|setembro|dezembro|novembro|outubro|janeiro|março|junho|julho|maio|` +
	`augustus|februari|januari|maart|mei|` +
	`сентября|февраля|октября|декабря|августа|ноября|января|апреля|марта|июня|июля|мая`

// intlMonth returns the month a name of intlMonths stands for, 0 for none.
func intlMonth(name string) int {
	name = strings.ToLower(name)
	for _, m := range intlMonths {
		if m.name == name {
			return m.month
		}
	}
	return 0
}

// strongDateKeys introduce a policy's own date wherever they stand ("Last updated: May 1,
// 2020", "本政策更新日期：2021年3月8日").
var strongDateKeys = []string{"last updated", "last update", "latest update", "updated on", "updated as of", "updated:",
	"last modified", "date modified", "modified on", "last revised", "revised on", "revision date", "date of last revision",
	"date of revision", "last amended", "amended on", "was revised", "was updated", "was last", "was amended",
	"effective date", "effective as of", "effective on", "effective from", "date effective", "in effect as of",
	"更新日期", "更新时间", "更新于", "生效日期", "生效时间", "发布日期", "发布时间", "版本日期", "修订日期", "修订时间",
	"最近更新", "最新更新", "最后更新", "施行日期",
	// French
	"mise à jour", "mis à jour", "mise a jour", "mise à jour du", "mise à jour le", "mis à jour le", "date d'effet", "date d’effet", "date d'entrée en vigueur",
	"date d’entrée en vigueur", "dernière modification", "modifiée le", "modifié le", "dernière fois le",
	// German
	"stand:", "stand vom", "zuletzt aktualisiert", "letzte aktualisierung", "aktualisiert am", "gültig ab", "gültig seit",
	"zuletzt geändert", "letzte änderung", "geändert am", "fassung vom", "datum der letzten", "wurde zuletzt am",
	"zuletzt angepasst", "zuletzt überarbeitet",
	// Spanish
	"última actualización", "ultima actualizacion", "última modificación", "actualizado el", "actualizada el",
	"actualizado a", "fecha de actualización", "fecha de entrada en vigor", "fecha de vigencia", "fecha de la última",
	// Italian
	"ultimo aggiornamento", "ultima modifica", "aggiornato al", "aggiornata al", "aggiornato il", "aggiornata il",
	"data di aggiornamento", "data di entrata in vigore", "data ultimo",
	// Portuguese
	"última atualização", "ultima atualizacao", "atualizado em", "atualizada em", "data de vigência", "última revisão",
	// Dutch
	"laatst bijgewerkt", "bijgewerkt op", "laatste wijziging", "gewijzigd op", "laatst gewijzigd", "ingangsdatum",
	// Japanese, Korean, Russian
	"最終更新日", "最終改定日", "改定日", "制定日", "施行日", "시행일", "최종 수정일", "개정일", "공고일",
	"последнее обновление", "дата последнего обновления", "дата вступления в силу", "редакция от", "обновлено"}

// weakDateKeys introduce a policy's date only near its start ("Effective 2024-11-15.",
// "Updated 2024-06-30"): later in a policy, "effective" and "updated" are ordinary words
// ("changes become effective 30 days after …").
var weakDateKeys = []string{"effective", "updated", "revised", "modified", "amended", "published", "dated", "as of",
	"date:", "version", "生效", "更新", "发布", "修订", "版本",
	// In other languages: a law's date often follows "in force since" in a policy's body
	// ("le RGPD, entré en vigueur le 25 mai 2018"), so these count only at the start.
	"date :", "stand", "datum:", "fecha:", "data:", "versión", "versione", "versão", "versie", "version du", "version vom",
	"en vigueur", "à compter du", "in kraft", "inkrafttreten", "en vigor", "vigente desde", "in vigore", "efficace dal",
	"valida dal", "em vigor", "a partir de", "van kracht", "publié", "veröffentlicht", "publicado", "pubblicato",
	// The date of publication and the date it takes effect, named apart ("Datum der
	// Veröffentlichung: 17. Dezember 2019 Mit Wirkung vom 1. Januar 2020"): the later one wins.
	"datum der veröffentlichung", "mit wirkung vom", "mit wirkung zum", "wirksam ab", "gelten ab", "gilt ab", "date de publication",
	"fecha de publicación", "data di pubblicazione", "data de publicação"}

// zhDateTails follow a Chinese date that is the policy's own ("2020年12月29日生效",
// "本协议自2011年05月18日起生效"); zhWeakDateTails do so only near a part's start (later,
// "于2020年1月1日发布" may be about a product).
var (
	zhDateTails     = []string{"生效", "起生效", "正式生效", "起正式生效", "起施行", "起实施", "施行", "起适用"}
	zhWeakDateTails = []string{"更新", "发布", "修订", "版本"}
)

// Gaps, in bytes, allowed between a date keyword and its date: "Last updated by us on" has
// room for a few words, a weak keyword must be followed by its date almost at once.
const (
	strongDateGap = 40
	weakDateGap   = 16
	// dateHead is how many clauses at the start of each part count as its head, where weak
	// keywords are taken, even when a heading comes earlier.
	dateHead = 2
)

// inferDate returns the policy's effective or last-updated date as ISO 8601. A date counts
// only when the text says it is the policy's: it stands in a part's title, follows a date
// keyword closely ("Last updated: …", "更新日期：…"), or is followed by 生效/更新/发布. Weak
// keywords ("Effective 2024-11-15") count only in titles, headings and the head of a part.
// Other dates ("since 2019", a date in a later section's body) are not the policy's.
func inferDate(p *Policy) string {
	df := dayFirst(p)
	for _, pt := range p.Parts {
		if d := keyedDate(pt.Title, true, df); d != "" {
			return d
		}
	}
	for _, pt := range p.Parts {
		if d, _, _ := findDateOrder(pt.Title, df); d != "" {
			return d
		}
	}
	for _, pt := range p.Parts {
		for i := pt.FirstClause; i < dateHeadEnd(p, pt); i++ {
			if d := keyedDate(p.Clauses[i].Text, true, df); d != "" {
				return d
			}
		}
	}
	for _, c := range p.Clauses {
		if d := keyedDate(c.Text, false, df); d != "" {
			return d
		}
	}
	for _, s := range p.Sections {
		if d := keyedDate(s.Title, true, df); d != "" {
			return d
		}
	}
	return ""
}

// dateHeadEnd returns the end of a part's head: the clauses before its first heading (at most
// inferScope of them), and at least its first dateHead clauses.
func dateHeadEnd(p *Policy, pt Part) int {
	pre := pt.EndClause
	if pt.FirstSection < pt.EndSection {
		pre = int(p.Sections[pt.FirstSection].FirstClause)
	}
	end := max(pt.FirstClause+dateHead, min(pre, pt.FirstClause+inferScope))
	return min(end, pt.EndClause)
}

// keyedDate returns the date in text that a date keyword introduces, or that a Chinese tail
// (生效, 更新 …) follows, as ISO 8601; weak keywords count only when weak is set. Of several
// ("Effective date: July 1, 2004, Updated: December 23, 2013") the latest is the policy's.
func keyedDate(text string, weak, dayFirst bool) string {
	if !strings.ContainsAny(text, "0123456789"+fullWidthDigits) {
		return "" // no date without digits
	}
	best := ""
	if !dateKeyPrefixes().mayHold(text, weak) {
		// No keyword can start anywhere in text: skip the case folding and the searches,
		// most of a long policy's clauses.
		return zhTailedDate(text, weak)
	}
	lower := foldCase(text)
	try := func(keys []string, gap int) {
		for _, k := range keys {
			// A policy states its date once or twice: a clause repeating a keyword
			// thousands of times is read only at its first occurrences.
			for from, n := 0, 0; n < maxDateKeyHits; n++ {
				i := strings.Index(lower[from:], k)
				if i < 0 {
					break
				}
				i += from
				from = i + len(k)
				// A keyword is a whole word: "effective" is not in "ineffective".
				if i > 0 && isWordByte(lower[i-1]) && isWordByte(lower[i]) {
					continue
				}
				if d := dateNear(text[from:], gap, dayFirst); d > best {
					best = d
				}
			}
		}
	}
	try(strongDateKeys, strongDateGap)
	if weak {
		try(weakDateKeys, weakDateGap)
	}
	return max(best, zhTailedDate(text, weak))
}

// dateNear returns the date that starts within gap bytes at the start of s, with no sentence
// or line break before it, or "".
func dateNear(s string, gap int, dayFirst bool) string {
	s = s[:min(len(s), gap+dateMaxLen)]
	if !hasYear(s) {
		return "" // every date has a year: skip the regular expressions
	}
	s = unglueYear(s)
	d, at, _ := findDateOrder(s, dayFirst)
	if d == "" || at > gap {
		return ""
	}
	between := s[:at]
	if strings.Contains(between, ". ") || strings.ContainsAny(between, "\n;。；!?！？") {
		return ""
	}
	return d
}

// unglueYear puts a space between four digits and a capital letter that follows them at once:
// a link's text glued to the date before it ("Effective July 8, 2026Previous Version") would
// otherwise hide the year, which must end a word. Only the bytes after the year move, so the
// offset of a date that starts before them is unchanged.
func unglueYear(s string) string {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			run++
			continue
		case run == 4 && c >= 'A' && c <= 'Z' && (i < 5 || !isWordByte(s[i-5])):
			return s[:i] + " " + unglueYear(s[i:])
		}
		run = 0
	}
	return s
}

// keyPrefixes is a bit set of the first four bytes of keywords (hashed), ASCII letters folded
// to lower case, every other letter among them in both cases, so that a text in which no
// keyword can start is rejected in one pass, without folding it or searching it once per
// keyword (a long policy's clauses mostly hold no date keyword). A hit may be a false one;
// a miss is certain.
type keyPrefixes struct {
	strong, weak []uint64
}

// keyPrefixBits is the size of the bit sets: a few hundred keyword forms set one bit in a
// thousand, so a clause of a hundred bytes passes by chance about one time in ten.
const keyPrefixBits = 1 << 18

// prefixHash maps four bytes to a bit of a keyPrefixes set.
func prefixHash(v uint32) uint32 { return (v * 2654435761) >> (32 - 18) }

// asciiLowerTable folds the ASCII capitals of a byte and leaves every other byte.
var asciiLowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

// dateKeyPrefixes returns the prefixes of strongDateKeys and weakDateKeys, built on the first
// date looked for rather than when the program starts (the sets take 64 KB).
var dateKeyPrefixes = sync.OnceValue(func() *keyPrefixes {
	k := &keyPrefixes{strong: make([]uint64, keyPrefixBits/64), weak: make([]uint64, keyPrefixBits/64)}
	add := func(set []uint64, key string) {
		forms := []string{""}
		for i, r := range key {
			if i >= 4 {
				break
			}
			var next []string
			for _, f := range forms {
				next = append(next, f+string(r))
				if u := unicode.ToUpper(r); r >= utf8.RuneSelf && u != r {
					next = append(next, f+string(u))
				}
			}
			forms = next
		}
		for _, f := range forms {
			if len(f) >= 4 {
				h := prefixHash(uint32(f[0]) | uint32(f[1])<<8 | uint32(f[2])<<16 | uint32(f[3])<<24)
				set[h/64] |= 1 << (h % 64)
			}
		}
	}
	for _, key := range strongDateKeys {
		add(k.strong, key)
	}
	for _, key := range weakDateKeys {
		add(k.weak, key)
	}
	return k
})

// mayHold reports whether a strong keyword (or, with weak, a weak one) may start in text.
func (k *keyPrefixes) mayHold(text string, weak bool) bool {
	if len(text) < 4 {
		return false
	}
	lt := &asciiLowerTable
	v := uint32(lt[text[0]]) | uint32(lt[text[1]])<<8 | uint32(lt[text[2]])<<16
	for i := 3; i < len(text); i++ {
		v = v&0xffffff | uint32(lt[text[i]])<<24
		h := prefixHash(v)
		if k.strong[h/64]&(1<<(h%64)) != 0 || weak && k.weak[h/64]&(1<<(h%64)) != 0 {
			return true
		}
		v >>= 8
	}
	return false
}

// maxDateKeyHits is how many occurrences of each date keyword a clause is searched at.
const maxDateKeyHits = 8

// fullWidthDigits are the digits Japanese and Chinese text may write dates with.
const fullWidthDigits = "０１２３４５６７８９"

// asciiDigits returns s with full-width digits written as ASCII ones, and for every byte offset
// of the result (and its end) the offset in s it comes from.
func asciiDigits(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int, 0, len(s)+1)
	for i, r := range s {
		if r >= '０' && r <= '９' {
			b.WriteByte(byte('0' + r - '０'))
			pos = append(pos, i)
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		for k := 0; k < n; k++ {
			pos = append(pos, i+k)
		}
	}
	pos = append(pos, len(s))
	return b.String(), pos
}

// hasYear reports whether s has four digits in a row.
func hasYear(s string) bool {
	if strings.ContainsAny(s, fullWidthDigits) {
		s, _ = asciiDigits(s)
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateMaxLen is the longest date findDateAt reads, in bytes ("September 30th, 2020").
const dateMaxLen = 40

// zhTailedDate returns the latest date in text followed by a tail of zhDateTails
// ("自2017年9月7日起生效"), or of zhWeakDateTails when weak is set; "" when there is none.
// Only the bytes just before each tail are read, so long clauses cost no more than a search.
func zhTailedDate(text string, weak bool) string {
	best := ""
	look := func(tails []string) {
		for _, t := range tails {
			for from, n := 0, 0; n < maxDateKeyHits; n++ {
				i := strings.Index(text[from:], t)
				if i < 0 {
					break
				}
				i += from
				from = i + len(t)
				lo := max(0, i-dateMaxLen)
				for lo < i && !utf8.RuneStart(text[lo]) {
					lo++
				}
				window := strings.TrimRight(text[lo:i], " ")
				if strings.ContainsAny(window, fullWidthDigits) {
					window, _ = asciiDigits(window)
				}
				for _, re := range []*regexp.Regexp{reZH(), reISO()} {
					ms := re.FindAllStringIndex(window, -1)
					if len(ms) == 0 || ms[len(ms)-1][1] != len(window) {
						continue
					}
					m := ms[len(ms)-1]
					if d := findDate(window[m[0]:m[1]]); d > best {
						best = d
					}
				}
			}
		}
	}
	look(zhDateTails)
	if weak {
		look(zhWeakDateTails)
	}
	return best
}

// findDate returns the first date in s as ISO 8601 ("2022-08-15", or "2022-08" without a day),
// or "".
func findDate(s string) string {
	d, _, _ := findDateAt(s)
	return d
}

// findDateAt returns the first date in s as ISO 8601 and the byte span [at, end) it occupies
// in s; "" when s has none. A date such as 03/04/2024 is read month first, as in American
// English, unless the day cannot be the month (23/12/2014).
func findDateAt(s string) (iso string, at, end int) {
	return findDateOrder(s, false)
}

// dayFirst reports whether the policy writes numeric dates day first (03/04/2024 is 3 April):
// every language but English (whose American policies put the month first), Chinese, Japanese
// and Korean (which put the year first).
func dayFirst(p *Policy) bool {
	if len(p.Langs) == 0 {
		return false
	}
	switch p.Langs[0] {
	case LangEN, LangZH, LangJA, LangKO, LangUnknown:
		return false
	}
	return true
}

// findDateOrder is findDateAt, reading numeric dates with slashes day first when dayFirst is
// set.
func findDateOrder(s string, dayFirst bool) (iso string, at, end int) {
	if strings.ContainsAny(s, fullWidthDigits) {
		// "２０２４年４月１日": read with ASCII digits, report offsets in s.
		t, pos := asciiDigits(s)
		iso, at, end = findDateOrder(t, dayFirst)
		if at >= 0 {
			at, end = pos[at], pos[end]
		}
		return iso, at, end
	}
	type cand struct {
		at, end int
		y, m, d int
	}
	best := cand{at: -1}
	consider := func(c cand) {
		if c.m < 1 || c.m > 12 || c.d < 0 || c.d > 31 || c.y < 1990 || c.y > 2100 {
			return
		}
		if best.at < 0 || c.at < best.at {
			best = c
		}
	}
	if m := reMonthDY().FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[2]:m[3]])], d: num(s, m, 2)})
	}
	if m := reDMonthY().FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: monthNames[strings.ToLower(s[m[4]:m[5]])], d: num(s, m, 1)})
	}
	// The numeric forms each need a literal separator: a plain search skips the expressions on
	// text that has none (a Chinese date's 年, a Korean one's 년, '/', '.', '-').
	if m := findIf(s, "-/.", reISO); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 1), m: num(s, m, 2), d: num(s, m, 3)})
	}
	if m := findIf(s, "年", reZH); m != nil {
		d := 0
		if m[6] >= 0 {
			d = num(s, m, 3)
		}
		consider(cand{at: m[0], end: m[1], y: num(s, m, 1), m: num(s, m, 2), d: d})
	}
	if m := findIf(s, ".", reDotted); m != nil {
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: num(s, m, 2), d: num(s, m, 1)})
	}
	if m := findIf(s, "년", reKO); m != nil {
		d := 0
		if m[6] >= 0 {
			d = num(s, m, 3)
		}
		consider(cand{at: m[0], end: m[1], y: num(s, m, 1), m: num(s, m, 2), d: d})
	}
	if m := reIntlDMonthY().FindStringSubmatchIndex(s); m != nil {
		consider(cand{at: m[2], end: m[7], y: num(s, m, 3), m: intlMonth(s[m[4]:m[5]]), d: num(s, m, 1)})
	}
	if m := findIf(s, "/", reUS); m != nil {
		a, b := num(s, m, 1), num(s, m, 2)
		if a > 12 || dayFirst && b <= 12 { // day first
			a, b = b, a
		}
		consider(cand{at: m[0], end: m[1], y: num(s, m, 3), m: a, d: b})
	}
	if best.at < 0 {
		if m := reMonthY().FindStringSubmatchIndex(s); m != nil {
			consider(cand{at: m[0], end: m[1], y: num(s, m, 2), m: monthNames[strings.ToLower(s[m[2]:m[3]])]})
		}
		if m := reIntlMonthY().FindStringSubmatchIndex(s); m != nil {
			consider(cand{at: m[2], end: m[5], y: num(s, m, 2), m: intlMonth(s[m[2]:m[3]])})
		}
	}
	switch {
	case best.at < 0:
		return "", -1, -1
	case best.d == 0:
		return fmt.Sprintf("%04d-%02d", best.y, best.m), best.at, best.end
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d), best.at, best.end
}

// num returns the number captured by group g of a regexp match m in s.
func num(s string, m []int, g int) int {
	v, _ := atoi(s[m[2*g]:m[2*g+1]])
	return v
}

// foldCase returns s in lower case, letter by letter where the lower-case letter takes as many
// bytes as the letter, so that every byte offset in the result is one in s ("Última" ->
// "última", "GÜLTIG" -> "gültig").
func foldCase(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// findIf returns re's FindStringSubmatchIndex of s, or nil at once when s holds none of the
// characters in need, one of which every match of re contains.
func findIf(s, need string, re func() *regexp.Regexp) []int {
	if !strings.ContainsAny(s, need) {
		return nil
	}
	return re().FindStringSubmatchIndex(s)
}
