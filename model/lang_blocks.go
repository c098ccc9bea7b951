package model

import "unicode/utf8"

// labelBlocks sets every block's language and weight. Latin-script text without a clue to its
// language (a heading "Contact", a product name "Google Analytics") takes the language of the
// nearest Latin-script block after it whose language is known, or failing that the nearest one
// before it: a heading or a title goes with the text it introduces, so that in a French policy
// followed by its English translation the title "Privacy Policy" opens the English half. In a
// document where no Latin-script text tells its language, such text counts as English, the
// language product names and addresses are usually written in.
func labelBlocks(blocks []block) {
	unsure := make([]bool, len(blocks))
	some := false
	var w [numLangs]int
	for i := range blocks {
		blocks[i].lang, blocks[i].wt, unsure[i] = identify(blocks[i].text)
		some = some || unsure[i]
		w[blocks[i].lang] += blocks[i].wt
	}
	if w[LangJA] > w[LangZH] {
		kanjiOnly(blocks)
	}
	if !some {
		return
	}
	next := LangUnknown
	for i := len(blocks) - 1; i >= 0; i-- {
		switch {
		case unsure[i]:
			blocks[i].lang = next
		case blocks[i].lang.latinScript():
			next = blocks[i].lang
		}
	}
	last := LangEN
	for i := range blocks {
		switch {
		case unsure[i] && blocks[i].lang == LangUnknown:
			blocks[i].lang = last
		case !unsure[i] && blocks[i].lang.latinScript():
			last = blocks[i].lang
		}
	}
}

// latinScript reports whether the language is written in the Latin script.
func (l Lang) latinScript() bool {
	switch l {
	case LangEN, LangFR, LangDE, LangES, LangIT, LangPT, LangNL, LangPL, LangTR, LangSV:
		return true
	}
	return false
}

// kanjiMaxRunes is the longest text without kana that a Japanese document's own text may be: a
// heading or a term written in kanji alone ("個人情報保護方針"), which reads as Chinese.
const kanjiMaxRunes = 40

// kanjiOnly gives the short Chinese-looking blocks of a mostly Japanese document the Japanese
// language: kanji without kana cannot be told from Chinese, and in such a document they are
// its headings and terms. A long Chinese paragraph (a quotation, a Chinese part) stays Chinese.
func kanjiOnly(blocks []block) {
	for i := range blocks {
		if blocks[i].lang == LangZH && utf8.RuneCountInString(blocks[i].text) <= kanjiMaxRunes {
			blocks[i].lang = LangJA
		}
	}
}
