package policies

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with a BOM.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := append([]uint16{0xfeff}, utf16.Encode([]rune(s))...)
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecodeAccepts(t *testing.T) {
	t.Parallel()
	const text = "隐私政策 Privacy Policy\n1. Introduction\nWe collect your name.\n"
	tests := []struct {
		name string
		in   []byte
	}{
		{"utf-8", []byte(text)},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), text...)},
		{"utf-16 LE with BOM", utf16Bytes(text, false)},
		{"utf-16 BE with BOM", utf16Bytes(text, true)},
		{"escape sequences are text, not binary", []byte("Title\n\x1b]52;c;ZXZpbA==\x07\x1b[31mred\x1b[0m\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			want := string(bytes.TrimPrefix(tt.in, []byte("\xef\xbb\xbf")))
			if tt.name == "utf-16 LE with BOM" || tt.name == "utf-16 BE with BOM" {
				want = text
			}
			if string(got) != want {
				t.Errorf("Decode = %q, want %q", got, want)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	t.Parallel()
	utf16NoBOM := utf16Bytes("Privacy Policy\nWe collect data.\n", false)[2:]
	tests := []struct {
		name     string
		in       []byte
		want     error
		contains string
	}{
		{"empty", nil, ErrEmpty, "empty"},
		{"whitespace only", []byte(" \n\t\r\n "), ErrEmpty, "whitespace"},
		{"BOM only", []byte("\xef\xbb\xbf"), ErrEmpty, "whitespace"},
		{"NUL bytes", []byte("abc\x00def\x00"), ErrBinary, "binary"},
		{"NUL after the sniffed start", append(bytes.Repeat([]byte("text "), 4000), 0), ErrBinary, "NUL byte at offset 20000"},
		{"control soup", bytes.Repeat([]byte{1, 2, 3, 4, 'a'}, 100), ErrBinary, "binary"},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ErrBinary, "pdftotext"},
		{"docx", []byte("PK\x03\x04\x14\x00\x06\x00"), ErrBinary, ".docx"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, "PNG"},
		{"latin-1", []byte("Politique de confidentialit\xe9\nNous collectons\n"), ErrEncoding, "invalid UTF-8 at byte 27 (line 1)"},
		{"invalid on line 3", []byte("a\nb\nc\xff\n"), ErrEncoding, "line 3"},
		{"utf-16 without BOM", utf16NoBOM, ErrEncoding, "without a byte-order mark"},
		{"utf-16 odd length", append(utf16Bytes("abc", false), 'x'), ErrEncoding, "odd number of bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err == nil {
				t.Fatalf("Decode = %q, want error %v", got, tt.want)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %q does not wrap %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.contains) {
				t.Errorf("error %q does not mention %q", err, tt.contains)
			}
		})
	}
}
