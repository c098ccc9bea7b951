package detect

import "unicode/utf8"

// span is a half-open byte range of a clause's text.
type span struct{ start, end int }

// sentences splits text into sentences and returns their byte spans in order, covering text
// without gaps. A sentence ends after '.', '!' or '?' followed by a space and then a letter that
// is not lower case (so "e.g. this" and "2.1" do not split), and after the Chinese full stops
// 。！？. Semicolons do not split: they often separate the items of one enumeration ("you may
// (i) access …; (ii) withdraw your consent"). Text without such a mark is one sentence.
func (c *compiledLexicon) sentences(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		end := -1
		switch r {
		case '。', '！', '？':
			end = i + n
		case '.', '!', '?':
			j := i + n
			// Absorb closing quotes and brackets after the mark.
			for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			if j >= len(text) {
				end = j
			} else if text[j] == ' ' {
				k := j
				for k < len(text) && text[k] == ' ' {
					k++
				}
				if k < len(text) && !('a' <= text[k] && text[k] <= 'z') && !c.abbreviation(text[start:i]) {
					end = j
				}
			}
		}
		if end > 0 {
			out = append(out, span{start, end})
			start = end
			i = end
			continue
		}
		i += n
	}
	if start < len(text) || len(out) == 0 {
		out = append(out, span{start, len(text)})
	}
	return out
}

// abbreviation reports whether before (the text before a '.') ends with one of the lexicon's
// abbreviations, which do not end a sentence ("e.g", "Inc"), or a single letter.
func (c *compiledLexicon) abbreviation(before string) bool {
	w := len(before)
	for w > 0 && before[w-1] != ' ' && before[w-1] != '(' {
		w--
	}
	word := before[w:]
	return c.abbreviations[word] || utf8.RuneCountInString(word) == 1
}

// sentenceAt returns the index in spans of the sentence containing byte offset off.
func sentenceAt(spans []span, off int) int {
	lo, hi := 0, len(spans)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if spans[mid].start <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// runeOffset returns the number of runes in text[:byteOff].
func runeOffset(text string, byteOff int) int {
	return utf8.RuneCountInString(text[:byteOff])
}
