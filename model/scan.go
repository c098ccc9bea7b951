package model

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockKind is what a block of the source is before sections are built.
type blockKind uint8

const (
	blockPara     blockKind = iota // a paragraph
	blockItem                      // a list item (bullet or enumeration)
	blockRow                       // a table row
	blockHeading                   // a heading: markdown '#', or a numbered line that reads as one
	blockNumbered                  // a numbered line still to be judged heading or paragraph
)

// String names the kind, for debugging and test failure messages.
func (k blockKind) String() string {
	switch k {
	case blockItem:
		return "item"
	case blockRow:
		return "row"
	case blockHeading:
		return "heading"
	case blockNumbered:
		return "numbered"
	default:
		return "para"
	}
}

// block is one paragraph, list item, table row or heading of the source, in reading order.
//
// A document has about one block per line, and the passes over blocks copy them: the one-byte
// fields are kept together at the end so that they share one word.
type block struct {
	text   string // plain text; for a numbered line the whole line
	line   int    // 1-based source line
	off    int    // byte offset in the source
	indent int    // source indentation (columns) of a list item
	cells  []string

	num   numbered // the heading's number; style none when unnumbered
	title string   // heading text without its number
	md    int      // '#' count of a markdown heading, 0 otherwise
	rank  int      // heading rank, smaller is outer
	wt    int      // language weight (words)

	kind   blockKind
	header bool
	blank  bool // a blank line came before it
	bold   bool // the whole line is strong emphasis ("**Your Rights**"), as a visual heading is
	lang   Lang
}

// scanner turns normalised lines into blocks.
type scanner struct {
	lines  []srcLine
	blocks []block
	join   bool    // the source separates paragraphs by blank lines, so adjacent lines are one
	blank  bool    // a blank line was seen since the last block
	open   bool    // the last block may take continuation lines
	last   int     // number of the last line that went into a paragraph, item or heading
	bullet srcLine // a bullet standing alone on its line, whose text is on the next; valid when hasBullet
	// hasBullet reports a pending bullet. The line is held by value: a pointer to line's
	// parameter would move every line to the heap.
	hasBullet bool
	md        bool    // headings, code and comments come from the CommonMark parser, not from the lines
	letters   letters // to tell "i" the letter from "i" the numeral

	// more holds the continuation lines of the last block, a wrapped paragraph, joined into its
	// text when the next block is added (flush); runes counts the runes of that block's text and
	// more, 0 until counted. Only the last block takes continuation lines, so they are held here
	// rather than in every block.
	more  []string
	runes int
}

// scan splits lines into blocks. info, when not nil, is the CommonMark reading of every line
// (see commonMarkLines; empty when it marks none): headings, fenced code, comments and setext
// underlines are taken from it, and the scanner reads the rest line by line. Without it (plain
// text) the scanner also recognises "#" headings, setext underlines, fences and comments
// itself.
func scan(lines []srcLine, info []lineInfo) []block {
	blocks, _ := scanInto(nil, lines, info)
	return blocks
}

// scanInto is scan writing its blocks in dst's array when it is large enough. It also returns
// every block it wrote, those dropped (cleaned down to nothing) included.
func scanInto(dst []block, lines []srcLine, info []lineInfo) (blocks, written []block) {
	s := &scanner{lines: lines, md: info != nil, letters: letters{counts: countsInRoman(lines)}}
	blanks, text := 0, 0
	for _, l := range lines {
		if l.text == "" {
			blanks++
		} else {
			text++
		}
	}
	s.blocks = slices.Grow(dst[:0], text)
	s.join = blanks*4 >= text
	start := readFrontMatter(lines).end
	fence := false
	comment := false
	for i := start; i < len(lines); i++ {
		l := lines[i]
		t := l.text
		if len(info) > 0 {
			switch m := info[i]; m.mark {
			case markSkip, markCont:
				s.open = false
				continue
			case markCode:
				// A line of a fenced code block is read as a line of its own, as the
				// paragraph of it that canonical markdown writes reads back.
				s.open = false
				if t == "" {
					continue
				}
				s.blank = true
			case markHeading:
				if strings.ContainsFunc(m.text, unicode.IsLetter) {
					s.add(mdHeading(m.level, m.text, l.num, l.off, s.blank))
					s.open = false
					s.last = l.num
					continue
				}
				// "# 0 0", "## -": no title; the line is read as a line of text of its own,
				// as the paragraph canonical markdown writes of it reads back.
				t = strings.Join(strings.Fields(m.text), " ")
				s.open = false
				s.blank = true
			}
		}
		switch {
		case s.md:
		case comment:
			if strings.Contains(t, "-->") {
				comment = false
			}
			continue
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = !fence
			s.open = false
			continue
		case fence:
			if t != "" {
				s.add(block{kind: blockPara, text: t, line: l.num, off: l.off})
				s.open = false
			}
			continue
		case strings.HasPrefix(t, "<!--"):
			comment = !strings.Contains(t, "-->")
			continue
		}
		for strings.HasPrefix(t, ">") {
			t = strings.TrimSpace(t[1:])
		}
		if t == "" {
			s.blank = true
			s.open = false
			continue
		}
		if dropLine(t) || gridRule(t) {
			s.open = false
			continue
		}
		if rule, level := ruleLine(t); rule {
			// A setext underline turns the paragraph line above into a heading.
			// The line above may have been read as a numbered line ("1\. Scope" over "---").
			if level > 0 && !s.md && len(s.blocks) > 0 && s.last == l.num-1 {
				b := &s.blocks[len(s.blocks)-1]
				if (b.kind == blockPara || b.kind == blockNumbered) && b.line == l.num-1 && len(s.more) == 0 {
					*b = mdHeading(level, b.text, b.line, b.off, b.blank)
					s.romanHeading(b)
				}
			}
			s.open = false
			continue
		}
		if strings.Contains(t, "|") && s.tableRow(i, t) {
			s.last = 0
			continue
		}
		s.line(l, t)
		s.last = l.num
	}
	if s.hasBullet {
		s.add(block{kind: blockPara, text: "", line: s.bullet.num, off: s.bullet.off})
	}
	s.flush()
	// Drop blocks that cleaned down to nothing.
	out := s.blocks[:0]
	for i := range s.blocks {
		if b := &s.blocks[i]; b.text != "" || b.kind == blockRow {
			out = append(out, *b)
		}
	}
	return out, s.blocks
}

// flush joins the continuation lines of the last block, a wrapped paragraph, into its text.
func (s *scanner) flush() {
	if len(s.more) == 0 {
		return
	}
	b := &s.blocks[len(s.blocks)-1]
	b.text = joinLines(b.text, s.more)
	b.bold = false
	switch {
	case b.kind == blockNumbered:
		// A numbered line wrapped onto the next ("4. Sharing of personal" over "information")
		// is judged later (resolveHeadings) as the same words on one line are.
		b.num.rest = joinLines(b.num.rest, s.more)
	case b.kind == blockPara && b.num.style == styleNone:
		// So is a paragraph whose joined lines start with a number its first line alone did
		// not make ("0 0" over "a" reads as "0 0 a").
		if n, ok := parseNumber(b.text); ok && n.style != styleEnum && !n.enum {
			b.kind, b.num = blockNumbered, n
		}
	}
	s.more = s.more[:0]
}

// line handles a line that is not a table row.
func (s *scanner) line(l srcLine, t string) {
	if s.hasBullet {
		// The text of a bullet that stood alone on the line before.
		bl := s.bullet
		s.hasBullet = false
		s.add(block{kind: blockItem, text: cleanInline(t), line: bl.num, off: bl.off, indent: bl.indent})
		s.open = s.join
		return
	}
	t = strings.TrimPrefix(t, bom) // a stray byte-order mark opens lines of pasted text
	if h, ok := atxHeading(t); ok && !s.md {
		b := mdHeading(h.level, h.text, l.num, l.off, s.blank)
		s.add(b)
		s.open = false
		return
	}
	if rest, bare, ok := bulletMarker(t); ok {
		if bare {
			s.bullet, s.hasBullet = l, true
			return
		}
		s.add(block{kind: blockItem, text: cleanInline(rest), line: l.num, off: l.off, indent: l.indent})
		s.open = s.join
		return
	}
	text := cleanInline(t)
	if text != t && glyphBullet(firstRune(text)) {
		// "**• Right to withdraw:** you may…": the bullet is inside the emphasis.
		if rest, bare, _ := bulletMarker(text); !bare {
			s.add(block{kind: blockItem, text: rest, line: l.num, off: l.off, indent: l.indent})
			s.open = s.join
			return
		}
	}
	bold := boldLine(t)
	n, ok := parseNumber(text)
	if ok {
		n, ok = s.letters.read(n)
	}
	if ok {
		if n.style == styleEnum {
			s.add(block{kind: blockItem, text: text, num: n, line: l.num, off: l.off, indent: l.indent, bold: bold})
			s.open = s.join
			return
		}
		b := block{kind: blockNumbered, text: text, num: n, line: l.num, off: l.off, bold: bold}
		if n.enum {
			b.indent = l.indent // a list item unless it reads as a heading
		}
		s.add(b)
		s.open = s.join && n.rest != ""
		return
	}
	// Without blank lines between paragraphs, a line starting in lower case right after an
	// unfinished one is still the rest of a hard-wrapped sentence.
	lowerCont := !s.join && !s.blank && s.last == l.num-1 && unicode.IsLower(firstRune(text))
	if (s.open || lowerCont) && len(s.blocks) > 0 {
		prev := &s.blocks[len(s.blocks)-1]
		// A numbered line that reads as a heading takes a continuation line only when that
		// starts in lower case, as the rest of a wrapped sentence does.
		// (Only in a document that separates paragraphs by blank lines: elsewhere "11. Minors"
		// followed by "this Service is not…" is a heading and a sloppy sentence.)
		wrapped := prev.kind != blockNumbered || (s.open && unicode.IsLower(firstRune(text))) || !LooksLikeHeading(prev.num.rest, CueNumber)
		// A title-case line of its own ("Accessing, Correcting, and Deleting Your Information")
		// does not run on into a capitalised line below it: it is a heading over its text.
		if prev.kind == blockPara && len(s.more) == 0 && unicode.IsUpper(firstRune(text)) && titleLine(prev.text) {
			wrapped = false
		}
		if (prev.kind == blockPara || prev.kind == blockItem || prev.kind == blockNumbered) && wrapped && (s.continues(prev) || lowerCont && !s.endsSentence(prev)) {
			s.more = append(s.more, text)
			s.runes += utf8.RuneCountInString(text)
			return
		}
	}
	s.add(block{kind: blockPara, text: text, line: l.num, off: l.off, indent: l.indent, bold: bold})
	s.open = s.join
}

// boldLine reports whether the whole line t is strong emphasis: "**Your Rights**",
// "__Cookies__", "**3. Sharing**", and bold spans parted by spaces alone, as converters write a
// heading set in several runs ("**对** **Cookie** **的使用**"). "**Email:** support@…" (a run-in
// lead-in) is not.
func boldLine(t string) bool {
	t = strings.TrimPrefix(t, bom)
	if len(t) < 5 {
		return false
	}
	d := t[:2]
	if d != "**" && d != "__" {
		return false
	}
	inner := strings.TrimSuffix(t, d)
	if len(inner) == len(t) {
		return false
	}
	inner = inner[2:]
	if strings.TrimSpace(inner) == "" {
		return false
	}
	if !strings.Contains(inner, d) {
		return true
	}
	// Spans: bold, between, bold … — every stretch between two spans is spaces.
	k := 0
	for span := 0; ; span++ {
		e := strings.Index(inner[k:], d)
		if e < 0 {
			return span%2 == 0
		}
		if span%2 == 1 && strings.TrimSpace(inner[k:k+e]) != "" {
			return false
		}
		k += e + len(d)
	}
}

// continues reports whether the last block, a paragraph, is likely wrapped onto the next source
// line: it is long enough to have been wrapped and does not end a sentence.
func (s *scanner) continues(last *block) bool {
	if s.runes == 0 {
		s.runes = utf8.RuneCountInString(last.text)
	}
	return s.runes >= 30 && !s.endsSentence(last)
}

// endsSentence reports whether the last block's last line ends with sentence punctuation.
func (s *scanner) endsSentence(last *block) bool {
	if len(s.more) > 0 {
		return endsSentence(s.more[len(s.more)-1])
	}
	return endsSentence(last.text)
}

// endsSentence reports whether a line ends with sentence punctuation.
func endsSentence(line string) bool {
	return strings.ContainsRune(".。!！?？:：;；", lastRune(line))
}

// add appends a block, recording whether a blank line preceded it, after joining the lines of
// the block before it.
func (s *scanner) add(b block) {
	s.flush()
	s.runes = 0
	b.blank = b.blank || s.blank
	s.blank = false
	s.romanHeading(&b)
	s.letters.saw(b.num)
	s.blocks = append(s.blocks, b)
}

// romanHeading reads the number of a markdown heading lettered "i", "v" or "x" as a plain line's
// is read (letters.read): "## i. Information we collect" under "## a." counts in roman numerals.
// A marked heading keeps its number whatever it is read as.
func (s *scanner) romanHeading(b *block) {
	if b.kind == blockHeading && b.md > 0 && b.num.style == styleLower {
		if n, ok := s.letters.read(b.num); ok && n.style == styleLowerRoman {
			b.num = n
		}
	}
}

// tableRow handles a line containing '|' when it belongs to a pipe table: two or more adjacent
// lines with pipes, the first with at least two cells. A markdown delimiter row marks the row
// above it as the header and is dropped.
func (s *scanner) tableRow(i int, t string) bool {
	inTable := len(s.blocks) > 0 && s.blocks[len(s.blocks)-1].kind == blockRow && !s.blank
	if !inTable {
		next := i + 1
		for next < len(s.lines) && gridRule(s.lines[next].text) {
			next++
		}
		if next >= len(s.lines) || !strings.Contains(s.lines[next].text, "|") {
			return false
		}
	}
	cells := splitCells(t)
	if !inTable && len(cells) < 2 {
		return false
	}
	if delimiterRow(cells) {
		if inTable {
			// The rows above form the header (usually one).
			for j := len(s.blocks) - 1; j >= 0 && s.blocks[j].kind == blockRow; j-- {
				s.blocks[j].header = true
			}
		}
		return true
	}
	for k := range cells {
		cells[k] = cleanInline(cells[k])
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == 0 {
		return true
	}
	l := s.lines[i]
	s.add(block{kind: blockRow, text: strings.Join(cells, " | "), cells: cells, line: l.num, off: l.off})
	s.open = false
	return true
}

// splitCells splits a table row at its unescaped pipes, dropping the outer ones.
func splitCells(t string) []string {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, "\\|") {
		t = t[:len(t)-1]
	}
	// Counted first, so that the cells (which a table row's clause keeps) take one allocation
	// of their exact size.
	n := 1
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	cells := make([]string, 0, n)
	start := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.TrimSpace(t[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(t[start:]))
}

// delimiterRow reports whether cells are a markdown table's delimiter row ("---", ":--:").
func delimiterRow(cells []string) bool {
	any := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
		any = true
	}
	return any
}

// atx is a markdown "#" heading.
type atx struct {
	level int
	text  string
}

// atxHeading recognises "## Title ##".
func atxHeading(t string) (atx, bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ') {
		return atx{}, false
	}
	text := strings.TrimSpace(t[n:])
	closing := strings.TrimRight(text, "#")
	if closing == "" || strings.HasSuffix(closing, " ") {
		text = strings.TrimSpace(closing)
	}
	return atx{level: n, text: text}, true
}

// mdHeading builds the block of a markdown heading, splitting a leading number off its text.
func mdHeading(level int, raw string, line, off int, blank bool) block {
	text := cleanInline(raw)
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		// "# -", "## ***", "## 0": an ornament or a number marked as a heading names no section.
		return block{kind: blockPara, text: text, line: line, off: off, blank: blank}
	}
	b := block{kind: blockHeading, text: text, title: text, md: level, rank: 10 * level, line: line, off: off, blank: blank}
	// The number is the heading's when words follow it: "## 2. 0" is a title, not heading 2.
	if n, ok := parseNumber(text); ok && n.rest != "" && strings.ContainsFunc(n.rest, unicode.IsLetter) {
		b.num = n
		b.title = n.rest
		if n.style == styleArabic {
			// "## 1.1" under "## 1" of the same '#' count is still nested in it.
			b.rank += n.depth - 1
		}
	}
	return b
}

// bulletMarker recognises a bullet at the start of t and returns the text after it; bare is
// true when the bullet stands alone and its text is on the next line.
func bulletMarker(t string) (rest string, bare, ok bool) {
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case glyphBullet(r):
		rest = strings.TrimSpace(t[size:])
		return rest, rest == "", true
	case r == '-' || r == '*' || r == '+' || r == '–' || r == '—':
		if len(t) > size+1 && t[size] == ' ' {
			rest = strings.TrimSpace(t[size:])
			return rest, false, rest != ""
		}
	}
	return "", false, false
}

// glyphBullet reports whether r is a bullet character of its own ("•", "●", "▪"…), which no
// markdown markup means: a line starting with one is a list item even inside emphasis.
func glyphBullet(r rune) bool {
	switch r {
	case '●', '•', '·', '▪', '◦', '○', '■', '□', '◆', '◇', '►', '▶', '➢', '➤', '✓', '✔', '❖', '∙', '⁃', '・':
		return true
	}
	return false
}

// ruleLine reports whether t is a thematic break ("---", "***", "___") or setext underline
// ("===" is level 1, "---" level 2).
func ruleLine(t string) (rule bool, setext int) {
	if len(t) < 3 {
		return false, 0
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false, 0
	}
	for i := 0; i < len(t); i++ {
		if t[i] != c && t[i] != ' ' {
			return false, 0
		}
	}
	switch {
	case c == '=':
		return true, 1
	case c == '-' && !strings.Contains(t, " "):
		return true, 2
	}
	return true, 0
}

// gridRule reports whether t is a border line of a grid table ("+------+-----+", "+===+").
func gridRule(t string) bool {
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	return strings.Trim(t, "+-=: ") == ""
}

// dropLine reports whether t is markup with no text for a reader: a kramdown attribute list
// ("{:.no_toc}", "{:toc .large-only}"), a table-of-contents placeholder ("* this list will be
// replaced by the toc", "[TOC]"), or an HTML line that holds only tags.
func dropLine(t string) bool {
	if strings.HasPrefix(t, "{:") && strings.HasSuffix(t, "}") {
		return true
	}
	if len(t) > 60 || strings.IndexByte(t, 't') < 0 && strings.IndexByte(t, 'T') < 0 {
		return false
	}
	// Lowered into a buffer on the stack, not a new string: this runs on most short lines.
	var buf [64]byte
	lower := appendLower(buf[:0], t)
	if bytes.Contains(lower, []byte("this list will be replaced by the toc")) {
		return true
	}
	for _, p := range [...]string{"[toc]", "[[toc]]", "[[_toc_]]", "{{toc}}", "${toc}"} {
		if string(lower) == p {
			return true
		}
	}
	return false
}

// frontMatterEnd returns the index of the first line after YAML front matter ("---" lines
// around "key: value" lines at the very top), or 0 when there is none.
func frontMatterEnd(lines []srcLine) int {
	if len(lines) == 0 || lines[0].text != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		t := lines[i].text
		if t == "---" || t == "..." {
			return i + 1
		}
		if t != "" && !strings.Contains(t, ":") && !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "#") && lines[i].indent == 0 {
			return 0
		}
	}
	return 0
}
