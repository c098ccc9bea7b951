package model

// labelBlocks sets every block's language and weight. Latin-script text without a clue to its
// language (a heading "Contact", a product name "Google Analytics") takes the language of the
// nearest Latin-script block after it whose language is known, or failing that the nearest one
// before it: a heading or a title goes with the text it introduces, so that in a French policy
// followed by its English translation the title "Privacy Policy" opens the English half. A document where no Latin-script text tells its language has such text
// counted as English, the language product names and addresses are usually written in.
func labelBlocks(blocks []block) {
	unsure := make([]bool, len(blocks))
	some := false
	for i := range blocks {
		blocks[i].lang, blocks[i].wt, unsure[i] = identify(blocks[i].text)
		some = some || unsure[i]
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
