package policies

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// encode encodes s with enc, failing the test on characters enc cannot hold.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return out
}

// TestDecodeHTMLCharsets checks that a saved page in a legacy encoding reads as its text, by
// its declaration or, declaring none, by its bytes.
func TestDecodeHTMLCharsets(t *testing.T) {
	t.Parallel()
	page := func(meta, body string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>"
	}
	tests := []struct {
		name string
		enc  encoding.Encoding
		src  string
		want string
	}{
		{"windows-1252 declared, one curly quote", charmap.Windows1252,
			page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "We don’t sell your data."),
			"We don’t sell your data."},
		{"windows-1252 declared after many other tags", charmap.Windows1252,
			page(strings.Repeat(`<meta name="x" content="y">`, 60)+`<meta charset="windows-1252">`, "Données personnelles, Straße"),
			"Données personnelles, Straße"},
		{"iso-8859-1 declared (read as windows-1252)", charmap.Windows1252,
			page(`<meta charset=iso-8859-1>`, "Politique de confidentialité"), "Politique de confidentialité"},
		{"GBK declared", simplifiedchinese.GBK, page(`<meta charset="gbk">`, "我们收集您的个人信息。"), "我们收集您的个人信息。"},
		{"GB2312 declared", simplifiedchinese.GBK, page(`<meta charset="gb2312">`, "隐私政策"), "隐私政策"},
		{"Big5 declared", traditionalchinese.Big5, page(`<meta charset="big5">`, "隱私權政策說明"), "隱私權政策說明"},
		{"Shift_JIS declared", japanese.ShiftJIS, page(`<meta charset="shift_jis">`, "個人情報保護方針について"), "個人情報保護方針について"},
		{"GBK undeclared", simplifiedchinese.GBK, page("", "我们如何收集和使用您的个人信息"), "我们如何收集和使用您的个人信息"},
		{"windows-1252 undeclared", charmap.Windows1252, page("", "Vos données à caractère personnel"), "Vos données à caractère personnel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(encode(t, tt.enc, tt.src))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("Decode = %q, want it to hold %q", got, tt.want)
			}
		})
	}
}

func TestDecodeHTMLDeclaredUTF8WithStrayByte(t *testing.T) {
	t.Parallel()
	src := []byte("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 policy: we collect données.</p></body></html>")
	got, err := Decode(src)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if !strings.Contains(string(got), "Caf\uFFFD policy: we collect données.") {
		t.Errorf("Decode = %q: want the stray byte replaced and the UTF-8 text kept", got)
	}
}

// TestDecodeTextStillNeedsUTF8 is the near miss: a plain-text file (no markup, no declaration)
// in a legacy encoding is still refused with advice, not guessed at.
func TestDecodeTextStillNeedsUTF8(t *testing.T) {
	t.Parallel()
	_, err := Decode([]byte("Politique de confidentialit\xe9\n<p> is how a paragraph starts\n"))
	if !errors.Is(err, ErrEncoding) {
		t.Errorf("error %v, want ErrEncoding", err)
	}
}

// TestDecodeValidUTF8PageKeepsBytes: a page declaring windows-1252 whose bytes are valid UTF-8
// (a mislabelled page) reads as UTF-8, not as mojibake.
func TestDecodeValidUTF8PageKeepsBytes(t *testing.T) {
	t.Parallel()
	src := "<html><head><meta charset=windows-1252></head><body><p>Données, 隐私</p></body></html>"
	got, err := Decode([]byte(src))
	if err != nil || string(got) != src {
		t.Errorf("Decode = %q, %v; want the page unchanged", got, err)
	}
}

func TestLoadLegacyEncodedPage(t *testing.T) {
	t.Parallel()
	src := encode(t, charmap.Windows1252, `<html><head><meta charset="windows-1252"><title>Privacy</title></head><body>
<h1>Privacy Policy</h1><h2>What we collect</h2><p>We collect your name and your email address’s domain.</p>
<h2>Your rights</h2><p>You may ask us to delete your data at any time.</p></body></html>`)
	p, err := parseDocument("page.html", src)
	if err != nil {
		t.Fatalf("parseDocument: %v", err)
	}
	if len(p.Sections) < 2 || p.Sections[len(p.Sections)-1].Title != "Your rights" {
		t.Errorf("sections %+v, want the two <h2> sections", p.Sections)
	}
}
