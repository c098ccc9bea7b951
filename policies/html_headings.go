package policies

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHeadingRunes is the longest text read as a heading; a longer <h2> is a paragraph in
// heading markup.
const maxHeadingRunes = 200

// marks is a set of emphasis marks a text is shown with (see emphasis).
type marks uint8

// The marks, in the order their letters sort: a styled heading's key spells them in this order.
const (
	markBold      marks = 1 << iota // <b>, <strong>, a bold font weight
	markHeading                     // a class naming a heading ("subhead", "heading"), a <summary>
	markItalic                      // <i>, <em>, an italic font style
	markLink                        // inside a link (<a href>)
	markUnderline                   // <u>, an underlined text decoration
)

// String spells m as its sorted letters: "b", "bu", "bh"...
func (m marks) String() string {
	var b []byte
	for i, letter := range "bhilu" {
		if m&(1<<i) != 0 {
			b = append(b, byte(letter))
		}
	}
	return string(b)
}

// count returns how many marks m holds.
func (m marks) count() int {
	n := 0
	for ; m != 0; m &= m - 1 {
		n++
	}
	return n
}

// emphasis returns the emphasis element n adds to the text inside it: b bold (<b>, <strong>, a
// bold font weight), i italic, u underline, h a class naming a heading ("subhead", "heading")
// or the <summary> of a <details> section, l a link.
func emphasis(n *html.Node) marks {
	var m marks
	switch n.DataAtom {
	case atom.B, atom.Strong:
		m |= markBold
	case atom.I, atom.Em:
		m |= markItalic
	case atom.U:
		m |= markUnderline
	case atom.A:
		if strings.TrimSpace(attr(n, "href")) != "" {
			m |= markLink
		}
	case atom.Summary:
		m |= markHeading
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "style":
			m |= styleMarks(a.Val)
		case "class":
			if containsFold(a.Val, "subhead") || containsFold(a.Val, "heading") {
				m |= markHeading
			}
		}
	}
	return m
}

// styleMarks returns the emphasis an inline style declares.
func styleMarks(style string) marks {
	if !strings.Contains(style, ":") {
		return 0
	}
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	var m marks
	for _, w := range []string{"font-weight:bold", "font-weight:bolder", "font-weight:600", "font-weight:700",
		"font-weight:800", "font-weight:900"} {
		if strings.Contains(s, w) {
			m |= markBold
		}
	}
	if strings.Contains(s, "font-style:italic") {
		m |= markItalic
	}
	if strings.Contains(s, "text-decoration:underline") {
		m |= markUnderline
	}
	return m
}

// containsFold reports whether s contains the lower-case ASCII word sub, ignoring ASCII case,
// without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// allCaps reports whether t has letters, cased ones all upper case.
func allCaps(t string) bool {
	upper := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// render writes the blocks as markdown, ending in a newline ("" when there are none). A styled heading stays a heading only when text follows
// it and it is not one of a run of lines styled the same with nothing between them (a list of
// bold names or labels). Headings keep the level of their <h1>-<h6>; styled headings come below
// the deepest <hN> used, those with more emphasis outer, and among those with the same emphasis
// the numbering scheme met first ("一、" before "（一）", "1." before "1.1") outer.
func (c *converter) render() string {
	bs := c.blocks
	for i := range bs {
		if bs[i].styled == "" {
			continue
		}
		next := i + 1
		runEnd := next < len(bs) && bs[next].styled == bs[i].styled
		runStart := i > 0 && bs[i-1].styled == bs[i].styled
		if next >= len(bs) || runEnd || runStart {
			bs[i].weight = -1 // demoted
		}
	}
	numberLevels(bs)
	deepest := 0
	var styles []string
	weight := map[string]int{}
	for _, b := range bs {
		if b.level > 0 {
			deepest = max(deepest, b.level)
		}
		if b.styled != "" && b.weight >= 0 && !slices.Contains(styles, b.styled) {
			styles = append(styles, b.styled)
			weight[b.styled] = b.weight
		}
	}
	// More emphasis first; ties (the same emphasis, another numbering) keep the order of first
	// appearance, as a document introduces its outer numbering first.
	slices.SortStableFunc(styles, func(a, b string) int { return weight[b] - weight[a] })
	rank := func(b mdBlock) int {
		if b.level > 0 {
			return b.level
		}
		return deepest + 1 + slices.Index(styles, b.styled)
	}
	var out strings.Builder
	size := 0
	for _, b := range bs {
		size += len("\n###### ") // the blank line before a block, a heading's marker
		for _, l := range b.lines {
			size += len(l) + 1
		}
	}
	out.Grow(size)
	for i, b := range bs {
		// Parts of one <pre> text follow each other as its lines did; other blocks are apart.
		if out.Len() > 0 && (b.pre == 0 || bs[i-1].pre != b.pre) {
			out.WriteString("\n")
		}
		if b.level > 0 || b.styled != "" && b.weight >= 0 {
			level := min(rank(b), 6)
			out.WriteString("######"[:level])
			out.WriteByte(' ')
			out.WriteString(b.lines[0])
			out.WriteByte('\n')
			continue
		}
		for _, l := range b.lines {
			out.WriteString(l)
			out.WriteByte('\n')
		}
	}
	// The markdown without white space around it, and ending in a newline: most often the
	// builder's text as it is.
	md := out.String()
	t := strings.TrimSpace(md)
	if t == "" {
		return ""
	}
	start := len(md) - len(strings.TrimLeftFunc(md, unicode.IsSpace))
	if end := start + len(t); end < len(md) && md[end] == '\n' {
		return md[start : end+1]
	}
	return t + "\n"
}

// preShare returns the share of the page's text that comes from <pre> blocks.
func (c *converter) preShare() float64 {
	total, pre := 0, 0
	for _, b := range c.blocks {
		total += b.textLen
		pre += b.preLen
	}
	if total == 0 {
		return 0
	}
	return float64(pre) / float64(total)
}

// leadRun returns how many blocks at the start are headings, with no text before them.
func (c *converter) leadRun() int {
	n := 0
	for n < len(c.blocks) && (c.blocks[n].level > 0 || c.blocks[n].styled != "") {
		n++
	}
	return n
}

// leadingHeading reports whether one of the headings before the first text reads title.
func (c *converter) leadingHeading(title string) bool {
	for _, b := range c.blocks[:c.leadRun()] {
		if strings.EqualFold(collapse(b.lines[0]), collapse(title)) {
			return true
		}
	}
	return false
}

// dropSiteHeadings drops the headings that come before the one naming the policy when a page
// opens with several headings and no text: the site's name or section ("Fortune", "Help")
// above "Privacy Policy".
func (c *converter) dropSiteHeadings() {
	run := c.leadRun()
	for k := 1; k < run; k++ {
		if namesPolicy(c.blocks[k].lines[0]) {
			for _, b := range c.blocks[:k] {
				if namesPolicy(b.lines[0]) {
					return
				}
			}
			c.blocks = c.blocks[k:]
			return
		}
	}
}

// policyWords name a privacy policy or notice in the languages fineprint reads.
var policyWords = []string{"privacy", "policy", "data protection", "datenschutz", "confidentialité",
	"données personnelles", "privacidad", "protección de datos", "riservatezza", "privacybeleid",
	"privacidade", "конфиденциальн", "隐私", "隱私", "个人信息", "個人情報", "プライバシー", "개인정보"}

// namesPolicy reports whether heading t names a privacy policy.
func namesPolicy(t string) bool {
	l := strings.ToLower(t)
	for _, w := range policyWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// numberScheme names the numbering that opens a title: "zh" (一、), "zh()" (（一）), "zh第"
// (第一条), "1" / "1.1" / "1.1.1" (arabic, by depth), "(1)", "a", "(a)", "I"; "" when none.
func numberScheme(t string) string {
	r := []rune(t)
	i := 0
	paren := false
	if i < len(r) && (r[i] == '(' || r[i] == '（') {
		paren = true
		i++
	}
	start := i
	switch {
	case i < len(r) && r[i] == '第':
		return "zh第"
	case i < len(r) && strings.ContainsRune("一二三四五六七八九十百", r[i]):
		for i < len(r) && strings.ContainsRune("一二三四五六七八九十百", r[i]) {
			i++
		}
		if paren {
			return "zh()"
		}
		if i < len(r) && strings.ContainsRune("、.．，,:： ", r[i]) {
			return "zh"
		}
		return ""
	case i < len(r) && r[i] >= '0' && r[i] <= '9':
		depth := 1
		for i < len(r) && (r[i] >= '0' && r[i] <= '9' || r[i] == '.' && i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9') {
			if r[i] == '.' {
				depth++
			}
			i++
		}
		if paren || i < len(r) && (r[i] == ')' || r[i] == '）') {
			return "(1)"
		}
		if depth == 1 && i-start > 3 || i < len(r) && !strings.ContainsRune(".、．:： \t", r[i]) && !unicode.Is(unicode.Han, r[i]) {
			return "" // a year ("2015 updates") or a word ("3rd parties"), not a section number
		}
		return strings.Repeat("1.", depth-1) + "1"
	}
	// A letter or roman numeral needs a closing mark: "a." "b)" "IV." "(c)".
	j := i
	for j < len(r) && j-start < 5 && unicode.IsLetter(r[j]) && r[j] < 0x80 {
		j++
	}
	if j == start || j >= len(r) || !strings.ContainsRune(".)）", r[j]) || j+1 < len(r) && !unicode.IsSpace(r[j+1]) {
		return ""
	}
	word := string(r[start:j])
	if strings.Trim(word, "IVXLivxl") == "" && (j-start > 1 || strings.ContainsRune("IVXivx", r[start])) {
		return "I"
	}
	if j-start > 1 {
		return ""
	}
	if paren || r[j] != '.' {
		return "(a)"
	}
	return "a"
}
