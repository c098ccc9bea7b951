package model

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Parse reads a policy document (plain text or markdown, UTF-8 with or without a byte-order
// mark, any line endings) and returns its structure: language parts, sections with numbers,
// levels and anchors, and clauses, plus the title, company, date and languages inferred from the
// text. source is recorded as Policy.Source (a path or "bundled:<file>"); ID is left empty for
// the caller to assign. All clause and section text is sanitised (see Sanitize).
//
// Parse fails only on input that is not a text document: empty (ErrEmpty), binary (ErrBinary)
// or not UTF-8 (ErrEncoding), or of 2 GiB or more (ErrTooLarge). The error does not name the
// file; the caller adds it.
func Parse(source string, data []byte) (*Policy, error) {
	if len(data) > MaxSource {
		return nil, fmt.Errorf("%w: %d bytes, over %d", ErrTooLarge, len(data), MaxSource)
	}
	if err := checkText(data); err != nil {
		return nil, err
	}
	sc := scratchPool.Get().(*scratch)
	lines := appendLines(sc.lines[:0], data)
	var info []lineInfo
	// fineprint's own markdown is read as markdown whatever its name ("show acme > acme.txt").
	literal := canonical(lines)
	if literal || !plainTextName(source) {
		info = commonMarkLines(data, lines)
	}
	p, blocks := parseLines(source, lines, info, sc.blocks[:0], literal)
	sc.put(lines, blocks)
	p.pack() // the policy holds its text once, not the source it was cut from
	return p, nil
}

// scratch holds the two arrays a parse works in and drops: the source lines and the blocks,
// each about one per line and together about four times the size of the document. Taking them
// from a pool rather than allocating them for every document saves a parse most of its fresh
// memory (zeroed, faulted in, then collected): a folder of policies is parsed by a few
// goroutines one document after another.
type scratch struct {
	lines  []srcLine
	blocks []block
}

// scratchPool holds scratch arrays between parses. Like any sync.Pool it lets the garbage
// collector take them back when unused.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratchLines is the longest document, in lines, whose arrays go back to the pool: a rare
// larger one allocates its own rather than leave tens of megabytes idle in the pool.
const maxScratchLines = 1 << 16

// put clears the arrays a parse used (they hold its strings) and returns them to the pool;
// blocks is every block the parse wrote.
func (sc *scratch) put(lines []srcLine, blocks []block) {
	if cap(lines) > maxScratchLines || cap(blocks) > maxScratchLines {
		return
	}
	clear(lines)
	clear(blocks)
	sc.lines, sc.blocks = lines[:0], blocks[:0]
	scratchPool.Put(sc)
}

// parseLines builds the policy from a document's lines and their CommonMark reading (nil to
// read them as plain text), its blocks in dst's array when it is large enough. literal reads
// the document as fineprint's own canonical markdown (see CanonicalMark): its markdown
// headings are its sections and its title, at the levels their '#' count gives, and nothing
// else is a heading. It returns the policy and every block it wrote (for the caller to clear):
// the policy holds none of them.
func parseLines(source string, lines []srcLine, info []lineInfo, dst []block, literal bool) (*Policy, []block) {
	blocks, written := scanInto(dst, lines, info)
	var parts []int // the blocks where the language parts start, when the document says
	if literal {
		literalHeadings(blocks)
		parts = literalParts(lines, blocks)
	} else {
		blocks = judgeHeadings(blocks)
	}
	p := &Policy{Source: source}
	build(p, blocks, literal, parts)
	infer(p)
	applyFrontMatter(p, readFrontMatter(lines))
	return p, written
}

// literalHeadings reads canonical markdown's blocks as written: a markdown heading is a
// heading ranked by its '#' count (a "## 1.1" beside a "## 1" is its sibling, as the writer
// meant it; only "######", which the writer uses for every level from 5 on, nests by its
// number, as mdHeading ranks it), and every other line is text.
func literalHeadings(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.kind == blockHeading && b.md > 0:
			if b.md < 6 {
				b.rank = 10 * b.md
			}
		case b.kind == blockHeading || b.kind == blockNumbered:
			b.kind = blockPara
		}
	}
}

// literalParts returns the bounds of canonical markdown's language parts: 0, the first block
// after each PartMark line, and len(blocks), as the writer meant them.
func literalParts(lines []srcLine, blocks []block) []int {
	bounds := []int{0}
	k := 0
	for _, l := range lines {
		if l.text != PartMark {
			continue
		}
		for k < len(blocks) && blocks[k].line <= l.num {
			k++
		}
		if k > bounds[len(bounds)-1] && k < len(blocks) {
			bounds = append(bounds, k)
		}
	}
	return append(bounds, len(blocks))
}

// judgeHeadings decides which blocks of a document written by anyone are headings, and of what
// rank: numbered lines, bold lines, plain title lines and markdown headings are each read
// against the document's own use of them. It returns the blocks left (number-only lines merged
// into the line after them, page furniture dropped).
func judgeHeadings(blocks []block) []block {
	resolveHeadings(blocks)
	blocks = mergeNumberOnly(blocks)
	siblingKinds(blocks)
	boldHeadings(blocks)
	letterItems(blocks)
	boldOuter(blocks)
	enumTitles(blocks)
	accordionHeadings(blocks)
	dropContentsHeadings(blocks)
	blocks = dropFurnitureHeadings(blocks)
	first := -1
	if len(blocks) > 0 && blocks[0].kind == blockHeading && partTitle(blocks) == 0 {
		first = 0
	}
	first = restatedTitle(blocks, first)
	if t := partTitle(blocks); t >= 0 {
		// A heading repeating the title line word for word is no section (buildPart reads it
		// as text too); decided here, so that the readings below see the text it is.
		for i := range blocks {
			if i != t && repeatsTitle(&blocks[i], blocks[t].text) {
				blocks[i].kind = blockPara
			}
		}
	}
	rankPlainNumbers(blocks)
	annexHeadings(blocks)
	normalizeRanks(blocks, first)
	var plain bool
	if f := firstSectionHeading(blocks, first); f < 0 {
		plain = plainHeadings(blocks, 1)
	} else {
		// A document may be plain text down to its first marked heading ("Information
		// Collection", "Use of Cookies" … then "## Honda Automobiles"): that stretch is read as
		// plain text when it shows a plain structure of its own.
		plain = plainHeadings(blocks[:f], minPlainPrefix)
		if plain {
			plainInSections(blocks, f)
		}
	}
	if plain {
		// The plain headings are read as the marked ones were: a document's own list of them
		// ("Index", or the headings repeated with nothing under them), a date line and a label
		// repeated as the line under it are not sections.
		dropContentsHeadings(blocks)
		blocks = dropFurnitureHeadings(blocks)
	}
	secondDocument(blocks, first)
	for i := range blocks {
		// Whatever rule made it one, a heading whose title holds no letter ("0 0.", "1 -")
		// names no section, as a marked one without a letter does not (mdHeading).
		if b := &blocks[i]; b.kind == blockHeading && !strings.ContainsFunc(sectionTitle(b), unicode.IsLetter) {
			b.kind = blockPara
		}
	}
	return blocks
}

// sectionTitle is the title the section of heading b shows: the text after its number, or all
// of it when it has none.
func sectionTitle(b *block) string {
	if b.num.number == "" {
		return b.text
	}
	return b.title
}

// canonical reports whether a markdown document's lines are fineprint's canonical markdown: its
// first line is CanonicalMark.
func canonical(lines []srcLine) bool {
	return len(lines) > 0 && lines[0].text == CanonicalMark
}

// plainTextName reports whether a document's name says it is plain text (".txt"), which the
// line scanner reads alone; everything else is read as markdown first.
func plainTextName(source string) bool {
	ext := strings.ToLower(filepath.Ext(source))
	return ext == ".txt" || ext == ".text"
}

// resolveHeadings decides for every numbered line whether it is a heading or text. A numbered
// line is a heading when the text after the number reads as a heading (headingShaped), a
// Chinese numeral without a separator continues the sequence, markdown headings do not already
// use its numbering scheme, and it is not one of a run of numbered lines counting up with
// nothing between them (which is a list).
func resolveHeadings(blocks []block) {
	mdSchemes := markdownSchemes(blocks)
	lastZh := 0
	// The last heading number of each style, to tell a line that continues the document's
	// heading numbering ("4.2." after a "4.1." heading) from a list item numbered the same way.
	var last [styleEnum + 1]numbered
	for i := range blocks {
		b := &blocks[i]
		if b.kind == blockHeading && b.num.style != styleNone && b.num.style < styleEnum {
			last[b.num.style] = b.num
		}
		if b.kind != blockNumbered {
			continue
		}
		if b.num.rest == "" && i+1 < len(blocks) {
			// A number alone on its line ("6.") and the text on the next ("Data Security") are
			// judged as the same words on one line are: the line is theirs, the next block is
			// emptied (mergeNumberOnly drops it). A blank line between them parts them: a page
			// number over a running header, or a number written apart from its title.
			next := &blocks[i+1]
			if next.kind == blockPara && next.num.number == "" && !next.blank {
				text := b.text + " " + next.text
				if j, ok := parseNumber(text); ok && j.style == b.num.style && j.number == b.num.number {
					b.text, b.num, b.bold = text, j, b.bold && next.bold
					next.text = ""
				}
			}
		}
		n := b.num
		fits := n.style < styleEnum && followsNumber(last[n.style], n)
		// "a) Le respect des obligations légales par la banque :" over a passage of its own is
		// a title with a colon after it, judged without the colon: only a short phrase with a
		// colon passes otherwise, as lead-ins end in one too.
		passage := n.enum && strings.ContainsRune(":：", lastRune(n.rest)) && headsPassage(blocks, i) &&
			LooksLikeHeading(strings.TrimRight(n.rest, ":： "), CueNumber)
		ok := n.rest != "" && !mdSchemes[scheme{n.style, n.depth}] && (passage || LooksLikeHeading(n.rest, CueNumber))
		if !ok && fits && n.rest != "" && LooksLikeHeading(n.rest, CueSequence) && (n.sep || isHan(firstRune(n.rest))) {
			ok = true
		}
		if ok && n.style == styleZhOrdinal && !n.sep && n.value != lastZh+1 && n.value != 1 {
			ok = false
		}
		if ok && n.style == styleArabic && n.depth == 1 && !n.sep && !fits {
			ok = false
		}
		if ok && !fits && addressLine(n) {
			ok = false
		}
		if ok && n.enum && strings.ContainsRune(".,;:", lastRune(n.rest)) && !passage {
			// "b) Ihre Anschrift, wenn Sie bestellen.": a letter numbering as lists do is
			// a heading over a title, not over a sentence or a lead-in; but for a title over a
			// passage of its own ("a) L’exécution d’un contrat :").
			ok = false
		}
		if ok {
			last[n.style] = n
			b.kind = blockHeading
			b.title = strings.TrimRight(n.rest, ":： ")
			b.rank = 100 + n.rank()
			if n.style == styleZhOrdinal {
				lastZh = n.value
			}
		} else if n.rest != "" {
			b.kind = blockPara
		}
	}
	// Runs of same-rank numbered headings with nothing between them are lists.
	for i := 0; i < len(blocks); {
		if blocks[i].kind != blockHeading || blocks[i].md > 0 {
			i++
			continue
		}
		// The run is a list only while its numbers count up: "1 … 11" of a contents list
		// followed by the real "1" heading ends at that "1".
		j := i + 1
		for j < len(blocks) && blocks[j].kind == blockHeading && blocks[j].md == 0 && blocks[j].rank == blocks[i].rank &&
			blocks[j].num.value == blocks[j-1].num.value+1 {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				blocks[k].kind = blockItem
			}
		}
		i = j
	}
}

// headsPassage reports whether the lettered line blocks[i] heads a passage of its own: a
// paragraph under it and more text after that, before any numbered line ("a) L’exécution d’un
// contrat :" over a paragraph and its list). A lead-in over the one line of its entry ("a) Lors
// d’une commande :" over "votre adresse de livraison.") does not.
func headsPassage(blocks []block, i int) bool {
	if i+2 >= len(blocks) || blocks[i+1].kind != blockPara {
		return false
	}
	k := blocks[i+2].kind
	return k == blockPara || k == blockItem
}

// siblingKinds makes the members of one numbered sequence one kind. Plain numbered lines that
// count up under one parent ("（一）", "（二）" … or "1、" … "7、") are siblings: a document does not
// make some of them headings and others sentences. Where most of them are headings, a short
// member read as text is a heading too ("（一）注册、登录、认证；" before the heading "（二）为您展示…");
// where most are sentences, headings with sentences before and after them in the sequence are
// short entries of the same list ("4、实现功能或服务的共享信息" between clauses "3、…" and "7、…"),
// unless lines numbered inside them ("9.4.1" under "9.4") make them parents, and so are
// headings opening the sequence with nothing under them before the first sentence; lettered
// ones ("a)", "d.") are entries wherever they stand in the sequence.
// A heading outside the sequence at its rank or outer ends it.
func siblingKinds(blocks []block) {
	type key struct {
		style numStyle
		depth int
	}
	open := map[key][]int{}
	settle := func(seq []int) {
		h, x := 0, 0
		for _, k := range seq {
			if blocks[k].kind == blockHeading {
				h++
			} else {
				x++
			}
		}
		switch {
		case h >= 2 && x >= 1 && h > x:
			for _, k := range seq {
				b := &blocks[k]
				t := strings.TrimRight(b.num.rest, "；; ")
				if b.kind == blockPara && t != "" && len(strings.Fields(t)) <= 8 && utf8.RuneCountInString(t) <= 30 && LooksLikeHeading(t, CueNumber) {
					b.kind = blockHeading
					b.title = strings.TrimRight(b.num.rest, ":： ")
					b.rank = 100 + b.num.rank()
				}
			}
		case h >= 1 && x > h:
			first, last := -1, -1
			for j, k := range seq {
				if blocks[k].kind == blockPara {
					if first < 0 {
						first = j
					}
					last = j
				}
			}
			start, end := first+1, last
			if blocks[seq[0]].num.style.lowerCase() {
				// A lettered list of clauses may open or end with a short entry over text of
				// its own ("d. Delivery of Advertising." over "(i) …" after "c. Partners.
				// Some …"): an entry of the list still.
				start, end = 0, len(seq)
			}
			for j := start; j < end; j++ {
				next := len(blocks)
				if j+1 < len(seq) {
					next = seq[j+1]
				}
				if b := &blocks[seq[j]]; b.kind == blockHeading && !numberedChild(blocks[seq[j]+1:next], b.num) {
					b.kind = blockPara
				}
			}
		}
		if h >= 1 && x >= h {
			// Members before the first sentence with nothing under them open the same list
			// ("1、在您明确同意的方式下披露…" right above the clauses "2、…", "3、…").
			first := 0
			for first < len(seq) && blocks[seq[first]].kind != blockPara {
				first++
			}
			for j := first - 1; j >= 0 && seq[j+1] == seq[j]+1; j-- {
				blocks[seq[j]].kind = blockPara
			}
		}
	}
	for i := range blocks {
		b := &blocks[i]
		member := b.md == 0 && b.num.style != styleNone && b.num.style < styleEnum && b.num.rest != "" &&
			(b.kind == blockHeading || b.kind == blockPara)
		if !member {
			if b.kind == blockHeading {
				for k, seq := range open {
					if b.rank <= 100+blocks[seq[0]].num.rank() {
						settle(seq)
						delete(open, k)
					}
				}
			}
			continue
		}
		k := key{b.num.style, b.num.depth}
		if b.kind == blockHeading {
			// An outer numbered heading ends the sequences inside it.
			for k2, seq := range open {
				if k2 != k && b.rank < 100+blocks[seq[0]].num.rank() {
					settle(seq)
					delete(open, k2)
				}
			}
		}
		seq := open[k]
		if len(seq) > 0 && b.num.value != blocks[seq[len(seq)-1]].num.value+1 {
			settle(seq)
			seq = nil
		}
		open[k] = append(seq, i)
	}
	for _, seq := range open {
		settle(seq)
	}
}

// numberedChild reports whether blocks hold a line numbered inside n ("9.4.1" under "9.4"),
// which makes n a parent heading whatever its siblings are.
func numberedChild(blocks []block, n numbered) bool {
	for bi := range blocks {
		b := &blocks[bi]
		if b.num.style == n.style && b.num.depth == n.depth+1 && strings.HasPrefix(b.num.number, n.number+".") {
			return true
		}
	}
	return false
}

// boldRank is the rank of an unnumbered bold heading: inside markdown and numbered headings.
const boldRank = 250

// boldHeadings makes headings of the bold-only lines a document uses as headings: short
// phrases standing alone with text under them ("**Data Retention**", "**3. Sharing**"), when
// there are at least two. A bold line ending in a colon introduces what follows, a bold
// sentence is text, and a run of three or more bold lines with nothing between them is a list
// or the document's own contents. Unnumbered ones rank below every markdown heading; numbered
// ones rank by their numbering.
func boldHeadings(blocks []block) {
	cand := make([]bool, len(blocks))
	label := make([]bool, len(blocks))
	count, blanks := 0, 0
	for bi := range blocks {
		if blocks[bi].blank {
			blanks++
		}
	}
	// Where paragraphs are separated by blank lines, a bold line inside a paragraph (a name
	// opening an address block, "**Frau Muster**" between "Contact:" and the street) is text.
	join := blanks*2 >= len(blocks)
	// The bold numbered lines read as text that are reconsidered below as numbered: those left
	// no heading turn back into text on return.
	var renumbered []int
	defer func() {
		for _, i := range renumbered {
			if blocks[i].kind == blockNumbered {
				blocks[i].kind = blockPara
			}
		}
	}()
	for i := range blocks {
		b := &blocks[i]
		enum := b.kind == blockItem && b.num.style == styleEnum && b.num.number != "" && !strings.HasPrefix(b.num.number, "(")
		if !b.bold || (b.kind != blockPara && b.kind != blockNumbered && !enum) {
			continue
		}
		if join && (!b.blank && i > 0 || i+1 < len(blocks) && !blocks[i+1].blank && blocks[i+1].kind == blockPara) {
			continue
		}
		t := b.text
		// A bold numbered line read as text for its shape alone ("**1. Description et étendue
		// du traitement des données, exploitation …**") is numbered still: the bold and the
		// number together make it a heading when its words pass the sequence test.
		if numberedText(*b) {
			b.kind = blockNumbered
			renumbered = append(renumbered, i)
		}
		if b.kind != blockPara {
			t = b.num.rest
		}
		if t == "" || i+1 >= len(blocks) {
			continue
		}
		if strings.ContainsRune(":：", lastRune(t)) {
			if b.kind == blockPara && boldLabel(t) {
				label[i] = true
			}
			continue
		}
		if b.kind == blockPara && lastRune(t) == '.' && boldPhrase(t) {
			// "**Legal bases for processing.**": a heading with a stray full stop.
			cand[i] = true
			count++
			continue
		}
		// An unnumbered line must pass the number's test and its first rune must be a letter or
		// a digit ("**\*Vendor**" marks an entry of a list, not a heading); a numbered one the
		// sequence test, which every line passing the number's test passes too. The cheaper
		// tests go first: most bold lines fail one of them.
		if b.kind == blockPara {
			if !unicode.IsLetter(firstRune(t)) && !unicode.IsDigit(firstRune(t)) || !LooksLikeHeading(t, CueNumber) {
				continue
			}
		} else if !LooksLikeHeading(t, CueSequence) {
			continue
		}
		cand[i] = true
		count++
	}
	if count < 2 {
		return
	}
	// A document that marks its sections by bold lines alone (no markdown heading but its
	// title) marks their subsections with bold labels ending in a colon ("**Généralités :**");
	// where markdown headings make the sections, such a label introduces a list.
	if count >= 3 && mdHeadings(blocks) <= 1 {
		for i, ok := range label {
			if ok {
				cand[i] = true
			}
		}
	}
	for i := 0; i < len(blocks); {
		if !cand[i] {
			i++
			continue
		}
		j := i
		for j < len(blocks) && cand[j] {
			j++
		}
		if j-i >= 3 || j >= len(blocks) {
			i = j
			continue
		}
		for k := i; k < j; k++ {
			b := &blocks[k]
			if b.kind != blockPara {
				// "a) Cookies" in bold is a heading numbered "a" (rank: see rankPlainNumbers).
				b.title = strings.TrimRight(b.num.rest, ":： ")
				b.rank = 100 + b.num.rank()
			} else {
				b.title = b.text
				b.rank = boldRank
				if label[k] {
					b.text = strings.TrimRight(b.text, ":： ")
					b.title = b.text
					b.rank = boldRank + 1
				}
			}
			b.kind = blockHeading
		}
		i = j
	}
}

// letterItems makes list items again the plain lines lettered as a list enumerates ("a)",
// "(a)") that read as no heading: such a line is a heading when it reads as one (resolveHeadings,
// boldHeadings), and an entry of its list otherwise.
func letterItems(blocks []block) {
	for i := range blocks {
		if b := &blocks[i]; b.kind == blockPara && b.md == 0 && b.num.enum {
			b.kind = blockItem
		}
	}
}

// enumTitles makes headings of the title lines a numbered section numbers as a list does,
// "1）设备信息", "（2）开展营销活动", "(3) Payment data", each with text of its own under it. Such
// numbers are list enumerations (styleEnum) and their lines list items, unless they count from
// 1 under a markdown or numbered heading and most of them are short titles (at most eight
// words or thirty runes that read as a heading after a number) with text of their own after
// them (textUnder): those become headings, which rankPlainNumbers nests in the heading before
// them. Clauses numbered the same way ("1）与国家安全有关的；"), entries following one another
// with nothing under them, and title lines under a plain or bold heading stay items.
func enumTitles(blocks []block) {
	var run []int
	under := false // the last heading is a markdown or numbered one
	settle := func() {
		var titles []int
		for _, k := range run {
			b := &blocks[k]
			t := b.num.rest
			if k+1 < len(blocks) && textUnder(blocks[k+1], b.num) && len(strings.Fields(t)) <= 8 &&
				utf8.RuneCountInString(t) <= 30 && LooksLikeHeading(t, CueNumber) {
				titles = append(titles, k)
			}
		}
		if len(titles) >= 2 && len(titles)*2 > len(run) {
			for _, k := range titles {
				b := &blocks[k]
				b.kind = blockHeading
				b.title = b.num.rest
			}
		}
		run = run[:0]
	}
	for i := range blocks {
		b := &blocks[i]
		if b.kind == blockHeading {
			settle()
			under = b.md > 0 || b.num.style != styleNone
			continue
		}
		if b.kind != blockItem || b.md > 0 || b.indent > 0 || b.num.style != styleEnum || !arabicEnum(b.num.number) {
			continue
		}
		switch {
		case b.num.value == 1:
			settle()
			if under {
				run = append(run, i)
			}
		case len(run) > 0 && b.num.value == blocks[run[len(run)-1]].num.value+1:
			run = append(run, i)
		default:
			settle()
		}
	}
	settle()
}

// textUnder reports whether next, the block after an entry numbered n, is text of the entry's
// own: a paragraph, or a list item that is not the entry after n.
func textUnder(next block, n numbered) bool {
	switch next.kind {
	case blockPara:
		return true
	case blockItem:
		return next.num.style != styleEnum || next.num.value != n.value+1
	}
	return false
}

// arabicEnum reports whether an enumeration's number is an arabic one, bare or in parentheses
// ("1", "(2)"): a count of entries, as "a)" or "①" are not read here.
func arabicEnum(number string) bool {
	n := strings.TrimSuffix(strings.TrimPrefix(number, "("), ")")
	return n != "" && strings.Trim(n, "0123456789") == ""
}

// boldOuter ranks a document's unnumbered bold headings above its plain numbered ones when the
// bold lines are its sections: the first section heading is bold, and a plain numbering starts
// again after a bold heading ("**个人信息的保护**" over "2、…", "3、…", then "**对未成年人的保护**"
// over "1、…", "2、…"), so each bold section holds a numbering of its own, and no bold heading
// stands between two numbers that count on ("2.", "**Cookies**", "3." puts it inside 2).
// Elsewhere a bold line is a subsection inside the numbered sections (boldRank).
func boldOuter(blocks []block) {
	firstBold, restarts, inside := false, false, false
	seen := false
	var last [styleEnum + 1]int    // the last value of each plain numbering, 0 after a bold heading
	var before [styleEnum + 1]bool // a bold heading came since that numbering's last heading
	for i := range blocks {
		b := &blocks[i]
		if b.kind != blockHeading || b.md > 0 {
			continue
		}
		if b.num.style == styleNone {
			if b.rank != boldRank {
				continue
			}
			if !seen {
				firstBold = true
			}
			seen = true
			for s := range before {
				before[s] = true
			}
			continue
		}
		seen = true
		if b.num.style >= styleEnum || b.num.depth > 1 {
			continue
		}
		if before[b.num.style] && last[b.num.style] > 0 {
			if b.num.value <= last[b.num.style] {
				restarts = true
			} else if b.num.value == last[b.num.style]+1 {
				inside = true // "2. …", "**Cookies**", "3. …": the bold line is inside 2
			}
		}
		last[b.num.style], before[b.num.style] = b.num.value, false
	}
	if !firstBold || !restarts || inside || mdHeadings(blocks) > 1 {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; b.kind == blockHeading && b.md == 0 && b.num.style == styleNone && b.rank == boldRank {
			b.rank = boldOuterRank
		}
	}
}

// boldOuterRank is the rank of an unnumbered bold heading that holds numbered ones (boldOuter).
const boldOuterRank = 99

// numberedText reports whether b is a numbered line that resolveHeadings read as text.
func numberedText(b block) bool {
	return b.kind == blockPara && b.md == 0 && b.num.style != styleNone && b.num.style != styleEnum && b.num.rest != ""
}

// mdHeadings counts the markdown headings (ATX or setext) of a document.
func mdHeadings(blocks []block) int {
	n := 0
	for bi := range blocks {
		if b := &blocks[bi]; b.kind == blockHeading && b.md > 0 {
			n++
		}
	}
	return n
}

// accordionHeadings makes headings of the top-level bullets that hold whole sections, as a web
// page's accordion saved as markdown does: "* Data security" followed by indented paragraphs
// (the bullet's body). Three or more such bullets make them the document's sections; a bullet
// followed by more bullets or by unindented text is a list item.
func accordionHeadings(blocks []block) {
	var cand []int
	for i := 0; i+1 < len(blocks); i++ {
		b, next := &blocks[i], &blocks[i+1]
		if b.kind == blockItem && b.indent == 0 && b.num.style == styleNone && LooksLikeHeading(b.text, CueNumber) &&
			!strings.ContainsRune(":：", lastRune(b.text)) && next.kind == blockPara && next.indent >= 2 && next.blank {
			cand = append(cand, i)
		}
	}
	if len(cand) < 3 {
		return
	}
	for _, i := range cand {
		b := &blocks[i]
		b.kind = blockHeading
		b.title = b.text
		b.rank = 90 // outside the numbered headings of its body
	}
}

// contentsWords name a document's own table of contents, in the languages policies come in.
var contentsWords = map[string]bool{"index": true, "contents": true, "content": true, "table of contents": true,
	"sommaire": true, "table des matières": true, "inhalt": true, "inhaltsverzeichnis": true, "inhaltsübersicht": true,
	"índice": true, "indice": true, "contenido": true, "sommario": true, "inhoud": true, "inhoudsopgave": true,
	"目录": true, "目錄": true, "目次": true, "목차": true, "содержание": true, "on this page": true, "in this policy": true}

// dropFurnitureHeadings turns into text the headings that are page furniture, not sections: a
// sentence styled as a heading, a date line ("Last Updated: August 14, 2025"), a menu label
// repeated as the first line under it ("#### Service client" then "Service client" then links),
// the lead-in of the document's own contents (see contentsRun), a salutation ("### 尊敬的用户：")
// and an organisation's name over the street line of its address.
//
// A sentence styled as a heading whose line wraps onto the next source line becomes one
// paragraph with that line, as it reads; it returns blocks without the lines so joined.
func dropFurnitureHeadings(blocks []block) []block {
	joined := false
	for i := range blocks {
		b := &blocks[i]
		if b.kind == blockHeading && b.md > 0 {
			if line := headingLine(blocks, i); styledSentence(line) {
				b.kind = blockPara
				if line != b.title {
					b.text = b.text + " " + blocks[i+1].text
					blocks[i+1].text = ""
					joined = true
				}
				continue
			}
		}
		if b.kind != blockHeading || b.num.style != styleNone {
			continue
		}
		if dateLine(b.text) && strings.ContainsAny(b.text, "0123456789") && utf8.RuneCountInString(b.text) <= 60 {
			b.kind = blockPara
			continue
		}
		if i+1 < len(blocks) && blocks[i+1].kind == blockPara && blocks[i+1].text == b.text {
			b.kind = blockPara
			continue
		}
		if strings.ContainsRune(":：", lastRune(b.text)) && contentsRun(blocks, i+1) {
			b.kind = blockPara
			continue
		}
		if salutation(b.text) {
			b.kind = blockPara
			continue
		}
		// "## Example Media, LLC" over "12 Main Street, Suite 3": an address's first line.
		if i+1 < len(blocks) && streetLine(blocks[i+1].text) && orgHeading(*b) {
			b.kind = blockPara
		}
	}
	if !joined {
		return blocks
	}
	return slices.DeleteFunc(blocks, func(b block) bool { return b.kind == blockPara && b.text == "" })
}

// contentsRun reports whether blocks[i:] opens with the document's own contents as a numbered
// list: two or more numbered lines read as text or list items, most of them naming a heading
// of the document ("1、我们如何收集信息" before "### 一、我们如何收集信息"). A heading ending in a
// colon right above such a list is its lead-in ("### 本政策将帮助您了解以下内容："), not a section.
func contentsRun(blocks []block, i int) bool {
	const maxContentsEntries = 40
	n, named := 0, 0
	for j := i; j < len(blocks); j++ {
		b := blocks[j]
		if !numberedText(b) && (b.kind != blockItem || b.num.style == styleNone || b.num.rest == "") {
			break
		}
		if n++; n > maxContentsEntries {
			return false // a long list is the text's, not its contents
		}
		for k := j + 1; k < len(blocks); k++ {
			if blocks[k].kind == blockHeading && trimTitle(blocks[k].title) == trimTitle(b.num.rest) {
				named++
				break
			}
		}
	}
	return n >= 2 && named*2 >= n
}

// dropContentsHeadings turns the heading of the document's own table of contents ("Index",
// "Sommaire", "目录") into text: it lists the sections, it is not one.
//
// A document may also list its sections by repeating their headings, styled as headings, before
// the text ("**Aperçu**", then "**A. Généralités**", "**B. Processus …**" with only their
// subsections' names under them, then the sections again with their text). A heading repeated
// later whose own span holds no sentence, only short lines, is such an entry; a heading whose
// span is empty right before the first of them names the list. A document holding its whole
// text twice keeps both copies: there, text follows each heading.
func dropContentsHeadings(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind == blockHeading && b.num.style == styleNone && contentsWords[strings.ToLower(strings.TrimRight(b.text, ":： "))] {
			b.kind = blockPara
		}
	}
	// Each heading's key (headingKey) is made in a reused buffer and numbered: it becomes a
	// string only the first time it is seen. The tables are sized once for every heading.
	n := 0
	for i := range blocks {
		if blocks[i].kind == blockHeading {
			n++
		}
	}
	ids := make(map[string]int, n)
	last := make([]int, 0, n) // last[id]: the last heading with key id
	heads := make([]int, 0, n)
	keys := make([]int, 0, n) // keys[k] is the key id of blocks[heads[k]]
	var buf []byte
	for i := range blocks {
		if blocks[i].kind == blockHeading {
			buf = headingKey(buf[:0], &blocks[i])
			id, ok := ids[string(buf)]
			if !ok {
				id = len(last)
				ids[string(buf)] = id
				last = append(last, 0)
			}
			last[id] = i
			heads = append(heads, i)
			keys = append(keys, id)
		}
	}
	if len(heads) == len(last) {
		return // no heading repeated
	}
	var titles map[string]bool // made when first needed
	entry := make([]bool, len(blocks))
	for k, i := range heads {
		end := len(blocks)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		if last[keys[k]] <= i {
			continue
		}
		if titles == nil {
			titles = make(map[string]bool, len(heads)+1)
			for _, h := range heads {
				if buf = titleKey(buf[:0], blocks[h].text); !titles[string(buf)] {
					titles[string(buf)] = true
				}
			}
			// The document's title names a heading too, marked up or not.
			if t := partTitle(blocks); t >= 0 {
				buf = titleKey(buf[:0], blocks[t].text)
				titles[string(buf)] = true
			}
		}
		if listsOnly(blocks[i+1:end], titles, &buf) {
			entry[i] = true
		}
	}
	// Entries come as a run of two or more headings, repeated after the run ends.
	for k := 0; k < len(heads); {
		if !entry[heads[k]] {
			k++
			continue
		}
		j := k
		for j < len(heads) && entry[heads[j]] {
			j++
		}
		after := len(blocks)
		if j < len(heads) {
			after = heads[j]
		}
		ok := j-k >= 2
		for m := k; m < j && ok; m++ {
			ok = last[keys[m]] >= after
		}
		if ok {
			for m := k; m < j; m++ {
				blocks[heads[m]].kind = blockPara
			}
			if p := heads[k] - 1; k > 0 && heads[k-1] == p {
				blocks[p].kind = blockPara // "Aperçu": the list's own name, right above it
			}
		}
		k = j
	}
}

// headingKey appends to dst what identifies a heading by its number and words, for finding it
// repeated: its number, a space and its title, without a byte-order mark or a closing colon,
// in lower case. It is what the reader sees ("1. Data:", "1.Data" and "1 Data" are all
// "1 Data"), not how the line wrote it.
func headingKey(dst []byte, b *block) []byte {
	dst = appendLower(dst, strings.TrimPrefix(b.num.number, bom))
	dst = append(dst, ' ')
	return appendLower(dst, strings.TrimRight(b.title, ":： "))
}

// listsOnly reports whether blocks hold only what a contents list holds under an entry: the
// numbered names of subsections ("I. Nom et adresse du responsable") or lines naming headings of
// the document (titles), no sentence, no other text ("Nom, adresse e-mail, âge", an address).
// buf is a buffer for the keys looked up.
func listsOnly(blocks []block, titles map[string]bool, buf *[]byte) bool {
	for i := range blocks {
		b := &blocks[i]
		if endsSentence(b.text) || utf8.RuneCountInString(b.text) > 160 {
			return false
		}
		if n, ok := parseNumber(strings.TrimSpace(b.text)); ok && n.style != styleNone && n.style != styleEnum && n.rest != "" {
			continue
		}
		if *buf = titleKey((*buf)[:0], b.text); !titles[string(*buf)] {
			return false
		}
	}
	return true
}

// titleKey appends to dst a heading's or a line's text as compared for naming the same heading:
// without emphasis, byte-order mark and surrounding spaces, in lower case.
func titleKey(dst []byte, t string) []byte {
	return appendLower(dst, trimTitle(t))
}

// trimTitle is strings.Trim(t, bom+" *_:：") without the search of a cutset per rune that a
// cutset beyond ASCII costs.
func trimTitle(t string) string {
	for t != "" {
		r, size := utf8.DecodeRuneInString(t)
		if !titleEdge(r) {
			break
		}
		t = t[size:]
	}
	for t != "" {
		r, size := utf8.DecodeLastRuneInString(t)
		if !titleEdge(r) {
			break
		}
		t = t[:len(t)-size]
	}
	return t
}

// titleEdge reports whether trimTitle trims r: a byte-order mark, a space, emphasis or a colon.
func titleEdge(r rune) bool {
	return r == ' ' || r == '*' || r == '_' || r == ':' || r == '：' || r == '\uFEFF'
}

// streetWords end or open the street part of a postal address.
var streetWords = map[string]bool{"avenue": true, "ave": true, "street": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "suite": true, "straße": true, "strasse": true, "str": true, "platz": true,
	"allee": true, "rue": true, "chemin": true, "calle": true, "piazza": true}

// streetLine reports whether t is the street line of a postal address: a house number and a
// street word ("830 Menlo Ave, Suite 201", "12 rue de la Paix"), or a line ending in a postal
// code ("Menlo Park, CA 94025"), sixty runes at most.
func streetLine(t string) bool {
	if utf8.RuneCountInString(t) > 60 {
		return false // a paragraph ending in an address is no address line
	}
	if postalTail(t) {
		return true
	}
	words := strings.Fields(strings.ToLower(t))
	if len(words) < 2 || strings.IndexFunc(words[0], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false // no house number
	}
	for _, w := range words[1:] {
		if streetWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// addressLine reports whether a numbered line is a postal address ("701 First Avenue",
// "12 rue de la Paix"): a number before a street word, or a number of three digits or more (a
// house number; sections rarely run past 99).
func addressLine(n numbered) bool {
	if n.style != styleArabic || n.depth != 1 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(n.rest)) {
		if streetWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return n.value >= 100
}

// scheme is a numbering scheme: a style and, for arabic numbers, a depth.
type scheme struct {
	style numStyle
	depth int
}

// markdownSchemes returns the numbering schemes the markdown headings use: a plain line numbered
// the same way ("1." where the headings are "## 1.") is a list item of the document, not a
// heading.
func markdownSchemes(blocks []block) map[scheme]bool {
	out := map[scheme]bool{}
	for i := range blocks {
		if blocks[i].kind == blockHeading && blocks[i].md > 0 && blocks[i].num.style != styleNone {
			out[scheme{blocks[i].num.style, blocks[i].num.depth}] = true
		}
	}
	return out
}

// plainHeadings finds the headings of a document that has neither markdown nor numbered ones:
// short lines standing alone that read as headings ("What information do we collect?",
// "我们收集的信息", "Information you provide to us:") with text under them. The first line is
// left to be the title, and so is a short line naming the document among the first lines,
// before any section ("Privacy Policy" under an opening sentence); and a run of such lines with
// nothing between them is a list, not headings, but for two alone over a sentence (a section
// title over its first subsection's). All are level 1: without numbers or markup a document does not show its nesting
// reliably.
func plainHeadings(blocks []block, least int) bool {
	cand := make([]bool, len(blocks))
	entry := false // blocks[i-1] is a short line of a list a line ending in a colon opened
	// Whether a blank line comes before a block tells something only where a document both
	// puts blank lines between its blocks and leaves them out: a document (or its canonical
	// markdown) separating every block alike says nothing by it.
	var spaced, packed bool
	for i := 1; i < len(blocks); i++ {
		spaced = spaced || blocks[i].blank
		packed = packed || !blocks[i].blank
	}
	mixed := spaced && packed
	for i := 1; i < len(blocks); i++ {
		b := blocks[i]
		shaped := b.kind == blockPara && LooksLikeHeading(b.text, CuePlain)
		// "We will share your data when:", "Providing our services", "Fulfilling the purposes
		// above": the short lines after a lead-in are its list, down to the first sentence, or
		// to a blank line where the document's blank lines part its blocks.
		inList := strings.ContainsRune(":：", lastRune(blocks[i-1].text)) || entry && !(mixed && blocks[i].blank)
		// "How we use the information we gather:" over "Providing requested services:" and its
		// text: a title ending in a colon over another one over a sentence is a section and its
		// first subsection, not a lead-in and its list.
		if inList && cand[i-1] && shaped && strings.ContainsRune(":：", lastRune(b.text)) && sentenceAfter(blocks, i) {
			inList = false
		}
		// "Honda North America, Inc." in a list of company names ends in an abbreviation's
		// stop, not a sentence's: the list goes on.
		entry = (shaped || nameEnd(b.text)) && inList
		cand[i] = shaped && !inList
		// "We may collect the following data from you:" before a list is its lead-in.
		if cand[i] && strings.ContainsRune(":：", lastRune(b.text)) && i+1 < len(blocks) && blocks[i+1].kind == blockItem {
			cand[i] = false
		}
		// A line after one ending in a semicolon ("A user ID and password;") is the next entry
		// of a list written as paragraphs.
		if cand[i] && listEntryEnd(blocks[i-1].text) {
			cand[i] = false
		}
		// "Example Media" above "830 Menlo Ave, Suite 201" is the first line of an address.
		if cand[i] && i+1 < len(blocks) && streetLine(blocks[i+1].text) {
			cand[i] = false
		}
		// A line between two numbered lines of text that count on ("1 …", "Note", "2 …") is
		// part of their list.
		if cand[i] && i+1 < len(blocks) && numberedText(blocks[i-1]) && numberedText(blocks[i+1]) && followsNumber(blocks[i-1].num, blocks[i+1].num) {
			cand[i] = false
		}
	}
	// A pair of candidates alone, the second over a sentence ("我们向您发送的邮件和信息" over
	// "邮件和信息推送" over its text), is a section and its first subsection; longer runs are lists.
	pair := func(i int) bool {
		return i >= 1 && i+1 < len(blocks) && cand[i] && cand[i+1] && !cand[i-1] && sentenceAfter(blocks, i+1) &&
			(i+2 >= len(blocks) || !cand[i+2])
	}
	var heads []int
	for i := 1; i < len(blocks); i++ {
		if !cand[i] || i+1 >= len(blocks) || blocks[i+1].kind == blockHeading || (cand[i+1] || cand[i-1]) && !pair(i) && !pair(i-1) {
			continue
		}
		// "Privacy Policy" under an opening sentence, before any section, is the title.
		if len(heads) == 0 && i <= 3 && documentName(blocks[i].text) {
			continue
		}
		heads = append(heads, i)
	}
	if len(heads) < least {
		return false
	}
	for _, i := range heads {
		b := &blocks[i]
		b.kind = blockHeading
		b.text = strings.TrimRight(b.text, ":： ")
		b.title = b.text
		b.rank = 200
	}
	return true
}

// sentenceAfter reports whether the block after blocks[i] is a paragraph ending in a full stop
// or an exclamation mark: the text under a heading, not the next short line of a list, a lead-in
// or a long question (the next title of a list of them).
func sentenceAfter(blocks []block, i int) bool {
	if i+1 >= len(blocks) {
		return false
	}
	n := &blocks[i+1]
	return n.kind == blockPara && strings.ContainsRune(".。!！", lastRune(n.text)) && !LooksLikeHeading(n.text, CuePlain) &&
		!nameEnd(n.text)
}

// nameEnd reports whether t is a short line whose full stop is an abbreviation's ("Example
// Holdings, Inc.", "Example Receivables Corp."): a name, not a sentence.
func nameEnd(t string) bool {
	return lastRune(t) == '.' && len(strings.Fields(t)) <= 6 && abbreviation(strings.TrimSuffix(t, "."))
}

// secondDocument nests the sections of a second document held in the same file under its
// title. A heading naming a document ("Meredith Online Privacy Policy", "Google Play Privacy
// Policy": documentName, ending in the name of a kind of document) that comes after two
// sections or more of its rank and is followed by minSecondSections or more of its rank, before
// any outer heading, one of the first three saying what data is collected (a policy opening
// again: "Information Collection and Use"), opens another document: those that follow are its
// sections, so it is made to rank just above them. Only the first such heading counts; a
// Chinese one is left alone ("本隐私政策如何更新" names the policy in a section title).
func secondDocument(blocks []block, first int) {
	for i := range blocks {
		h := &blocks[i]
		if h.kind != blockHeading || i == first || h.num.style != styleNone || !documentName(h.text) || !endsInKind(h.text) {
			continue
		}
		if _, han := hanCount(h.text); han > 0 {
			continue
		}
		before, after, clash := 0, 0, false
		for j := range blocks {
			b := &blocks[j]
			if b.kind != blockHeading || j == first {
				continue
			}
			clash = clash || b.rank == h.rank-1
			if j < i && b.rank == h.rank {
				before++
			}
		}
		opens := false // one of the first sections after it says what is collected
		for j := i + 1; j < len(blocks); j++ {
			b := &blocks[j]
			if b.kind != blockHeading {
				continue
			}
			if b.rank < h.rank {
				break
			}
			if b.rank == h.rank {
				after++
				opens = opens || after <= 3 && collectsHeading(b.text)
			}
		}
		if before >= 2 && after >= minSecondSections && opens && !clash {
			h.rank--
		}
		return
	}
}

// collectWords name the collection of data, as the heading of a policy's first sections does
// ("Information Collection and Use", "Données collectées", "Welche Daten wir erheben").
var collectWords = []string{"collect", "erheb", "recopil", "raccol", "recogid"}

// collectsHeading reports whether a heading is about the data collected.
func collectsHeading(t string) bool {
	return containsAny(strings.ToLower(t), collectWords)
}

// minSecondSections is the fewest sections a second document's title must be followed by: a
// section about one audience ("California Privacy Notice") near the end is followed by few.
const minSecondSections = 5

// endsInKind reports whether t ends with the name of a kind of document ("… Privacy Policy"),
// as a document's title does; "Protection des données personnelles" names a topic.
func endsInKind(t string) bool {
	lower := strings.ToLower(strings.TrimRight(t, " .:"))
	// The kinds a title is read by elsewhere (infer), but "privacy" alone ("Your Privacy"),
	// which names a topic.
	for _, kinds := range [][]string{titleKinds, intlTitleKinds} {
		for _, k := range kinds {
			if k != "privacy" && strings.HasSuffix(lower, k) {
				return true
			}
		}
	}
	return false
}

// plainInSections reads as plain text, too, each marked section from blocks[f] on of a
// document whose plain stretch before f held sections: a page that wrote its first sections as
// plain short lines writes them so inside a later marked one as well ("Privacy Policy
// Overview", "Sharing of information" … under "## American Honda Finance Corporation Financial
// Privacy Policy"). Such a section's plain headings, minPlainPrefix of them at least, rank
// below its marked heading and nest in it.
func plainInSections(blocks []block, f int) {
	for i := f; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && blocks[j].kind != blockHeading {
			j++
		}
		if blocks[i].kind == blockHeading && blocks[i].md > 0 {
			plainHeadings(blocks[i:j], minPlainPrefix)
		}
		i = j
	}
}

// annexWords open the name of an annex, in the languages policies come in.
var annexWords = []string{"annexe", "annex", "appendix", "anhang", "anlage", "anexo", "allegato", "附录", "附件"}

// annexHeadings makes headings of the plain lines naming an annex ("Annexe – Durée de
// conservation", "Appendix 2: Cookies", "附录：第三方SDK列表") in a document whose sections are
// numbered lines without markup: such an annex comes after the numbered sections, outside
// their numbering, and is their sibling. It runs after rankPlainNumbers. A document that marks
// its headings up marks its annex too, and an unmarked line there is text.
func annexHeadings(blocks []block) {
	for i := range blocks {
		if blocks[i].kind == blockHeading && blocks[i].md > 0 {
			return
		}
	}
	top := 0 // the rank of the outermost numbered heading so far; 0 before any
	for i := range blocks {
		b := &blocks[i]
		if b.kind == blockHeading {
			if b.num.style != styleNone && (top == 0 || b.rank < top) {
				top = b.rank
			}
			continue
		}
		if top == 0 || b.kind != blockPara || b.num.style != styleNone || i+1 >= len(blocks) ||
			blocks[i+1].kind == blockHeading || !annexLine(b.text) {
			continue
		}
		b.kind = blockHeading
		b.title = b.text
		b.rank = top
	}
}

// annexLine reports whether t names an annex: an annex word, then an optional number ("2",
// "B", "IV") and an optional title after a separator that reads as a heading ("Annexe –
// Durée de conservation"), sixty runes at most. "Appendix 2 lists the cookies we set." is a
// sentence.
func annexLine(t string) bool {
	if utf8.RuneCountInString(t) > 60 {
		return false
	}
	lower := strings.ToLower(t)
	for _, w := range annexWords {
		if !strings.HasPrefix(lower, w) {
			continue
		}
		rest := t[len(w):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && r < 0x2e80 {
			continue // "Annexed", "Anlagen…": another word
		}
		rest = strings.TrimSpace(rest)
		if f := strings.Fields(rest); len(f) > 0 {
			if num := strings.TrimRight(f[0], ".:："); num != "" && len(num) <= 4 && strings.Trim(num, "0123456789IVXABCDEFGH") == "" {
				rest = strings.TrimSpace(rest[len(num):]) // the annex's number
			}
		}
		if rest == "" {
			return true
		}
		sep, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("-–—:：.", sep) {
			return false
		}
		title := strings.TrimSpace(rest[size:])
		return title != "" && LooksLikeHeading(title, CueNumber)
	}
	return false
}

// minPlainPrefix is the fewest plain headings that make the plain stretch before a document's
// first marked heading read as sections: one or two short lines there are labels.
const minPlainPrefix = 3

// listEntryEnd reports whether t ends as an entry of a list that goes on: a semicolon, or a
// semicolon and a conjunction ("…; and", "…; or").
func listEntryEnd(t string) bool {
	t = strings.TrimSpace(t)
	for _, c := range []string{" and", " or", " et", " ou", " und", " oder", " y", " o", " e"} {
		if strings.HasSuffix(t, c) {
			t = strings.TrimSuffix(t, c)
			break
		}
	}
	return strings.ContainsRune(";；", lastRune(t))
}

// documentName reports whether a plain line is nothing but the document's name: a short line
// naming the document with no minor word ("Privacy Policy", "Example Privacy Notice"); "Scope of
// Privacy Policy" and "Changes to this Privacy Policy" are sections about it.
func documentName(t string) bool {
	words := strings.Fields(t)
	if len(words) > 5 || !namesDocument(t) {
		return false
	}
	for _, w := range words {
		if minorWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// repeatsTitle reports whether b is an unnumbered heading repeating the title word for word:
// the whole document repeated after itself, or a title line marked up again. It is no section.
func repeatsTitle(b *block, title string) bool {
	return b.kind == blockHeading && b.num.style == styleNone && b.text == title
}

// mergeNumberOnly drops the blocks resolveHeadings emptied by joining their text to a number
// alone on the line before, and makes a number left alone a paragraph of its own.
func mergeNumberOnly(blocks []block) []block {
	out := blocks[:0]
	for _, b := range blocks {
		if b.kind == blockPara && b.text == "" {
			continue
		}
		if b.kind == blockNumbered {
			b.kind = blockPara
		}
		out = append(out, b)
	}
	return out
}

// build turns blocks into the policy's parts, sections and clauses; literal as for parseLines.
// bounds are where the parts start, as literalParts gives them; nil to tell them by language
// (splitParts).
func build(p *Policy, blocks []block, literal bool, bounds []int) {
	labelBlocks(blocks)
	if bounds == nil {
		bounds = splitParts(blocks)
	}
	// Every block becomes at most one section or clause: sized once, the slices never grow.
	heads := 0
	for bi := range blocks {
		if blocks[bi].kind == blockHeading {
			heads++
		}
	}
	if heads > 0 {
		p.Sections = make([]Section, 0, heads)
	}
	anchors := make(map[string]int, heads)
	if len(blocks) > heads {
		p.Clauses = make([]Clause, 0, len(blocks)-heads)
	}
	for pi := 0; pi+1 < len(bounds); pi++ {
		part := blocks[bounds[pi]:bounds[pi+1]]
		lang := majorityLang(part)
		p.Parts = append(p.Parts, Part{Lang: lang, FirstSection: len(p.Sections), FirstClause: len(p.Clauses)})
		buildPart(p, pi, part, lang, anchors, literal)
		pp := &p.Parts[pi]
		pp.EndSection, pp.EndClause = len(p.Sections), len(p.Clauses)
		if lang != LangUnknown {
			p.Langs = append(p.Langs, lang)
		}
	}
	if len(p.Parts) == 0 {
		p.Parts = []Part{{}}
	}
	// A heading turned into text leaves the sections one short, and the clauses one over:
	// copy what has spare room, so that a loaded policy holds no capacity it never uses
	// (slices.Clip would keep the whole array alive).
	p.Sections = exact(p.Sections)
	p.Clauses = exact(p.Clauses)
	for _, s := range p.Sections {
		// Heading() is the number, a space and the title: its words are theirs.
		p.Words += CountWords(s.Number) + CountWords(s.Title)
	}
	for _, c := range p.Clauses {
		p.Words += CountWords(c.Text)
	}
	for _, pt := range p.Parts {
		p.Words += CountWords(pt.Title)
	}
}

// exact returns s, or a copy of it without spare capacity when it has some; nil when empty.
func exact[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if cap(s) == len(s) {
		return s
	}
	return append(make([]T, 0, len(s)), s...)
}

// buildPart adds one language part's title, sections and clauses to p. literal takes the
// part's headings as written (see parseLines): its title is a '#' heading opening it.
func buildPart(p *Policy, pi int, blocks []block, lang Lang, anchors map[string]int, literal bool) {
	// A date line above the title stays in the preamble.
	ti := -1
	if !literal {
		ti = partTitle(blocks)
	} else if len(blocks) > 0 && blocks[0].kind == blockHeading && blocks[0].md == 1 {
		ti = 0
	}
	title := ""
	if ti >= 0 {
		title = blocks[ti].text
		p.Parts[pi].Title = title
	}
	// A heading closes every open section of the same or an inner rank and nests in the one
	// left open; its level is its depth in that tree, so levels never skip.
	type open struct{ section, rank int }
	var stack []open
	cur := -1
	var listIndents []int
	for i := range blocks {
		if i == ti {
			continue
		}
		b := &blocks[i]
		if !literal && title != "" && repeatsTitle(b, title) {
			// The whole document repeated after itself repeats its title: not a section.
			b.kind = blockPara
		}
		if !literal && b.kind == blockHeading && ti >= 0 && i == ti+1 && b.md == 0 && b.num.style == styleNone && titleNamesDocument(b.text) {
			// A bold line naming the document right under its title is a subtitle
			// ("Charte de confidentialité …" then "**Déclaration de confidentialité …**").
			b.kind = blockPara
		}
		if b.kind == blockHeading {
			for len(stack) > 0 && stack[len(stack)-1].rank >= b.rank {
				stack = stack[:len(stack)-1]
			}
			parent := -1
			if len(stack) > 0 {
				parent = stack[len(stack)-1].section
			}
			level := len(stack) + 1
			s := Section{
				Number: b.num.number,
				Title:  sectionTitle(b),
				Level:  int32(level),
				Parent: int32(parent),
				Lang:   lang,
				Part:   int32(pi),
				Line:   int32(b.line),
			}
			s.Anchor = uniqueAnchor(anchors, headingSlug(s.Number, s.Title))
			s.FirstClause, s.EndClause = int32(len(p.Clauses)), int32(len(p.Clauses))
			cur = len(p.Sections)
			p.Sections = append(p.Sections, s)
			stack = append(stack, open{cur, b.rank})
			listIndents = listIndents[:0]
			continue
		}
		c := Clause{Section: cur, Text: b.text, Line: int32(b.line), Offset: int32(b.off), Lang: b.lang}
		if c.Lang == LangUnknown {
			c.Lang = lang
		}
		switch b.kind {
		case blockItem:
			c.Kind = KindListItem
			for len(listIndents) > 0 && listIndents[len(listIndents)-1] > b.indent {
				listIndents = listIndents[:len(listIndents)-1]
			}
			if len(listIndents) == 0 || listIndents[len(listIndents)-1] < b.indent {
				listIndents = append(listIndents, b.indent)
			}
			c.Depth = int32(len(listIndents) - 1)
		case blockRow:
			c.Kind = KindTableRow
			c.Cells = b.cells
			c.Header = b.header
			listIndents = listIndents[:0]
		default:
			c.Kind = KindParagraph
			listIndents = listIndents[:0]
		}
		p.Clauses = append(p.Clauses, c)
		if cur >= 0 {
			p.Sections[cur].EndClause = int32(len(p.Clauses))
		}
	}
	markTableHeaders(p.Clauses[p.Parts[pi].FirstClause:])
}

// markTableHeaders makes the first row of every table without a delimiter row its header, as
// plain-text tables put their column names first.
func markTableHeaders(cs []Clause) {
	for i := 0; i < len(cs); i++ {
		if cs[i].Kind != KindTableRow {
			continue
		}
		j := i
		header := false
		for j < len(cs) && cs[j].Kind == KindTableRow && (j == i || cs[j].Section == cs[i].Section) {
			header = header || cs[j].Header
			j++
		}
		if !header {
			cs[i].Header = true
		}
		i = j - 1
	}
}

// partTitle returns the index of the title of a part: its first block when that is a markdown
// heading of a rank no other heading of the part shares or outranks, or one naming the document
// ("Privacy Policy"), or a short unnumbered line that reads as a title and is followed by more
// text; -1 when the part has no title. A markdown title may follow a short date line
// ("Updated: 4 June 2026").
func partTitle(blocks []block) int {
	if len(blocks) < 2 {
		return -1
	}
	first := blocks[0]
	// A title naming the document may follow a date line, a site menu ("* Terms of Service",
	// "* Privacy Policy", then "# Privacy Policy") or an imprint box.
	for k := 0; k < len(blocks)-1 && k <= 16; k++ {
		b := &blocks[k]
		if b.kind == blockHeading {
			if k > 0 && (b.md > 0 || b.bold) && titleNamesDocument(b.text) && partTitle(blocks[k:]) == 0 {
				return k
			}
			break
		}
		// Page chrome above the title is short: menu entries, a date, an imprint's lines.
		if b.kind != blockItem && !(b.kind == blockPara && utf8.RuneCountInString(b.text) <= 200) {
			break
		}
	}
	switch first.kind {
	case blockHeading:
		if (first.md == 0 && !first.bold) || first.num.style != styleNone {
			return -1
		}
		if namesDocument(first.text) {
			// "# Privacy Policy" is the title even where the sections are "#" headings too.
			return 0
		}
		if dateLine(first.text) || strings.ContainsRune(":：", lastRune(first.text)) {
			return -1
		}
		for bi := 1; bi < len(blocks); bi++ {
			if b := &blocks[bi]; b.kind == blockHeading && b.rank <= first.rank {
				return -1
			}
		}
		return 0
	case blockPara:
		if !LooksLikeHeading(first.text, CueTitle) || (dateLine(first.text) && !namesDocument(first.text)) {
			return -1
		}
		if _, ok := parseNumber(first.text); ok {
			return -1
		}
		return 0
	}
	return -1
}

// namesDocument reports whether a short heading names the kind of document: "Privacy Policy",
// "Acme Privacy Notice", "隐私政策", "用户协议".
func namesDocument(t string) bool {
	if utf8.RuneCountInString(t) > 60 {
		return false
	}
	lower := strings.ToLower(t)
	for _, k := range []string{"privacy policy", "privacy notice", "privacy statement", "privacy polic", "data protection",
		"notice of privacy", "privacy practices", "privacy and security", "privacy commitment", "privacy center",
		"cookie policy", "terms of", "politique de confidentialité", "politique de vie privée", "charte de confidentialité",
		"déclaration de confidentialité", "protection des données", "datenschutzerklärung", "datenschutzhinweis",
		"datenschutzrichtlinie", "política de privacidad", "aviso de privacidad", "informativa sulla privacy",
		"privacybeleid", "privacyverklaring", "隐私", "政策", "协议", "声明", "条款"} {
		if strings.Contains(lower, k) {
			return true
		}
	}
	return false
}

// titleNamesDocument reports whether a heading that is not the first block names the
// document, as a title does: "Privacy Policy", "POLITIQUE DE CONFIDENTIALITÉ", "隐私政策"; a
// Chinese heading such as "提示条款" (notice clause) opens a section.
func titleNamesDocument(t string) bool {
	if namesKind(t) {
		return true
	}
	for _, r := range t {
		if isHan(r) {
			return false
		}
	}
	return namesDocument(t)
}

// dateLine reports whether t announces a date ("Last updated: …", "生效日期：…"), which is never
// a title.
func dateLine(t string) bool {
	lower := strings.ToLower(t)
	for _, k := range []string{"updated", "effective", "revised", "version", "published", "posted", "last update",
		"mise à jour", "vigueur", "stand:", "stand vom", "gültig ab", "aktualisiert", "actualización", "actualizado",
		"aggiornamento", "aggiornato", "vigente", "bijgewerkt", "更新", "生效", "发布", "版本"} {
		if strings.Contains(lower, k) {
			return true
		}
	}
	return false
}

// headingSlug makes the anchor of a section's heading, Heading() (its number, a space and its
// title; the title alone without a number): lower case, letters and digits (Han characters
// included) kept, apostrophes dropped, everything else turned into single hyphens. It is made
// without building Heading() or its lower-case copy: one allocation, for the anchor itself.
func headingSlug(number, title string) string {
	b := make([]byte, 0, len(number)+1+len(title))
	dash := false // a hyphen is due before the next letter or digit
	if number != "" {
		b = appendSlug(b, number, false)
		dash = true // for the space between number and title
	}
	b = appendSlug(b, title, dash)
	if len(b) == 0 {
		return "section"
	}
	return string(b)
}

// appendSlug appends the slug of s to b (see headingSlug); dash says a hyphen is due from what
// came before. Letters are lowered rune by rune, as strings.ToLower lowers valid UTF-8.
func appendSlug(b []byte, s string, dash bool) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case c == '\'':
				continue
			default:
				dash = true
				continue
			}
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		if r < 0x4e00 || r > 0x9fff { // common ideographs are letters without case (TestIsHanCommonBlock)
			r = unicode.ToLower(r)
		}
		if r >= 0x4e00 && r <= 0x9fff || unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = utf8.AppendRune(b, r)
			continue
		}
		if r == '’' {
			continue
		}
		dash = true
	}
	return b
}

// uniqueAnchor returns a, or a with "-2", "-3"… appended when a is taken.
func uniqueAnchor(seen map[string]int, a string) string {
	if seen[a] == 0 {
		seen[a] = 1
		return a
	}
	for k := seen[a] + 1; ; k++ {
		c := a + "-" + strconv.Itoa(k)
		if seen[c] == 0 {
			seen[a] = k
			seen[c] = 1
			return c
		}
	}
}

// headingLine returns the text of the marked-up heading blocks[i] with the line that wraps it
// onto the next source line: a paragraph with no blank line before it starting in lower case
// ("##### You may opt-out …, as further" then "described below.").
func headingLine(blocks []block, i int) string {
	t := blocks[i].title
	if i+1 < len(blocks) {
		if next := blocks[i+1]; next.kind == blockPara && !next.blank && unicode.IsLower(firstRune(next.text)) {
			return t + " " + next.text
		}
	}
	return t
}
