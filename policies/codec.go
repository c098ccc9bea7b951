package policies

import (
	"encoding/binary"
	"errors"
	"unsafe"

	"fineprint/model"
)

// The parsed cache stores a policy in its own binary form rather than with encoding/gob: a gob
// stream carries and compiles its type description in every file, which made decoding a cached
// 30 KB policy cost 0.36 ms, three quarters of a search's loading. Here numbers are varints and
// every string is a slice of one copy of the entry, so a policy costs a handful of allocations.
//
// encodePolicy and decodePolicy list every field of model.Policy, Part, Section and Clause;
// TestPolicyCodecCoversEveryField fails when a field is added to one of them and not here.

// policyMagic starts every encoded policy; the cache's folder name changes with cacheFormat.
const policyMagic = "fineprint policy\n"

// errBadEntry is what decodePolicy returns for bytes encodePolicy did not write.
var errBadEntry = errors.New("not a cached policy")

// encodePolicy returns p in the form decodePolicy reads.
func encodePolicy(p *model.Policy) []byte {
	e := policyEncoder{b: make([]byte, 0, 2*p.Words+4096)}
	e.b = append(e.b, policyMagic...)
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
		e.num(s.Level)
		e.num(s.Parent)
		e.str(s.Anchor)
		e.num(int(s.Lang))
		e.num(s.Part)
		e.num(s.Line)
		e.num(s.FirstClause)
		e.num(s.EndClause)
	}
	e.num(len(p.Clauses))
	for _, c := range p.Clauses {
		e.num(int(c.Kind))
		e.num(c.Section)
		e.str(c.Text)
		e.num(len(c.Cells))
		for _, cell := range c.Cells {
			e.str(cell)
		}
		e.num(c.Depth)
		if c.Header {
			e.num(1)
		} else {
			e.num(0)
		}
		e.num(int(c.Lang))
		e.num(c.Line)
		e.num(c.Offset)
	}
	e.num(p.Words)
	return e.b
}

// policyEncoder appends varints and length-prefixed strings.
type policyEncoder struct{ b []byte }

func (e *policyEncoder) num(n int)    { e.b = binary.AppendVarint(e.b, int64(n)) }
func (e *policyEncoder) str(s string) { e.num(len(s)); e.b = append(e.b, s...) }

// decodePolicy returns the policy encodePolicy wrote in data, which it takes: its strings are
// views of data, which must not change afterwards (the cache reads each entry into a buffer of
// its own). Empty slices come back nil, as they did from gob.
func decodePolicy(data []byte) (*model.Policy, error) {
	if len(data) < len(policyMagic) || string(data[:len(policyMagic)]) != policyMagic {
		return nil, errBadEntry
	}
	d := policyDecoder{s: unsafe.String(unsafe.SliceData(data), len(data)), off: len(policyMagic)}
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
			s.Level = d.num()
			s.Parent = d.num()
			s.Anchor = d.str()
			s.Lang = model.Lang(d.num())
			s.Part = d.num()
			s.Line = d.num()
			s.FirstClause, s.EndClause = d.num(), d.num()
		}
	}
	if n := d.count(); n > 0 {
		p.Clauses = make([]model.Clause, n)
		for i := range p.Clauses {
			c := &p.Clauses[i]
			c.Kind = model.ClauseKind(d.num())
			c.Section = d.num()
			c.Text = d.str()
			if n := d.count(); n > 0 {
				c.Cells = make([]string, n)
				for j := range c.Cells {
					c.Cells[j] = d.str()
				}
			}
			c.Depth = d.num()
			c.Header = d.num() != 0
			c.Lang = model.Lang(d.num())
			c.Line = d.num()
			c.Offset = d.num()
		}
	}
	p.Words = d.num()
	if d.err != nil || d.off != len(d.s) {
		return nil, errBadEntry
	}
	return p, nil
}

// policyDecoder reads what policyEncoder wrote from s, keeping the first error; after one it
// returns zero values.
type policyDecoder struct {
	s   string
	off int
	err error
}

func (d *policyDecoder) num() int {
	if d.err != nil {
		return 0
	}
	v, n := varint(d.s[d.off:])
	if n <= 0 {
		d.err = errBadEntry
		return 0
	}
	d.off += n
	return int(v)
}

// count reads the length of a list: at least 0, and no more than the bytes left (each item
// takes at least one).
func (d *policyDecoder) count() int {
	n := d.num()
	if n < 0 || n > len(d.s)-d.off {
		d.err = errBadEntry
		return 0
	}
	return n
}

func (d *policyDecoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	s := d.s[d.off : d.off+n]
	d.off += n
	return s
}

// varint is binary.Varint for a string.
func varint(s string) (int64, int) {
	var ux uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, -1
			}
			ux |= uint64(b) << shift
			x := int64(ux >> 1)
			if ux&1 != 0 {
				x = ^x
			}
			return x, i + 1
		}
		ux |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
