package policies

import (
	"bytes"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// HTMLToMarkdown converts a saved policy page into markdown: headings become # headings,
// paragraphs paragraphs, list items "- " items, tables pipe tables. It keeps the page's main
// content (<main>, or the largest <article>, else <body>) and drops navigation, site headers and
// footers, scripts, styles, forms, hidden elements, dialogs and cookie/consent banners. The
// markdown is not sanitised here: the parser sanitises all clause and section text.
func HTMLToMarkdown(src []byte) (HTMLPage, error) {
	doc, err := html.Parse(bytes.NewReader(limitNesting(src, maxHTMLNesting)))
	if err != nil {
		return HTMLPage{}, err
	}
	var page HTMLPage
	page.Title = pageTitle(doc)
	page.SiteName = siteName(doc)

	root := contentRoot(doc)
	c := &converter{}
	if root != nil {
		c.walk(root, 0)
	}
	c.flush()
	md := strings.TrimSpace(c.out.String())
	if md != "" && !c.sawH1 && page.Title != "" {
		md = "# " + page.Title + "\n\n" + md
	}
	if md != "" {
		md += "\n"
	}
	page.Markdown = md
	return page, nil
}

// converter writes markdown for a DOM subtree. Inline text accumulates in para until a block
// boundary flushes it as one paragraph (or list item, with prefix).
type converter struct {
	out    strings.Builder
	para   strings.Builder
	prefix string // list marker for the next flushed block ("- ", "  - "); "" for paragraphs
	indent string // indentation of continuation blocks inside a list item
	lists  int    // depth of open lists
	sawH1  bool
}

func (c *converter) walk(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		c.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		c.children(n, depth)
		return
	default:
		return
	}
	if dropped(n) {
		return
	}
	if depth > maxHTMLDepth {
		c.text(textOf(n))
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.flush()
		level := int(n.Data[1] - '0')
		if t := collapse(textOf(n)); t != "" {
			if level == 1 {
				c.sawH1 = true
			}
			c.out.WriteString(strings.Repeat("#", level) + " " + t + "\n\n")
		}
	case atom.Ul, atom.Ol, atom.Menu:
		c.flush()
		c.lists++
		c.children(n, depth)
		c.flush()
		c.lists--
	case atom.Li:
		c.flush()
		ind := strings.Repeat("  ", max(c.lists-1, 0))
		saved := c.indent
		c.prefix, c.indent = ind+"- ", ind+"  "
		c.children(n, depth)
		c.flush()
		c.prefix, c.indent = "", saved
	case atom.Table:
		c.flush()
		c.table(n)
	case atom.Br:
		c.para.WriteByte('\n')
	case atom.Hr, atom.Img:
	default:
		if isBlock(n.DataAtom) {
			c.flush()
			c.children(n, depth)
			c.flush()
			return
		}
		c.children(n, depth)
	}
}

func (c *converter) children(n *html.Node, depth int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, depth+1)
	}
}

// text appends inline text, collapsing HTML whitespace to single spaces.
func (c *converter) text(s string) {
	if s == "" {
		return
	}
	if isHTMLSpace(s[0]) {
		c.para.WriteByte(' ')
	}
	c.para.WriteString(strings.Join(strings.Fields(s), " "))
	if strings.TrimSpace(s) != "" && isHTMLSpace(s[len(s)-1]) {
		c.para.WriteByte(' ')
	}
}

// flush writes the pending inline text as a block: one line per <br>-separated line, the first
// carrying the list marker, the rest indented under it.
func (c *converter) flush() {
	raw := c.para.String()
	c.para.Reset()
	var lines []string
	for l := range strings.SplitSeq(raw, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, strings.Join(strings.Fields(l), " "))
		}
	}
	if len(lines) == 0 {
		return
	}
	for i, l := range lines {
		switch {
		case i == 0 && c.prefix != "":
			c.out.WriteString(c.prefix)
		case c.indent != "":
			c.out.WriteString(c.indent)
		}
		c.out.WriteString(l)
		c.out.WriteByte('\n')
	}
	c.out.WriteByte('\n')
	c.prefix = ""
}

// table writes n as a pipe table: one row per <tr>, the first row as the header.
func (c *converter) table(n *html.Node) {
	var rows [][]string
	var visit func(*html.Node, int)
	visit = func(m *html.Node, depth int) {
		for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode || dropped(ch) {
				continue
			}
			switch ch.DataAtom {
			case atom.Tr:
				var cells []string
				for cell := ch.FirstChild; cell != nil; cell = cell.NextSibling {
					if cell.Type == html.ElementNode && (cell.DataAtom == atom.Td || cell.DataAtom == atom.Th) {
						cells = append(cells, strings.ReplaceAll(collapse(textOf(cell)), "|", "\\|"))
					}
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
				}
			case atom.Table:
				// A nested table is flattened into the row text of its parent; skip it here.
			default:
				if depth < maxHTMLDepth {
					visit(ch, depth+1)
				}
			}
		}
	}
	visit(n, 0)
	if len(rows) == 0 {
		return
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i, r := range rows {
		for len(r) < width {
			r = append(r, "")
		}
		c.out.WriteString("| " + strings.Join(r, " | ") + " |\n")
		if i == 0 {
			c.out.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
	c.out.WriteByte('\n')
}

// textOf returns the text of n's subtree, skipping dropped elements, without recursion so that
// any depth of nesting is safe.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		m := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch m.Type {
		case html.TextNode:
			b.WriteString(m.Data)
			continue
		case html.ElementNode:
			if m != n && dropped(m) {
				continue
			}
			if m.DataAtom == atom.Br || isBlock(m.DataAtom) {
				b.WriteByte(' ')
			}
		}
		// Push children in reverse so they pop in document order.
		var kids []*html.Node
		for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
			kids = append(kids, ch)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	return b.String()
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func isHTMLSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }

// isBlock reports whether elements of kind a start a new block of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Pre,
		atom.Address, atom.Dl, atom.Dt, atom.Dd, atom.Figure, atom.Figcaption, atom.Details,
		atom.Summary, atom.Body, atom.Center, atom.Tr, atom.Caption, atom.Header, atom.Footer:
		return true
	}
	return false
}

// droppedElements never hold policy text.
var droppedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Dialog: true, atom.Link: true,
	atom.Meta: true, atom.Audio: true, atom.Video: true,
}

// droppedRoles are ARIA roles of page chrome rather than content.
var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "dialog": true, "alertdialog": true,
	"search": true, "complementary": true, "menu": true, "menubar": true, "toolbar": true,
}

// bannerMarks are substrings of id/class values used by consent-management and cookie banners.
var bannerMarks = []string{
	"onetrust", "cookiebot", "cookieconsent", "cookie-consent", "cookie_consent", "cookiebanner",
	"cookie-banner", "cookie_banner", "cookienotice", "cookie-notice", "cookie_notice", "cookie-bar",
	"cookiebar", "cookie-popup", "cookie-modal", "cookie-law", "consent-banner", "consent-manager",
	"cc-banner", "cc-window", "gdpr-banner", "gdpr-consent", "usercentrics", "didomi", "truste",
	"qc-cmp", "skip-link", "skiplink", "breadcrumb",
}

// dropped reports whether element n is page chrome: navigation, a site-level header or footer
// (one not inside <main> or <article>), hidden, or a cookie/consent banner.
func dropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if droppedElements[n.DataAtom] {
		return true
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && !insideContent(n) {
		return true
	}
	var idClass strings.Builder
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			if droppedRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "style":
			s := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "id", "class":
			idClass.WriteString(strings.ToLower(a.Val))
			idClass.WriteByte(' ')
		}
	}
	ic := idClass.String()
	for _, m := range bannerMarks {
		if strings.Contains(ic, m) {
			return true
		}
	}
	return false
}

// insideContent reports whether n has a <main> or <article> ancestor.
func insideContent(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Main || p.DataAtom == atom.Article || hasRole(p, "main")) {
			return true
		}
	}
	return false
}

func hasRole(n *html.Node, role string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, "role") && strings.EqualFold(strings.TrimSpace(a.Val), role) {
			return true
		}
	}
	return false
}

// contentRoot picks the element holding the policy: the first <main> (or role=main) with text,
// else the <article> with the most text, else <body>.
func contentRoot(doc *html.Node) *html.Node {
	var mainEl, body, best *html.Node
	bestLen := 0
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			if dropped(n) {
				continue
			}
			switch {
			case n.DataAtom == atom.Body && body == nil:
				body = n
			case n.DataAtom == atom.Main || hasRole(n, "main"):
				if mainEl == nil && collapse(textOf(n)) != "" {
					mainEl = n
				}
				continue // nothing inside <main> can be a better root
			case n.DataAtom == atom.Article:
				if l := len(collapse(textOf(n))); l > bestLen {
					best, bestLen = n, l
				}
				continue // measure outermost articles only: linear in the page size
			}
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	switch {
	case mainEl != nil:
		return mainEl
	case best != nil:
		return best
	case body != nil:
		return body
	}
	return doc
}

// pageTitle returns the text of <title>, keeping the segment that names the policy when the
// title is "Privacy Policy | Example Inc." or similar.
func pageTitle(doc *html.Node) string {
	t := findFirst(doc, atom.Title)
	if t == nil {
		return ""
	}
	title := collapse(textOf(t))
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

// nestsDeeper reports whether the elements of src nest more than limit deep, by the same
// reckoning as limitNesting.
func nestsDeeper(src []byte, limit int) bool {
	var stack []string
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				continue
			}
			if selfClosing[tag] && len(stack) > 0 && stack[len(stack)-1] == tag {
				stack = stack[:len(stack)-1]
			}
			if len(stack) >= limit {
				return true
			}
			stack = append(stack, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == string(name) {
					stack = stack[:i]
					break
				}
			}
		}
	}
}
