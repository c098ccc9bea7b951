package ui

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"

	"fineprint/model"
)

// renderKey says what a rendering is of: one language part of a policy, wrapped at a width (in
// cells) with a glamour style. Renderings are cached and delivered under it; a pane drops a
// rendering whose key is no longer the one it wants.
type renderKey struct {
	policy *model.Policy
	part   int
	width  int
	style  string // glamour standard style: "dark", "light", "notty"
}

// renderedDoc is a language part of a policy rendered by glamour, section by section, with
// where each section starts, so a TOC jump is one offset and the scroll spy one search.
type renderedDoc struct {
	key    renderKey
	lines  []string // the rendered lines, with glamour's ANSI styling
	plain  []string // the same lines without styling, for search and clause lookup
	first  int      // index in Policy.Sections of the part's first section
	starts []int    // starts[k]: first line of section first+k
	// complete is false for the first batch of a long document: sections from first+len(starts)
	// on are still to come.
	complete bool
	took     time.Duration // how long the rendering took (complete documents)
	// gapFrom and gapTo are the half-open range of sections that a document rendered ahead of
	// its order (see ahead) does not have yet: their starts point at a line that says so, and
	// sectionStart does not find them. Equal when there is no gap.
	gapFrom, gapTo int
	// ahead, on a document still rendering, asks the renderer to render section i next, before
	// the ones in between, and to deliver it at once (docRenderer.ahead); nil once complete.
	ahead func(i int)
}

// sectionStart returns the first line of section i, or false when i is not in the document.
func (d *renderedDoc) sectionStart(i int) (int, bool) {
	k := i - d.first
	if k < 0 || k >= len(d.starts) || d.gapFrom <= i && i < d.gapTo {
		return 0, false
	}
	return d.starts[k], true
}

// sectionEnd returns the line after section i's own text (where the next section starts).
func (d *renderedDoc) sectionEnd(i int) int {
	k := i - d.first
	if k+1 < len(d.starts) && k >= 0 {
		return d.starts[k+1]
	}
	return len(d.lines)
}

// sectionLines returns the lines [lo, hi) of section i's own text, or of the preamble before
// the first section for i < 0; false when section i is not in the document.
func (d *renderedDoc) sectionLines(i int) (lo, hi int, ok bool) {
	if i < 0 {
		if len(d.starts) > 0 {
			return 0, d.starts[0], true
		}
		return 0, len(d.lines), true
	}
	lo, ok = d.sectionStart(i)
	if !ok {
		return 0, 0, false
	}
	return lo, d.sectionEnd(i), true
}

// sectionAt returns the section that line is in, -1 for the preamble before the first one.
func (d *renderedDoc) sectionAt(line int) int {
	lo, hi := 0, len(d.starts) // find the last start <= line
	for lo < hi {
		mid := (lo + hi) / 2
		if d.starts[mid] <= line {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return -1
	}
	return d.first + lo - 1
}

// renderedMsg delivers a rendering (or why it failed) for key. When doc is not complete, more
// is the command that renders the rest; the receiver runs it only if it still wants key.
type renderedMsg struct {
	key  renderKey
	doc  *renderedDoc
	err  error
	more tea.Cmd
}

// renderCache holds recent renderings, shared by every pane (the App's store holds the one
// cache); commands fill it from their own goroutines, hence the mutex. It keeps at most size renderings, dropping the
// oldest.
type renderCache struct {
	size  int // renderings kept at most
	mu    sync.Mutex
	docs  map[renderKey]*renderedDoc
	order []renderKey
}

// renderCacheSize bounds the renderings kept: a few policies at two widths and both styles.
const renderCacheSize = 24

// newRenderCache returns an empty cache.
func newRenderCache() *renderCache {
	return &renderCache{size: renderCacheSize, docs: map[renderKey]*renderedDoc{}}
}

// get returns the cached rendering for k.
func (c *renderCache) get(k renderKey) (*renderedDoc, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.docs[k]
	return d, ok
}

// put stores d under its key.
func (c *renderCache) put(d *renderedDoc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.docs[d.key]; !ok {
		c.order = append(c.order, d.key)
	}
	c.docs[d.key] = d
	for len(c.order) > c.size {
		delete(c.docs, c.order[0])
		c.order = c.order[1:]
	}
}

// firstBatchLines is how many lines the first rendering of a long document has: enough for
// the first screen of any terminal. The rest follows in a second command, so a long policy
// shows at once; the spinner is only for what a single batch takes.
const firstBatchLines = 150

// renderCmd returns the command that renders k (from the cache when it can). A long document
// comes in two messages: its first firstBatchLines lines, whose message carries the command
// rendering the rest, then the whole. A panic inside glamour becomes an error in the message
// rather than a crash.
func renderCmd(cache *renderCache, k renderKey) tea.Cmd {
	return func() tea.Msg {
		if d, ok := cache.get(k); ok {
			return renderedMsg{key: k, doc: d}
		}
		dr, err := newDocRenderer(cache, k)
		if err != nil {
			return renderedMsg{key: k, err: err}
		}
		return dr.run(firstBatchLines)
	}
}

// docRenderer renders one document section by section, in batches.
type docRenderer struct {
	cache *renderCache // where the complete document goes; nil for none
	r     *glamour.TermRenderer
	d     *renderedDoc
	next  int // the next section to render
	end   int // the part's end section
	start time.Time
	// jump is a section a reader jumped to that is not rendered yet, -1 for none: run renders it
	// before the sections in between and delivers it (set from the UI's goroutine by ahead).
	jump atomic.Int64
}

// newDocRenderer returns a renderer for k, its preamble not yet rendered.
func newDocRenderer(cache *renderCache, k renderKey) (*docRenderer, error) {
	p := k.policy
	if k.part < 0 || k.part >= len(p.Parts) {
		return nil, fmt.Errorf("render %s: no language part %d", p.DisplayName(), k.part)
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(k.style), glamour.WithWordWrap(k.width))
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", p.DisplayName(), err)
	}
	pt := p.Parts[k.part]
	dr := &docRenderer{
		cache: cache,
		r:     r,
		d:     &renderedDoc{key: k, first: pt.FirstSection},
		next:  pt.FirstSection - 1, // -1: the preamble comes first
		end:   pt.EndSection,
		start: time.Now(),
	}
	dr.jump.Store(-1)
	return dr, nil
}

// ahead asks the renderer for section i before the others (a TOC jump or a search result in
// the part not rendered yet): run, between two sections, renders it and returns a document with
// what is rendered in order, a line saying which sections are still to come, and section i.
// Safe from any goroutine; the last request wins.
func (dr *docRenderer) ahead(i int) {
	dr.jump.Store(int64(i))
}

// run renders until the document has at least lines lines (all of it when lines <= 0) and
// returns the message for the result: the complete document, cached, or a copy of the part
// done with the command that goes on.
func (dr *docRenderer) run(lines int) (msg tea.Msg) {
	k := dr.d.key
	defer func() {
		if r := recover(); r != nil {
			msg = renderedMsg{key: k, err: fmt.Errorf("render %s: %v", k.policy.DisplayName(), r)}
		}
	}()
	for dr.next < dr.end && (lines <= 0 || len(dr.d.lines) < lines) {
		if i := int(dr.jump.Swap(-1)); i >= dr.next && i < dr.end && i >= dr.d.first {
			doc, err := dr.withAhead(i)
			if err != nil {
				return renderedMsg{key: k, err: err}
			}
			return renderedMsg{key: k, doc: doc, more: dr.more()}
		}
		if err := dr.step(); err != nil {
			return renderedMsg{key: k, err: err}
		}
	}
	if dr.next < dr.end {
		doc := dr.d.snapshot()
		doc.ahead = dr.ahead
		return renderedMsg{key: k, doc: doc, more: dr.more()}
	}
	dr.d.complete = true
	dr.d.took = time.Since(dr.start)
	if dr.cache != nil {
		dr.cache.put(dr.d)
	}
	return renderedMsg{key: k, doc: dr.d}
}

// more returns the command that goes on rendering. Every pane that wants the document runs it;
// the rest is rendered once and shared.
func (dr *docRenderer) more() tea.Cmd {
	var once sync.Once
	var rest tea.Msg
	return func() tea.Msg {
		once.Do(func() { rest = dr.run(0) })
		return rest
	}
}

// withAhead returns a snapshot of the document with section i (not rendered yet, at or after
// dr.next) after it: the sections in between are a gap, one line that says they are coming.
// The renderer itself goes on in order from dr.next; section i is rendered again in its turn.
func (dr *docRenderer) withAhead(i int) (*renderedDoc, error) {
	if i == dr.next {
		if err := dr.step(); err != nil {
			return nil, err
		}
		doc := dr.d.snapshot()
		doc.ahead = dr.ahead
		return doc, nil
	}
	p, d := dr.d.key.policy, dr.d
	lines, plain, err := dr.render(p.SectionMarkdown(i))
	if err != nil {
		return nil, err
	}
	doc := d.snapshot()
	doc.ahead = dr.ahead
	from := max(dr.next, d.first)
	note := fmt.Sprintf("  ⋯ %d sections before this one are still being rendered ⋯", i-from)
	if i-from == 1 {
		note = "  ⋯ the section before this one is still being rendered ⋯"
	}
	doc.appendPiece([]string{note}, []string{note})
	gap := len(doc.lines) - 1
	for range i - from {
		doc.starts = append(doc.starts, gap)
	}
	doc.gapFrom, doc.gapTo = from, i
	at := len(doc.lines) + 1
	if doc.appendPiece(lines, plain) {
		doc.starts = append(doc.starts, min(at, len(doc.lines)-1))
	} else {
		doc.starts = append(doc.starts, gap)
	}
	return doc, nil
}

// step renders the next piece: the preamble, or one section, recording where it starts. Blank
// lines around each piece are trimmed and one blank line separates pieces, so the result reads
// like the whole document rendered at once.
func (dr *docRenderer) step() error {
	p, d := dr.d.key.policy, dr.d
	i := dr.next
	dr.next++
	md := ""
	if i < d.first {
		md = p.PreambleMarkdown(d.key.part)
	} else {
		md = p.SectionMarkdown(i)
	}
	at := len(d.lines)
	if at > 0 {
		at++ // the blank line that separates the pieces
	}
	if err := dr.add(md); err != nil {
		return err
	}
	if i >= d.first {
		d.starts = append(d.starts, min(at, max(0, len(d.lines)-1)))
	}
	return nil
}

// add renders markdown md and appends its lines.
func (dr *docRenderer) add(md string) error {
	lines, plain, err := dr.render(md)
	if err == nil {
		dr.d.appendPiece(lines, plain)
	}
	return err
}

// render renders markdown md and returns its lines, styled and plain, blank lines around them
// trimmed.
func (dr *docRenderer) render(md string) (lines, plain []string, err error) {
	if strings.TrimSpace(md) == "" {
		return nil, nil, nil
	}
	out, err := dr.r.Render(cjkBreaks(md))
	if err != nil {
		return nil, nil, fmt.Errorf("render %s: %w", dr.d.key.policy.DisplayName(), err)
	}
	out = strings.ReplaceAll(out, string(lineBreakMark), "")
	lines, plain = fixLineBreaks(strings.Split(out, "\n"), dr.d.key.width) // linebreak.go
	a, e := 0, len(lines)
	for a < e && strings.TrimSpace(plain[a]) == "" {
		a++
	}
	for e > a && strings.TrimSpace(plain[e-1]) == "" {
		e--
	}
	return lines[a:e], plain[a:e], nil
}

// appendPiece appends a rendered piece, a blank line before it unless it is the first, and
// reports whether there was anything to append.
func (d *renderedDoc) appendPiece(lines, plain []string) bool {
	if len(lines) == 0 {
		return false
	}
	if len(d.lines) > 0 {
		d.lines = append(d.lines, "")
		d.plain = append(d.plain, "")
	}
	d.lines = append(d.lines, lines...)
	d.plain = append(d.plain, plain...)
	return true
}

// renderDoc renders the whole of the part k names, at once.
func renderDoc(k renderKey) (*renderedDoc, error) {
	dr, err := newDocRenderer(nil, k)
	if err != nil {
		return nil, err
	}
	msg := dr.run(0).(renderedMsg)
	return msg.doc, msg.err
}

// snapshot returns a copy of d that later rendering does not touch.
func (d *renderedDoc) snapshot() *renderedDoc {
	c := *d
	c.lines = append([]string(nil), d.lines...)
	c.plain = append([]string(nil), d.plain...)
	c.starts = append([]int(nil), d.starts...)
	return &c
}

// lineBreakMark is put between Chinese (wide) characters before glamour wraps the text, and
// removed from its output. Glamour's word wrap breaks lines only at spaces and ASCII
// punctuation, so a run of Chinese was one long "word" that it moved to a new line whole,
// leaving ragged half-empty lines. The mark (U+2028, which the wrap takes for a space zero cells
// wide) gives it a break opportunity between any two Chinese characters, as Chinese typesetting
// allows. It never reaches the terminal: cjkBreaks' caller strips it from the rendering.
const lineBreakMark = '\u2028'

// cjkBreaks returns md with lineBreakMark between characters where a Chinese line may break:
// next to a wide character, except before closing punctuation or after opening punctuation
// (so "，" never starts a line), and not in table rows, which glamour lays out itself.
func cjkBreaks(md string) string {
	if !hasWide(md) {
		return md
	}
	lines := strings.SplitAfter(md, "\n")
	var b strings.Builder
	b.Grow(len(md) * 2)
	for _, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "|") || !hasWide(line) {
			b.WriteString(line)
			continue
		}
		rs := []rune(line)
		for i, r := range rs {
			b.WriteRune(r)
			if i+1 == len(rs) {
				break
			}
			next := rs[i+1]
			if (isWide(r) || isWide(next)) && !unicode.IsSpace(r) && !unicode.IsSpace(next) &&
				!strings.ContainsRune(lineStartForbidden+`\`, next) && !strings.ContainsRune(lineEndForbidden+`\`, r) {
				b.WriteRune(lineBreakMark)
			}
		}
	}
	return b.String()
}

// hasWide reports whether s has a wide (East Asian) character.
func hasWide(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && isWide(r) {
			return true
		}
	}
	return false
}
