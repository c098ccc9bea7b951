package search

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"fineprint/model"
	"fineprint/model/detect"
)

// Index is the search index of a set of policies, built once by NewIndex and then read by any
// number of concurrent Search calls. Clauses are numbered globally, policy by policy, in
// reading order; a clause's global number is its policy's first global number plus its index
// in Policy.Clauses.
type Index struct {
	policies  []*model.Policy
	polFirst  []int32 // global number of each policy's first clause; one more entry: the total
	polID     []string
	polComp   []string // normalised company names
	clausePol []int32  // policy of each clause

	text      string   // the normalised text of every clause, concatenated
	textStart []uint32 // byte offset of each clause's text in text; one more entry: len(text)
	runeLen   []int32  // length of each clause in runes
	form      []clauseForm
	// srcRunes maps the rune offsets of a clause's normalised text to those of its Clause.Text,
	// for the few clauses where they differ (a ß folded to ss).
	srcRunes map[int32][]int32

	words     []string          // the vocabulary: every distinct word and Han pair, normalised
	wordID    map[string]uint32 // index in words of each word
	stems     []string          // stem of each word, "" when it has none
	fwd       []uint32          // each clause's distinct words, clause after clause
	fwdStart  []uint32          // offset of each clause's words in fwd; one more entry: len(fwd)
	post      []uint32          // the clauses of each word, word after word, ascending
	postStart []uint32          // offset of each word's clauses in post; one more entry

	clauseSec []int32  // each clause's section, numbered across policies; -1 before the first heading
	sec       []uint32 // each section's heading words, its parents' included, section after section
	secStart  []uint32 // offset of each section's words in sec; one more entry

	evidence [detect.NumKeys][]evidence // per key, the clauses cited as its evidence, ascending
}

// evidence is one Evidence of a detect.Report, by global clause number.
type evidence struct {
	clause     int32
	start, end int32 // rune offsets of the quote in the clause text
}

// NewIndex builds the search index of policies. reports[i], when present and non-nil, is the
// detector's report for policies[i]; #key filters match nothing in a policy without one. The
// index keeps the policies, which must not change afterwards.
func NewIndex(policies []*model.Policy, reports []*detect.Report) *Index {
	return newIndex(policies, reports, min(runtime.GOMAXPROCS(0), 4))
}

// newIndex is NewIndex building on up to workers cores once there are parallelBuildMin
// clauses (tests compare one worker with several).
func newIndex(policies []*model.Policy, reports []*detect.Report, workers int) *Index {
	ix := &Index{
		policies: policies,
		polFirst: make([]int32, len(policies)+1),
		polID:    make([]string, len(policies)),
		polComp:  make([]string, len(policies)),
		wordID:   map[string]uint32{},
	}
	n := 0
	for i, p := range policies {
		ix.polFirst[i] = int32(n)
		ix.polID[i] = normalizeString(p.ID)
		ix.polComp[i] = normalizeString(p.Company)
		n += len(p.Clauses)
	}
	ix.polFirst[len(policies)] = int32(n)
	ix.clausePol = make([]int32, 0, n)
	for i, p := range policies {
		for range p.Clauses {
			ix.clausePol = append(ix.clausePol, int32(i))
		}
	}

	// Normalising and splitting into words is most of the work: shards of policies are done
	// on several cores, each with its own vocabulary, then merged in order.
	if n < parallelBuildMin || workers < 1 {
		workers = 1
	}
	shards := make([]*shard, workers)
	var wg sync.WaitGroup
	lo := 0
	for w := range workers {
		hi := lo
		for hi < len(policies) && (w == workers-1 || int(ix.polFirst[hi]) < n*(w+1)/workers) {
			hi++
		}
		wg.Add(1)
		go func(ps []*model.Policy) {
			defer wg.Done()
			shards[w] = buildShard(ps)
		}(policies[lo:hi])
		lo = hi
	}
	wg.Wait()
	ix.merge(shards)
	ix.buildPostings()
	ix.addEvidence(reports)
	return ix
}

// parallelBuildMin is the number of clauses from which the index is built on several cores.
const parallelBuildMin = 20000

// shard is the part of an index built by one worker over a run of policies, with its own word
// numbers.
type shard struct {
	text      strings.Builder // the normalised clause texts, concatenated
	textStart []uint32        // offset of each clause's text in text
	runeLen   []int32
	form      []clauseForm
	srcRunes  map[int32][]int32 // by shard clause number, see Index.srcRunes
	words     []string
	wordID    map[string]uint32
	hanID     map[uint64]uint32 // Han characters and pairs, by rune(s): a cache of wordID
	fwd       []uint32          // each clause's distinct words, by shard word number
	fwdStart  []uint32
	clauseSec []int32  // each clause's section, numbered within the shard; -1 for none
	sec       []uint32 // each section's heading words (its own and its parents'), by shard word number
	secStart  []uint32
}

// buildShard normalises and splits the clauses of ps into words.
func buildShard(ps []*model.Policy) *shard {
	n, bytes := 0, 0
	for _, p := range ps {
		n += len(p.Clauses)
		for _, c := range p.Clauses {
			bytes += len(c.Text)
		}
	}
	sh := &shard{
		textStart: make([]uint32, 0, n),
		runeLen:   make([]int32, 0, n),
		wordID:    map[string]uint32{},
		hanID:     map[uint64]uint32{},
		fwd:       make([]uint32, 0, bytes/6),
		fwdStart:  make([]uint32, 0, n),
	}
	sh.text.Grow(bytes + bytes/8)
	var buf []byte
	var seen []int32 // per word, the last clause that used it
	add := func(id uint32, clause int32) {
		for len(seen) < len(sh.words) {
			seen = append(seen, -1)
		}
		if seen[id] != clause {
			seen[id] = clause
			sh.fwd = append(sh.fwd, id)
		}
	}
	for _, p := range ps {
		firstSec := int32(len(sh.secStart))
		for i := range p.Sections {
			sh.secStart = append(sh.secStart, uint32(len(sh.sec)))
			var path strings.Builder
			for _, j := range p.SectionPath(i) {
				path.WriteString(p.Sections[j].Title)
				path.WriteByte(' ')
			}
			title := normalizeString(path.String())
			seenSec := map[uint32]bool{}
			tokenize(title, func(t token) {
				id := sh.word(title[t.start:t.end])
				if !seenSec[id] {
					seenSec[id] = true
					sh.sec = append(sh.sec, id)
				}
			})
			for len(seen) < len(sh.words) {
				seen = append(seen, -1)
			}
		}
		for _, c := range p.Clauses {
			clause := int32(len(sh.textStart))
			if c.Section >= 0 && c.Section < len(p.Sections) {
				sh.clauseSec = append(sh.clauseSec, firstSec+int32(c.Section))
			} else {
				sh.clauseSec = append(sh.clauseSec, -1)
			}
			start := sh.text.Len()
			sh.textStart = append(sh.textStart, uint32(start))
			sh.fwdStart = append(sh.fwdStart, uint32(len(sh.fwd)))
			var runes int
			var expanded bool
			buf, runes, expanded = normalize(buf[:0], c.Text)
			sh.runeLen = append(sh.runeLen, int32(runes))
			if expanded {
				if sh.srcRunes == nil {
					sh.srcRunes = map[int32][]int32{}
				}
				sh.srcRunes[clause] = sourceOffsets(c.Text)
			}
			sh.text.Write(buf)
			// The builder's string shares its bytes: no copy per clause; new words are cloned.
			s := sh.text.String()[start:]
			prevHan, prevEnd, prevRune := -1, -1, rune(0) // the previous token when it is a Han character
			words, han := 0, 0
			tokenize(s, func(t token) {
				w := s[t.start:t.end]
				r, size := utf8.DecodeRuneInString(w)
				if size != len(w) || !isHan(r) {
					add(sh.word(w), clause)
					prevHan = -1
					words++
					return
				}
				han++
				// Han characters are most of a Chinese text's words: looked up by rune, not by
				// string. Two adjacent ones are indexed as a word too, so that a Chinese term
				// narrows to the clauses holding its pairs ("删除": one pair).
				add(sh.hanWord(uint64(r), w), clause)
				if prevHan >= 0 && prevEnd == t.start {
					add(sh.hanWord(uint64(prevRune)<<21|uint64(r)|1<<63, s[prevHan:t.end]), clause)
				}
				prevHan, prevEnd, prevRune = t.start, t.end, r
			})
			sh.form = append(sh.form, formOf(c, words+han/2))
		}
	}
	return sh
}

// clauseForm tells whether a clause says something or only names it: a table's header row,
// or a heading or label that stands as a paragraph or a list item.
type clauseForm uint8

// The clause forms.
const (
	formStatement clauseForm = iota
	formShort                // fewer than labelWords words and no sentence end, or numbered: a heading, a label
	formTiny                 // fewer than tinyWords words
	formHeader               // a table's header row
)

// labelWords and tinyWords bound the words of short clauses; two Han characters count as a word.
const (
	labelWords = 12
	tinyWords  = 4
)

// penalty returns what the form takes from a clause's score. A heading holding the exact word
// falls below a statement holding a word start of it (a tier step is 300): the statement is
// what the reader wants to read.
func (f clauseForm) penalty() int {
	switch f {
	case formShort:
		return 150
	case formTiny, formHeader:
		return 300
	}
	return 0
}

// formOf returns the form of clause c, which has words words.
func formOf(c model.Clause, words int) clauseForm {
	switch {
	case c.Header:
		return formHeader
	case words < tinyWords:
		return formTiny
	case words < labelWords && (!endsSentence(c.Text) || numbered(c.Text)):
		return formShort
	}
	return formStatement
}

// numbered reports whether text starts as a numbered heading does: "8.9 ", "4) ", "七、",
// "（一）", "4 个人信息" (but not "30 days").
func numbered(text string) bool {
	text = strings.TrimLeft(text, " (（")
	i, dotted := 0, false
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !('0' <= r && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r) || i > 0 && r == '.') {
			break
		}
		dotted = dotted || r == '.'
		i += size
	}
	if i == 0 {
		return false
	}
	next, size := utf8.DecodeRuneInString(text[i:])
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	return strings.ContainsRune("、)）", next) || next == ' ' && (dotted || isHan(after))
}

// endsSentence reports whether text ends as a sentence does, in any script, perhaps followed
// by a closing quote or bracket. A colon (the introduction of a list) or a semicolon (a list
// item that is part of a sentence) does not end one: a short clause that ends so is a label.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, " \t\n\"'”’»)）」』")
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?。！？…", r)
}

// word returns the shard's number for word w, adding it to the shard's vocabulary if new.
func (sh *shard) word(w string) uint32 {
	id, ok := sh.wordID[w]
	if !ok {
		id = uint32(len(sh.words))
		sh.words = append(sh.words, strings.Clone(w))
		sh.wordID[sh.words[id]] = id
	}
	return id
}

// hanWord returns the shard's number for the Han character or pair w, whose runes are packed
// in key.
func (sh *shard) hanWord(key uint64, w string) uint32 {
	id, ok := sh.hanID[key]
	if !ok {
		id = sh.word(w)
		sh.hanID[key] = id
	}
	return id
}

// merge joins the shards, in order, into the index: one text, one vocabulary.
func (ix *Index) merge(shards []*shard) {
	n, bytes, fwd := 0, 0, 0
	for _, sh := range shards {
		n += len(sh.textStart)
		bytes += sh.text.Len()
		fwd += len(sh.fwd)
	}
	ix.textStart = make([]uint32, 0, n+1)
	ix.runeLen = make([]int32, 0, n)
	ix.fwdStart = make([]uint32, 0, n+1)
	ix.fwd = make([]uint32, 0, fwd)
	var text strings.Builder
	text.Grow(bytes)
	for _, sh := range shards {
		base := uint32(text.Len())
		text.WriteString(sh.text.String())
		for _, o := range sh.textStart {
			ix.textStart = append(ix.textStart, base+o)
		}
		for c, m := range sh.srcRunes {
			if ix.srcRunes == nil {
				ix.srcRunes = map[int32][]int32{}
			}
			ix.srcRunes[int32(len(ix.runeLen))+c] = m
		}
		ix.runeLen = append(ix.runeLen, sh.runeLen...)
		ix.form = append(ix.form, sh.form...)
		remap := make([]uint32, len(sh.words))
		for local, w := range sh.words {
			id, ok := ix.wordID[w]
			if !ok {
				id = uint32(len(ix.words))
				ix.words = append(ix.words, w)
				ix.stems = append(ix.stems, model.Stem(w))
				ix.wordID[w] = id
			}
			remap[local] = id
		}
		fbase := uint32(len(ix.fwd))
		for _, o := range sh.fwdStart {
			ix.fwdStart = append(ix.fwdStart, fbase+o)
		}
		for _, w := range sh.fwd {
			ix.fwd = append(ix.fwd, remap[w])
		}
		sbase, swbase := int32(len(ix.secStart)), uint32(len(ix.sec))
		for _, o := range sh.secStart {
			ix.secStart = append(ix.secStart, swbase+o)
		}
		for _, w := range sh.sec {
			ix.sec = append(ix.sec, remap[w])
		}
		for _, cs := range sh.clauseSec {
			if cs >= 0 {
				cs += sbase
			}
			ix.clauseSec = append(ix.clauseSec, cs)
		}
		sh.text.Reset() // let it go before the next shard is copied
	}
	ix.textStart = append(ix.textStart, uint32(text.Len()))
	ix.fwdStart = append(ix.fwdStart, uint32(len(ix.fwd)))
	ix.secStart = append(ix.secStart, uint32(len(ix.sec)))
	ix.text = text.String()
}

// isHanToken reports whether the token w is a Han character.
func isHanToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isHan(r)
}

// buildPostings inverts the forward index.
func (ix *Index) buildPostings() {
	ix.postStart = make([]uint32, len(ix.words)+1)
	for _, w := range ix.fwd {
		ix.postStart[w+1]++
	}
	for w := 1; w < len(ix.postStart); w++ {
		ix.postStart[w] += ix.postStart[w-1]
	}
	ix.post = make([]uint32, len(ix.fwd))
	fill := slices.Clone(ix.postStart[:len(ix.words)])
	for c := 0; c+1 < len(ix.fwdStart); c++ {
		for _, w := range ix.fwd[ix.fwdStart[c]:ix.fwdStart[c+1]] {
			ix.post[fill[w]] = uint32(c)
			fill[w]++
		}
	}
}

// addEvidence records, per key, the clauses the reports cite as evidence.
func (ix *Index) addEvidence(reports []*detect.Report) {
	for i, r := range reports {
		if i >= len(ix.policies) || r == nil {
			continue
		}
		first, count := ix.polFirst[i], ix.polFirst[i+1]-ix.polFirst[i]
		for _, f := range r.Findings {
			if !f.Key.Valid() || f.Status == detect.NotMentioned {
				continue
			}
			for _, e := range f.Evidence {
				if e.Clause < 0 || int32(e.Clause) >= count {
					continue
				}
				ix.evidence[f.Key] = append(ix.evidence[f.Key], evidence{first + int32(e.Clause), int32(e.Start), int32(e.End)})
			}
		}
	}
	for k := range ix.evidence {
		slices.SortStableFunc(ix.evidence[k], func(a, b evidence) int { return int(a.clause - b.clause) })
	}
}

// WithReports returns an index of the same policies that also knows the detector's reports
// (for #key filters; reports as for NewIndex). It shares the text, words and postings of ix, so
// it costs only the evidence lists: the way to add reports that arrive after the index.
func (ix *Index) WithReports(reports []*detect.Report) *Index {
	c := *ix
	c.evidence = [detect.NumKeys][]evidence{}
	c.addEvidence(reports)
	return &c
}

// Policies returns the indexed policies; Hit.Policy indexes this slice.
func (ix *Index) Policies() []*model.Policy { return ix.policies }

// Len returns the number of indexed clauses.
func (ix *Index) Len() int { return len(ix.clausePol) }

// clauseText returns the normalised text of clause gid.
func (ix *Index) clauseText(gid int32) string {
	return ix.text[ix.textStart[gid]:ix.textStart[gid+1]]
}

// clauseWords returns the distinct words of clause gid.
func (ix *Index) clauseWords(gid int32) []uint32 {
	return ix.fwd[ix.fwdStart[gid]:ix.fwdStart[gid+1]]
}

// headingWords returns the words of the headings clause gid stands under.
func (ix *Index) headingWords(gid int32) []uint32 {
	sec := ix.clauseSec[gid]
	if sec < 0 {
		return nil
	}
	return ix.sec[ix.secStart[sec]:ix.secStart[sec+1]]
}

// postings returns the clauses that contain word w, ascending.
func (ix *Index) postings(w uint32) []uint32 {
	return ix.post[ix.postStart[w]:ix.postStart[w+1]]
}
