// Package styles is the style registry of the chroma stand-in (see package chroma).
package styles

import "github.com/alecthomas/chroma/v2"

// Registry holds the registered styles by name.
var Registry = map[string]*chroma.Style{}

// Register adds s to Registry and returns it.
func Register(s *chroma.Style) *chroma.Style {
	Registry[s.Name] = s
	return s
}
