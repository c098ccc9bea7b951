// Package policies provides the documents fineprint reads: the five bundled privacy policies
// (embedded with go:embed, see Bundled and Manifest) and the user's own files and folders
// (see Load). Loading turns bytes into parsed model.Policy values: it decodes UTF-8 and UTF-16,
// converts saved HTML pages to markdown, refuses binary, empty, oversized or undecodable files
// with an error naming the file and the reason, and assigns every policy a unique ID.
//
// Open is the one loader every command and the TUI go through: bundled policies, the config
// file's folders and the command line's arguments, in a deterministic order whatever order
// the files finish in (Event.Order). OpenOne picks the one policy an argument names (a path, or
// an ID), OpenVersion a version of one (PATH@REV in git); Fatal tells the errors that must stop
// a command from those about one file.
//
// Policies returned by this package are shared and must be treated as read-only.
package policies
