package policies

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// The reasons a file cannot be read as a policy. Errors returned by Decode and Load wrap one of
// them, so callers can tell them apart with errors.Is; the wrapping error says more (the byte
// offset of bad UTF-8, the kind of binary file, the size).
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file, not text")
	ErrEncoding = errors.New("unsupported text encoding")
	ErrTooLarge = errors.New("file too large")
	ErrNoText   = errors.New("no policy text found")
	ErrInternal = errors.New("internal error")
)

// sniffLen is how many bytes at the start of a file are examined to tell text from binary.
const sniffLen = 8 << 10

// magic numbers of common binary formats a user might point fineprint at, with a hint of what
// to do instead.
var magics = []struct {
	prefix string
	what   string
}{
	{"%PDF-", "a PDF document (export its text first, e.g. with pdftotext)"},
	{"PK\x03\x04", "a ZIP archive or an office document (.docx, .odt: save it as text or HTML first)"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy office document (.doc: save it as text or HTML first)"},
	{"{\\rtf", "an RTF document (save it as text or HTML first)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x7fELF", "an executable"},
}

// Decode turns the raw bytes of a policy file into UTF-8 text. It accepts UTF-8 with or without
// a byte-order mark and UTF-16 (little or big endian) with one; the mark is removed. A web page
// that is not valid UTF-8 is decoded as its <meta> tags declare (windows-1252, GBK, Big5,
// Shift_JIS...) or, declaring none, as its bytes suggest (see decodeHTML). Anything else is
// refused with an error wrapping ErrEmpty, ErrBinary or ErrEncoding that says why in
// words a user can act on. Decode never modifies data; the result may share its memory.
func Decode(data []byte) ([]byte, error) {
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return nil, fmt.Errorf("%w: %s", ErrBinary, m.what)
		}
	}
	var text []byte
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		text = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		if len(data)%2 != 0 {
			return nil, fmt.Errorf("%w: UTF-16 with an odd number of bytes (truncated file?)", ErrEncoding)
		}
		// The decoder honours (and removes) the BOM; unpaired surrogates become U+FFFD.
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("%w: bad UTF-16: %v", ErrEncoding, err)
		}
		text = out
	default:
		if looksUTF16(data) {
			return nil, fmt.Errorf("%w: looks like UTF-16 without a byte-order mark (save it as UTF-8)", ErrEncoding)
		}
		text = data
		// Not UTF-8 and a web page (it opens like one or declares a charset in a <meta> tag):
		// decode it as a browser would.
		if !utf8.Valid(text) {
			if name := declaredCharset(text); name != "" || isHTML("", text) {
				text = decodeHTML(text, name)
			}
		}
	}
	if isBinary(text) {
		return nil, ErrBinary
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return nil, fmt.Errorf("%w: a NUL byte at offset %d", ErrBinary, i)
	}
	if !utf8.Valid(text) {
		off, line := firstInvalid(text)
		return nil, fmt.Errorf("%w: invalid UTF-8 at byte %d (line %d); fineprint reads UTF-8, or UTF-16 with a byte-order mark (convert with iconv)",
			ErrEncoding, off, line)
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fmt.Errorf("%w: only whitespace", ErrEmpty)
	}
	return text, nil
}

// isBinary reports whether the start of text holds a NUL byte or is mostly control characters.
// (Decode also refuses a NUL anywhere later: no text file holds one.)
// ESC is not counted: a text file carrying escape sequences is hostile, not binary, and is loaded
// and sanitised so the user can see what it says.
func isBinary(text []byte) bool {
	head := text[:min(len(text), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b {
			controls++
		}
	}
	return controls*10 > len(head)
}

// looksUTF16 reports whether data looks like UTF-16 text without a byte-order mark: mostly
// ASCII, so every other byte is zero.
func looksUTF16(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	if len(head) < 4 {
		return false
	}
	var zeroEven, zeroOdd int
	for i, b := range head {
		if b != 0 {
			continue
		}
		if i%2 == 0 {
			zeroEven++
		} else {
			zeroOdd++
		}
	}
	half := len(head) / 2
	return zeroEven*10 > half*7 || zeroOdd*10 > half*7
}

// firstInvalid returns the byte offset and 1-based line of the first invalid UTF-8 sequence.
func firstInvalid(text []byte) (offset, line int) {
	line = 1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && size == 1 {
			return i, line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return len(text), line
}
