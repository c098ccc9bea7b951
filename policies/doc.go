// Package policies provides the documents fineprint reads: the five bundled privacy policies
// (embedded with go:embed, see Bundled and Manifest) and the user's own files and folders
// (see Load). Loading turns bytes into parsed model.Policy values: it decodes UTF-8 and UTF-16,
// converts saved HTML pages to markdown, refuses binary, empty, oversized or undecodable files
// with an error naming the file and the reason, and assigns every policy a unique ID.
//
// Policies returned by this package are shared and must be treated as read-only.
package policies
