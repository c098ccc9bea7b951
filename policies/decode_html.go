package policies

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// metaScanLen is how far into a page decodeHTML looks for a <meta> charset declaration, in
// bytes: pages put dozens of other <meta> and <link> tags first.
const metaScanLen = 64 << 10

// decodeHTML turns a page that is not valid UTF-8 into UTF-8, as a browser would: by the
// charset its <meta> tags declare; a page declaring UTF-8 keeps its valid text, each invalid
// byte becoming U+FFFD; a page declaring nothing is decoded by the first of GB18030, Big5,
// Shift_JIS and EUC-KR that reads its bytes without error as text mostly in that script,
// else as windows-1252 (which reads any byte). name is the charset the page declares
// (declaredCharset).
func decodeHTML(text []byte, name string) []byte {
	if name != "" {
		enc, canonical := charset.Lookup(name)
		switch {
		case enc == nil:
		case canonical == "utf-8":
			return bytes.ToValidUTF8(text, []byte("\uFFFD"))
		default:
			if out, err := enc.NewDecoder().Bytes(text); err == nil {
				return out
			}
		}
	}
	for _, c := range []struct {
		enc    encoding.Encoding
		script func(rune) bool
	}{
		{simplifiedchinese.GB18030, isHanRune},
		{traditionalchinese.Big5, isHanRune},
		{japanese.ShiftJIS, isJapanese},
		{korean.EUCKR, func(r rune) bool { return unicode.Is(unicode.Hangul, r) || isHanRune(r) }},
	} {
		if out, ok := decodesAs(text, c.enc, c.script); ok {
			return out
		}
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(text)
	return out
}

func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

func isJapanese(r rune) bool {
	return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || isHanRune(r)
}

// decodesAs decodes text with enc and reports whether the result has no replacement or control
// characters and at least 80% of its non-ASCII letters in script. It checks the text as it is
// decoded, a stretch at a time, so that a wrong guess stops at its first bad character instead
// of decoding the whole page.
func decodesAs(text []byte, enc encoding.Encoding, script func(rune) bool) ([]byte, bool) {
	dec := enc.NewDecoder()
	out := make([]byte, 0, len(text)+len(text)/2+utf8.UTFMax)
	var in, all int
	for src := text; ; {
		// A decoder writes whole runes, so each stretch it writes is checked on its own.
		nDst, nSrc, err := dec.Transform(out[len(out):cap(out)], src, true)
		for _, r := range string(out[len(out) : len(out)+nDst]) {
			if r == utf8.RuneError || r >= 0x80 && r < 0xa0 || r >= 0xe000 && r <= 0xf8ff {
				return nil, false
			}
			if r < 0x80 || !unicode.IsLetter(r) {
				continue
			}
			all++
			if script(r) {
				in++
			}
		}
		out, src = out[:len(out)+nDst], src[nSrc:]
		switch err {
		case nil:
			return out, all > 0 && in*10 >= all*8
		case transform.ErrShortDst:
			out = slices.Grow(out, cap(out))
		default:
			return nil, false
		}
	}
}

// declaredCharset returns the charset a page's <meta charset=...> or <meta http-equiv
// content="text/html; charset=..."> declares in its first metaScanLen bytes, lower case; ""
// when none.
func declaredCharset(text []byte) string {
	head := bytes.ToLower(text[:min(len(text), metaScanLen)])
	for rest := head; ; {
		i := bytes.Index(rest, []byte("<meta"))
		if i < 0 {
			return ""
		}
		rest = rest[i+5:]
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			return ""
		}
		tag := rest[:end]
		rest = rest[end:]
		j := bytes.Index(tag, []byte("charset"))
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if !bytes.HasPrefix(v, []byte("=")) {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := bytes.IndexFunc(v, func(r rune) bool { return strings.ContainsRune(" \t\r\n\"';/>", r) })
		if k >= 0 {
			v = v[:k]
		}
		if len(v) > 0 {
			return string(v)
		}
	}
}
