package model

import (
	"strings"
	"unicode/utf8"
)

// infer fills in the policy's title, company and date from its text alone, for documents that
// come without metadata.
func infer(p *Policy) {
	p.Date = inferDate(p)
	brand := inferBrand(p)
	p.Company = inferCompany(p)
	if p.Company == "" {
		p.Company = brand
	}
	p.Title = inferTitle(p, titleBrand(p, brand, p.Company))
}

// inferScope is how many clauses from the start of each part are searched for the company.
const inferScope = 12

// shortClause is the length, in runes, below which a clause that does not end a sentence does
// not count towards inferScope: a table of contents ("1. Introduction", "2. What is Personal
// Data?"), a language switcher or a date line says nothing about who speaks, and may push the
// first sentence past the scope.
const shortClause = 40

// headEnd is the end of the clauses of part pt searched for the company: its first inferScope
// clauses that are sentences or of shortClause runes or more, with the short lines among them,
// and at most 4*inferScope clauses in all.
func headEnd(p *Policy, pt Part) int {
	n, i := 0, pt.FirstClause
	for ; i < pt.EndClause && n < inferScope && i < pt.FirstClause+4*inferScope; i++ {
		t := strings.TrimRight(p.Clauses[i].Text, " ")
		if utf8.RuneCountInString(t) >= shortClause || strings.ContainsRune(".。!！", lastRune(t)) {
			n++
		}
	}
	return i
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// isArticle reports whether w is the indefinite article ("a", "An").
func isArticle(w string) bool {
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// asciiLower lower-cases the ASCII letters of s and leaves every other byte alone, so that
// byte offsets found in the result are offsets in s (strings.ToLower may change lengths).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
