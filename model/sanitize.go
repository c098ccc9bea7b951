package model

import (
	"strings"
	"unicode/utf8"
)

// Sanitize returns s with everything removed that could act on a terminal instead of being
// shown by it: escape sequences (CSI such as colours and cursor moves, OSC such as titles,
// hyperlinks and OSC 52 clipboard writes, ended by BEL or ST; DCS, SOS, PM and APC strings; the
// 8-bit C1 forms of all of them), the other C0 and C1 control characters except '\n' and '\t',
// DEL, and the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069 that can make
// text read differently from what it says. Invalid UTF-8 bytes become U+FFFD. Printable text,
// Chinese included, is returned unchanged; a string that needs no change is returned as is,
// without allocating.
func Sanitize(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b: // ESC
			i = skipEscape(s, i+1)
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
		case dropRune(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// clean reports whether s holds valid UTF-8 without any rune Sanitize would remove.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || dropRune(r) {
			return false
		}
		i += size
	}
	return true
}

// dropRune reports whether r is a control or bidi formatting rune that Sanitize removes.
func dropRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// skipEscape skips the escape sequence whose ESC ended just before i and returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-character sequences (ESC 7, ESC c, ...), and ESC ( B style charset designations,
	// whose intermediate bytes come first.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips a control sequence's parameter and intermediate bytes and its final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			return i
		}
		if c >= 0x80 {
			// Not a CSI byte but the start of a rune: the sequence is broken; keep the rune.
			return i - 1
		}
		if c < 0x20 || c == 0x7f {
			// A control byte: the sequence is broken; drop the byte with it.
			return i
		}
	}
	return i
}

// skipString skips an OSC, DCS, SOS, PM or APC string up to and including its terminator: BEL,
// ESC \ (ST) or the 8-bit ST U+009C. An unterminated string runs to the end of a line, so one
// stray ESC ] cannot swallow the rest of a document.
func skipString(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c == 0x07:
			return i + 1
		case c == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case c == '\n':
			return i
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
		i++
	}
	return i
}
