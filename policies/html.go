package policies

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"fineprint/model"
)

// HTMLPage is a saved web page turned into the markdown the parser reads.
type HTMLPage struct {
	Markdown string // the policy's text and headings; navigation, scripts and banners dropped
	Title    string // the page's <title>, trimmed of a " | Site" suffix; "" when absent
	SiteName string // og:site_name or application-name meta, a hint of the company; "" when absent
}

// maxHTMLDepth bounds how deep the converter recurses into nested elements; deeper content is
// kept as plain text of the element at that depth, so a hostile page cannot exhaust the stack.
const maxHTMLDepth = 200

// maxHTMLNesting bounds the element nesting handed to the HTML parser, whose cost grows with
// the square of the nesting depth (100,000 nested <div>s take minutes); real pages nest a few
// dozen deep.
const maxHTMLNesting = 512

// isHTML reports whether text is an HTML page, judged by its content first: a file named .txt
// holding a saved page is HTML, and a file named .html holding no markup at all is plain text.
func isHTML(name string, text []byte) bool {
	head := bytes.TrimLeft(text[:min(len(text), sniffLen)], " \t\r\n\f")
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")) {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		// A fragment (no <html>): HTML when it starts with a tag or a comment.
		return bytes.HasPrefix(head, []byte("<"))
	case ".txt", ".text", "":
		// Text copied out of a page's source: a fragment that opens with a block element and
		// closes tags. (A markdown file may open with an HTML block and go on in markdown, so
		// .md files are left to the markdown parser.)
		return startsWithBlockTag(lower) && bytes.Contains(lower, []byte("</"))
	}
	return false
}

// fragmentTags are block elements a page fragment typically opens with.
var fragmentTags = []string{"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
	"table", "ul", "ol", "!--"}

// startsWithBlockTag reports whether lower (lower-cased, leading space trimmed) opens with one
// of fragmentTags.
func startsWithBlockTag(lower []byte) bool {
	if !bytes.HasPrefix(lower, []byte("<")) {
		return false
	}
	rest := lower[1:]
	for _, t := range fragmentTags {
		if bytes.HasPrefix(rest, []byte(t)) {
			if t == "!--" || len(rest) == len(t) {
				return true
			}
			if c := rest[len(t)]; c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
				return true
			}
		}
	}
	return false
}

// HTMLToMarkdown converts a saved policy page into markdown: headings (<h1>-<h6>, and short
// paragraphs styled as headings) become # headings, paragraphs paragraphs, list items "- "
// items, data tables pipe tables, and <pre> text stays as its lines, to be read as plain text.
// It keeps the page's main content and drops page chrome (see html_content.go): scripts,
// styles, form controls, navigation, menus, share bars, site headers and footers, hidden
// elements, dialogs and cookie/consent banners. The markdown is not sanitised here: the parser
// sanitises all clause and section text.
func HTMLToMarkdown(src []byte) (HTMLPage, error) {
	doc, err := html.Parse(bytes.NewReader(limitNesting(src, maxHTMLNesting)))
	if err != nil {
		return HTMLPage{}, err
	}
	var out HTMLPage
	out.Title = pageTitle(doc)
	out.SiteName = siteName(doc)

	// Every element has a start tag, and most an end tag: half the "<" counts them, and the
	// parser adds some (<tbody>, <html>...).
	tags := bytes.Count(src, []byte("<"))
	pg := newPage(doc, tags*5/8+16)
	c := &converter{pg: pg, blocks: make([]mdBlock, 0, tags/4), space: true}
	root, i := pg.contentRoot(doc)
	c.walk(root, i, 0)
	c.flush()
	c.dropSiteHeadings()
	if !c.sawH1 && out.Title != "" && c.preShare()*2 < 1 && len(c.blocks) > 0 && !c.leadingHeading(out.Title) {
		// The page's title heads the policy, unless the policy is preformatted text, whose
		// own first lines name it.
		c.blocks = slices.Insert(c.blocks, 0, mdBlock{lines: []string{out.Title}, level: 1})
	}
	out.Markdown = c.render()
	return out, nil
}

// mdBlock is one block of the converted page.
type mdBlock struct {
	lines   []string // markdown lines, list markers and indentation included; a heading's title
	level   int      // 1-6 for <h1>-<h6>; 0 otherwise
	styled  string   // the emphasis of a paragraph styled as a heading ("b", "bu", ...); "" otherwise
	weight  int      // how much emphasis styled carries: more is an outer heading
	pre     int      // the <pre> block (counted from 1) whose lines, kept as they are, this part holds; 0 for none
	preLen  int      // visible runes of a <pre> block
	textLen int      // visible runes of any block
}

// converter turns a DOM subtree into blocks. Inline text accumulates in para until a block
// boundary flushes it as one paragraph (or list item, with prefix).
type converter struct {
	pg     *page
	blocks []mdBlock
	para   []byte // the pending inline text; reused from block to block
	prefix string // list marker for the next flushed block ("- ", "  - "); "" for paragraphs
	indent string // indentation of continuation blocks inside a list item
	lists  int    // depth of open lists
	sawH1  bool
	pres   int // <pre> blocks met

	cur marks // the emphasis of the text being walked: its ancestors' up to the nearest block

	// The emphasis of each line of para: marks of the ended lines, and of the current one.
	marks     []marks
	lineMarks marks
	lineText  bool // the current line has text
	plines    []paraLine
	scratch   []string // the lines of the block being flushed
	cells     []string // the cells of the table being converted, row after row
	rowEnds   []int    // where each row's cells end in cells
	buf       []byte   // scratch for building a line
	stack     []target // the stack of walks down the tree (see takeStack)
	lines     []string // the chunk keep cuts block lines from
	space     bool     // para ends with a space (or is empty): another would double it
}

// walk converts n, of index i among the page's measures, and its subtree.
func (c *converter) walk(n *html.Node, i, depth int) {
	switch n.Type {
	case html.TextNode:
		c.textNode(n)
		return
	case html.ElementNode:
	case html.DocumentNode:
		c.children(n, i, depth)
		return
	default:
		return
	}
	if c.pg.isDropped(n, i) {
		return
	}
	if depth > maxHTMLDepth {
		c.text(c.textOf(n, i), 0)
		return
	}
	// The emphasis of the text inside n: a block starts afresh, inline elements add theirs.
	saved := c.cur
	defer func() { c.cur = saved }()
	if isBlock(n.DataAtom) {
		c.cur = emphasis(n)
	} else {
		c.cur |= emphasis(n)
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.flush()
		level := int(n.Data[1] - '0')
		t := collapse(c.textOf(n, i))
		switch {
		case t == "":
		case runeLen(t) > maxHeadingRunes:
			// A paragraph marked up as a heading reads as a paragraph.
			c.add(mdBlock{lines: c.keep(t), textLen: visibleRunes(t)})
		default:
			if level == 1 {
				c.sawH1 = true
			}
			c.add(mdBlock{lines: c.keep(t), level: level, textLen: visibleRunes(t)})
		}
	case atom.Pre:
		c.flush()
		c.pre(n, i)
	case atom.Ul, atom.Ol, atom.Menu:
		c.flush()
		c.lists++
		c.children(n, i, depth)
		c.flush()
		c.lists--
	case atom.Li:
		c.flush()
		ind := strings.Repeat("  ", max(c.lists-1, 0))
		saved := c.indent
		c.prefix, c.indent = ind+"- ", ind+"  "
		c.children(n, i, depth)
		c.flush()
		c.prefix, c.indent = "", saved
	case atom.Table:
		c.flush()
		if c.layoutTable(n, i) {
			c.children(n, i, depth)
			c.flush()
			return
		}
		c.table(n, i)
	case atom.Br:
		c.newline()
	case atom.Hr, atom.Img:
	default:
		if !isBlock(n.DataAtom) {
			c.children(n, i, depth)
			return
		}
		c.flush()
		c.children(n, i, depth)
		c.flush()
	}
}

// children converts the children of n, of index i.
func (c *converter) children(n *html.Node, i, depth int) {
	next := firstChild(i)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, c.pg.childIndex(ch, &next), depth+1)
	}
}

func (c *converter) add(b mdBlock) { c.blocks = append(c.blocks, b) }

// textNode appends the text of n with the emphasis it is shown with.
func (c *converter) textNode(n *html.Node) { c.text(n.Data, c.cur) }

// text appends inline text shown with emphasis marks (see emphasis), collapsing white space
// (the no-break space of &nbsp; included) to single spaces, and keeping a space at either edge
// so that "a<b>&nbsp;b</b>" stays two words.
func (c *converter) text(s string, m marks) {
	if s == "" {
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(first) {
		c.spaceOut()
	}
	words := c.writeWords(s)
	if words == 0 {
		return
	}
	if last, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(last) {
		c.spaceOut()
	}
	if !c.lineText {
		c.lineText, c.lineMarks = true, m
		return
	}
	c.lineMarks &= m
}

// spaceOut ends the pending text with a space, unless it already ends with one.
func (c *converter) spaceOut() {
	if !c.space {
		c.para = append(c.para, ' ')
		c.space = true
	}
}

// newline ends the current line of inline text (a <br>).
func (c *converter) newline() {
	c.para = append(c.para, '\n')
	c.space = true
	c.marks = append(c.marks, c.lineMarks)
	c.lineText, c.lineMarks = false, 0
}

// flush ends the pending inline text as a block: one line per <br>-separated line, the first
// carrying the list marker, the rest indented under it. Outside lists, a line styled as a
// heading (see styledTitle) becomes a heading block of its own.
func (c *converter) flush() {
	raw := string(c.para) // one string for the block's lines to share
	lineMarks := append(c.marks, c.lineMarks)
	c.para = c.para[:0]
	c.marks, c.lineText, c.lineMarks, c.space = c.marks[:0], false, 0, true
	pl := c.plines[:0]
	i := 0
	for l := range strings.SplitSeq(raw, "\n") {
		m := lineMarks[min(i, len(lineMarks)-1)]
		i++
		// The text was written with single spaces between words (see text): only the ends of
		// a line may hold one.
		if l = strings.TrimSpace(l); l != "" {
			pl = append(pl, paraLine{l, m})
		}
	}
	c.plines = pl
	lines := c.scratch[:0]
	size := 0
	end := func() {
		if len(lines) > 0 {
			c.add(mdBlock{lines: c.keep(lines...), textLen: size})
			c.prefix = ""
		}
		lines, size = lines[:0], 0
	}
	inList := c.prefix != "" || c.indent != "" || c.lists > 0
	for k, pline := range pl {
		l, m := pline.text, pline.marks
		if !inList && headingLine(pl, k) {
			end()
			key, weight := m.String(), m.count()
			if allCaps(l) {
				key, weight = key+"c", weight+1
			}
			c.add(mdBlock{lines: c.keep(l), styled: key + "|" + numberScheme(l), weight: weight, textLen: visibleRunes(l)})
			continue
		}
		size += visibleRunes(l)
		if len(lines) == 0 && c.prefix != "" {
			l = c.prefix + l
		} else if c.indent != "" {
			l = c.indent + l
		}
		lines = append(lines, l)
	}
	end()
	c.scratch = lines[:0]
}

// keep returns lines as a block's own slice, cut from a chunk shared by many blocks: most
// blocks have a line or two, which would otherwise each be an allocation.
func (c *converter) keep(lines ...string) []string {
	if len(c.lines)+len(lines) > cap(c.lines) {
		c.lines = make([]string, 0, max(lineChunk, len(lines)))
	}
	start := len(c.lines)
	c.lines = append(c.lines, lines...)
	return c.lines[start:len(c.lines):len(c.lines)]
}

// lineChunk is how many lines keep allocates at once.
const lineChunk = 512

// paraLine is one <br>-separated line of a paragraph and the emphasis it is shown with.
type paraLine struct {
	text  string
	marks marks
}

// emphasised reports whether a line shown with m looks like a heading: bold or in a heading
// class, and not a link.
func emphasised(m marks) bool { return m&(markBold|markHeading) != 0 && m&markLink == 0 }

// headingLine reports whether line k of a paragraph's lines pl is styled as a heading and
// reads as a title (styledTitle), and is neither one of several emphasised lines together (a
// bold address, a bold block of text) nor a name above an address or contact block: two or
// more short lines that are no sentences ("Example Inc." over "701 First Avenue"), or one with
// an e-mail, web address or phone number.
func headingLine(pl []paraLine, k int) bool {
	if !emphasised(pl[k].marks) || !model.LooksLikeHeading(pl[k].text, model.CueStyled) {
		return false
	}
	if k > 0 && emphasised(pl[k-1].marks) || k+1 < len(pl) && emphasised(pl[k+1].marks) {
		return false
	}
	short, contact := 0, false
	for _, l := range pl[k+1:] {
		if emphasised(l.marks) {
			break
		}
		if runeLen(l.text) > maxAddressRunes || endsSentence(l.text) {
			return true
		}
		short++
		contact = contact || contactLine(l.text)
	}
	return short < 2 && !contact
}

// contactLine reports whether t holds an e-mail address, a web address or a phone number (six
// digits or more).
func contactLine(t string) bool {
	if strings.Contains(t, "@") || strings.Contains(t, "http") || strings.Contains(t, "www.") {
		return true
	}
	digits := 0
	for _, r := range t {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 6
}

// maxAddressRunes is the longest line of an address or contact block, in runes.
const maxAddressRunes = 50

// endsSentence reports whether t ends with a full stop, question or exclamation mark.
func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?。！？", r)
}

// pre adds the text of a <pre> element line by line, as plain text: lines lose their
// indentation (which markdown would read as code) and a line of one repeated symbol ("=====",
// "-----") becomes a blank line, unless it underlines the short line above it.
func (c *converter) pre(n *html.Node, i int) {
	var b strings.Builder
	stack := c.takeStack(target{n, i})
	defer func() { c.giveStack(stack) }()
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		m := t.n
		stack = stack[:len(stack)-1]
		switch m.Type {
		case html.TextNode:
			b.WriteString(m.Data)
			continue
		case html.ElementNode:
			if m != n && c.pg.isDropped(m, t.i) {
				continue
			}
			if m.DataAtom == atom.Br {
				b.WriteByte('\n')
			}
		}
		stack = c.pg.pushChildren(stack, t)
	}
	var lines []string
	prev := ""
	for l := range strings.SplitSeq(strings.ReplaceAll(b.String(), "\r", ""), "\n") {
		l = strings.TrimSpace(l)
		if isRule(l) && !underlines(l, prev) {
			l = ""
		}
		if l == "" && (len(lines) == 0 || lines[len(lines)-1] == "") {
			prev = ""
			continue
		}
		lines = append(lines, l)
		prev = l
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return
	}
	c.preLines(lines, visibleRunes(b.String()))
}

// isRule reports whether l is a line of at least three of one symbol: a separator.
func isRule(l string) bool {
	if len(l) < 3 {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] != l[0] {
			return false
		}
	}
	return strings.ContainsRune("=-_*~#+.", rune(l[0]))
}

// underlines reports whether rule l underlines prev, a short title line of about its width.
func underlines(l, prev string) bool {
	w := displaywidth.String(prev)
	return prev != "" && !isRule(prev) && w <= 60 && len(l)*10 >= w*7 && len(l)*10 <= w*13
}

// layoutTable reports whether table n lays out a page rather than holding data: one of its
// cells holds headings, paragraphs, lists or another table.
func (c *converter) layoutTable(n *html.Node, i int) bool {
	if hasRole(n, "presentation") || hasRole(n, "none") {
		return true
	}
	stack := c.takeStack(target{n, i})
	defer func() { c.giveStack(stack) }()
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		m := t.n
		stack = stack[:len(stack)-1]
		if m != n && m.Type == html.ElementNode {
			switch m.DataAtom {
			case atom.Table, atom.P, atom.Ul, atom.Ol, atom.Pre, atom.Div, atom.Blockquote,
				atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if !c.pg.isDropped(m, t.i) {
					return true
				}
			}
		}
		// Children go on in document order and so are popped last first; the order does
		// not change the answer.
		next := firstChild(t.i)
		for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
			stack = append(stack, target{ch, c.pg.childIndex(ch, &next)})
		}
	}
	return false
}

// table adds n as a pipe table: one row per <tr>, the first row as the header.
func (c *converter) table(n *html.Node, i int) {
	c.cells, c.rowEnds = c.cells[:0], c.rowEnds[:0]
	c.tableRows(n, i, 0)
	if len(c.rowEnds) == 0 {
		return
	}
	width, start := 0, 0
	for _, end := range c.rowEnds {
		width = max(width, end-start)
		start = end
	}
	lines := make([]string, 0, len(c.rowEnds)+1)
	size := 0
	start = 0
	for r, end := range c.rowEnds {
		// "| a | b |", short rows padded with empty cells.
		line := append(c.buf[:0], "| "...)
		for k := range width {
			if k > 0 {
				line = append(line, " | "...)
			}
			if k < end-start {
				cell := c.cells[start+k]
				line = append(line, cell...)
				size += visibleRunes(cell)
			}
		}
		line = append(line, " |"...)
		lines = append(lines, string(line))
		c.buf = line
		start = end
		if r == 0 {
			lines = append(lines, "|"+strings.Repeat(" --- |", width))
		}
	}
	c.add(mdBlock{lines: lines, textLen: size})
}

// tableRows appends the cells of the rows under m, of index i, to c.cells, and where each
// row's cells end to c.rowEnds. Rows of a nested table are left to its parent's cell text.
func (c *converter) tableRows(m *html.Node, i, depth int) {
	next := firstChild(i)
	for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
		j := c.pg.childIndex(ch, &next)
		if ch.Type != html.ElementNode || c.pg.isDropped(ch, j) {
			continue
		}
		switch ch.DataAtom {
		case atom.Tr:
			start := len(c.cells)
			next := firstChild(j)
			for cell := ch.FirstChild; cell != nil; cell = cell.NextSibling {
				k := c.pg.childIndex(cell, &next)
				if cell.Type == html.ElementNode && (cell.DataAtom == atom.Td || cell.DataAtom == atom.Th) {
					c.cells = append(c.cells, strings.ReplaceAll(collapse(c.textOf(cell, k)), "|", "\\|"))
				}
			}
			if len(c.cells) > start {
				c.rowEnds = append(c.rowEnds, len(c.cells))
			}
		case atom.Table:
			// A nested table is flattened into the row text of its parent; skip it here.
		default:
			if depth < maxHTMLDepth {
				c.tableRows(ch, j, depth+1)
			}
		}
	}
}

// takeStack returns the converter's stack for a walk down the tree, holding root; the walk
// gives it back with giveStack, and a walk inside another takes a stack of its own.
func (c *converter) takeStack(root target) []target {
	stack := append(c.stack[:0], root)
	c.stack = nil
	return stack
}

// giveStack hands the stack of a walk back to the converter for the next walk.
func (c *converter) giveStack(stack []target) {
	if cap(stack) > cap(c.stack) {
		c.stack = stack[:0]
	}
}

// textOf returns the text of n's subtree, skipping chrome, without recursion so that any depth
// of nesting is safe. Block elements and <br> separate words.
func (c *converter) textOf(n *html.Node, i int) string {
	if ch := n.FirstChild; ch != nil && ch == n.LastChild && ch.Type == html.TextNode {
		return ch.Data // a cell or heading holding text alone
	}
	var b strings.Builder
	stack := c.takeStack(target{n, i})
	defer func() { c.giveStack(stack) }()
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		m := t.n
		stack = stack[:len(stack)-1]
		switch m.Type {
		case html.TextNode:
			b.WriteString(m.Data)
			continue
		case html.ElementNode:
			if m != n && c.pg.isDropped(m, t.i) {
				continue
			}
			if m.DataAtom == atom.Br || isBlock(m.DataAtom) {
				b.WriteByte(' ')
			}
		}
		stack = c.pg.pushChildren(stack, t)
	}
	return b.String()
}

// writeWords writes the words of s to para separated by single spaces and returns how many
// there were; it is strings.Join(strings.Fields(s), " ") without the garbage.
func (c *converter) writeWords(s string) int {
	words := 0
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		j := i + 1
		for j < len(s) && spaceAt(s, j) == 0 {
			j++
		}
		if words > 0 {
			c.para = append(c.para, ' ')
		}
		c.para = append(c.para, s[i:j]...)
		c.space = false
		words++
		i = j
	}
	return words
}

// spaceAt returns the length in bytes of the white space rune (unicode.IsSpace) starting at
// s[i], 0 when there is none. It decodes only at the bytes that can start a multi-byte space
// (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000): a byte that continues a multi-byte rune is
// none of them, so stepping byte by byte finds the same spaces as decoding rune by rune, and
// the words between them are the same.
func spaceAt(s string, i int) int {
	switch b := s[i]; b {
	case ' ', '\n', '\t', '\r', '\f', '\v':
		return 1
	case 0xc2, 0xe1, 0xe2, 0xe3:
		if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			return size
		}
	}
	return 0
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// collapse joins the words of s with single spaces; s itself when it has nothing to collapse.
func collapse(s string) string {
	prevSpace := true
	for _, r := range s {
		sp := isSpace(r)
		if sp && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = sp
	}
	if prevSpace && s != "" {
		return strings.TrimRight(s, " ")
	}
	return s
}

// isBlock reports whether elements of kind a start a new block of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Pre,
		atom.Address, atom.Dl, atom.Dt, atom.Dd, atom.Figure, atom.Figcaption, atom.Details,
		atom.Summary, atom.Body, atom.Center, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Header,
		atom.Footer, atom.Nav, atom.Aside, atom.Form, atom.Fieldset, atom.Legend, atom.Hgroup,
		atom.Ul, atom.Ol, atom.Li, atom.Menu, atom.Table, atom.Thead, atom.Tbody, atom.Tfoot,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Hr, atom.Dialog, atom.Search,
		atom.Option:
		return true
	}
	return false
}

// pageTitle returns the text of <title>, keeping the segment that names the policy when the
// title is "Privacy Policy | Example Inc." or similar.
func pageTitle(doc *html.Node) string {
	t := findFirst(doc, atom.Title)
	if t == nil {
		return ""
	}
	title := collapse(textOfRaw(t))
	if fileName(title) {
		return "" // a page generated from a file ("0496_com_app.txt") has no title of its own
	}
	for _, sep := range []string{" | ", " – ", " — ", " - ", " · "} {
		if !strings.Contains(title, sep) {
			continue
		}
		segs := strings.Split(title, sep)
		for _, s := range segs {
			l := strings.ToLower(s)
			if strings.Contains(l, "privacy") || strings.Contains(s, "隐私") || strings.Contains(s, "隱私") {
				return strings.TrimSpace(s)
			}
		}
		return strings.TrimSpace(segs[0])
	}
	return title
}

// siteName returns the content of <meta property="og:site_name"> or <meta name="application-name">.
func siteName(doc *html.Node) string {
	var name string
	stack := []*html.Node{doc}
	for len(stack) > 0 && name == "" {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var key, content string
			for _, a := range n.Attr {
				switch strings.ToLower(a.Key) {
				case "property", "name":
					key = strings.ToLower(a.Val)
				case "content":
					content = a.Val
				}
			}
			if key == "og:site_name" || key == "application-name" {
				name = collapse(content)
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			continue // metadata lives in <head>
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return name
}

// findFirst returns the first element of kind a in document order, or nil.
func findFirst(doc *html.Node, a atom.Atom) *html.Node {
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == a {
			return n
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return nil
}

// fileName reports whether title is a file name: one word ending in a document extension.
func fileName(title string) bool {
	if strings.ContainsAny(title, " \t") {
		return false
	}
	switch strings.ToLower(filepath.Ext(title)) {
	case ".txt", ".text", ".html", ".htm", ".md", ".pdf", ".doc", ".docx", ".rtf", ".xml", ".json":
		return true
	}
	return false
}
