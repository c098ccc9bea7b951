// Package search is fineprint's clause search: one query over every clause of every loaded
// policy, ranked so that whole words and phrases come before word starts, word starts before
// other forms of the same word (a light English stem), those before inner substrings, those
// before typos (one edit from five letters, two from ten, on the index's vocabulary), and short
// fuzzy matches (sahilm/fuzzy, bounded to one word) last. Terms standing together, in order,
// rank first; function words of a query of several words are optional; long runs of Han
// characters are split into two-character words; and a clause that says something ranks above
// a table header row, a heading or a label holding the same words.
//
// NewIndex normalises each clause once with model.Fold (case folded, full-width forms made
// half-width, accents removed from Latin letters, traditional Chinese made simplified), with
// punctuation of every script, Chinese included, turned into separators. This is rune for rune,
// so a rune offset in the normalised text is the same rune offset in Clause.Text, except in the
// few clauses where a letter folds to two (ß to ss): for those the index keeps a map back to
// the source offsets, and Hit.Matches are always offsets into Clause.Text. It splits the text into words (a run of letters and digits, or a single Han
// character; adjacent Han characters are also indexed as pairs) and keeps a vocabulary, a
// forward index (clause -> distinct words) and postings (word -> clauses). A query is matched
// against the vocabulary first, which is small, and then only the clauses holding a matching
// word are scored, so the cost of a keystroke grows with the number of candidate clauses rather
// than with the bytes of the corpus. Large candidate sets are scored on several cores, in
// chunks between which the context is checked, keeping the best hits in a heap.
//
// Query syntax, after fzf: terms separated by spaces must all match; 'exact matches a
// substring, 'word' a whole word, ^prefix the start of a clause, suffix$ its end, !term excludes
// clauses that contain term; @company keeps the clauses of the policies whose ID or company
// name starts with company; #key keeps the clauses the detector cites as evidence for a
// taxonomy key (#deletion, #right.access). A backslash escapes a space inside a term.
package search
