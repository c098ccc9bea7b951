package policies

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML parser's cost grows with the square of the element nesting depth, so a page is
// checked for deep nesting before it is parsed (nestsDeeper), and only a page that nests too
// deep is rewritten (limitNesting). The check runs on every page, so it is a scanner of its
// own over the bytes rather than a second pass of the tokenizer: it reads tags, comments and
// raw text (scripts, styles, titles...) exactly as golang.org/x/net/html's Tokenizer does
// (html_nesting_test.go holds the tokenizer-based reckoning it must agree with, and a fuzz
// target comparing the two), and skips text with bytes.IndexByte.

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
	"keygen": true,
}

// selfClosing are elements whose start tag implicitly ends an open element of the same kind
// (<p>one<p>two), so that such pages do not look deeply nested.
var selfClosing = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true, "option": true,
}

// limitNesting returns src with the start and end tags of elements nested deeper than limit
// removed (their text is kept, flattened into the element at the limit). It tracks nesting with
// the tokenizer, which is linear in the input; src is returned unchanged when it never nests
// that deep.
func limitNesting(src []byte, limit int) []byte {
	if !nestsDeeper(src, limit) {
		return src
	}
	var out bytes.Buffer
	out.Grow(len(src))
	var stack []string
	dropped := map[string]int{}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				break
			}
			if selfClosing[tag] && len(stack) > 0 && stack[len(stack)-1] == tag {
				stack = stack[:len(stack)-1]
			}
			if len(stack) >= limit {
				dropped[tag]++
				continue
			}
			stack = append(stack, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if dropped[tag] > 0 {
				dropped[tag]--
				continue
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == tag {
					stack = stack[:i]
					break
				}
			}
		}
		out.Write(raw)
	}
}

// voidAtom and selfClosingAtom are voidElements and selfClosing by atom.
func voidAtom(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link,
		atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

func selfClosingAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Option:
		return true
	}
	return false
}

// nestsDeeper reports whether the elements of src nest more than limit deep, by the same
// reckoning as limitNesting: a start tag (not self-closing, not void) opens an element, one of
// the selfClosing kinds first closing an open one of its kind on top; an end tag closes the
// nearest open element of its name and all those above it. Tokens are read as the html
// Tokenizer reads them; the scan ends, reporting false, where the tokenizer would end with an
// error (at the end of input, an unfinished tag included). Known tags are compared by atom,
// so that the scan allocates only for unknown (custom) elements.
func nestsDeeper(src []byte, limit int) bool {
	type tag struct {
		a    atom.Atom
		name string // for unknown tags only
	}
	var lower []byte
	of := func(name []byte) tag {
		lower = append(lower[:0], name...)
		for i, c := range lower {
			if 'A' <= c && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		if a := atom.Lookup(lower); a != 0 {
			return tag{a: a}
		}
		return tag{name: string(lower)}
	}
	var stack []tag
	n := len(src)
	for pos := 0; ; {
		i := bytes.IndexByte(src[pos:], '<')
		if i < 0 {
			return false
		}
		pos += i + 1
		if pos >= n {
			return false
		}
		switch c := src[pos]; {
		case isASCIILetter(c):
			r, ok := scanTag(src, pos+1, true)
			if !ok {
				return false
			}
			pos = r.end
			t := of(src[r.nameStart:r.nameEnd])
			if !r.selfClosing && !(t.a != 0 && voidAtom(t.a)) {
				if t.a != 0 && selfClosingAtom(t.a) && len(stack) > 0 && stack[len(stack)-1] == t {
					stack = stack[:len(stack)-1]
				}
				if len(stack) >= limit {
					return true
				}
				stack = append(stack, t)
			}
			switch t.a {
			case atom.Script:
				if pos, ok = scriptEnd(src, pos); !ok {
					return false
				}
			case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Style, atom.Textarea, atom.Title, atom.Xmp:
				if pos, ok = rawTextEnd(src, pos, t.a.String()); !ok {
					return false
				}
			case atom.Plaintext:
				return false // the rest of the input is text
			}
		case c == '/':
			pos++
			if pos >= n {
				return false
			}
			switch c := src[pos]; {
			case c == '>':
				pos++ // "</>" is no token at all
			case isASCIILetter(c):
				r, ok := scanTag(src, pos+1, false)
				if !ok {
					return false
				}
				pos = r.end
				t := of(src[r.nameStart:r.nameEnd])
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i] == t {
						stack = stack[:i]
						break
					}
				}
			default:
				// A bogus comment, up to the next '>'.
				if pos = closeAngle(src, pos); pos < 0 {
					return false
				}
			}
		case c == '!':
			pos++
			if pos+2 > n {
				return false
			}
			if src[pos] == '-' && src[pos+1] == '-' {
				if pos = commentEnd(src, pos+2); pos < 0 {
					return false
				}
				continue
			}
			// A doctype, or a bogus comment: either ends at the next '>'.
			if pos = closeAngle(src, pos); pos < 0 {
				return false
			}
		case c == '?':
			if pos = closeAngle(src, pos); pos < 0 {
				return false
			}
		}
		// Anything else after '<' is text, read again from c.
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// closeAngle returns the position after the first '>' at or after pos, or -1 when there is
// none (the token runs to the end of input).
func closeAngle(src []byte, pos int) int {
	i := bytes.IndexByte(src[pos:], '>')
	if i < 0 {
		return -1
	}
	return pos + i + 1
}

// scannedTag is a tag read by scanTag.
type scannedTag struct {
	nameStart, nameEnd int  // the tag name, as written
	end                int  // the position after the closing '>'
	selfClosing        bool // a start tag closed by "/>", as the tokenizer judges it
}

// scanTag reads a tag as the Tokenizer's readTag does, from p, the position after the first
// letter of its name, to its closing '>', through attributes whose quoted values may hold
// '>'; ok is false when the input ends first. saveAttr is true for a start tag, whose last
// attribute decides whether a final "/" closes the tag (<br/>) or ends a value (<p a=/>).
func scanTag(src []byte, p int, saveAttr bool) (t scannedTag, ok bool) {
	n := len(src)
	// skipSpace returns the position of the next non-space byte, n at the end of input.
	skipSpace := func(p int) int {
		for p < n && isHTMLSpace(src[p]) {
			p++
		}
		return p
	}
	t.nameStart = p - 1
	for {
		if p >= n {
			return t, false
		}
		c := src[p]
		p++
		if isHTMLSpace(c) {
			t.nameEnd = p - 1
			break
		}
		if c == '/' || c == '>' {
			p--
			t.nameEnd = p
			break
		}
	}
	if p = skipSpace(p); p >= n {
		return t, false
	}
	hasAttr, lastValEnd := false, 0
	for {
		if p >= n {
			return t, false
		}
		if src[p] == '>' {
			p++
			break
		}
		// The attribute's key: an '=' may open it, then it runs to '=', space, '/' or '>'.
		keyStart := p
		for p < n {
			c := src[p]
			p++
			if c == '=' && keyStart+1 == p {
				continue
			}
			if c == '=' || isHTMLSpace(c) || c == '/' || c == '>' {
				p--
				break
			}
		}
		keyEnd := p
		// Its value.
		valEnd := p
		if p = skipSpace(p); p >= n {
			return t, false
		}
		switch src[p] {
		case '/':
			p++ // no value; the '/' is consumed
		case '=':
			if p = skipSpace(p + 1); p >= n {
				return t, false
			}
			switch q := src[p]; q {
			case '>':
			case '\'', '"':
				i := bytes.IndexByte(src[p+1:], q)
				if i < 0 {
					return t, false
				}
				valEnd = p + 1 + i
				p = valEnd + 1
			default:
				p++
				for {
					if p >= n {
						return t, false
					}
					c := src[p]
					p++
					if isHTMLSpace(c) {
						valEnd = p - 1
						break
					}
					if c == '>' {
						p--
						valEnd = p
						break
					}
				}
			}
		}
		if saveAttr && keyStart != keyEnd {
			hasAttr, lastValEnd = true, valEnd
		}
		if p = skipSpace(p); p >= n {
			return t, false
		}
	}
	t.end = p
	t.selfClosing = saveAttr && src[p-2] == '/' && (!hasAttr || p-2 != lastValEnd-1)
	return t, true
}

// commentEnd returns the position after the comment whose "<!--" ends before p, as the
// Tokenizer's readComment reads it ("-->", "--!>", and "<!-->" or "<!--->" at once), or -1
// when the input ends first.
func commentEnd(src []byte, p int) int {
	n := len(src)
	dashes, beginning := 0, true
	for {
		// Bytes other than these three only reset the state: skip them at once.
		j := bytes.IndexAny(src[p:], "->!")
		if j < 0 {
			return -1
		}
		if j > 0 {
			dashes, beginning = 0, false
			p += j
		}
		c := src[p]
		p++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return p
			}
		case '!':
			if dashes >= 2 {
				if p >= n {
					return -1
				}
				c = src[p]
				p++
				if c == '>' {
					return p
				}
				if c == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
}

// rawEndTag reports whether src[p:] opens with name (case-insensitively) followed by a space,
// '/' or '>': the rest of a raw text element's end tag after "</". At the end of input it
// reports false, and eof true.
func rawEndTag(src []byte, p int, name string) (match, eof bool) {
	for i := 0; i < len(name); i++ {
		if p+i >= len(src) {
			return false, true
		}
		if c := src[p+i]; c != name[i] && c != name[i]-('a'-'A') {
			return false, false
		}
	}
	if p+len(name) >= len(src) {
		return false, true
	}
	switch src[p+len(name)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true, false
	}
	return false, false
}

// rawTextEnd returns the position of the end tag "</name" that ends the raw text (style,
// title, textarea...) starting at p; ok is false when no such tag comes before the end of input.
func rawTextEnd(src []byte, p int, name string) (end int, ok bool) {
	for {
		i := bytes.Index(src[p:], []byte("</"))
		if i < 0 {
			return 0, false
		}
		p += i + 2
		if match, _ := rawEndTag(src, p, name); match {
			return p - 2, true
		}
	}
}

// scriptEnd returns the position of the "</script" that ends the script text starting at p,
// following the Tokenizer's readScript through the states a "<!--" opens in a script (where a
// "<script" hides the next "</script>"); ok is false when the input ends first.
func scriptEnd(src []byte, p int) (end int, ok bool) {
	const name = "script"
	n := len(src)
	var c byte
	// next reads the next byte into c, and reports false at the end of input.
	next := func() bool {
		if p >= n {
			return false
		}
		c = src[p]
		p++
		return true
	}
	// skipTo reads up to the next byte of set into c (the bytes before it do not change the
	// state that calls it), and reports false at the end of input.
	skipTo := func(set string) bool {
		i := bytes.IndexAny(src[p:], set)
		if i < 0 {
			return false
		}
		c = src[p+i]
		p += i + 1
		return true
	}
	// endTag tries an end tag after "</": true (with p back before "</") when it is
	// </script, and at the end of input stop is true.
	endTag := func() (match, stop bool) {
		m, eof := rawEndTag(src, p, name)
		switch {
		case m:
			p -= 2
			return true, false
		case eof:
			return false, true
		}
		// The Tokenizer reads the matching letters and reads the first other byte again.
		for i := 0; i < len(name) && (src[p] == name[i] || src[p] == name[i]-('a'-'A')); i++ {
			p++
		}
		return false, false
	}

scriptData:
	if !skipTo("<") {
		return 0, false
	}
	goto scriptDataLessThanSign

scriptDataLessThanSign:
	if !next() {
		return 0, false
	}
	switch c {
	case '/':
		if m, stop := endTag(); m {
			return p, true
		} else if stop {
			return 0, false
		}
		goto scriptData
	case '!':
		goto scriptDataEscapeStart
	}
	p--
	goto scriptData

scriptDataEscapeStart:
	if !next() {
		return 0, false
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	p--
	goto scriptData

scriptDataEscapeStartDash:
	if !next() {
		return 0, false
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	p--
	goto scriptData

scriptDataEscaped:
	if !skipTo("-<") {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	if !next() {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	if !next() {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	if !next() {
		return 0, false
	}
	if c == '/' {
		if m, stop := endTag(); m {
			return p, true
		} else if stop {
			return 0, false
		}
		goto scriptDataEscaped
	}
	if isASCIILetter(c) {
		goto scriptDataDoubleEscapeStart
	}
	p--
	goto scriptData

scriptDataDoubleEscapeStart:
	p--
	for i := 0; i < len(name); i++ {
		if !next() {
			return 0, false
		}
		if c != name[i] && c != name[i]-('a'-'A') {
			p--
			goto scriptDataEscaped
		}
	}
	if !next() {
		return 0, false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	p--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	if !skipTo("-<") {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	if !next() {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	if !next() {
		return 0, false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	if !next() {
		return 0, false
	}
	if c == '/' {
		if m, stop := endTag(); m {
			p += len("</script>")
			goto scriptDataEscaped
		} else if stop {
			return 0, false
		}
		goto scriptDataDoubleEscaped
	}
	p--
	goto scriptDataDoubleEscaped
}
