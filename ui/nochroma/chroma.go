// Package chroma stands in for github.com/alecthomas/chroma/v2 in fineprint's build (see the
// replace directive in fineprint's go.mod and docs/performance.md).
//
// glamour imports chroma to highlight code blocks; fineprint renders markdown it writes itself
// (model.Policy's canonical markdown), which has no code blocks, so highlighting never runs.
// Linking the real chroma still cost every start of the program its package initialisation
// (registering 250 lexers and 70 styles: about 26 ms and 4 MB on the 2-core development
// machine, half of fineprint's start). This module declares only what glamour v2 uses:
// token types, StyleEntries, MustNewStyle, styles.Register and quick.Highlight, which writes
// the code as it is. A glamour upgrade that uses more of chroma fails to compile here, never
// silently.
package chroma

// TokenType is a kind of token; glamour names the ones its styles colour.
type TokenType int

// The token types glamour's code block styles name.
const (
	Background TokenType = -1 - iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries map token types to style descriptions ("bold #ff0000").
type StyleEntries map[TokenType]string

// Style is a named set of StyleEntries.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle returns the style name with entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
