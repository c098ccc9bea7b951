// Package quick is the highlighter of the chroma stand-in (see package chroma).
package quick

import "io"

// Highlight writes source to w as it is: no lexer, formatter or style is applied.
func Highlight(w io.Writer, source, lexer, formatter, style string) error {
	_, err := io.WriteString(w, source)
	return err
}
