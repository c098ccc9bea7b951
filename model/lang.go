package model

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Language identification. A text's script decides first: Han characters are Chinese (simplified
// and traditional alike) unless kana stand among them (Japanese), Hangul is Korean, Cyrillic
// Russian, Arabic and Hebrew script their languages. Latin-script text is told apart by its
// function words ("the", "und", "les", "che", "não", ...), which carry most of any sentence and
// differ between languages, and by its accented letters; a text without any clue (a heading
// such as "Contact", a product name) has no language of its own and goes with the text around
// it (labelBlocks).
//
// Why not a library: on the 206 documents of the eval folders and seeds, cut into 14,527
// lines of 20 to 200 runes (TestTextLangEval), this gets 86.8% of lines right and 0.7% wrong
// (the rest: no clue), at 144 MB/s, with no package-init work and 0.1 MB of binary.
// github.com/abadojack/whatlanggo (restricted to these languages, unmaintained since 2020):
// 87.2% right but 10.9% wrong, 2.8 MB/s. github.com/pemistahl/lingua-go (low-accuracy mode,
// these languages): 91.3% right, 6.8% wrong, 1.0 MB/s, and its models, embedded whole, add
// about 130 MB to the binary. A wrong label moves a paragraph into the wrong language part and
// hands it to the wrong lexicon; an abstention costs nothing, as the part's language applies.

// textLang tells the language of s and its weight, about one per word (each Han character
// counts a third of a word's letters, as a Han character carries about as much as a short
// word). It returns LangUnknown and 0 when s gives no clue: no letters, or Latin letters without
// a single function word.
func textLang(s string) (lang Lang, weight int) {
	lang, weight, _ = identify(s)
	return lang, weight
}

// identify is textLang that also reports Latin-script text whose language it cannot tell
// (latin true, lang LangUnknown, weight its words): labelBlocks gives such text the language of
// the Latin-script text around it.
func identify(s string) (lang Lang, weight int, latin bool) {
	var c scriptCounts
	c.count(s)
	switch c.dominant() {
	case scriptHan:
		if c.kana > 0 && c.kana*10 >= c.han {
			return LangJA, c.han + c.kana + c.latin/5, false
		}
		return LangZH, c.han + c.latin/5, false
	case scriptKana:
		return LangJA, c.han + c.kana + c.latin/5, false
	case scriptHangul:
		return LangKO, c.hangul/2 + c.latin/5, false
	case scriptCyrillic:
		return LangRU, c.cyrillic / 5, false
	case scriptArabic:
		return LangAR, c.arabic / 5, false
	case scriptHebrew:
		return LangHE, c.hebrew / 5, false
	case scriptLatin:
		if l := latinLang(s); l != LangUnknown {
			return l, c.latin / 5, false
		}
		return LangUnknown, c.latin / 5, true
	}
	return LangUnknown, 0, false
}

// script is a writing system textLang tells apart.
type script uint8

const (
	scriptNone script = iota
	scriptLatin
	scriptHan
	scriptKana
	scriptHangul
	scriptCyrillic
	scriptArabic
	scriptHebrew
)

// scriptCounts counts the letters of a text by script.
type scriptCounts struct {
	latin, han, kana, hangul, cyrillic, arabic, hebrew int
}

// count adds the letters of s.
func (c *scriptCounts) count(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if (b|0x20) >= 'a' && (b|0x20) <= 'z' {
				c.latin++
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		switch {
		case r >= 0x4e00 && r <= 0x9fff: // the common ideographs, without a table search
			c.han++
		case r < 0x250:
			if unicode.IsLetter(r) {
				c.latin++
			}
		case r >= 0x3040 && r <= 0x30ff, r >= 0x31f0 && r <= 0x31ff, r >= 0xff66 && r <= 0xff9d:
			if r != 0x30fb && r != 0x30fc { // the middle dot and the long-vowel mark also appear in Chinese
				c.kana++
			}
		case r >= 0xac00 && r <= 0xd7a3, r >= 0x1100 && r <= 0x11ff, r >= 0x3130 && r <= 0x318f:
			c.hangul++
		case r >= 0x400 && r <= 0x4ff:
			c.cyrillic++
		case r >= 0x600 && r <= 0x6ff, r >= 0x750 && r <= 0x77f:
			c.arabic++
		case r >= 0x5d0 && r <= 0x5ea:
			c.hebrew++
		case isHan(r):
			c.han++
		}
	}
}

// dominant returns the script that carries the most of the text, a CJK character weighing
// three letters (so a Chinese sentence naming "Apple ID" is Chinese), or scriptNone for a text
// of fewer than two letters.
func (c *scriptCounts) dominant() script {
	best, bestN := scriptNone, 1
	for _, s := range [...]struct {
		s script
		n int
	}{
		{scriptLatin, c.latin},
		{scriptHan, 3 * c.han},
		{scriptKana, 3 * c.kana},
		{scriptHangul, 3 * c.hangul},
		{scriptCyrillic, c.cyrillic},
		{scriptArabic, c.arabic},
		{scriptHebrew, c.hebrew},
	} {
		if s.n > bestN || (s.n == bestN && s.n > 1 && s.s == scriptHan) {
			best, bestN = s.s, s.n
		}
	}
	if best == scriptKana && c.han > 0 {
		return scriptHan // Japanese either way; textLang weighs both
	}
	return best
}

// latinLang tells the language of a Latin-script text from its function words, two votes each,
// and its letters with diacritics ("ß", "ñ", "ã", "ł"), one vote for each language that writes
// them: the language with the most votes wins, LangUnknown when there are none or two languages
// tie. Words that are part of an address, a domain or a compound ("e" of "e-mail", "com" of
// "gmail.com") do not vote.
func latinLang(s string) Lang {
	// The first words of a paragraph tell its language as well as all of them: a long one is
	// read only so far (bytes), so identification costs little more than a scan.
	const enough = 800
	if len(s) > enough {
		s = s[:enough]
	}
	words := functionWords()
	var score [numLangs]int
	var buf [32]byte // the word being read, in lower case
	hits := 0
	for i := 0; i < len(s); {
		// Scan one word: ASCII letters fast, other letters decoded.
		j := i
		w := buf[:0]
		for j < len(s) {
			b := s[j]
			if b < utf8.RuneSelf {
				if (b|0x20) < 'a' || (b|0x20) > 'z' {
					break
				}
				if len(w) < cap(w) {
					w = append(w, b|0x20)
				}
				j++
				continue
			}
			r, size := decodeRune(s, j)
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			if set := diacriticLangs(r); set != 0 {
				set.vote(&score, 1)
			}
			if len(w)+utf8.UTFMax <= cap(w) {
				w = utf8.AppendRune(w, unicode.ToLower(r))
			}
			j += size
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		joined := (i > 0 && isDigit(s[i-1])) || (j < len(s) && isDigit(s[j])) ||
			(i > 1 && joiner(s[i-1]) && wordByte(s[i-2])) || (j+1 < len(s) && joiner(s[j]) && wordByte(s[j+1]))
		long := j-i > 24
		i = j
		if long || joined {
			continue
		}
		if set, ok := words.lookup(w); ok {
			set.vote(&score, 2)
			// Once one language leads by a dozen function words, the rest cannot change the
			// answer enough to matter: stop reading.
			if hits++; hits%8 == 0 && decided(&score) {
				break
			}
		}
	}
	best, bestN, tie := LangUnknown, 0, false
	for l := LangUnknown + 1; l < numLangs; l++ {
		switch {
		case score[l] > bestN:
			best, bestN, tie = l, score[l], false
		case score[l] == bestN && bestN > 0:
			tie = true
		}
	}
	if tie {
		return LangUnknown
	}
	return best
}

// decidedLead is the lead in votes (two per function word) at which latinLang stops reading.
const decidedLead = 24

// decided reports whether the leading language is decidedLead votes ahead of every other.
func decided(score *[numLangs]int) bool {
	first, second := 0, 0
	for _, n := range score {
		switch {
		case n > first:
			first, second = n, first
		case n > second:
			second = n
		}
	}
	return first-second >= decidedLead
}

// joiner reports whether c joins the words on either side of it into one token: an address,
// a domain, a path or a compound.
func joiner(c byte) bool {
	return c == '@' || c == '.' || c == '-' || c == '_' || c == '/'
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wordByte reports whether c is an ASCII letter or digit, or part of a UTF-8 sequence.
func wordByte(c byte) bool {
	return c >= utf8.RuneSelf || (c|0x20) >= 'a' && (c|0x20) <= 'z' || isDigit(c)
}

// vote adds n to the score of every language in the set.
func (set langSet) vote(score *[numLangs]int, n int) {
	for set != 0 {
		l := bits.TrailingZeros32(uint32(set))
		score[l] += n
		set &^= 1 << l
	}
}

// diacriticLangs returns the Latin-script languages that write the letter r, or 0 for a letter
// they all write or none does.
func diacriticLangs(r rune) langSet {
	const (
		de = 1 << LangDE
		fr = 1 << LangFR
		es = 1 << LangES
		it = 1 << LangIT
		pt = 1 << LangPT
		nl = 1 << LangNL
		pl = 1 << LangPL
		tr = 1 << LangTR
		sv = 1 << LangSV
	)
	switch unicode.ToLower(r) {
	case 'ß':
		return de
	case 'ä':
		return de | sv
	case 'ö':
		return de | sv | tr
	case 'ü':
		return de | tr
	case 'ñ', '¿', '¡':
		return es
	case 'ã', 'õ':
		return pt
	case 'ç':
		return fr | pt | tr
	case 'é':
		return fr | es | pt | it
	case 'è':
		return fr | it
	case 'ê', 'â':
		return fr | pt
	case 'à':
		return fr | it | pt
	case 'î', 'û', 'œ', 'ù':
		return fr
	case 'ô':
		return fr | pt
	case 'ë', 'ï':
		return fr | nl
	case 'ì', 'ò':
		return it
	case 'á', 'í', 'ú':
		return es | pt
	case 'ó':
		return es | pt | pl
	case 'å':
		return sv
	case 'ą', 'ę', 'ł', 'ś', 'ź', 'ż', 'ć', 'ń':
		return pl
	case 'ğ', 'ş', 'ı':
		return tr
	}
	return 0
}

// langSet is a set of languages, bit l for Lang l.
type langSet uint32

// functionWords maps each function word to the Latin-script languages it belongs to. It is built
// on first use, so that starting the program costs nothing.
var functionWords = sync.OnceValue(func() *wordTable {
	t := &wordTable{}
	for l, list := range latinWords {
		if list == "" {
			continue
		}
		for _, w := range strings.Fields(list) {
			t.add(w, 1<<l)
		}
	}
	return t
})

// wordTableSize is the number of slots of a wordTable, a power of two about three times the
// number of function words, so that a lookup probes one or two slots.
const wordTableSize = 2048

// wordTable is a set of short words, each with its languages: an open-addressing hash table
// looked up with a word's bytes as latinLang reads them, without making a string. Every word of
// every Latin-script paragraph is looked up, and this costs a third of a Go map's lookup.
type wordTable struct {
	keys [wordTableSize]string
	sets [wordTableSize]langSet
}

// wordHash is the FNV-1a hash of w.
func wordHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// add adds languages to the set of word w.
func (t *wordTable) add(w string, set langSet) {
	for i := wordHash([]byte(w)) % wordTableSize; ; i = (i + 1) % wordTableSize {
		switch t.keys[i] {
		case "":
			t.keys[i], t.sets[i] = w, set
			return
		case w:
			t.sets[i] |= set
			return
		}
	}
}

// lookup returns the languages of word w and whether it is in the table.
func (t *wordTable) lookup(w []byte) (langSet, bool) {
	for i := wordHash(w) % wordTableSize; ; i = (i + 1) % wordTableSize {
		switch t.keys[i] {
		case "":
			return 0, false
		case string(w):
			return t.sets[i], true
		}
	}
}

// latinWords lists, for each Latin-script language, its most frequent words in running text
// (articles, pronouns, prepositions, conjunctions, auxiliaries) and the words every privacy
// policy in it uses ("données", "Daten", "datos"). Words two languages share count for both.
var latinWords = [numLangs]string{
	LangEN: `the and of to in is are you your yours we our ours us that for with this these those be by or not it its
		as on from have has had will may which can do does if when about other their they them an at who would
		should been were was also what how where all more than any such information personal use data into
		there whether through only without within must including provide collect share`,
	LangFR: `le la les des du de et est sont vous votre vos nous notre nos que qui pour dans par sur avec une un ce
		cette ces pas ne au aux ou leur leurs être peut données personnelles également afin lorsque si été il
		elle ils se sa son ses plus tout tous toute toutes comme mais dont y à d l qu n avons
		pouvez traitement sont conformément auprès`,
	LangDE: `der die das und ist sind sie ihre ihr ihrer ihren ihrem wir unsere unser unseren unserer uns zu zur zum
		den dem des mit von für auf nicht ein eine einer einen eines werden wird wurde oder auch bei wenn im
		nach über durch als diese dieser dieses daten personenbezogenen personenbezogene können kann sich aus
		es um wie dass haben hat noch nur gemäß verarbeitung sowie zwecke`,
	LangES: `el la los las de del y en que es son su sus usted nosotros nuestro nuestra nuestros nuestras para por
		con una un al lo se no o como este esta estos estas datos personales puede podemos cuando si sobre más
		también entre sin información le les ha han tratamiento cual dichos`,
	LangIT: `il lo la i gli le di del della dei degli delle e è che per con un una non sono si ai al alla alle nel
		nella nei nelle da dal dalla come questo questa questi dati personali suoi tuoi può possono anche o ed
		ad più essere sul sulla tuo tua trattamento sui ha hanno vostri l dell all nell`,
	LangPT: `o os a as de do da dos das e é que em no na nos nas um uma para por com não seu sua seus suas você
		nós nosso nossa nossos nossas ao aos pelo pela pelos pelas dados pessoais mais como se são ser pode
		também ou quando sobre este esta isso informações tratamento`,
	LangNL: `de het een en van in is zijn wij we ons onze u uw je jouw jij dat die voor met op te niet door aan bij
		of als worden wordt deze dit gegevens persoonsgegevens ook kan kunnen naar om over er hebben heeft uit
		tot verwerken verwerking`,
	LangPL: `i w z na do nie się jest są to że o od przez dla lub oraz jak po ich jego jej może mogą twoje twoich
		dane danych osobowe osobowych który która które których ten ta te tym przy także jeśli gdy czy być
		państwa`,
	LangTR: `ve bir bu da de ile için olarak olan veya gibi kişisel verileri verilerinizi verilerin veri daha ise
		her çok sizin biz bizim tarafından kadar ancak değil şekilde hakkında olması sonra diğer ya`,
	LangSV: `och att det som en ett är av för på med till den de om inte har vi du dig din ditt dina oss vår våra
		vårt kan personuppgifter uppgifter eller från när under också så detta dessa vid sig ska skall genom hur`,
}
