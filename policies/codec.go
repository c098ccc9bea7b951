package policies

import (
	"encoding/binary"
	"errors"
	"strings"
	"unsafe"

	"fineprint/model"
)

// The parsed cache stores a policy in its own binary form rather than with encoding/gob: a gob
// stream carries and compiles its type description in every file, which made decoding a cached
// 30 KB policy cost 0.36 ms, three quarters of a search's loading. Numbers are varints, and
// every string is a slice of one buffer.
//
// An entry is a header (policyMagic, then the lengths of the two regions that follow as
// little-endian 32-bit numbers), the numbers (every count, index and string length, as
// varints), then the strings, back to back in the order the numbers name them. The strings are
// a region of their own so that the cache reads them into a buffer of exactly their size and
// the decoded policy holds that buffer only, as a parsed one holds its packed text
// (model.Parse packs it): the numbers are read into a buffer reused for the next entry. A table
// row's cells are stored as lengths when they are substrings of its text (model.CellsJoinText).
//
// encodePolicy and decodePolicy list every field of model.Policy, Part, Section and Clause;
// TestPolicyCodecCoversEveryField fails when a field is added to one of them and not here.

// policyMagic starts every encoded policy. It names the layout: entries of another layout are
// refused, whatever folder they are found in (the cache's folder name also changes with
// cacheFormat).
const policyMagic = "fineprint policy 3\n"

// headerLen is the length of an entry's header: policyMagic and the two regions' lengths.
const headerLen = len(policyMagic) + 8

// errBadEntry is what decodePolicy returns for bytes encodePolicy did not write.
var errBadEntry = errors.New("not a cached policy")

// Cells of a table row in an entry: none, substrings of the text (lengths only), or strings.
const (
	cellsNone = iota
	cellsOfText
	cellsApart
)

// encodePolicy returns p in the form decodePolicy reads.
func encodePolicy(p *model.Policy) []byte {
	e := policyEncoder{strs: make([]byte, 0, 2*p.Words+1024)}
	e.str(p.ID)
	e.str(p.Title)
	e.str(p.Company)
	e.str(p.Date)
	e.num(len(p.Langs))
	for _, l := range p.Langs {
		e.num(int(l))
	}
	e.str(p.Source)
	e.num(len(p.Parts))
	for _, pt := range p.Parts {
		e.num(int(pt.Lang))
		e.str(pt.Title)
		e.num(pt.FirstSection)
		e.num(pt.EndSection)
		e.num(pt.FirstClause)
		e.num(pt.EndClause)
	}
	e.num(len(p.Sections))
	for _, s := range p.Sections {
		e.str(s.Number)
		e.str(s.Title)
		e.num(int(s.Level))
		e.num(int(s.Parent))
		e.str(s.Anchor)
		e.num(int(s.Lang))
		e.num(int(s.Part))
		e.num(int(s.Line))
		e.num(int(s.FirstClause))
		e.num(int(s.EndClause))
	}
	e.num(len(p.Clauses))
	for _, c := range p.Clauses {
		e.num(int(c.Kind))
		e.num(c.Section)
		e.str(c.Text)
		switch {
		case len(c.Cells) == 0:
			e.num(cellsNone)
		case model.CellsJoinText(c.Cells, c.Text):
			e.num(cellsOfText)
			e.num(len(c.Cells))
			for _, cell := range c.Cells {
				e.num(len(cell))
			}
		default:
			e.num(cellsApart)
			e.num(len(c.Cells))
			for _, cell := range c.Cells {
				e.str(cell)
			}
		}
		e.num(int(c.Depth))
		if c.Header {
			e.num(1)
		} else {
			e.num(0)
		}
		e.num(int(c.Lang))
		e.num(int(c.Line))
		e.num(int(c.Offset))
	}
	e.num(p.Words)
	out := make([]byte, 0, headerLen+len(e.nums)+len(e.strs))
	out = append(out, policyMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(e.nums)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(e.strs)))
	out = append(out, e.nums...)
	return append(out, e.strs...)
}

// policyEncoder appends varints to nums and the bytes of strings to strs.
type policyEncoder struct{ nums, strs []byte }

func (e *policyEncoder) num(n int)    { e.nums = binary.AppendVarint(e.nums, int64(n)) }
func (e *policyEncoder) str(s string) { e.num(len(s)); e.strs = append(e.strs, s...) }

// entryHeader returns the lengths of the numbers and strings regions an entry's header gives,
// or ok false when h (headerLen bytes) is no header encodePolicy wrote.
func entryHeader(h []byte) (nums, strs int, ok bool) {
	if len(h) != headerLen || string(h[:len(policyMagic)]) != policyMagic {
		return 0, 0, false
	}
	n := binary.LittleEndian.Uint32(h[len(policyMagic):])
	m := binary.LittleEndian.Uint32(h[len(policyMagic)+4:])
	if n > DefaultMaxBytes*8 || m > DefaultMaxBytes*8 {
		return 0, 0, false // no policy has that much: a damaged header must not allocate gigabytes
	}
	return int(n), int(m), true
}

// decodePolicy returns the policy encodePolicy wrote in data, which it takes: its strings are
// views of data, which must not change afterwards. The cache reads an entry with readEntry
// instead, which keeps only the strings.
func decodePolicy(data []byte) (*model.Policy, error) {
	if len(data) < headerLen {
		return nil, errBadEntry
	}
	n, m, ok := entryHeader(data[:headerLen])
	if !ok || len(data) != headerLen+n+m {
		return nil, errBadEntry
	}
	body := data[headerLen:]
	return decodeRegions(body[:n], body[n:])
}

// decodeRegions returns the policy whose numbers and strings regions are nums and strs. Its
// strings are views of strs, which must not change afterwards; nums may be reused once it
// returns. Empty slices come back nil, as they did from gob.
func decodeRegions(nums, strs []byte) (*model.Policy, error) {
	d := policyDecoder{nums: nums, strs: unsafe.String(unsafe.SliceData(strs), len(strs))}
	p := &model.Policy{}
	p.ID = d.str()
	p.Title = d.str()
	p.Company = d.str()
	p.Date = d.str()
	if n := d.count(); n > 0 {
		p.Langs = make([]model.Lang, n)
		for i := range p.Langs {
			p.Langs[i] = model.Lang(d.num())
		}
	}
	p.Source = d.str()
	if n := d.count(); n > 0 {
		p.Parts = make([]model.Part, n)
		for i := range p.Parts {
			pt := &p.Parts[i]
			pt.Lang = model.Lang(d.num())
			pt.Title = d.str()
			pt.FirstSection, pt.EndSection = d.num(), d.num()
			pt.FirstClause, pt.EndClause = d.num(), d.num()
		}
	}
	if n := d.count(); n > 0 {
		p.Sections = make([]model.Section, n)
		for i := range p.Sections {
			s := &p.Sections[i]
			s.Number = d.str()
			s.Title = d.str()
			s.Level = d.num32()
			s.Parent = d.num32()
			s.Anchor = d.str()
			s.Lang = model.Lang(d.num())
			s.Part = d.num32()
			s.Line = d.num32()
			s.FirstClause, s.EndClause = d.num32(), d.num32()
		}
	}
	if n := d.count(); n > 0 {
		p.Clauses = make([]model.Clause, n)
		for i := range p.Clauses {
			c := &p.Clauses[i]
			c.Kind = model.ClauseKind(d.num())
			c.Section = d.num()
			c.Text = d.str()
			switch d.num() {
			case cellsNone:
			case cellsOfText:
				if n := d.count(); n > 0 {
					c.Cells = d.cellsOf(c.Text, n)
				} else {
					d.err = errBadEntry
				}
			case cellsApart:
				if n := d.count(); n > 0 {
					c.Cells = make([]string, n)
					for j := range c.Cells {
						c.Cells[j] = d.str()
					}
				} else {
					d.err = errBadEntry
				}
			default:
				d.err = errBadEntry
			}
			c.Depth = d.num32()
			c.Header = d.num() != 0
			c.Lang = model.Lang(d.num())
			c.Line = d.num32()
			c.Offset = d.num32()
		}
	}
	p.Words = d.num()
	if d.err != nil || d.off != len(d.nums) || d.soff != len(d.strs) {
		return nil, errBadEntry
	}
	return p, nil
}

// policyDecoder reads what policyEncoder wrote: numbers from nums, strings from strs. It keeps
// the first error; after one it returns zero values.
type policyDecoder struct {
	nums []byte
	strs string
	off  int // in nums
	soff int // in strs
	err  error
}

func (d *policyDecoder) num() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.nums[d.off:])
	if n <= 0 {
		d.err = errBadEntry
		return 0
	}
	d.off += n
	return int(v)
}

// num32 reads a number that must fit an int32.
func (d *policyDecoder) num32() int32 {
	n := d.num()
	if n != int(int32(n)) {
		d.err = errBadEntry
		return 0
	}
	return int32(n)
}

// count reads the length of a list: at least 0, and no more than the numbers left (each item
// takes at least one).
func (d *policyDecoder) count() int {
	n := d.num()
	if n < 0 || n > len(d.nums)-d.off {
		d.err = errBadEntry
		return 0
	}
	return n
}

// str reads a string's length and returns the next that many bytes of strs.
func (d *policyDecoder) str() string {
	n := d.num()
	if d.err != nil {
		return ""
	}
	if n < 0 || n > len(d.strs)-d.soff {
		d.err = errBadEntry
		return ""
	}
	s := d.strs[d.soff : d.soff+n]
	d.soff += n
	return s
}

// cellsOf reads the lengths of n cells and returns them cut from text, which must be them
// joined by model.CellSep.
func (d *policyDecoder) cellsOf(text string, n int) []string {
	cells := make([]string, n)
	off := 0
	for i := range cells {
		if i > 0 {
			if !strings.HasPrefix(text[off:], model.CellSep) {
				d.err = errBadEntry
				return nil
			}
			off += len(model.CellSep)
		}
		l := d.num()
		if d.err != nil || l < 0 || l > len(text)-off {
			d.err = errBadEntry
			return nil
		}
		cells[i] = text[off : off+l]
		off += l
	}
	if off != len(text) {
		d.err = errBadEntry
		return nil
	}
	return cells
}
