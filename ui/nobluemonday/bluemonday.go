// Package bluemonday stands in for github.com/microcosm-cc/bluemonday in fineprint's build (see
// the replace directive in fineprint's go.mod and docs/performance.md).
//
// glamour calls bluemonday in one place: ansi.RenderContext strips the tags of raw HTML in
// markdown (HTML blocks and inline HTML) with StrictPolicy, which allows no element and no
// attribute, and then unescapes what is left. fineprint escapes '<' in the markdown it renders
// (model.Policy's canonical markdown), so its policies never reach that path; linking the real
// bluemonday still cost every start of the program the initialisation of bluemonday, its CSS
// sanitiser and gorilla/css's scanner (about 200 regular expressions: 5-6 ms of a 30 ms
// start on the 2-core development machine).
//
// This module declares only what glamour v2 uses: Policy, StrictPolicy and Policy.Sanitize,
// which does what bluemonday v1.0.27's sanitiser does with a strict policy, step for step
// (golang.org/x/net/html's tokenizer, the same elements whose content is dropped, text
// re-escaped). fineprint's ui tests compare it with the real bluemonday (TestBluemondayStandIn*).
// A glamour upgrade that uses more of bluemonday fails to compile here, never silently.
package bluemonday

import (
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Policy is a sanitising policy. The stand-in has one: StrictPolicy's, which strips every
// element and attribute and keeps the text.
type Policy struct{}

// StrictPolicy returns the policy that allows no HTML element: Sanitize leaves the text only.
func StrictPolicy() *Policy { return &Policy{} }

// skipContent reports whether the strict policy drops the text of element name with the
// element: the elements bluemonday's NewPolicy lists (script and style are dropped apart, in
// sanitize). A switch, not a map: the stand-in does no work at package initialisation.
func skipContent(name string) bool {
	switch name {
	case "frame", "frameset", "iframe", "noembed", "noframes", "noscript", "nostyle", "object",
		"script", "style", "title":
		return true
	}
	return false
}

// Sanitize returns the text of the HTML fragment or document s, HTML-escaped, without its tags,
// comments and doctype, and without the content of script, style, title, iframe and the other
// elements in skipContent. A string of white space only comes back as it is.
func (p *Policy) Sanitize(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	var b strings.Builder
	if err := sanitize(strings.NewReader(s), &b); err != nil {
		return ""
	}
	return b.String()
}

// sanitize is bluemonday's (*Policy).sanitize with the strict policy's settings folded in: no
// element allowed, no regexp-matched element, no comments, no spaces added for stripped tags,
// no unsafe elements. Its quirks stay too (an unmatched end tag of a skipped element makes the
// count negative), so the output is bluemonday's byte for byte.
func sanitize(r io.Reader, w *strings.Builder) error {
	var (
		skip       bool  // inside an element whose content is dropped
		skipping   int64 // how many such elements are open
		mostRecent string
	)
	z := html.NewTokenizer(r)
	for {
		if z.Next() == html.ErrorToken {
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		}
		t := z.Token()
		switch t.Type {
		case html.StartTagToken:
			mostRecent = normaliseElementName(t.Data)
			if mostRecent == "script" || mostRecent == "style" {
				continue
			}
			if skipContent(t.Data) {
				skip = true
				skipping++
			}
		case html.EndTagToken:
			name := normaliseElementName(t.Data)
			if mostRecent == name {
				mostRecent = ""
			}
			if name == "script" || name == "style" {
				continue
			}
			if skipContent(t.Data) {
				skipping--
				if skipping == 0 {
					skip = false
				}
			}
		case html.TextToken:
			if !skip && mostRecent != "script" && mostRecent != "style" {
				w.WriteString(t.String())
			}
		}
		// Doctypes, comments and self-closing tags write nothing.
	}
}

// normaliseElementName is bluemonday's: the name lower-cased, with non-ASCII runes escaped.
func normaliseElementName(s string) string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.ToLower(strconv.QuoteToASCII(s)), `"`), `"`)
}
