package model

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The parser's hot paths read ASCII byte by byte and skip work the general code did. These
// tests hold each fast path to the plain Unicode definition it replaces, on English, French,
// German, Chinese, Turkish and odd case mappings (the Kelvin sign lowers to ASCII 'k', 'İ' to
// 'i').

// fastPathSamples are texts every fast path is checked on.
var fastPathSamples = []string{
	"", " ", "2.1", "Information You Provide to Us", "We don't sell your data — ever.",
	"Données personnelles : ce que nous collectons", "Übermittlung an Dritte (Art. 6 Abs. 1 DSGVO)",
	"Straße ÄÖÜ ß", "一、我们如何收集和使用个人信息", "（一）账号注册 Apple ID", "İstanbul ŞİRKETİ",
	"\u212a Kelvin", "rock'n'roll’s well-known e-mail", "x--y''z", "[TOC]", "[[_TOC_]]", "{{toc}}",
	"${TOC}", "* This list will be replaced by the TOC", "THIS LIST WILL BE REPLACED BY THE TOC!",
	"this list will be replaced by the toć", "[toc]\u212a", "[ToC]", "table", "\u4e00\u9fff\u3400\U00020000",
	"個人情報保護方針", "개인정보 처리방침", "Политика конфиденциальности", "١٢٣ ٤", "a\u0301b", "½ ² ³",
}

// slugReference is the anchor of a heading as first defined: strings.ToLower, then letters and
// digits kept, apostrophes dropped, runs of anything else one hyphen.
func slugReference(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

func TestHeadingSlugMatchesHeading(t *testing.T) {
	t.Parallel()
	numbers := []string{"", "1", "2.1", "一", "（一）", "IV", "A", "第三条", "'", "-"}
	for _, n := range numbers {
		for _, title := range fastPathSamples {
			s := Section{Number: n, Title: title}
			if got, want := headingSlug(n, title), slugReference(s.Heading()); got != want {
				t.Errorf("headingSlug(%q, %q) = %q, want %q", n, title, got, want)
			}
		}
	}
}

// countWordsReference is CountWords as first defined, rune by rune.
func countWordsReference(s string) int {
	n := 0
	in := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (in && (r == '\'' || r == '’' || r == '-')):
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

func TestCountWordsMatchesRunes(t *testing.T) {
	t.Parallel()
	for _, s := range fastPathSamples {
		for _, text := range []string{s, s + " " + s, "\xff" + s + "\xfe"} {
			if got, want := CountWords(text), countWordsReference(text); got != want {
				t.Errorf("CountWords(%q) = %d, want %d", text, got, want)
			}
		}
	}
	// A heading's words are its number's and its title's.
	for _, title := range fastPathSamples {
		s := Section{Number: "2.1", Title: title}
		if got, want := CountWords(s.Number)+CountWords(s.Title), CountWords(s.Heading()); got != want {
			t.Errorf("words of %q: %d apart, %d together", s.Heading(), got, want)
		}
	}
}

func TestIsHanCommonBlock(t *testing.T) {
	t.Parallel()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, unicode.Han says %v", r, isHan(r), !isHan(r))
		}
	}
	// The fast paths also take the common ideographs for letters without case.
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		if !unicode.IsLetter(r) || unicode.ToLower(r) != r {
			t.Fatalf("%U: letter %v, lower case %U", r, unicode.IsLetter(r), unicode.ToLower(r))
		}
	}
}

// dropLineReference is dropLine as first defined, on a lower-case copy of the line.
func dropLineReference(t string) bool {
	if strings.HasPrefix(t, "{:") && strings.HasSuffix(t, "}") {
		return true
	}
	if len(t) > 60 || !strings.ContainsAny(t, "tT") {
		return false
	}
	lower := strings.ToLower(t)
	if strings.Contains(lower, "this list will be replaced by the toc") {
		return true
	}
	switch lower {
	case "[toc]", "[[toc]]", "[[_toc_]]", "{{toc}}", "${toc}":
		return true
	}
	return false
}

func TestDropLineMatchesLowerCase(t *testing.T) {
	t.Parallel()
	for _, s := range fastPathSamples {
		for _, line := range []string{s, "{:" + s + "}", strings.ToUpper(s), s + " and more"} {
			if got, want := dropLine(line), dropLineReference(line); got != want {
				t.Errorf("dropLine(%q) = %v, want %v", line, got, want)
			}
		}
	}
}

func TestFunctionWordTable(t *testing.T) {
	t.Parallel()
	want := map[string]langSet{}
	for l, list := range latinWords {
		for _, w := range strings.Fields(list) {
			want[w] |= 1 << l
		}
	}
	if len(want)*2 > wordTableSize {
		t.Fatalf("%d function words fill more than half of the %d slots", len(want), wordTableSize)
	}
	table := functionWords()
	for w, set := range want {
		if got, ok := table.lookup([]byte(w)); !ok || got != set {
			t.Errorf("lookup(%q) = %b, %v; want %b", w, got, ok, set)
		}
	}
	for _, w := range []string{"", "x", "thee", "th", "Data", "datenschutz", "données!", "personenbezogenenx"} {
		if set, ok := table.lookup([]byte(w)); ok {
			t.Errorf("lookup(%q) = %b, want none", w, set)
		}
	}
}

func TestAppendLowerMatchesToLower(t *testing.T) {
	t.Parallel()
	for _, s := range append(fastPathSamples, "\xff\xfeBAD", "A\xe4B", "\ufffdX", "ΣΑΣ") {
		if got, want := string(appendLower([]byte("k:"), s)), "k:"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSimpleLineFastPath(t *testing.T) {
	t.Parallel()
	// Every valid three-byte sequence the fast path takes (U+4000 to U+CFFF) is simple.
	for r := rune(0x4000); r <= 0xcfff; r++ {
		if !simpleLine("a" + string(r) + "b") {
			t.Fatalf("%U read as needing normalisation", r)
		}
	}
	for _, s := range []string{"一\u3000二", "一\u200b二", "一\u202e二", "一  二", "一\t二", "\xe4\xb8", "一\xe4\xb8", "一\xe4\xb8x"} {
		if simpleLine(s) {
			t.Errorf("simpleLine(%q) = true, want false", s)
		}
	}
}

func TestLineEnd(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		s    string
		want int
	}{{"", 0}, {"abc", 3}, {"ab\ncd", 2}, {"ab\r\ncd", 2}, {"a\rb\nc", 1}, {"ab\nc\rd", 2}, {"\n", 0}} {
		if got := lineEnd(c.s); got != c.want {
			t.Errorf("lineEnd(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestDecodeRuneMatchesUTF8(t *testing.T) {
	t.Parallel()
	check := func(s string, i int) {
		r, size := decodeRune(s, i)
		wr, wsize := utf8.DecodeRuneInString(s[i:])
		if r != wr || size != wsize {
			t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, size, wr, wsize)
		}
	}
	for lead := 0x80; lead <= 0xff; lead++ {
		for c1 := 0; c1 <= 0xff; c1++ {
			for _, c2 := range []int{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
				s := string([]byte{'x', byte(lead), byte(c1), byte(c2)})
				check(s, 1)
				check(s[:3], 1) // cut short
			}
		}
	}
}

func TestTrimTitleMatchesTrim(t *testing.T) {
	t.Parallel()
	for _, s := range append(fastPathSamples, "\ufeff** Title :**", "：标题：", "_ _x_ _", "\xff: x :\xfe", "*", "：", ": \ufeff") {
		if got, want := trimTitle(s), strings.Trim(s, bom+" *_:："); got != want {
			t.Errorf("trimTitle(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestParseScratchReuse parses documents one after another, as a folder is loaded, so that each
// reuses the line and block arrays the one before left in the pool (larger, and holding its
// text), and checks that every policy is the one fresh arrays give.
func TestParseScratchReuse(t *testing.T) {
	docs := []struct {
		name string
		data []byte
	}{
		{"big.md", syntheticMarkdown(96 << 10)},
		{"small.txt", []byte("Privacy Policy\n\n1. Data\n\nWe collect data.\n\n| a | b |\n| c | d |\n")},
		{"zh.txt", synthetic(8 << 10)},
		{"small.md", []byte("# Politique de confidentialité\n\n## 1. Données\n\nNous collectons vos données.\n")},
	}
	for round := 0; round < 2; round++ {
		for _, d := range docs {
			got, err := Parse(d.name, d.data)
			if err != nil {
				t.Fatal(err)
			}
			lines := splitLines(d.data)
			var info []lineInfo
			literal := canonical(lines)
			if literal || !plainTextName(d.name) {
				info = commonMarkLines(d.data, lines)
			}
			want, _ := parseLines(d.name, lines, info, nil, literal)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %s: parsed with reused arrays differs from fresh ones", round, d.name)
			}
		}
	}
}
