package search

import (
	"context"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"fineprint/model/detect"
)

// Results is the outcome of one search.
type Results struct {
	Query string // the query as given
	Total int    // how many clauses matched; Hits holds the best of them
	Hits  []Hit  // best first: higher Score, then reading order
}

// Hit is one matching clause.
type Hit struct {
	Policy int // index into the policies given to NewIndex
	Clause int // index into that policy's Clauses
	Score  int // higher is better; only comparable within one Results
	// Matches are the rune offsets into Clause.Text of the characters to highlight, ascending.
	Matches []int
}

// chunkSize is the number of candidate clauses scored between two looks at the context.
const chunkSize = 4096

// parallelMin is the number of candidates from which scoring is spread over several cores.
const parallelMin = 16384

// Search returns the clauses of the index that match query (see the package doc), best
// first. limit bounds len(Hits) (limit <= 0: every hit); Total counts every match. A query with
// only filters (@company, #key) lists the clauses they keep in reading order. Search stops
// early, returning ctx.Err(), when ctx is done; it fails otherwise only on a #key that names
// no key. It is safe for concurrent use.
func (ix *Index) Search(ctx context.Context, query string, limit int) (Results, error) {
	res := Results{Query: query}
	q, err := parseQuery(query)
	if err != nil {
		return res, err
	}
	if q.empty() || len(ix.clausePol) == 0 {
		return res, nil
	}
	p := ix.newPlan(&q, limit)
	cands := p.candidates()
	hits, total, err := p.run(ctx, cands)
	p.release()
	if err != nil {
		return res, err
	}
	res.Total = total
	res.Hits = make([]Hit, len(hits))
	for i, h := range hits {
		pol := ix.clausePol[h.clause]
		res.Hits[i] = Hit{
			Policy:  int(pol),
			Clause:  int(h.clause - ix.polFirst[pol]),
			Score:   h.score,
			Matches: p.matches(h.clause),
		}
	}
	return res, nil
}

// plan is a parsed query made ready for one index.
type plan struct {
	ix      *Index
	q       *query
	pos     []*termPlan
	neg     []*termPlan
	polOK   []bool      // nil: every policy
	keyOK   []uint64    // bit set of the clauses #key filters keep; nil: no filter
	keyNot  []uint64    // bit set of the clauses !#key filters drop; nil: none
	phrases []string    // the positive terms joined as they would stand in a phrase
	near    []*termPlan // the first maxNear one-word positive terms, for the nearness bonus
	// nearFirst holds the first bytes of the words that match a term of near: a token that
	// starts otherwise is skipped without looking it up.
	nearFirst [256]bool
	// maxBonus bounds what the heading, phrase and nearness bonuses can add to a clause.
	maxBonus int
	limit    int
}

// newPlan prepares q for the index.
func (ix *Index) newPlan(q *query, limit int) *plan {
	p := &plan{ix: ix, q: q, limit: limit}
	for _, t := range q.terms {
		tp := planTerm(ix, t)
		if t.negate {
			p.neg = append(p.neg, tp)
		} else {
			p.pos = append(p.pos, tp)
		}
	}
	// The terms in the order of the query, for the phrase bonus.
	for _, tp := range p.pos {
		if tp.whole && !tp.optional && len(p.near) < maxNear && tp.mode != modePrefix && tp.mode != modeSuffix {
			p.near = append(p.near, tp)
		}
	}
	for _, tp := range p.near {
		for _, w := range tp.words {
			p.nearFirst[ix.words[w][0]] = true
		}
	}
	// Cheapest term first: a clause is rejected as soon as one term misses. Optional terms
	// come last: they reject nothing, so they cannot be the way to the candidates.
	slices.SortStableFunc(p.pos, func(a, b *termPlan) int {
		if a.optional != b.optional {
			if a.optional {
				return 1
			}
			return -1
		}
		return a.est - b.est
	})
	if len(q.companies) > 0 || len(q.notComp) > 0 {
		p.polOK = make([]bool, len(ix.policies))
		for i := range ix.policies {
			ok := len(q.companies) == 0
			for _, v := range q.companies {
				ok = ok || hasPrefix(ix.polID[i], v) || hasPrefix(ix.polComp[i], v)
			}
			for _, v := range q.notComp {
				ok = ok && !hasPrefix(ix.polID[i], v) && !hasPrefix(ix.polComp[i], v)
			}
			p.polOK[i] = ok
		}
	}
	if len(q.keys) > 0 {
		p.keyOK = ix.evidenceSet(q.keys)
	}
	if len(q.notKeys) > 0 {
		p.keyNot = ix.evidenceSet(q.notKeys)
	}
	p.phrases = phrases(q.positive())
	for _, tp := range p.pos {
		if tp.whole && !tp.inWords() {
			// A term no word contains (a typo, matched through other words) cannot stand in
			// the phrase's text: the nearness scan finds its words together instead.
			p.phrases = nil
		}
	}
	for _, tp := range p.pos {
		if tp.whole && !tp.optional {
			p.maxBonus += scoreHeading
		}
	}
	if len(p.phrases) > 0 || len(p.near) > 1 {
		p.maxBonus += scorePhrase
	}
	return p
}

// hasPrefix reports whether s or s without its spaces starts with v, a value without spaces
// (see compactID).
func hasPrefix(s, v string) bool {
	return len(s) >= len(v) && s[:len(v)] == v ||
		len(s) > len(v) && hasPrefixNoSpace(s, v)
}

// hasPrefixNoSpace reports whether s with spaces and hyphens removed starts with v.
func hasPrefixNoSpace(s, v string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(v); i++ {
		if s[i] == ' ' || s[i] == '-' {
			continue
		}
		if s[i] != v[j] {
			return false
		}
		j++
	}
	return j == len(v)
}

// evidenceSet returns the bit set of the clauses cited as evidence for any of keys.
func (ix *Index) evidenceSet(keys []detect.Key) []uint64 {
	set := make([]uint64, (len(ix.clausePol)+63)/64)
	for _, k := range keys {
		for _, e := range ix.evidence[k] {
			set[e.clause/64] |= 1 << (e.clause % 64)
		}
	}
	return set
}

// phrases returns the text the fuzzy and exact terms make when they stand together in order
// ("delete account", "删除账户"), or nil for fewer than two such terms.
func phrases(ts []term) []string {
	var parts []string
	for _, t := range ts {
		if t.mode == modeFuzzy || t.mode == modeExact || t.mode == modeWord {
			parts = append(parts, t.text)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	spaced := parts[0]
	tight := parts[0]
	for _, s := range parts[1:] {
		spaced += " " + s
		tight += s
	}
	last, _ := utf8.DecodeLastRuneInString(parts[0])
	first, _ := utf8.DecodeRuneInString(parts[1])
	if isHan(last) || isHan(first) {
		return []string{tight, spaced}
	}
	return []string{spaced}
}

// span is a half-open range of global clause numbers.
type span struct{ lo, hi int32 }

// candidateSet is what the scorer walks: either ids or spans.
type candidateSet struct {
	ids   []int32
	spans []span
	n     int
}

// candidates returns the clauses worth scoring: the evidence of #key filters, the clauses
// reached through the words of the term that reaches the fewest, or every clause of the
// allowed policies. On the way it fills the per-clause arrays of the terms whose postings are
// cheaper to walk than checking each candidate's words.
func (p *plan) candidates() candidateSet {
	ix := p.ix
	all := len(ix.clausePol)
	var cs candidateSet
	switch {
	case p.keyOK != nil:
		for w, word := range p.keyOK {
			for word != 0 {
				cs.ids = append(cs.ids, int32(w*64+bits.TrailingZeros64(word)))
				word &= word - 1
			}
		}
		cs.n = len(cs.ids)
	case len(p.pos) > 0 && !p.pos[0].any:
		key := p.pos[0]
		key.fill(ix)
		for _, c := range key.touched {
			if key.whole || key.byClause[c] == key.need {
				cs.ids = append(cs.ids, c)
			}
		}
		cs.n = len(cs.ids)
	case p.polOK == nil:
		cs = candidateSet{spans: []span{{0, int32(all)}}, n: all}
	default:
		for i, ok := range p.polOK {
			if ok && ix.polFirst[i] < ix.polFirst[i+1] {
				cs.spans = append(cs.spans, span{ix.polFirst[i], ix.polFirst[i+1]})
				cs.n += int(ix.polFirst[i+1] - ix.polFirst[i])
			}
		}
	}
	// Walking a term's postings costs its est; checking the candidates' words costs about
	// cs.n times the words per clause.
	perClause := len(ix.fwd)/max(1, all) + 1
	for _, tp := range slices.Concat(p.pos, p.neg) {
		if !tp.any && tp.est <= cs.n*perClause {
			tp.fill(ix)
		}
	}
	return cs
}

// scratch holds per-clause arrays between searches; they are all zero when pooled.
var scratch sync.Pool

// getScratch returns a zeroed []int32 of length n.
func getScratch(n int) []int32 {
	if v, ok := scratch.Get().(*[]int32); ok && len(*v) >= n {
		return (*v)[:n]
	}
	return make([]int32, n)
}

// putScratch pools s, which must be all zero.
func putScratch(s []int32) { scratch.Put(&s) }

// release pools the terms' per-clause arrays.
func (p *plan) release() {
	for _, tp := range p.pos {
		tp.release()
	}
	for _, tp := range p.neg {
		tp.release()
	}
}

// chunks splits the candidates into pieces of at most chunkSize clauses.
func (cs candidateSet) chunks() []candidateSet {
	var out []candidateSet
	for i := 0; i < len(cs.ids); i += chunkSize {
		ids := cs.ids[i:min(i+chunkSize, len(cs.ids))]
		out = append(out, candidateSet{ids: ids, n: len(ids)})
	}
	for _, s := range cs.spans {
		for lo := s.lo; lo < s.hi; lo += chunkSize {
			hi := min(lo+chunkSize, s.hi)
			out = append(out, candidateSet{spans: []span{{lo, hi}}, n: int(hi - lo)})
		}
	}
	return out
}

// scored is a matching clause and its score.
type scored struct {
	clause int32
	score  int
}

// better reports whether a ranks before b: higher score, then reading order.
func better(a, b scored) bool {
	return a.score > b.score || a.score == b.score && a.clause < b.clause
}

// run scores the candidates, on several cores when there are many, and returns the best
// p.limit matches sorted, and the number of matches.
func (p *plan) run(ctx context.Context, cands candidateSet) ([]scored, int, error) {
	chunks := cands.chunks()
	workers := 1
	if cands.n >= parallelMin {
		workers = min(runtime.GOMAXPROCS(0), 4, len(chunks))
	}
	tops := make([]topN, workers)
	totals := make([]int, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		tops[w].limit = p.limit
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(chunks) || ctx.Err() != nil {
					return
				}
				totals[w] += p.scoreChunk(chunks[k], &tops[w])
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	var all []scored
	total := 0
	for w := range workers {
		all = append(all, tops[w].items...)
		total += totals[w]
	}
	slices.SortFunc(all, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	if p.limit > 0 && len(all) > p.limit {
		all = all[:p.limit]
	}
	return all, total, nil
}

// scoreChunk scores one chunk of candidates into top and returns how many matched.
func (p *plan) scoreChunk(cs candidateSet, top *topN) int {
	n := 0
	for _, c := range cs.ids {
		if s, ok := p.score(c, top); ok {
			top.push(scored{c, s})
			n++
		}
	}
	for _, sp := range cs.spans {
		for c := sp.lo; c < sp.hi; c++ {
			if s, ok := p.score(c, top); ok {
				top.push(scored{c, s})
				n++
			}
		}
	}
	return n
}

// score returns clause c's score for the query, and whether it matches at all. The phrase
// bonus is only looked for when it could take c into top.
func (p *plan) score(c int32, top *topN) (int, bool) {
	ix := p.ix
	if p.polOK != nil && !p.polOK[ix.clausePol[c]] {
		return 0, false
	}
	if p.keyOK != nil && p.keyOK[c/64]&(1<<(c%64)) == 0 {
		return 0, false
	}
	if p.keyNot != nil && p.keyNot[c/64]&(1<<(c%64)) != 0 {
		return 0, false
	}
	words := ix.clauseWords(c)
	total := 0
	for _, tp := range p.pos {
		s := tp.inClause(c, words, ix.clauseText(c))
		if s == 0 && !tp.optional {
			return 0, false
		}
		total += int(s)
	}
	for _, tp := range p.neg {
		if tp.inClause(c, words, ix.clauseText(c)) > 0 {
			return 0, false
		}
	}
	if len(p.pos) == 0 {
		return 0, true // filters only: reading order
	}
	// Shorter clauses first among equals, by characters not bytes: at most one tier step less.
	// A clause that says nothing (a table's header row, a heading or label set as a paragraph)
	// comes after the clauses that say something with the same words.
	total -= int(min(ix.runeLen[c]/10, 60)) + ix.form[c].penalty()
	// The bonuses are looked for only when they could take the clause into the top.
	if !top.admits(scored{c, total + p.maxBonus}) {
		return total, true
	}
	// A term that is a word or word start of the clause's headings ("retention" under "Data
	// Retention") ranks the clause a little higher, less than a tier.
	if heads := ix.headingWords(c); len(heads) > 0 {
		for _, tp := range p.pos {
			if tp.whole && tp.inHeading(heads) {
				total += scoreHeading
			}
		}
	}
	if (len(p.phrases) > 0 || len(p.near) > 1) && top.admits(scored{c, total + scorePhrase}) {
		text := ix.clauseText(c)
		bonus := 0
		for _, ph := range p.phrases {
			if indexText(text, ph) >= 0 {
				bonus = scorePhrase
				break
			}
		}
		if bonus == 0 && len(p.near) > 1 && top.admits(scored{c, total + scoreNear}) {
			bonus = []int{0, scoreNear, scoreOrdered, scorePhrase}[p.nearby(text)]
		}
		total += bonus
	}
	return total, true
}

// nearness is how close the terms of p.near stand in a clause.
type nearness uint8

// The nearness levels, from none to a phrase.
const (
	apart    nearness = iota
	near              // within a run of len(p.near)+2 words, in any order
	ordered           // in the query's order, at most one word between two ("delete your account")
	adjacent          // in the query's order, next to each other, in any of their forms ("delted account")
)

// nearby returns how close the terms of p.near stand in text.
func (p *plan) nearby(text string) nearness {
	n := len(p.near)
	all := uint8(1)<<n - 1
	span := n + 2
	var ring [maxNear + 2]uint8
	var end [maxNear]int    // the token at which a chain of near[0..i] in order last ended
	var tight [maxNear]bool // whether that chain has no word between its terms
	for i := range end {
		end[i] = -3
	}
	best := apart
	k := 0
	tokenize(text, func(t token) {
		if best == adjacent {
			return
		}
		var m uint8
		if p.nearFirst[text[t.start]] {
			if id, ok := p.ix.wordID[text[t.start:t.end]]; ok {
				for i, tp := range p.near {
					if tp.score[id] > 0 {
						m |= 1 << i
					}
				}
			}
		}
		for i := n - 1; i >= 0; i-- {
			if m&(1<<i) == 0 {
				continue
			}
			switch {
			case i == 0:
				end[0], tight[0] = k, true
			case end[i-1] >= k-2 && end[i-1] < k:
				end[i], tight[i] = k, tight[i-1] && end[i-1] == k-1
			}
		}
		if end[n-1] == k {
			if tight[n-1] {
				best = adjacent
			} else {
				best = max(best, ordered)
			}
		}
		ring[k%span] = m
		k++
		var or uint8
		for _, r := range ring[:min(k, span)] {
			or |= r
		}
		if or == all {
			best = max(best, near)
		}
	})
	return best
}

// matches returns the rune offsets to highlight in clause c.
func (p *plan) matches(c int32) []int {
	ix := p.ix
	text := ix.clauseText(c)
	words := ix.clauseWords(c)
	var offs []int
	for _, tp := range p.pos {
		offs = tp.occurrences(ix, text, words, offs)
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	runeOffsets(text, offs)
	if src := ix.srcRunes[c]; src != nil {
		for i, o := range offs {
			offs[i] = int(src[min(o, len(src)-1)])
		}
		offs = slices.Compact(offs) // the two runes of an "ss" are the one of its ß
	}
	if p.keyOK != nil {
		for _, k := range p.q.keys {
			ev := ix.evidence[k]
			i, _ := slices.BinarySearchFunc(ev, c, func(e evidence, c int32) int { return int(e.clause - c) })
			for ; i < len(ev) && ev[i].clause == c; i++ {
				for r := ev[i].start; r < ev[i].end && r < ix.runeLen[c]; r++ {
					offs = append(offs, int(r))
				}
			}
		}
		slices.Sort(offs)
		offs = slices.Compact(offs)
	}
	return offs
}

// topN keeps the best limit matches seen (every match when limit <= 0) as a heap whose root is
// the worst kept.
type topN struct {
	limit int
	items []scored
}

// push offers s.
func (t *topN) push(s scored) {
	if t.limit <= 0 || len(t.items) < t.limit {
		t.items = append(t.items, s)
		if t.limit > 0 {
			t.up(len(t.items) - 1)
		}
		return
	}
	if !better(s, t.items[0]) {
		return
	}
	t.items[0] = s
	t.down(0)
}

// admits reports whether s would be kept if pushed now.
func (t *topN) admits(s scored) bool {
	return t.limit <= 0 || len(t.items) < t.limit || better(s, t.items[0])
}

// up restores the heap after an append at i.
func (t *topN) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !better(t.items[parent], t.items[i]) {
			return
		}
		t.items[parent], t.items[i] = t.items[i], t.items[parent]
		i = parent
	}
}

// down restores the heap after the root changed.
func (t *topN) down(i int) {
	n := len(t.items)
	for {
		worst := i
		l, r := 2*i+1, 2*i+2
		if l < n && better(t.items[worst], t.items[l]) {
			worst = l
		}
		if r < n && better(t.items[worst], t.items[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		t.items[i], t.items[worst] = t.items[worst], t.items[i]
		i = worst
	}
}
