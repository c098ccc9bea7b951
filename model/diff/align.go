package diff

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"fineprint/model"
)

// unit is a section of one version as the alignment sees it: its heading and its own clauses
// (not those of nested sections). Index -1 is the preamble, the clauses before the first heading.
type unit struct {
	index int
	title string // normalised: white space collapsed, lower case
	// body is the clauses' texts joined and normalised: how the text is cut into clauses (which
	// the parser may decide differently when something else in the document changes) is not
	// part of it.
	body   string
	keys   []string
	first  int // first clause
	bag    map[string]int
	bagLen int
}

// units returns p's sections as units, the preamble first when p has one.
func units(p *model.Policy) []*unit {
	var out []*unit
	firstHeaded := len(p.Clauses)
	if len(p.Sections) > 0 {
		firstHeaded = int(p.Sections[0].FirstClause)
	}
	pre := 0
	for pre < len(p.Clauses) && pre < firstHeaded && p.Clauses[pre].Section < 0 {
		pre++
	}
	if pre > 0 {
		out = append(out, newUnit(p, -1, "", 0, pre))
	}
	for i, s := range p.Sections {
		out = append(out, newUnit(p, i, s.Title, int(s.FirstClause), int(s.EndClause)))
	}
	return out
}

func newUnit(p *model.Policy, index int, title string, first, end int) *unit {
	u := &unit{index: index, title: strings.ToLower(normText(title)), first: first}
	for c := first; c < end && c < len(p.Clauses); c++ {
		u.keys = append(u.keys, normText(p.Clauses[c].Text))
	}
	u.body = joinNorm(u.keys)
	return u
}

// wordBag returns the counts of the lower-cased word tokens of u's body (Han characters one by
// one), built on first use.
func (u *unit) wordBag() (map[string]int, int) {
	if u.bag == nil {
		u.bag = map[string]int{}
		for _, t := range tokens(strings.ToLower(u.body)) {
			if r := []rune(t)[0]; unicode.IsLetter(r) || unicode.IsDigit(r) {
				u.bag[t]++
				u.bagLen++
			}
		}
	}
	return u.bag, u.bagLen
}

// similarity returns the Dice coefficient of two units' word bags: 1 for the same words, 0 for
// none in common.
func similarity(a, b *unit) float64 {
	ba, na := a.wordBag()
	bb, nb := b.wordBag()
	if na == 0 || nb == 0 {
		return 0
	}
	if len(ba) > len(bb) {
		ba, bb = bb, ba
	}
	common := 0
	for w, n := range ba {
		common += min(n, bb[w])
	}
	return 2 * float64(common) / float64(na+nb)
}

// sameSection is the least similarity of the texts of two sections, one only in the old
// version and one only in the new, for them to be the same section renumbered, retitled or
// reworded.
const sameSection = 0.5

// match pairs the units of old and new: first those with the same heading and text, then the
// same text (a renamed section), then the same title (a reworded one), then the most similar
// texts. pair[i] is the new unit matched to old unit i, or -1.
func match(old, new []*unit) []int {
	pair := make([]int, len(old))
	for i := range pair {
		pair[i] = -1
	}
	taken := make([]bool, len(new))
	// byKey pairs units whose key is the same and unique among the unmatched ones on each side.
	byKey := func(key func(*unit) (string, bool)) {
		count := map[string][2]int{}
		where := map[string][2]int{}
		for i, u := range old {
			if k, ok := key(u); ok && pair[i] < 0 {
				c := count[k]
				c[0]++
				count[k] = c
				w := where[k]
				w[0] = i
				where[k] = w
			}
		}
		for j, u := range new {
			if k, ok := key(u); ok && !taken[j] {
				c := count[k]
				c[1]++
				count[k] = c
				w := where[k]
				w[1] = j
				where[k] = w
			}
		}
		for k, c := range count {
			if c[0] == 1 && c[1] == 1 {
				i, j := where[k][0], where[k][1]
				pair[i], taken[j] = j, true
			}
		}
	}
	preamble := func(u *unit) string {
		if u.index < 0 {
			return "\x00preamble"
		}
		return ""
	}
	byKey(func(u *unit) (string, bool) { return preamble(u) + u.title + "\x00" + u.body, true })
	byKey(func(u *unit) (string, bool) { return preamble(u) + u.body, u.body != "" })
	byKey(func(u *unit) (string, bool) { return preamble(u) + u.title, u.title != "" || u.index < 0 })
	// Repeated identical sections (two empty "Overview" headings) pair in order.
	inOrder(old, new, pair, taken, func(a, b *unit) bool { return a.title == b.title && a.body == b.body })
	bySimilarity(old, new, pair, taken)
	return pair
}

// inOrder pairs the still unmatched units for which same holds, first with first.
func inOrder(old, new []*unit, pair []int, taken []bool, same func(a, b *unit) bool) {
	j0 := 0
	for i, u := range old {
		if pair[i] >= 0 {
			continue
		}
		for j := j0; j < len(new); j++ {
			if !taken[j] && same(u, new[j]) && (u.index < 0) == (new[j].index < 0) {
				pair[i], taken[j] = j, true
				j0 = j + 1
				break
			}
		}
	}
}

// maxSimilarityPairs bounds the pairs of unmatched sections compared by text, so that two
// unrelated documents cost no more than a few milliseconds.
const maxSimilarityPairs = 40000

// bySimilarity pairs the still unmatched units whose texts are most alike, best pair first.
func bySimilarity(old, new []*unit, pair []int, taken []bool) {
	var lo, ln []int
	for i := range old {
		if pair[i] < 0 && old[i].body != "" {
			lo = append(lo, i)
		}
	}
	for j := range new {
		if !taken[j] && new[j].body != "" {
			ln = append(ln, j)
		}
	}
	if len(lo) == 0 || len(ln) == 0 || len(lo)*len(ln) > maxSimilarityPairs {
		return
	}
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for _, i := range lo {
		for _, j := range ln {
			if (old[i].index < 0) != (new[j].index < 0) {
				continue
			}
			s := similarity(old[i], new[j])
			if old[i].title == new[j].title {
				s += 0.25 // the same heading makes a weaker text match count
			}
			if s >= sameSection {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.s, a.s) })
	for _, c := range cands {
		if pair[c.i] < 0 && !taken[c.j] {
			pair[c.i], taken[c.j] = c.j, true
		}
	}
}

// stayed returns, for the old units, whether each matched one keeps its place relative to the
// others: the longest run of pairs in increasing order on both sides stays, the rest moved.
func stayed(pair []int) []bool {
	var idx []int // old indexes of matched units, in old order
	for i, j := range pair {
		if j >= 0 {
			idx = append(idx, i)
		}
	}
	// Longest increasing subsequence of pair[idx[...]] (patience sorting).
	tails := []int{} // positions in idx
	prev := make([]int, len(idx))
	for p, i := range idx {
		v := pair[i]
		k, _ := slices.BinarySearchFunc(tails, v, func(t, v int) int { return cmp.Compare(pair[idx[t]], v) })
		if k > 0 {
			prev[p] = tails[k-1]
		} else {
			prev[p] = -1
		}
		if k == len(tails) {
			tails = append(tails, p)
		} else {
			tails[k] = p
		}
	}
	out := make([]bool, len(pair))
	if len(tails) > 0 {
		for p := tails[len(tails)-1]; p >= 0; p = prev[p] {
			out[idx[p]] = true
		}
	}
	return out
}

// align aligns the sections of old and new and lists the clauses that changed.
func align(old, new *model.Policy) ([]Section, []Clause) {
	uo, un := units(old), units(new)
	pair := match(uo, un)
	keep := stayed(pair)
	back := make([]int, len(un))
	for j := range back {
		back[j] = -1
	}
	for i, j := range pair {
		if j >= 0 {
			back[j] = i
		}
	}
	withParent(old, new, uo, un, pair, keep)
	type placed struct {
		sec      Section
		o, n     *unit
		pos, sub int
	}
	var all []placed
	for j, u := range un {
		s := Section{New: side(new, u)}
		var o *unit
		if i := back[j]; i >= 0 {
			o = uo[i]
			s.Old = side(old, o)
			s.TextChanged = o.body != u.body
			switch {
			case !keep[i]:
				s.Status = Moved
			case o.title != u.title:
				s.Status = Renamed
			case s.TextChanged:
				s.Status = Changed
			}
		} else {
			s.Status = Added
			s.TextChanged = true
		}
		all = append(all, placed{sec: s, o: o, n: u, pos: j})
	}
	// A removed section goes after the new place of the nearest matched section before it.
	lastNew := -1
	for i, u := range uo {
		if pair[i] >= 0 {
			lastNew = pair[i]
			continue
		}
		s := Section{Status: Removed, Old: side(old, u), TextChanged: true}
		all = append(all, placed{sec: s, o: u, pos: lastNew, sub: i + 1})
	}
	slices.SortStableFunc(all, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.sub, b.sub))
	})
	secs := make([]Section, len(all))
	var clauses []Clause
	for k, p := range all {
		p.sec.FirstClause = len(clauses)
		clauses = append(clauses, clauseChanges(k, p.o, p.n, old, new)...)
		p.sec.EndClause = len(clauses)
		secs[k] = p.sec
	}
	return secs, clauses
}

// withParent marks as kept a section that moved only because its parent did: it stands under
// the same (matched) parent in both versions and the parent moved. Moving a section with its
// subsections is one move, not one per subsection. Parents come before their children, so a
// grandchild follows its child.
func withParent(old, new *model.Policy, uo, un []*unit, pair []int, keep []bool) {
	unitOf := func(us []*unit) map[int]int {
		m := make(map[int]int, len(us))
		for k, u := range us {
			m[u.index] = k
		}
		return m
	}
	oldUnit, newUnit := unitOf(uo), unitOf(un)
	moved := make([]bool, len(uo)) // moved as the head of a block
	for i, j := range pair {
		if j < 0 || keep[i] || uo[i].index < 0 {
			continue
		}
		po := int(old.Sections[uo[i].index].Parent)
		pn := int(new.Sections[un[j].index].Parent)
		if po >= 0 && pn >= 0 {
			if pi, ok := oldUnit[po]; ok && pair[pi] == newUnit[pn] && (moved[pi] || !keep[pi]) {
				keep[i] = true
				moved[i] = true // its own children moved with it too
				continue
			}
		}
		moved[i] = true
	}
}

// side describes unit u of p.
func side(p *model.Policy, u *unit) Side {
	if u.index < 0 {
		return Side{Present: true, Index: -1}
	}
	s := p.Sections[u.index]
	return Side{Present: true, Index: u.index, Number: s.Number, Title: s.Title, Anchor: s.Anchor}
}

// sameClause is the least similarity of a deleted and an inserted clause for them to be one
// clause reworded rather than one removed and another added.
const sameClause = 0.4

// clauseChanges lists the clauses of section k that changed: o and n are its units in the old
// and new versions (nil where absent).
func clauseChanges(k int, o, n *unit, old, new *model.Policy) []Clause {
	var out []Clause
	removed := func(c int) Clause {
		return Clause{Status: ClauseRemoved, Section: k, Old: c, New: -1,
			Edits: []Edit{{Op: Delete, Text: old.Clauses[c].Text}}}
	}
	added := func(c int) Clause {
		return Clause{Status: ClauseAdded, Section: k, Old: -1, New: c,
			Edits: []Edit{{Op: Insert, Text: new.Clauses[c].Text}}}
	}
	switch {
	case o == nil && n == nil:
		return nil
	case n == nil:
		for c := range o.keys {
			out = append(out, removed(o.first+c))
		}
		return out
	case o == nil:
		for c := range n.keys {
			out = append(out, added(n.first+c))
		}
		return out
	case o.body == n.body:
		return nil
	}
	ids := map[string]int{}
	id := func(keys []string) []int {
		out := make([]int, len(keys))
		for i, k := range keys {
			v, ok := ids[k]
			if !ok {
				v = len(ids)
				ids[k] = v
			}
			out[i] = v
		}
		return out
	}
	script := myers(id(o.keys), id(n.keys))
	var dels, ins []int
	flush := func() {
		out = append(out, pairClauses(k, o, n, dels, ins, old, new, removed, added)...)
		dels, ins = dels[:0], ins[:0]
	}
	i, j := 0, 0
	for _, st := range script {
		switch st {
		case Equal:
			flush()
			i, j = i+1, j+1
		case Delete:
			dels = append(dels, i)
			i++
		case Insert:
			ins = append(ins, j)
			j++
		}
	}
	flush()
	return out
}

// pairClauses turns a run of deleted clauses (dels, positions in o) and inserted ones (ins,
// positions in n) between two unchanged clauses into changes: each deleted clause pairs with
// the first inserted one after the last paired that is alike enough (reworded); the rest are
// removed or added, in the new version's order.
func pairClauses(k int, o, n *unit, dels, ins []int, old, new *model.Policy,
	removed, added func(int) Clause) []Clause {
	// The same text cut into clauses differently (the parser joined or split paragraphs) is no
	// change.
	if len(dels) > 0 && len(ins) > 0 && joined(o.keys, dels) == joined(n.keys, ins) {
		return nil
	}
	var out []Clause
	next := 0 // first insert not yet emitted
	for _, d := range dels {
		best, bestSim := -1, 0.0
		for q := next; q < len(ins); q++ {
			if s := clauseSimilarity(o.keys[d], n.keys[ins[q]]); s >= sameClause && s > bestSim {
				best, bestSim = q, s
			}
		}
		if best < 0 {
			out = append(out, removed(o.first+d))
			continue
		}
		for ; next < best; next++ {
			out = append(out, added(n.first+ins[next]))
		}
		oc, nc := o.first+d, n.first+ins[best]
		out = append(out, Clause{Status: ClauseChanged, Section: k, Old: oc, New: nc,
			Edits: Words(old.Clauses[oc].Text, new.Clauses[nc].Text)})
		next = best + 1
	}
	for ; next < len(ins); next++ {
		out = append(out, added(n.first+ins[next]))
	}
	return out
}

// joined returns the normalised text of keys[at[0]], keys[at[1]], ... joined.
func joined(keys []string, at []int) string {
	parts := make([]string, len(at))
	for i, k := range at {
		parts[i] = keys[k]
	}
	return joinNorm(parts)
}

// clauseSimilarity is the Dice coefficient of two clause texts' lower-cased word tokens.
func clauseSimilarity(a, b string) float64 {
	ua := &unit{body: a}
	ub := &unit{body: b}
	return similarity(ua, ub)
}
