// Package diff compares two versions of a privacy policy: it aligns their sections (unchanged,
// changed, added, removed, moved, renamed), lists the clauses that changed with their word-level
// edits (by character in Chinese), and compares what the detector finds in each version (rights,
// data categories and practices gained, lost, or turned from declared to denied, and values such
// as the retention period), ending in a summary a person reads in ten seconds.
//
// A section is the same section in both versions when its heading or its text mostly is: a
// renumbered or retitled section is matched by its text, a rewritten one by its heading.
// Reordering sections, renumbering them and changing white space are not content changes.
//
// Nothing here imports Charm; printers live in ui/changes.
package diff
