package policies

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The main content of a page is found by what its elements contain, never by a class name
// alone: page chrome (navigation, menus, share bars, footers, cookie banners) is short text
// that is mostly links, or an element marked as chrome by its kind, ARIA role or a consent
// manager's id, and chrome never holds most of the page's text. So a theme whose <body> class
// mentions "breadcrumb" or "cookie-banner", a page wrapped in an ASP.NET <form>, and a page
// wrapped in an element hidden until a script reveals it all keep their text.

// nodeStats measures one element's subtree, in non-space runes of visible text.
type nodeStats struct {
	text     int   // all visible text
	links    int   // text inside links (<a href>)
	external int   // text inside links to other pages (an href not starting with "#")
	size     int32 // measured elements in the subtree, the element itself included (see page)
	headings int32 // <h1>-<h6> elements with text
	teasers  int32 // of those, headings whose text is all a link to another page
	buttons  int32 // buttons (<button>, <input type=button|submit>, role=button)
	dropped  int8  // memoised chrome decision: 0 not yet made, 1 chrome, -1 content
}

// page holds a parsed document and the measures the converter consults.
//
// The measures are a slice in document order rather than a map keyed by node: every element
// outside text-less ones (noText) has an index, the document node 0, and an element's first
// measured child follows it, its next measured sibling size entries after it. So the walks,
// which all go down the tree, know each element's index without looking it up, and the
// measures hold no pointers for the garbage collector to scan. An index below 0 means
// unmeasured: a text-less element, or one inside it.
type page struct {
	stats []nodeStats
	ids   map[string]target // elements by id (and <a name>), first one wins
	total int               // visible text of the whole document
}

// target is an element and its index among the page's measures.
type target struct {
	n *html.Node
	i int
}

// noText reports whether elements of kind a never hold text a reader sees.
func noText(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Canvas, atom.Iframe, atom.Object, atom.Embed, atom.Select, atom.Input, atom.Textarea,
		atom.Link, atom.Meta, atom.Audio, atom.Video, atom.Title:
		return true
	}
	return false
}

// chromeElement reports whether elements of kind a hold page chrome by their kind.
func chromeElement(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Dialog, atom.Menu:
		return true
	}
	return false
}

// droppedRoles are ARIA roles of page chrome rather than content.
var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "dialog": true, "alertdialog": true,
	"search": true, "complementary": true, "menu": true, "menubar": true, "toolbar": true,
}

// consentMarks are id/class substrings of consent-management banners. A mark alone never drops
// an element that holds most of the page's text (a theme's body class may carry one).
var consentMarks = []string{
	"onetrust", "cookiebot", "cookieconsent", "cookie-consent", "cookie_consent", "cookiebanner",
	"cookie-banner", "cookie_banner", "cookienotice", "cookie-notice", "cookie_notice", "cookie-bar",
	"cookiebar", "cookie-popup", "cookie-modal", "cookie-law", "consent-banner", "consent-manager",
	"cc-banner", "cc-window", "gdpr-banner", "gdpr-consent", "usercentrics", "didomi", "truste",
	"qc-cmp",
}

// linkList reports whether elements of kind a are containers that are dropped when their text
// is mostly links: a menu, a share bar, a list of related articles. Paragraphs are not: a
// sentence may be one long link.
func linkList(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Table, atom.Dl, atom.Header, atom.Footer,
		atom.Nav, atom.Aside, atom.Span, atom.Center, atom.Tbody, atom.Tr, atom.Td, atom.Menu:
		return true
	}
	return false
}

// newPage measures doc: the visible text and link text of every element, without recursion.
// elements is about how many elements the page has, to size the tables.
func newPage(doc *html.Node, elements int) *page {
	pg := &page{stats: make([]nodeStats, 1, max(elements, 1)), ids: map[string]target{}}
	// A depth-first walk without recursion: an element takes its index as it opens and sums
	// its children's measures as they close.
	type frame struct {
		n    *html.Node
		next *html.Node // the next child to visit
		i    int        // the element's index
		s    nodeStats
	}
	stack := []frame{{n: doc, next: doc.FirstChild}}
	for len(stack) > 0 {
		top := len(stack) - 1
		ch := stack[top].next
		if ch == nil {
			f := &stack[top]
			n, s := f.n, f.s
			if n.DataAtom == atom.A && n.Type == html.ElementNode && hasAttr(n, "href") {
				s.links = s.text
				if !strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") {
					s.external = s.text
				}
			}
			if n.Type == html.ElementNode && isHeadingAtom(n.DataAtom) && s.text > 0 {
				s.headings, s.teasers = 1, 0
				if s.external == s.text || insideExternalLink(n) {
					s.teasers = 1
				}
			}
			s.size = int32(len(pg.stats) - f.i)
			pg.stats[f.i] = s
			stack = stack[:top]
			if top > 0 {
				p := &stack[top-1].s
				p.text += s.text
				p.links += s.links
				p.external += s.external
				p.headings += s.headings
				p.teasers += s.teasers
				p.buttons += s.buttons
			}
			continue
		}
		stack[top].next = ch.NextSibling
		switch ch.Type {
		case html.TextNode:
			stack[top].s.text += visibleRunes(ch.Data)
		case html.ElementNode:
			if isButton(ch) {
				stack[top].s.buttons++
			}
			if noText(ch.DataAtom) {
				continue
			}
			i := len(pg.stats)
			pg.stats = append(pg.stats, nodeStats{})
			for _, a := range ch.Attr {
				if (a.Key == "id" || a.Key == "name" && ch.DataAtom == atom.A) && a.Val != "" {
					if _, ok := pg.ids[a.Val]; !ok {
						pg.ids[a.Val] = target{ch, i}
					}
				}
			}
			stack = append(stack, frame{n: ch, next: ch.FirstChild, i: i})
		}
	}
	pg.total = pg.stats[0].text
	return pg
}

// none is the measure of an element that holds no visible text.
var none nodeStats

// stat returns the measures of the element of index i (those of an empty element for
// unmeasured ones).
func (pg *page) stat(i int) *nodeStats {
	if i < 0 {
		return &none
	}
	return &pg.stats[i]
}

// childIndex returns the index of ch, the next child of an element, -1 for one not measured,
// and advances *next past ch's subtree: *next is the index the element's next measured child
// takes, firstChild of the element's index before its first child.
func (pg *page) childIndex(ch *html.Node, next *int) int {
	if *next < 0 || ch.Type != html.ElementNode || noText(ch.DataAtom) {
		return -1
	}
	i := *next
	*next += int(pg.stats[i].size)
	return i
}

// firstChild returns the index of the first measured child of the element of index i, to
// start childIndex with.
func firstChild(i int) int {
	if i < 0 {
		return -1
	}
	return i + 1
}

// indexOf returns the index of n, found from the document root down its ancestors; -1 for an
// unmeasured element.
func (pg *page) indexOf(n *html.Node) int {
	var path []*html.Node
	for p := n; p.Parent != nil; p = p.Parent {
		path = append(path, p)
	}
	i := 0
	for k := len(path) - 1; k >= 0 && i >= 0; k-- {
		next := firstChild(i)
		i = -1
		for ch := path[k].Parent.FirstChild; ch != nil; ch = ch.NextSibling {
			j := pg.childIndex(ch, &next)
			if ch == path[k] {
				i = j
				break
			}
		}
	}
	return i
}

// visibleRunes counts the runes of s that are not white space: all its runes (each byte of
// invalid UTF-8 one) less its white space runes, which spaceAt finds byte by byte.
func visibleRunes(s string) int {
	spaces := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0xc2 && c <= 0xe3 {
			if n := spaceAt(s, i); n > 0 {
				spaces++
				i += n - 1
			}
		}
	}
	return utf8.RuneCountInString(s) - spaces
}

// major reports whether the element of index i holds most of the page's text: such an element
// is never chrome.
func (pg *page) major(i int) bool {
	return pg.total > 0 && pg.stat(i).text*2 > pg.total
}

// isDropped reports whether element n, of index i, is page chrome or holds no text a reader
// sees.
func (pg *page) isDropped(n *html.Node, i int) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if i < 0 {
		return noText(n.DataAtom) || pg.chrome(n, -1, &none)
	}
	s := &pg.stats[i]
	if s.dropped == 0 {
		s.dropped = -1
		if pg.chrome(n, i, s) {
			s.dropped = 1
		}
	}
	return s.dropped > 0
}

// chrome reports whether element n, of index i and measures s, is page chrome.
func (pg *page) chrome(n *html.Node, i int, s *nodeStats) bool {
	if noText(n.DataAtom) {
		return true
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return false
	}
	if n.DataAtom == atom.Button && !insideHeading(n) {
		return true // "Accept all", "Print", "Share"; an accordion's heading keeps its button's text
	}
	if chromeElement(n.DataAtom) || droppedRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && !insideContent(n) {
		return true
	}
	// What follows judges by attributes and shape, which a wrapper of the whole page may share
	// with chrome: a theme class, a form, an element hidden until a script shows it.
	if pg.total > 0 && s.text*2 > pg.total { // most of the page's text: see major
		return false
	}
	if markedChrome(n) {
		return true
	}
	if n.DataAtom == atom.A && pg.pointsBack(n) {
		return true
	}
	if linkList(n.DataAtom) && s.links > 0 && s.links*10 >= s.text*6 && !hasPre(n) {
		return true
	}
	// A list of teasers ("Most Popular", "Related articles"): headings that all link elsewhere.
	if linkList(n.DataAtom) && s.teasers >= 2 && s.teasers == s.headings {
		return true
	}
	if linkList(n.DataAtom) && s.buttons > 0 && s.headings == 0 && s.text <= maxBannerRunes && mentionsConsent(textOfRaw(n)) {
		return true // a consent banner: a short notice about cookies with buttons to answer it
	}
	if n.DataAtom == atom.Label && (hasAttr(n, "for") || s.text <= 40) {
		return true // the label of a form control
	}
	// The title of a dropped link list ("Most Popular", "Table of Contents", "Share") goes too.
	if isHeadingAtom(n.DataAtom) || n.DataAtom == atom.P {
		if next := nextElement(n); next != nil && s.text <= 40 && linkList(next.DataAtom) {
			// The next element sibling follows n's subtree in document order.
			j := -1
			if i >= 0 && !noText(next.DataAtom) {
				j = i + int(s.size)
			}
			if pg.isDropped(next, j) && !noText(next.DataAtom) && pg.stat(j).links > 0 {
				return true
			}
		}
	}
	return false
}

// markedChrome reports whether n's attributes mark it as chrome: hidden, or the id/class of a
// consent manager.
func markedChrome(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "id", "class":
			v := strings.ToLower(a.Val)
			for _, m := range consentMarks {
				if strings.Contains(v, m) {
					return true
				}
			}
		}
	}
	return false
}

// pointsBack reports whether link a jumps within the page to its top or to the element holding
// the content ("Back to top", "Skip to content"): its target is missing, "top", an element
// holding most of the page's text, or an ancestor of the link itself.
func (pg *page) pointsBack(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	i := strings.IndexByte(href, '#')
	if i < 0 {
		return false // a link to another page
	}
	if _, ok := pg.ids[href[i+1:]]; i > 0 && !ok {
		return false // a link to another page ("/x#y" where this page has no "y")
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isHeadingAtom(p.DataAtom) {
			return false // a heading linking to itself, as anchors let one share a section
		}
	}
	frag := href[i+1:]
	if frag == "" || strings.EqualFold(frag, "top") {
		return true
	}
	t, ok := pg.ids[frag]
	if !ok {
		return visibleRunes(textOfRaw(a)) <= 30 // a jump to nowhere goes to the top
	}
	if pg.major(t.i) {
		return true
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if p == t.n {
			return true
		}
	}
	return false
}

// minPartRunes is the least text, in non-space runes outside links, of a part of the content
// (a summary, the full policy) that contentRoot keeps beside a larger one.
const minPartRunes = 500

// contentRoot picks the element holding the policy: the outermost <main>, role=main or
// <article> holding most of the page's text; when several of them each hold a tenth of its
// text (a summary above the full policy), the nearest element holding them all; else <body>.
// It returns the element and its index.
func (pg *page) contentRoot(doc *html.Node) (*html.Node, int) {
	var body, best target
	var parts []*html.Node
	stack := []target{{doc, 0}}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		n := t.n
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			if pg.isDropped(n, t.i) {
				continue
			}
			switch {
			case n.DataAtom == atom.Body && body.n == nil:
				body = t
			case n.DataAtom == atom.Main || hasRole(n, "main") || n.DataAtom == atom.Article:
				s := pg.stat(t.i)
				if pg.major(t.i) && (best.n == nil || s.text > pg.stat(best.i).text) {
					best = t
				}
				if own := s.text - s.links; own*10 >= pg.total && own >= minPartRunes {
					parts = append(parts, n)
				}
				continue // measure outermost ones only: linear in the page size
			}
		}
		stack = pg.pushChildren(stack, t)
	}
	switch {
	case len(parts) >= 2:
		root := commonAncestor(parts)
		return root, pg.indexOf(root)
	case best.n != nil:
		return best.n, best.i
	case body.n != nil:
		return body.n, body.i
	}
	return doc, 0
}

// pushChildren pushes the children of t onto stack, the last first, so that popping them
// visits them in document order.
func (pg *page) pushChildren(stack []target, t target) []target {
	from := len(stack)
	next := firstChild(t.i)
	for ch := t.n.FirstChild; ch != nil; ch = ch.NextSibling {
		stack = append(stack, target{ch, pg.childIndex(ch, &next)})
	}
	slices.Reverse(stack[from:])
	return stack
}

// commonAncestor returns the nearest element that holds all of ns.
func commonAncestor(ns []*html.Node) *html.Node {
	anc := map[*html.Node]bool{}
	for p := ns[0]; p != nil; p = p.Parent {
		anc[p] = true
	}
	root := ns[0]
	for _, n := range ns[1:] {
		p := n
		for p != nil && !anc[p] {
			p = p.Parent
		}
		if p == nil {
			return ns[0].Parent
		}
		// Everything below the meeting point on the first chain is no longer common.
		for q := root; q != nil && q != p; q = q.Parent {
			delete(anc, q)
		}
		root = p
	}
	return root
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
	return strings.EqualFold(strings.TrimSpace(attr(n, "role")), role)
}

// attr returns the value of n's attribute key, "" when absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// hasPre reports whether n holds a <pre> element (preformatted text is content, never a menu).
func hasPre(n *html.Node) bool {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		m := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if m.Type == html.ElementNode && m.DataAtom == atom.Pre {
			return true
		}
		for ch := m.FirstChild; ch != nil; ch = ch.NextSibling {
			stack = append(stack, ch)
		}
	}
	return false
}

// nextElement returns the next sibling element of n, skipping white space and comments, or nil
// when text comes first or there is none.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch s.Type {
		case html.ElementNode:
			return s
		case html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return nil
			}
		}
	}
	return nil
}

func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// textOfRaw returns all the text under n, chrome included, without recursion.
func textOfRaw(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		m := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if m.Type == html.TextNode {
			b.WriteString(m.Data)
			continue
		}
		for ch := m.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return b.String()
}

// runeLen is the number of runes of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// insideExternalLink reports whether n is inside a link to another page.
func insideExternalLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			href := strings.TrimSpace(attr(p, "href"))
			return href != "" && !strings.HasPrefix(href, "#")
		}
	}
	return false
}

// insideHeading reports whether n is inside an <h1>-<h6> element.
func insideHeading(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isHeadingAtom(p.DataAtom) {
			return true
		}
	}
	return false
}

// maxBannerRunes is the most text, in non-space runes, of a consent banner.
const maxBannerRunes = 800

// isButton reports whether n is a button a reader presses.
func isButton(n *html.Node) bool {
	switch {
	case n.DataAtom == atom.Button, hasRole(n, "button"):
		return true
	case n.DataAtom == atom.Input:
		t := strings.ToLower(attr(n, "type"))
		return t == "button" || t == "submit"
	}
	return false
}

// consentWords are what a consent banner asks about, in the languages fineprint reads.
var consentWords = []string{"cookie", "consent", "einwillig", "consentement", "consentimiento", "consenso",
	"toestemming", "consentimento", "согласи", "同意", "クッキー", "쿠키"}

// mentionsConsent reports whether t speaks of cookies or consent.
func mentionsConsent(t string) bool {
	l := strings.ToLower(t)
	for _, w := range consentWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
