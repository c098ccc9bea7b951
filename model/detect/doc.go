// Package detect finds, in a parsed privacy policy, the user rights, data categories and
// practices of fineprint's taxonomy, each backed by the clause and the words that say so.
//
// Analyze reads a model.Policy clause by clause and sentence by sentence, each clause with the
// lexicon of its language (see lexicon.go for the format): English (lex_en.go), Chinese,
// simplified and traditional (lex_zh.go), French, German, Spanish and Italian (lex_fr.go,
// lex_de.go, lex_es.go, lex_it.go). A policy in a language no lexicon serves is not
// analysed: its findings are Unknown. A lexicon's rule table is data: per key, the phrases that
// trigger it, each with a stable ID, reviewed with a sentence it catches and a near-miss it must
// not catch. Around each trigger the engine decides, with the lexicon's cues:
//   - declared or denied: "we do not sell", "我们不会出售" deny; "we will not share … except"
//     declares sharing with exceptions;
//   - whose right it is: "you may request deletion" is the user's, "we reserve the right to
//     delete" is the company's and grants nothing;
//   - collecting or defining: "Cookies are small text files" defines and declares nothing;
//   - scope: a right granted only under "If you are a California resident" or in a section on
//     the EEA, China or children carries that scope.
//   - headings: a right or a policy change named only by its section heading ("Right to
//     object", "Updates to this policy") is declared by a clause under it that says the rest
//     ("You can do so at any time by contacting us", "It may be updated occasionally").
//
// Some keys carry a value: retention period, storage countries, children's minimum age, Do Not
// Track stance, privacy contact email, sharing recipients.
//
// Reports are data: the compare command prints them (package ui/cli), the compare screen shows
// them (package ui). This package never imports Charm.
package detect
