package search

import (
	"bytes"
	"context"
	"io"
	"reflect"
	"testing"
	"unsafe"

	"fineprint/model"
)

// persistCorpus is a generated corpus above cacheMin with the fold fixture (ß, ﬁ, traditional
// Chinese: clauses whose normalised text has other rune offsets) at its end.
func persistCorpus() []*model.Policy {
	fold, _ := foldFixture()
	return append(generatePolicies(cacheMin+5000, 11), fold...)
}

// persistQueries cover words, word starts, phrases, typos, Han pairs, filters, and the folded
// clauses.
var persistQueries = append([]string{"strasse", "straße", "files", "個人資料", "@gen-3 data",
	"!data delete", "^we", "party$", "information collect"}, benchQueries...)

// alignedCopy returns a copy of data in memory that starts at a multiple of 8 bytes, plus
// offset bytes: offset 1 makes it misaligned, which DecodeIndex must handle by copying.
func alignedCopy(data []byte, offset int) []byte {
	words := make([]uint64, (len(data)+offset)/8+1)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(words)*8)[offset:]
	return b[:copy(b, data)]
}

// sameResults fails the test when got answers a query otherwise than want.
func sameResults(t *testing.T, name string, got, want *Index) {
	t.Helper()
	for _, q := range persistQueries {
		a, errA := got.Search(context.Background(), q, 50)
		b, errB := want.Search(context.Background(), q, 50)
		if (errA == nil) != (errB == nil) || !reflect.DeepEqual(a, b) {
			t.Errorf("%s: %q: %d hits (total %d), want %d (total %d)", name, q, len(a.Hits), a.Total, len(b.Hits), b.Total)
		}
	}
}

// TestEncodedIndexSearchesAlike encodes an index and checks that the decoded one, used in
// place or copied, gives the same results as the built one for every query.
func TestEncodedIndexSearchesAlike(t *testing.T) {
	ps := persistCorpus()
	built := NewIndex(ps, nil)
	var buf bytes.Buffer
	if err := built.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		offset int
		view   bool
	}{{"in place", 0, true}, {"copied", 1, false}} {
		data := alignedCopy(buf.Bytes(), c.offset)
		if inPlace(data) != c.view {
			t.Fatalf("%s: inPlace = %v", c.name, !c.view)
		}
		ix, err := DecodeIndex(data, ps)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		sameResults(t, c.name, ix, built)
		if ix.srcRunes == nil || !reflect.DeepEqual(ix.srcRunes, built.srcRunes) {
			t.Errorf("%s: the folded clauses' offsets were not kept", c.name)
		}
	}
}

// TestDecodeIndexRefusesDamage checks that a cut entry, one for other policies, or altered
// bytes are refused or decode into an index that searches without a panic.
func TestDecodeIndexRefusesDamage(t *testing.T) {
	ps, ix := foldFixture()
	var buf bytes.Buffer
	if err := ix.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for i := range len(data) {
		if _, err := DecodeIndex(alignedCopy(data[:i], 0), ps); err == nil {
			t.Fatalf("a cut index (%d of %d bytes) decoded", i, len(data))
		}
	}
	other := []*model.Policy{ps[0], ps[0]}
	if _, err := DecodeIndex(alignedCopy(data, 0), other); err == nil {
		t.Errorf("the index of one policy decoded for two")
	}
	for i := range data {
		bad := alignedCopy(data, 0)
		bad[i] ^= 0x5a
		if ix, err := DecodeIndex(bad, ps); err == nil {
			for _, q := range persistQueries {
				ix.Search(context.Background(), q, 10) // must not panic
			}
		}
	}
}

// memStore is a Store in memory that counts what is asked of it.
type memStore struct {
	entries    map[string][]byte
	gets, puts int
}

func (s *memStore) Get(key string) []byte {
	s.gets++
	if data, ok := s.entries[key]; ok {
		return alignedCopy(data, 0)
	}
	return nil
}

func (s *memStore) Put(key string, write func(io.Writer) error) {
	s.puts++
	var buf bytes.Buffer
	if write(&buf) == nil {
		s.entries[key] = buf.Bytes()
	}
}

// TestCachedReusesAndRebuilds checks Cached: the second index of the same policies comes from
// the store; a changed clause is another key; a damaged entry is rebuilt, with the same
// results; a small set of policies does not use the store.
func TestCachedReusesAndRebuilds(t *testing.T) {
	ps := persistCorpus()
	want := NewIndex(ps, nil)
	s := &memStore{entries: map[string][]byte{}}
	Cached(s, ps, nil)
	if s.puts != 1 {
		t.Fatalf("first index: %d puts, want 1", s.puts)
	}
	sameResults(t, "from the store", Cached(s, ps, nil), want)
	if s.puts != 1 || s.gets != 2 {
		t.Errorf("second index: %d gets, %d puts; want 2 gets and no new put", s.gets, s.puts)
	}

	changed := append([]*model.Policy(nil), ps...)
	p := *changed[0]
	p.Clauses = append([]model.Clause(nil), p.Clauses...)
	p.Clauses[0].Text = "Wir löschen Ihre Daten nach 30 Tagen."
	changed[0] = &p
	if Fingerprint(changed) == Fingerprint(ps) {
		t.Fatal("a changed clause kept the fingerprint")
	}
	if ix := Cached(s, changed, nil); s.puts != 2 {
		t.Errorf("changed policies: %d puts, want 2", s.puts)
	} else if res, _ := ix.Search(context.Background(), "löschen", 5); res.Total != 1 {
		t.Errorf("changed policies: %d hits for the changed clause, want 1", res.Total)
	}

	for key, data := range s.entries {
		s.entries[key] = data[:len(data)/2]
	}
	sameResults(t, "after damage", Cached(s, ps, nil), want)

	small, _ := foldFixture()
	before := s.gets
	Cached(s, small, nil)
	if s.gets != before {
		t.Errorf("a small index was looked up in the store")
	}
	Cached(nil, small, nil) // no store: built
}
