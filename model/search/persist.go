package search

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"math"
	"slices"

	"fineprint/model"
	"fineprint/model/detect"
)

// Store keeps encoded indexes between runs, by key: a folder on disk, for instance. Get returns
// nil when it holds nothing under key; Put may fail silently. A store is only a saving: what it
// returns is checked, and an entry that does not decode is rebuilt.
type Store interface {
	Get(key string) []byte
	Put(key string, write func(io.Writer) error)
}

// cacheMin is the number of clauses from which Cached uses its store: a smaller index builds
// faster than a file is read.
const cacheMin = 20000

// Cached returns the index of policies with reports (as NewIndex), decoded from store when it
// holds the index of the same policies, else built and put in store. The key is a digest of
// everything the index reads from the policies (Fingerprint), so a changed file, ID or order
// gives another key. The store is expected to be private to one build of fineprint: the
// encoding carries a format number, not the version of the tokenizer. A nil store, or fewer
// than cacheMin clauses, builds the index.
func Cached(store Store, policies []*model.Policy, reports []*detect.Report) *Index {
	clauses := 0
	for _, p := range policies {
		clauses += len(p.Clauses)
	}
	if store == nil || clauses < cacheMin {
		return NewIndex(policies, reports)
	}
	key := Fingerprint(policies)
	if data := store.Get(key); data != nil {
		if ix, err := DecodeIndex(data, policies); err == nil {
			ix.addEvidence(reports)
			return ix
		}
	}
	ix := NewIndex(policies, nil)
	store.Put(key, ix.Encode)
	if reports != nil {
		return ix.WithReports(reports)
	}
	return ix
}

// Fingerprint returns a digest, in hex, of everything NewIndex reads from policies: their
// order, IDs, companies, section titles and nesting, and clause texts, sections and header
// flags.
func Fingerprint(policies []*model.Policy) string {
	h := sha256.New()
	w := bufio.NewWriterSize(h, 64<<10)
	var b [8]byte
	num := func(n int) {
		binary.LittleEndian.PutUint64(b[:], uint64(n))
		w.Write(b[:])
	}
	str := func(s string) {
		num(len(s))
		w.WriteString(s)
	}
	num(encodingFormat)
	num(len(policies))
	for _, p := range policies {
		str(p.ID)
		str(p.Company)
		num(len(p.Sections))
		for _, s := range p.Sections {
			str(s.Title)
			num(int(s.Parent))
		}
		num(len(p.Clauses))
		for _, c := range p.Clauses {
			str(c.Text)
			num(c.Section)
			if c.Header {
				num(1)
			} else {
				num(0)
			}
		}
	}
	w.Flush()
	return hex.EncodeToString(h.Sum(nil))
}

// encodingFormat numbers the shape of Encode's output; DecodeIndex reads only its own.
const encodingFormat = 1

// encodingMagic starts every encoded index.
const encodingMagic = "fineprint search index\n"

// Encode writes the index, without its policies and reports, in the form DecodeIndex reads:
// the magic line, the format number, then each table as a count and its values (little-endian
// 32-bit numbers; strings as their lengths then their bytes).
func (ix *Index) Encode(w io.Writer) error {
	e := encoder{w: bufio.NewWriterSize(w, 1<<20)}
	e.writeString(encodingMagic)
	e.pad()
	e.u32(encodingFormat)
	e.i32s(ix.polFirst)
	e.strs(ix.polID)
	e.strs(ix.polComp)
	e.str(ix.text)
	e.u32s(ix.textStart)
	e.i32s(ix.runeLen)
	form := make([]byte, len(ix.form))
	for i, f := range ix.form {
		form[i] = byte(f)
	}
	e.count(len(form))
	e.write(form)
	e.pad()
	keys := make([]int32, 0, len(ix.srcRunes))
	for k := range ix.srcRunes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.i32s(keys)
	for _, k := range keys {
		e.i32s(ix.srcRunes[k])
	}
	e.strs(ix.words)
	e.strs(ix.stems)
	e.u32s(ix.fwd)
	e.u32s(ix.fwdStart)
	e.u32s(ix.post)
	e.u32s(ix.postStart)
	e.i32s(ix.clauseSec)
	e.u32s(ix.sec)
	e.u32s(ix.secStart)
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

// encoder writes numbers and strings, keeping the first error.
type encoder struct {
	w   *bufio.Writer
	off int // bytes written
	err error
	b   [4]byte
}

func (e *encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
		e.off += len(b)
	}
}

func (e *encoder) writeString(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
		e.off += len(s)
	}
}

// pad writes zeros up to the next multiple of 4 bytes, so that every table of numbers starts
// aligned and a decoder can use the bytes in place.
func (e *encoder) pad() {
	e.write(make([]byte, (4-e.off%4)%4))
}

func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.b[:], v)
	e.write(e.b[:])
}

func (e *encoder) count(n int) {
	if n > math.MaxUint32 && e.err == nil {
		e.err = errors.New("search index too large to encode")
	}
	e.u32(uint32(n))
}

func (e *encoder) u32s(vs []uint32) { putNumbers(e, vs) }

func (e *encoder) i32s(vs []int32) { putNumbers(e, vs) }

// putNumbers writes a table of 4-byte numbers, as numbers reads it.
func putNumbers[T int32 | uint32](e *encoder, vs []T) {
	e.count(len(vs))
	for _, v := range vs {
		e.u32(uint32(v))
	}
}

func (e *encoder) str(s string) {
	e.count(len(s))
	e.writeString(s)
	e.pad()
}

// strs writes the number of strings, their lengths, then their bytes together.
func (e *encoder) strs(ss []string) {
	e.count(len(ss))
	total := 0
	for _, s := range ss {
		e.count(len(s))
		total += len(s)
	}
	e.count(total)
	for _, s := range ss {
		e.writeString(s)
	}
	e.pad()
}

// errCorrupt is returned by DecodeIndex for data that Encode did not write for these policies.
var errCorrupt = errors.New("search index: not an index of these policies")

// DecodeIndex returns the index that Encode wrote, for policies: the same policies, in the same
// order, as the index was built from (Cached checks this with Fingerprint; DecodeIndex checks
// only that the numbers of policies and clauses agree and that every offset is in range). The
// index has no reports; see WithReports. On a little-endian machine the index uses data in
// place, without copying it (a memory-mapped file costs only the pages a search reads): data
// must not change while the index is in use.
func DecodeIndex(data []byte, policies []*model.Policy) (*Index, error) {
	d := decoder{data: data}
	if len(data) < len(encodingMagic) || string(data[:len(encodingMagic)]) != encodingMagic {
		return nil, errCorrupt
	}
	d.off = len(encodingMagic)
	d.pad()
	d.view = inPlace(data)
	if d.u32() != encodingFormat {
		return nil, errCorrupt
	}
	ix := &Index{policies: policies}
	ix.polFirst = d.i32s()
	ix.polID = d.strs()
	ix.polComp = d.strs()
	ix.text = d.str()
	ix.textStart = d.u32s()
	ix.runeLen = d.i32s()
	ix.form = make([]clauseForm, 0, d.count(1))
	for _, b := range d.bytes(cap(ix.form)) {
		ix.form = append(ix.form, clauseForm(b))
	}
	d.pad()
	if keys := d.i32s(); len(keys) > 0 {
		ix.srcRunes = make(map[int32][]int32, len(keys))
		for _, k := range keys {
			ix.srcRunes[k] = d.i32s()
		}
	}
	ix.words = d.strs()
	ix.stems = d.strs()
	ix.fwd = d.u32s()
	ix.fwdStart = d.u32s()
	ix.post = d.u32s()
	ix.postStart = d.u32s()
	ix.clauseSec = d.i32s()
	ix.sec = d.u32s()
	ix.secStart = d.u32s()
	if d.err != nil || d.off != len(data) || !ix.consistent() {
		return nil, errCorrupt
	}
	ix.clausePol = make([]int32, 0, len(ix.runeLen))
	for i := range policies {
		for range ix.polFirst[i+1] - ix.polFirst[i] {
			ix.clausePol = append(ix.clausePol, int32(i))
		}
	}
	ix.wordID = make(map[string]uint32, len(ix.words))
	for i, w := range ix.words {
		ix.wordID[w] = uint32(i)
	}
	return ix, nil
}

// consistent reports whether the decoded tables fit the policies and each other, so that no
// lookup of a decoded index goes out of range.
func (ix *Index) consistent() bool {
	ps := ix.policies
	if len(ix.polFirst) != len(ps)+1 || len(ix.polID) != len(ps) || len(ix.polComp) != len(ps) {
		return false
	}
	for i, p := range ps {
		if ix.polFirst[i+1]-ix.polFirst[i] != int32(len(p.Clauses)) {
			return false
		}
	}
	n := len(ix.runeLen)
	words := uint32(len(ix.words))
	switch {
	case ix.polFirst[0] != 0 || int(ix.polFirst[len(ps)]) != n,
		len(ix.textStart) != n+1, len(ix.form) != n, len(ix.clauseSec) != n, len(ix.fwdStart) != n+1,
		len(ix.stems) != len(ix.words), len(ix.postStart) != len(ix.words)+1,
		!ascending(ix.textStart, uint32(len(ix.text))), !ascending(ix.fwdStart, uint32(len(ix.fwd))),
		!ascending(ix.postStart, uint32(len(ix.post))), !ascending(ix.secStart, uint32(len(ix.sec))),
		slices.ContainsFunc(ix.fwd, func(w uint32) bool { return w >= words }),
		slices.ContainsFunc(ix.sec, func(w uint32) bool { return w >= words }),
		slices.ContainsFunc(ix.post, func(c uint32) bool { return c >= uint32(n) }):
		return false
	}
	sections := int32(len(ix.secStart)) - 1
	for _, s := range ix.clauseSec {
		if s < -1 || s >= sections {
			return false
		}
	}
	for c := range ix.srcRunes {
		if c < 0 || int(c) >= n {
			return false
		}
	}
	return true
}

// ascending reports whether offs is not empty, starts at 0, never decreases and ends at end.
func ascending(offs []uint32, end uint32) bool {
	if len(offs) == 0 || offs[0] != 0 || offs[len(offs)-1] != end {
		return false
	}
	for i := 1; i < len(offs); i++ {
		if offs[i] < offs[i-1] {
			return false
		}
	}
	return true
}

// decoder reads what encoder wrote, keeping the first error; after one, it returns zero values.
type decoder struct {
	data []byte
	off  int
	err  error
	view bool // use data in place: numbers and strings are views of it, not copies
}

// pad skips the zeros encoder.pad wrote.
func (d *decoder) pad() {
	d.bytes((4 - d.off%4) % 4)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.data)-d.off {
		d.err = errCorrupt
		return nil
	}
	b := d.data[d.off : d.off+n]
	d.off += n
	return b
}

func (d *decoder) u32() uint32 {
	b := d.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// count reads a count of items of size bytes each, checking that they can be in what is left.
func (d *decoder) count(size int) int {
	n := int(d.u32())
	if d.err == nil && n > (len(d.data)-d.off)/size {
		d.err = errCorrupt
		return 0
	}
	return n
}

func (d *decoder) u32s() []uint32 { return numbers[uint32](d) }

func (d *decoder) i32s() []int32 { return numbers[int32](d) }

// numbers reads a table of 4-byte numbers, in place when the decoder views its data.
func numbers[T int32 | uint32](d *decoder) []T {
	b := d.bytes(4 * d.count(4))
	if d.view {
		return viewNumbers[T](b)
	}
	vs := make([]T, len(b)/4)
	for i := range vs {
		vs[i] = T(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return vs
}

func (d *decoder) str() string {
	b := d.bytes(d.count(1))
	d.pad()
	if d.view {
		return viewString(b)
	}
	return string(b)
}

// strs reads strings written by encoder.strs: they share one allocation.
func (d *decoder) strs() []string {
	lens := make([]int, d.count(4))
	for i := range lens {
		lens[i] = int(d.u32())
	}
	all := d.str()
	ss := make([]string, len(lens))
	off := 0
	for i, n := range lens {
		if n > len(all)-off {
			d.err = errCorrupt
			return nil
		}
		ss[i] = all[off : off+n]
		off += n
	}
	if off != len(all) {
		d.err = errCorrupt
	}
	return ss
}
