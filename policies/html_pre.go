package policies

import (
	"regexp"
	"slices"
	"strings"
)

// A policy saved as text inside <pre> is read as plain text, except for the headings the text
// marks itself, as markdown does ("## 二、我们如何收集信息"): those become heading blocks, so that
// their levels come from their numbering (see numberLevels) like any other heading of the page.

// atxLine matches a line marked as a markdown heading: its level and title.
var atxLine = regexp.MustCompile(`^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)

// preLine is one line of a <pre> text: a marked heading (level > 0) or text.
type preLine struct {
	text   string
	level  int
	scheme string // the numbering the line opens with; "" when none
}

// preLines adds the lines of a <pre> block of size visible runes: runs of text as pre blocks,
// marked headings as heading blocks. Besides them:
//   - a marked line ending in a colon that introduces numbered lines is a lead-in to a list
//     (the text's own contents), not a heading;
//   - marked lines that open the text together, before any other heading and with nothing
//     between them, are its title block ("Example Ltd" above "Privacy Policy"): the one naming
//     the policy is the page's title, the others text;
//   - in a text that marks its headings, an unmarked numbered title line with text under it,
//     numbered in a scheme none of the marked headings use, is a heading below the marked one
//     before it ("（1）用户体验改进计划" under "## 2\. 向您提供产品或服务").
func (c *converter) preLines(lines []string, size int) {
	ls := make([]preLine, len(lines))
	marked := map[string]bool{}
	for i, l := range lines {
		ls[i] = preLine{text: l, scheme: numberScheme(unescapeMarkdown(l))}
		if m := atxLine.FindStringSubmatch(l); m != nil && m[2] != "" {
			ls[i] = preLine{text: m[2], level: len(m[1]), scheme: numberScheme(unescapeMarkdown(m[2]))}
		}
	}
	for i := range ls {
		if ls[i].level > 0 && endsWithColon(ls[i].text) && numberedRun(ls[i+1:]) {
			ls[i].level = 0
		}
	}
	c.preTitle(ls)
	anyMarked := false
	for _, l := range ls {
		if l.level > 0 {
			anyMarked = true
			marked[l.scheme] = true
		}
	}
	if anyMarked {
		promoteNumberedTitles(ls, marked)
	}
	var text []string
	first := true
	end := func() {
		// Blank lines at either edge of a run of text are dropped.
		for len(text) > 0 && text[len(text)-1] == "" {
			text = text[:len(text)-1]
		}
		for len(text) > 0 && text[0] == "" {
			text = text[1:]
		}
		if len(text) > 0 {
			b := mdBlock{lines: text, pre: true}
			if first {
				// The whole block's size counts once, with its first run of text.
				b.preLen, b.textLen, first = size, size, false
			}
			c.add(b)
		}
		text = nil
	}
	for _, l := range ls {
		if l.level == 0 {
			text = append(text, l.text)
			continue
		}
		end()
		c.add(mdBlock{lines: []string{l.text}, level: l.level, textLen: visibleRunes(l.text)})
	}
	end()
}

// preTitle handles the title block of a <pre> text (see preLines): the marked lines before
// any other heading, two or more unnumbered ones with nothing but blank lines between them,
// one naming the policy. That one
// becomes the page's first heading, unless the page has a level-1 heading already; the others
// become text.
func (c *converter) preTitle(ls []preLine) {
	i := slices.IndexFunc(ls, func(l preLine) bool { return l.level > 0 })
	if i < 0 || c.sawH1 || slices.ContainsFunc(c.blocks, func(b mdBlock) bool { return b.level > 0 }) {
		return
	}
	// The block: unnumbered marked lines, blank lines between them allowed.
	j, marked := i, 0
	for j < len(ls) && (ls[j].level > 0 && ls[j].scheme == "" || ls[j].text == "") {
		if ls[j].level > 0 {
			marked++
		}
		j++
	}
	if marked < 2 || j == len(ls) {
		return
	}
	title := -1
	for k := i; k < j; k++ {
		if namesPolicy(ls[k].text) && ls[k].scheme == "" {
			title = k
		}
	}
	if title < 0 {
		return
	}
	for k := i; k < j; k++ {
		ls[k].level = 0
	}
	c.blocks = slices.Insert(c.blocks, 0, mdBlock{lines: []string{ls[title].text}, level: 1, textLen: visibleRunes(ls[title].text)})
	c.sawH1 = true
	ls[title].text = ""
}

// promoteNumberedTitles makes headings of the unmarked numbered title lines (see preLines),
// each at the level of the marked heading before it.
func promoteNumberedTitles(ls []preLine, marked map[string]bool) {
	level := 0
	for i, l := range ls {
		if l.level > 0 {
			level = l.level
			continue
		}
		if level == 0 || l.scheme == "" || marked[l.scheme] || !styledTitle(l.text) || runeLen(l.text) > 60 {
			continue
		}
		// Text must follow, and the line must not be one of a list of numbered lines.
		next := i + 1
		if next >= len(ls) || ls[next].level > 0 || ls[next].text == "" || ls[next].scheme == l.scheme {
			continue
		}
		if i > 0 && ls[i-1].level == 0 && ls[i-1].scheme == l.scheme {
			continue
		}
		ls[i].level = level
	}
}

// endsWithColon reports whether t ends with a colon (ASCII or full-width).
func endsWithColon(t string) bool {
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// numberedRun reports whether ls opens (after blank lines) with two or more numbered lines.
func numberedRun(ls []preLine) bool {
	n := 0
	for _, l := range ls {
		if l.text == "" && n == 0 {
			continue
		}
		if l.scheme == "" || l.level > 0 {
			break
		}
		n++
	}
	return n >= 2
}
