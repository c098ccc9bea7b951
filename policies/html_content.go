package policies

import (
	"strings"
	"unicode"
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
	headings int32 // <h1>-<h6> elements with text
	teasers  int32 // of those, headings whose text is all a link to another page
	buttons  int32 // buttons (<button>, <input type=button|submit>, role=button)
	dropped  int8  // memoised chrome decision: 0 not yet made, 1 chrome, -1 content
}

// page holds a parsed document and the measures the converter consults.
type page struct {
	stats map[*html.Node]*nodeStats
	ids   map[string]*html.Node // elements by id (and <a name>), first one wins
	total int                   // visible text of the whole document
}

// noText elements never hold text a reader sees.
var noText = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Link: true, atom.Meta: true, atom.Audio: true, atom.Video: true, atom.Title: true,
}

// chromeElements are elements that hold page chrome by their kind.
var chromeElements = map[atom.Atom]bool{atom.Nav: true, atom.Aside: true, atom.Dialog: true, atom.Menu: true}

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

// linkListAtoms are containers that are dropped when their text is mostly links: a menu, a
// share bar, a list of related articles. Paragraphs are not: a sentence may be one long link.
var linkListAtoms = map[atom.Atom]bool{
	atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Section: true, atom.Table: true, atom.Dl: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Span: true,
	atom.Center: true, atom.Tbody: true, atom.Tr: true, atom.Td: true, atom.Menu: true,
}

// newPage measures doc: the visible text and link text of every element, without recursion.
// elements is about how many elements the page has, to size the tables.
func newPage(doc *html.Node, elements int) *page {
	pg := &page{stats: make(map[*html.Node]*nodeStats, elements), ids: map[string]*html.Node{}}
	all := make([]nodeStats, 0, elements)
	// A depth-first walk without recursion: each open element sums its children's measures as
	// they close, so every element is stored once and never looked up here.
	type frame struct {
		n    *html.Node
		next *html.Node // the next child to visit
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
			if len(all) == cap(all) {
				all = make([]nodeStats, 0, max(64, cap(all)))
			}
			all = append(all, s)
			pg.stats[n] = &all[len(all)-1]
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
			if noText[ch.DataAtom] {
				continue
			}
			for _, a := range ch.Attr {
				if (a.Key == "id" || a.Key == "name" && ch.DataAtom == atom.A) && a.Val != "" {
					if _, ok := pg.ids[a.Val]; !ok {
						pg.ids[a.Val] = ch
					}
				}
			}
			stack = append(stack, frame{n: ch, next: ch.FirstChild})
		}
	}
	pg.total = pg.stat(doc).text
	return pg
}

// none is the measure of an element that holds no visible text.
var none nodeStats

// stat returns the measures of n (those of an empty element for text-less ones).
func (pg *page) stat(n *html.Node) *nodeStats {
	if s := pg.stats[n]; s != nil {
		return s
	}
	return &none
}

// visibleRunes counts the runes of s that are not white space.
func visibleRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c > ' ' || !isSpace(rune(c)) {
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			n++
		}
		i += size - 1
	}
	return n
}

// major reports whether n holds most of the page's text: such an element is never chrome.
func (pg *page) major(n *html.Node) bool {
	return pg.total > 0 && pg.stat(n).text*2 > pg.total
}

// isDropped reports whether element n is page chrome or holds no text a reader sees.
func (pg *page) isDropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	s := pg.stat(n)
	if s == &none {
		return noText[n.DataAtom] || pg.chrome(n, s)
	}
	if s.dropped == 0 {
		s.dropped = -1
		if pg.chrome(n, s) {
			s.dropped = 1
		}
	}
	return s.dropped > 0
}

// chrome reports whether element n, whose measures are s, is page chrome.
func (pg *page) chrome(n *html.Node, s *nodeStats) bool {
	if noText[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return false
	}
	if n.DataAtom == atom.Button && !insideHeading(n) {
		return true // "Accept all", "Print", "Share"; an accordion's heading keeps its button's text
	}
	if chromeElements[n.DataAtom] || droppedRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
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
	if linkListAtoms[n.DataAtom] && s.links > 0 && s.links*10 >= s.text*6 && !hasPre(n) {
		return true
	}
	// A list of teasers ("Most Popular", "Related articles"): headings that all link elsewhere.
	if linkListAtoms[n.DataAtom] && s.teasers >= 2 && s.teasers == s.headings {
		return true
	}
	if linkListAtoms[n.DataAtom] && s.buttons > 0 && s.headings == 0 && s.text <= maxBannerRunes && mentionsConsent(textOfRaw(n)) {
		return true // a consent banner: a short notice about cookies with buttons to answer it
	}
	if n.DataAtom == atom.Label && (hasAttr(n, "for") || s.text <= 40) {
		return true // the label of a form control
	}
	// The title of a dropped link list ("Most Popular", "Table of Contents", "Share") goes too.
	if isHeadingAtom(n.DataAtom) || n.DataAtom == atom.P {
		if next := nextElement(n); next != nil && s.text <= 40 && linkListAtoms[next.DataAtom] && pg.isDropped(next) &&
			!noText[next.DataAtom] && pg.stat(next).links > 0 {
			return true
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
	if i < 0 || i > 0 && pg.ids[href[i+1:]] == nil {
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
	t := pg.ids[frag]
	if t == nil {
		return visibleRunes(textOfRaw(a)) <= 30 // a jump to nowhere goes to the top
	}
	if pg.major(t) {
		return true
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if p == t {
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
func (pg *page) contentRoot(doc *html.Node) *html.Node {
	var body, best *html.Node
	var parts []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			if pg.isDropped(n) {
				continue
			}
			switch {
			case n.DataAtom == atom.Body && body == nil:
				body = n
			case n.DataAtom == atom.Main || hasRole(n, "main") || n.DataAtom == atom.Article:
				s := pg.stat(n)
				if pg.major(n) && (best == nil || s.text > pg.stat(best).text) {
					best = n
				}
				if own := s.text - s.links; own*10 >= pg.total && own >= minPartRunes {
					parts = append(parts, n)
				}
				continue // measure outermost ones only: linear in the page size
			}
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	switch {
	case len(parts) >= 2:
		return commonAncestor(parts)
	case best != nil:
		return best
	case body != nil:
		return body
	}
	return doc
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
