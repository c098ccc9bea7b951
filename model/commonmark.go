package model

import (
	"bytes"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// lineMark is what the CommonMark parser says a source line is.
type lineMark uint8

const (
	markText    lineMark = iota // text for the line scanner to read (paragraph, list, table, HTML)
	markSkip                    // markup without text: a setext underline, a code fence, an HTML comment, a rule
	markHeading                 // the first line of a heading
	markCont                    // a further line of a multi-line setext heading
	markCode                    // a line of a fenced code block, kept as it is
)

// noMarks is commonMarkLines' answer for a document in which the parser marks no line.
var noMarks = []lineInfo{}

// lineInfo is the CommonMark reading of one source line.
type lineInfo struct {
	mark  lineMark
	level int    // heading level (1-6) on a markHeading line
	text  string // the whole heading text (all its lines) on a markHeading line
}

// commonMarkLines parses data as CommonMark and returns, for every line of lines, what it is in
// the document's block structure. The line scanner reads the text lines; headings, fenced code,
// comments and rules come from the parser.
//
// It returns nil when the line scanner is to read the document alone, as plain text, and an
// empty (non-nil) slice when the parser would mark no line: every line is text.
func commonMarkLines(data []byte, lines []srcLine) []lineInfo {
	if len(lines) == 0 || !blockMarkup(data, lines) || tooDeep(lines) {
		return noMarks
	}
	if atxOnly(data, lines) {
		return nil // the line scanner reads the document alone, as plain text
	}
	info := make([]lineInfo, len(lines))
	doc := parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(),
		parser.WithParagraphTransformers(),
	).Parse(text.NewReader(data))
	src := data
	starts := lineStarts(data)
	var b strings.Builder
	// lineAt returns the index in lines of the line holding byte offset off.
	lineAt := func(off int) int {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > off })
		return min(max(i-1, 0), len(lines)-1)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			segs := n.Lines()
			if segs.Len() == 0 {
				return ast.WalkSkipChildren, nil
			}
			first := lineAt(segs.At(0).Start)
			last := lineAt(segs.At(segs.Len() - 1).Start)
			var t []byte
			for k := 0; k < segs.Len(); k++ {
				if k > 0 {
					t = append(t, ' ')
				}
				seg := segs.At(k)
				t = append(t, bytes.TrimSpace(seg.Value(src))...)
			}
			// The heading's text is normalised and sanitised as every line is.
			info[first] = lineInfo{mark: markHeading, level: n.Level, text: normLine(string(t), 0, 0, &b).text}
			for k := first + 1; k <= last; k++ {
				info[k].mark = markCont
			}
			if isSetext(lines[first].text) && last+1 < len(lines) {
				info[last+1].mark = markSkip // the underline
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			segs := n.Lines()
			open := -1
			if segs.Len() > 0 {
				open = lineAt(segs.At(0).Start) - 1
				for k := 0; k < segs.Len(); k++ {
					info[lineAt(segs.At(k).Start)].mark = markCode
				}
				end := lineAt(segs.At(segs.Len()-1).Start) + 1
				if end < len(lines) && isFence(lines[end].text) {
					info[end].mark = markSkip
				}
			}
			if open >= 0 {
				info[open].mark = markSkip
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			if n.HTMLBlockType == ast.HTMLBlockType2 {
				segs := n.Lines()
				for k := 0; k < segs.Len(); k++ {
					info[lineAt(segs.At(k).Start)].mark = markSkip
				}
				if n.HasClosure() {
					info[lineAt(n.ClosureLine.Start)].mark = markSkip
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return info
}

// blockMarkup reports whether data may hold a construct commonMarkLines marks: a '#' (ATX
// heading), a line of '=' or '-' alone (setext underline), a code fence or an HTML comment.
// Without any, the parse would mark nothing, and is skipped: most plain text and much markdown
// converted from other formats has none.
func blockMarkup(data []byte, lines []srcLine) bool {
	if bytes.IndexByte(data, '#') >= 0 || bytes.Contains(data, []byte("```")) || bytes.Contains(data, []byte("~~~")) ||
		bytes.Contains(data, []byte("<!--")) {
		return true
	}
	for _, l := range lines {
		t := strings.TrimLeft(l.text, "> ")
		if t != "" && (t[0] == '=' || t[0] == '-') && strings.Trim(t, string(t[0])+" ") == "" {
			return true
		}
	}
	return false
}

// atxOnly reports whether the only block markup commonMarkLines could mark in a document that
// has some (see blockMarkup) is ATX headings the line scanner reads the same way: every line
// holding a '#' where a heading could start (after quote markers, list markers and
// indentation) opens with it, indented less than four columns (deeper is code or a list
// item's content), and no code fence, HTML comment or setext underline is present. Such a
// document, as most markdown converted from web pages is, then skips the CommonMark parse,
// which takes about a third of a markdown document's parse time.
func atxOnly(data []byte, lines []srcLine) bool {
	if bytes.Contains(data, []byte("```")) || bytes.Contains(data, []byte("~~~")) || bytes.Contains(data, []byte("<!--")) {
		return false
	}
	for _, l := range lines {
		t := strings.TrimLeft(l.text, "> ")
		if t != "" && (t[0] == '=' || t[0] == '-') && strings.Trim(t, string(t[0])+" ") == "" {
			return false // a setext underline or a rule
		}
		t = l.text
		if t == "" || strings.IndexByte(t, '#') < 0 {
			continue
		}
		if t[0] == '#' {
			if l.indent > 3 || strings.Trim(t, "# ") == "" {
				return false // code, or an empty heading the parser keeps as text
			}
			continue
		}
		// A '#' after container markers: "> ## Quoted", "- ## In a list", "1. # Item".
		for {
			u := strings.TrimLeft(t, "> ")
			if rest, _, ok := bulletMarker(u); ok {
				u = rest
			} else if n, ok := listNumber(u); ok {
				u = strings.TrimLeft(u[n:], " ")
			}
			if u == t {
				break
			}
			t = u
		}
		if strings.HasPrefix(t, "#") {
			return false
		}
	}
	return true
}

// listNumber returns the length of an ordered list marker opening t ("1. ", "12) "), or false.
func listNumber(t string) (int, bool) {
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return 0, false
	}
	return i + 2, true
}

// Nesting limits for the CommonMark parse: its time grows with the square of the nesting
// depth (100,000 nested quotes take tens of seconds, 1,000 nested list levels seconds), and no
// real policy nests blocks this deep.
const (
	maxQuoteDepth = 16 // '>' markers opening a line
	maxIndent     = 64 // columns of indentation, 32 list levels at two columns each
)

// tooDeep reports whether a line nests deeper than the CommonMark parse is run on; such a
// document is read by the line scanner alone, which is linear at any depth.
func tooDeep(lines []srcLine) bool {
	for _, l := range lines {
		if l.indent > maxIndent {
			return true
		}
		depth := 0
		for i := 0; i < len(l.text) && (l.text[i] == '>' || l.text[i] == ' '); i++ {
			if l.text[i] == '>' {
				if depth++; depth > maxQuoteDepth {
					return true
				}
			}
		}
	}
	return false
}

// lineStarts returns the byte offset of every line of data, cut as splitLines cuts them (LF,
// CRLF or a lone CR).
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			fallthrough
		case '\n':
			if i+1 < len(data) {
				starts = append(starts, i+1)
			}
		}
	}
	return starts
}

// isSetext reports whether a heading's first line is not an ATX one.
func isSetext(t string) bool { return len(t) == 0 || t[0] != '#' }

// isFence reports whether t opens or closes a fenced code block.
func isFence(t string) bool {
	return len(t) >= 3 && (t[:3] == "```" || t[:3] == "~~~")
}
