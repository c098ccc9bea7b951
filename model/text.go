package model

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHan reports whether r is a Chinese character (CJK unified ideographs and their extensions).
func isHan(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	if r >= 0x4e00 && r <= 0x9fff {
		return true // the common ideographs, all Han (TestIsHanCommonBlock), without a table search
	}
	return unicode.Is(unicode.Han, r)
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// CountWords returns the number of words in s: each run of letters or digits outside Chinese
// counts one, and each Han character counts one on its own (Chinese is not written with spaces).
func CountWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of the text in most languages: letters and digits by range.
			i++
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || in && (c == '\'' || c == '-') {
				if !in {
					n++
				}
				in = true
			} else {
				in = false
			}
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		switch {
		case isHan(r):
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

// cleanInline turns a line of markdown-ish source into plain text: images dropped, links
// reduced to their text, HTML tags removed and entities decoded, emphasis markers, code spans
// and backslash escapes removed, spaces collapsed. Plain text passes through unchanged.
func cleanInline(s string) string {
	if !hasInlineMarkup(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	stars := strings.Count(s, "*") - 2*strings.Count(s, "**")
	in := newInline(s)
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				b.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				if _, end, ok := in.link(i + 1); ok {
					i = end
					continue
				}
			}
		case '[':
			if text, end, ok := in.link(i); ok {
				b.WriteString(cleanInline(text))
				i = end
				continue
			}
		case '<':
			if end := in.tagEnd(i); end > 0 {
				if strings.HasPrefix(s[i+1:], "http") || strings.HasPrefix(s[i+1:], "mailto:") || isEmail(s[i+1:end-1]) {
					b.WriteString(s[i+1 : end-1])
				} else if strings.HasPrefix(strings.ToLower(s[i:]), "<br") {
					b.WriteByte(' ')
				}
				i = end
				continue
			}
		case '*':
			if i+1 < len(s) && s[i+1] == '*' {
				i += 2
				continue
			}
			if stars%2 == 0 && stars > 0 {
				i++
				continue
			}
		case '_':
			if i+1 < len(s) && s[i+1] == '_' {
				i += 2
				continue
			}
		case '`':
			i++
			continue
		}
		b.WriteByte(c)
		i++
	}
	out := b.String()
	if strings.ContainsRune(out, '&') {
		out = html.UnescapeString(out)
		out = Sanitize(out)
	}
	return collapseSpaces(out)
}

// inlineMarkup marks the bytes that may open inline markup cleanInline removes.
var inlineMarkup = [256]bool{'*': true, '_': true, '`': true, '[': true, ']': true, '<': true, '>': true,
	'&': true, '\\': true, '!': true}

// hasInlineMarkup reports whether s holds a byte of inlineMarkup: most lines hold none and pass
// through cleanInline unchanged. A table lookup per byte is cheaper than strings.ContainsAny,
// which builds its byte set on every call.
func hasInlineMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		if inlineMarkup[s[i]] {
			return true
		}
	}
	return false
}

// collapseSpaces trims s and shrinks runs of spaces (including those an entity such as &nbsp;
// produced) to one.
func collapseSpaces(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || isSpace(r) {
			space = true
			continue
		}
		if isInvisible(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// nextIndex finds the next occurrence of a byte in a string, remembering the answer so that
// repeated searches from increasing positions cost linear time in total: a line of ten thousand
// '[' without a ']' is cleaned as fast as a line of text.
type nextIndex struct {
	s   string
	c   byte
	pos int // the last answer: index of c at or after the last query, or len(s) for none
	at  int // the position of the last query; -1 before the first
}

// from returns the index of the first c at or after i, or -1. It keeps the invariant that s
// has no c in [at, pos), so a query inside that span costs nothing and one before it scans only
// up to at.
func (n *nextIndex) from(i int) int {
	switch {
	case n.at >= 0 && i >= n.at && i <= n.pos:
	case n.at >= 0 && i < n.at:
		if k := strings.IndexByte(n.s[i:n.at], n.c); k >= 0 {
			n.pos = i + k
		}
	default:
		if k := strings.IndexByte(n.s[i:], n.c); k >= 0 {
			n.pos = i + k
		} else {
			n.pos = len(n.s)
		}
	}
	n.at = i
	if n.pos >= len(n.s) {
		return -1
	}
	return n.pos
}

// inline holds the searches cleanInline makes over one string.
type inline struct {
	s                    string
	close, paren, gt, lt nextIndex
}

// newInline prepares the searches over s.
func newInline(s string) *inline {
	return &inline{s: s,
		close: nextIndex{s: s, c: ']', at: -1}, paren: nextIndex{s: s, c: ')', at: -1},
		gt: nextIndex{s: s, c: '>', at: -1}, lt: nextIndex{s: s, c: '<', at: -1}}
}

// link parses a markdown link "[text](dest)" starting at s[i] == '[' and returns its text and
// the index after it. A link whose text is an image, "[![alt](src)](dest)", is one link.
func (in *inline) link(i int) (text string, end int, ok bool) {
	return in.linkAt(i, true)
}

// linkAt is link; nest allows one image inside the link text (and no deeper nesting, which
// keeps the work linear).
func (in *inline) linkAt(i int, nest bool) (text string, end int, ok bool) {
	s := in.s
	j := i + 1
	if nest && strings.HasPrefix(s[j:], "![") {
		if _, e, ok := in.linkAt(j+1, false); ok {
			j = e
		}
	}
	close := in.close.from(j)
	for close > 0 && escaped(s, close) {
		// "[\[email protected\]](…)": an escaped bracket is text of the link.
		close = in.close.from(close + 1)
	}
	if close < 0 || close+1 >= len(s) || s[close+1] != '(' {
		return "", 0, false
	}
	paren := in.paren.from(close + 1)
	if paren < 0 {
		return "", 0, false
	}
	return s[i+1 : close], paren + 1, true
}

// escaped reports whether s[i] is backslash-escaped: an odd number of backslashes before it.
func escaped(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] == '\\' {
		k--
	}
	return (i-k)%2 == 1
}

// tagEnd returns the index after an HTML tag or autolink starting at s[i] == '<', or 0 when
// there is none (a lone '<' as in "age < 13" stays).
func (in *inline) tagEnd(i int) int {
	s := in.s
	if i+1 >= len(s) {
		return 0
	}
	c := s[i+1]
	if !(c == '/' || c == '!' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
		return 0
	}
	gt := in.gt.from(i + 1)
	if gt < 0 {
		return 0
	}
	if lt := in.lt.from(i + 1); lt >= 0 && lt < gt {
		return 0
	}
	inner := s[i+1 : gt]
	if isEmail(inner) || strings.HasPrefix(inner, "http") || strings.HasPrefix(inner, "mailto:") || strings.HasPrefix(inner, "!--") {
		return gt + 1
	}
	// Only known HTML tags are markup: "<your email address>" is text.
	name := strings.TrimPrefix(inner, "/")
	k := 0
	for k < len(name) && (isWordByte(name[k])) {
		k++
	}
	if k == len(name) || name[k] == ' ' || name[k] == '/' {
		if htmlTags[strings.ToLower(name[:k])] {
			return gt + 1
		}
	}
	return 0
}

// isEmail reports whether s looks like an e-mail address (an autolink "<a@b.c>").
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Contains(s[at:], ".") && !strings.ContainsAny(s, " <>")
}

// htmlTags are the HTML elements whose tags cleanInline removes from text.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "big": true, "blockquote": true, "br": true, "center": true,
	"code": true, "del": true, "div": true, "em": true, "font": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "hr": true, "i": true, "img": true, "ins": true, "li": true,
	"mark": true, "ol": true, "p": true, "pre": true, "s": true, "section": true, "small": true,
	"span": true, "strong": true, "sub": true, "sup": true, "table": true, "tbody": true, "td": true,
	"th": true, "thead": true, "tr": true, "u": true, "ul": true, "article": true, "header": true,
	"footer": true, "nav": true, "label": true, "input": true, "button": true, "form": true,
}

// isASCIIPunct reports whether c is ASCII punctuation, what markdown lets a backslash escape.
func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// appendLower appends s in lower case to dst: the bytes of strings.ToLower(s), without making
// that string.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if r < 0x4e00 || r > 0x9fff { // common ideographs have no case (TestIsHanCommonBlock)
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		i += size
	}
	return dst
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] at or above utf8.RuneSelf, with the
// three-byte sequences of most scripts (Han, kana, Hangul, Devanagari … U+1000 to U+FFFF but
// U+D000 to U+DFFF) decoded here: the parser's passes over every letter of a Chinese, Japanese
// or Korean text spend much of their time decoding.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xe1 && c <= 0xef && c != 0xed && i+2 < len(s) {
		// No overlong form (lead 0xe0) and no surrogate (lead 0xed) can start this way: any two
		// continuation bytes make a valid rune.
		if c1, c2 := s[i+1], s[i+2]; c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
			return rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// firstRune returns the first rune of s, or utf8.RuneError when s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastRune returns the last rune of s, or utf8.RuneError when s is empty.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// joinLines joins the lines of a wrapped paragraph: with a space, except between Chinese
// characters and CJK punctuation, which are written without one.
func joinLines(first string, more []string) string {
	var b strings.Builder
	n := len(first)
	for _, m := range more {
		n += len(m) + 1
	}
	b.Grow(n)
	b.WriteString(first)
	last := lastRune(first)
	for _, m := range more {
		if m == "" {
			continue
		}
		first := firstRune(m)
		if b.Len() > 0 && !((isHan(last) || isFullWidthPunct(last)) && (isHan(first) || isFullWidthPunct(first))) {
			b.WriteByte(' ')
		}
		b.WriteString(m)
		last = lastRune(m)
	}
	return b.String()
}

// isFullWidthPunct reports whether r is CJK punctuation (。，、；：！？「」（）《》 and kin).
func isFullWidthPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xff65)
}

// Plural returns one when n is 1, else many: the word a count takes in a message
// ("1 clause", "3 clauses").
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
