package model

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// The reasons Parse rejects a document. Parse wraps them with detail (the byte offset of bad
// UTF-8, for instance); callers can test for them with errors.Is and add the file name.
var (
	ErrEmpty    = errors.New("empty document")
	ErrBinary   = errors.New("binary data, not text")
	ErrEncoding = errors.New("invalid UTF-8 encoding")
)

// srcLine is one line of the source after normalisation.
type srcLine struct {
	text   string // normalised and sanitised, without leading and trailing spaces
	indent int    // leading columns (a tab counts 4)
	num    int    // 1-based line number in the source
	off    int    // byte offset in the source of the line's first non-space character
}

// checkText returns an error when data cannot be a text document.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte(bom)))) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%w at byte offset %d", ErrEncoding, off)
	}
	return nil
}

const bom = "\uFEFF"

// splitLines cuts the source into lines (ending in LF, CRLF or a lone CR) and normalises each:
// a leading byte-order mark is dropped, tabs and exotic spaces (no-break, full-width, thin, ...)
// become ordinary spaces, zero-width spaces and stray BOMs vanish, runs of spaces inside the text
// shrink to one, terminal controls are removed (Sanitize), and the line is trimmed. Each line
// keeps its number and the byte offset of its first character in data, so clauses can point
// back to the source.
func splitLines(data []byte) []srcLine {
	return appendLines(nil, data)
}

// appendLines is splitLines writing the lines in dst's array when it is large enough.
func appendLines(dst []srcLine, data []byte) []srcLine {
	src := string(data)
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	lines := slices.Grow(dst[:0], bytes.Count(data, []byte{'\n'})+1)
	var b strings.Builder
	num := 0
	for start <= len(src) {
		end := start + lineEnd(src[start:])
		num++
		lines = append(lines, normLine(src[start:end], start, num, &b))
		if end >= len(src) {
			break
		}
		if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
			end++
		}
		start = end + 1
		if start == len(src) {
			break
		}
	}
	return lines
}

// lineEnd returns the index of the first line end (LF or CR) in s, or len(s).
func lineEnd(s string) int {
	k := strings.IndexByte(s, '\n')
	if k < 0 {
		k = len(s)
	}
	if r := strings.IndexByte(s[:k], '\r'); r >= 0 {
		return r
	}
	return k
}

// normLine normalises one raw line that starts at byte offset off of the source.
func normLine(raw string, off, num int, b *strings.Builder) srcLine {
	indent, i := 0, 0
	for i < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if r == '\t' {
			indent += 4
		} else if isSpace(r) {
			indent++
		} else if !isInvisible(r) {
			break
		}
		i += size
	}
	line := srcLine{indent: indent, num: num, off: off + i}
	rest := raw[i:]
	if simpleLine(rest) {
		line.text = strings.TrimRight(rest, " ")
		return line
	}
	b.Reset()
	space := false
	for _, r := range Sanitize(rest) {
		switch {
		case r == '\t' || isSpace(r):
			space = true
		case isInvisible(r):
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	line.text = b.String()
	return line
}

// simpleLine reports whether s needs no rewriting: valid UTF-8 without tabs, double spaces,
// exotic spaces, invisible characters or anything Sanitize removes. That is the common case in
// every language, so it is checked in one pass before the rewriting one.
func simpleLine(s string) bool {
	prev := byte(0)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || (c == ' ' && prev == ' ') {
				return false
			}
			prev = c
			i++
			continue
		}
		if c >= 0xe4 && c <= 0xec && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			// U+4000 to U+CFFF (Han, Hangul, Yi): valid, and none is a space, an invisible
			// character or one Sanitize removes. Chinese text is mostly these.
			prev = 0
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || isSpace(r) || isInvisible(r) || dropRune(r) {
			return false
		}
		prev = 0
		i += size
	}
	return true
}

// isSpace reports whether r is a space character normalised to ' ': ASCII space, no-break
// space, the typographic spaces of U+2000–U+200A, narrow no-break, medium mathematical and the
// full-width ideographic space.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || r == 0xa0 || r == 0x1680 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200a:
		return true
	}
	return false
}

// isInvisible reports whether r is a zero-width character dropped from text: zero-width space,
// word joiner and a byte-order mark inside the text.
func isInvisible(r rune) bool {
	return r == 0x200b || r == 0x2060 || r == 0xfeff
}
