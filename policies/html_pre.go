package policies

import (
	"regexp"
	"slices"
	"strings"

	"fineprint/model"
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
//   - an unnumbered marked line ending in a colon that introduces numbered lines is a lead-in
//     to a list (the text's own contents), not a heading;
//   - marked lines of one level that open the text together, before any other heading and
//     with nothing between them, are its title block ("Example Ltd" above "Privacy Policy"): the one naming
//     the policy is the page's title, the others text;
//   - in a text that marks its headings (minMarkedHeadings, most of them numbered), an
//     unmarked title line numbered in parentheses, with text under it, in a scheme none of the
//     marked headings use, is a heading below the marked one before it ("（1）用户体验改进计划" under
//     "## 2\. 向您提供产品或服务").
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
		if ls[i].level > 0 && ls[i].scheme == "" && endsWithColon(ls[i].text) && numberedRun(ls[i+1:]) {
			ls[i].level = 0
		}
	}
	c.preTitle(ls)
	headings, numbered := 0, 0
	for _, l := range ls {
		if l.level > 0 {
			headings++
			if l.scheme != "" {
				numbered++
			}
			marked[l.scheme] = true
		}
	}
	if headings >= minMarkedHeadings && numbered*2 >= headings {
		promoteNumberedTitles(ls, marked)
	}
	// The parts keep the text's lines as they were, blank ones included: the parser reads a
	// text's layout (what stands alone between blank lines), so headings add none.
	c.pres++
	var text []string
	first := true
	end := func() {
		if len(text) > 0 {
			b := mdBlock{lines: text, pre: c.pres}
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
		c.add(mdBlock{lines: []string{l.text}, level: l.level, pre: c.pres, textLen: visibleRunes(l.text)})
	}
	end()
}

// minMarkedHeadings is how many "#" headings a <pre> text marks, most of them numbered, for it
// to count as a text that marks its headings (and not one whose title alone is marked).
const minMarkedHeadings = 3

// preTitle handles the title block of a <pre> text (see preLines): the marked lines before
// any other heading, two or more unnumbered ones of one level with nothing but blank lines
// between them, one after the first naming the policy (and none before it). That one becomes
// the page's first heading, unless the page has a level-1 heading already; those above it
// (the company, the site) become text, and those below it stay sections.
func (c *converter) preTitle(ls []preLine) {
	i := slices.IndexFunc(ls, func(l preLine) bool { return l.level > 0 })
	if i < 0 || c.sawH1 || slices.ContainsFunc(c.blocks, func(b mdBlock) bool { return b.level > 0 }) {
		return
	}
	// The block: unnumbered marked lines, blank lines between them allowed.
	j, marked := i, 0
	for j < len(ls) && (ls[j].level == ls[i].level && ls[j].scheme == "" || ls[j].text == "") {
		if ls[j].level > 0 {
			marked++
		}
		j++
	}
	if marked < 2 || j == len(ls) {
		return
	}
	title := -1
	for k := i + 1; k < j && title < 0; k++ {
		if ls[k].level > 0 && namesPolicy(ls[k].text) {
			title = k
		}
	}
	if title < 0 || slices.ContainsFunc(ls[i:title], func(l preLine) bool { return namesPolicy(l.text) }) {
		return
	}
	// Lines above the policy's name are the site's or company's; those below it are sections.
	for k := i; k < title; k++ {
		ls[k].level = 0
	}
	ls[title].level = 0
	c.blocks = slices.Insert(c.blocks, 0, mdBlock{lines: []string{ls[title].text}, level: 1, textLen: visibleRunes(ls[title].text)})
	c.sawH1 = true
	ls[title].text = ""
}

// parenScheme are the numbering schemes in parentheses ("（1）", "(a)", "（一）"). The parser reads
// unmarked lines numbered "1." or "一、" as headings itself, and a scheme it finds among marked
// headings it no longer reads in unmarked lines; lines numbered in parentheses it leaves as text.
var parenScheme = map[string]bool{"(1)": true, "(a)": true, "zh()": true}

// promoteNumberedTitles makes headings of the unmarked title lines numbered in parentheses (see
// preLines), each at the level of the marked heading before it.
func promoteNumberedTitles(ls []preLine, marked map[string]bool) {
	level := 0
	for i, l := range ls {
		if l.level > 0 {
			level = l.level
			continue
		}
		if level == 0 || !parenScheme[l.scheme] || marked[l.scheme] || !model.LooksLikeHeading(strings.Trim(l.text, "*_ "), model.CueStyled) ||
			runeLen(l.text) > 60 || strings.ContainsAny(l.text, "。；;，") {
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
