package policies

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"fineprint/model"
)

// fill sets every field of v (a struct, through its slices) to a value that is not the zero
// one, with Unicode in the strings, so that a field the codec forgets shows up as a difference.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.String:
		v.SetString([]string{"Données personnelles", "个人信息", "Löschung", ""}[*n%4] + string(rune('a'+*n%26)))
	case reflect.Int, reflect.Int32:
		v.SetInt(int64(*n*37 - 1000)) // negative ones too (Parent, Section: -1)
	case reflect.Uint8:
		v.SetUint(uint64(*n % 7))
	case reflect.Bool:
		v.SetBool(true)
	default:
		panic("fill: a field of kind " + v.Kind().String() + ": teach the codec and this test")
	}
}

// TestPolicyCodecCoversEveryField round-trips a policy whose every field, in every nested
// struct, is set: a field added to model.Policy, Part, Section or Clause and not to codec.go
// fails here.
func TestPolicyCodecCoversEveryField(t *testing.T) {
	var p model.Policy
	n := 0
	fill(reflect.ValueOf(&p).Elem(), &n)
	got, err := decodePolicy(encodePolicy(&p))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, p) {
		t.Errorf("round trip differs:\n got %+v\nwant %+v", *got, p)
	}
}

// TestPolicyCodecRejectsDamage checks that a cut or altered entry is refused or decoded
// without a panic; the cache then parses the file.
func TestPolicyCodecRejectsDamage(t *testing.T) {
	var p model.Policy
	n := 0
	fill(reflect.ValueOf(&p).Elem(), &n)
	data := encodePolicy(&p)
	for i := range len(data) {
		if _, err := decodePolicy(data[:i]); err == nil {
			t.Fatalf("a cut entry (%d of %d bytes) decoded", i, len(data))
		}
	}
	for i := range data {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0xff
		decodePolicy(bad) // must not panic
	}
}

// policyStrings returns the strings of p that an entry stores, cells included.
func policyStrings(p *model.Policy) []string {
	out := []string{p.ID, p.Title, p.Company, p.Date, p.Source}
	for _, pt := range p.Parts {
		out = append(out, pt.Title)
	}
	for _, s := range p.Sections {
		out = append(out, s.Number, s.Title, s.Anchor)
	}
	for _, c := range p.Clauses {
		out = append(out, c.Text)
		out = append(out, c.Cells...)
	}
	return out
}

// TestCacheEntryHoldsItsStringsOnly reads back, from a cache file, a policy with a table whose
// rows' cells are their text joined, and one whose cells are not: it equals what was stored,
// its strings lie in one block no longer than the text it stores (the entry's numbers are not
// kept), and cells are views of their row's text.
func TestCacheEntryHoldsItsStringsOnly(t *testing.T) {
	doc := "# Politique de confidentialité\n\n## 1. Données\n\n| Catégorie | 例子 |\n|---|---|\n| Kontakt | Name, E-Mail |\n| 使用 | journaux |\n"
	p, err := model.Parse("p.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	p.Source = "/tmp/p.md"
	rows := 0
	for _, c := range p.Clauses {
		if len(c.Cells) > 0 && model.CellsJoinText(c.Cells, c.Text) {
			rows++
		}
	}
	if rows != 3 {
		t.Fatalf("%d table rows whose cells join to their text, want 3: %+v", rows, p.Clauses)
	}
	p.Clauses = append(p.Clauses, model.Clause{Kind: model.KindTableRow, Section: 0, Text: "x | y", Cells: []string{"Löschung", "删除"}})
	data := encodePolicy(p)
	for i := range data { // cells cut from a damaged entry: refused or decoded, never a panic
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x55
		decodePolicy(bad)
	}
	path := filepath.Join(t.TempDir(), "entry")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := readEntry(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Fatalf("read back:\n got %+v\nwant %+v", got, p)
	}
	lo, hi, total := ^uintptr(0), uintptr(0), 0
	for _, s := range policyStrings(got) {
		if s == "" {
			continue
		}
		a := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		lo, hi = min(lo, a), max(hi, a+uintptr(len(s)))
	}
	for _, c := range got.Clauses {
		total += len(c.Text)
		if !model.CellsJoinText(c.Cells, c.Text) {
			for _, cell := range c.Cells {
				total += len(cell)
			}
		}
	}
	for _, s := range policyStrings(got)[:5] {
		total += len(s)
	}
	for _, pt := range got.Parts {
		total += len(pt.Title)
	}
	for _, s := range got.Sections {
		total += len(s.Number) + len(s.Title) + len(s.Anchor)
	}
	if int(hi-lo) != total {
		t.Errorf("the policy's strings span %d bytes for %d bytes of text", hi-lo, total)
	}
}

// TestCacheRefusesOtherFormats checks that the cache ignores what an older build wrote: the
// folder of each format is its own, and an entry in the layout before this one (format 2:
// the magic line without a version, then varints and strings mixed) is refused by the
// decoder, so the file is parsed instead.
func TestCacheRefusesOtherFormats(t *testing.T) {
	root := t.TempDir()
	c := NewParsedCache(root)
	if c == nil {
		t.Skip("no executable to key the cache by")
	}
	if c.dir == newParsedCache(root, cacheFormat-1).dir {
		t.Errorf("the cache's folder does not change with its format")
	}
	old := append([]byte("fineprint policy\n"), 0, 0x14, 'P', 'r', 'i', 'v', 'a', 'c', 'y')
	if _, err := decodePolicy(old); err == nil {
		t.Errorf("an entry of format 2 decoded")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "p.md")
	text := []byte("# Privacy Policy\n\nWe collect your email address.\n")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	c.once.Do(c.prepare)
	if err := os.WriteFile(filepath.Join(c.dir, c.key(path, text)), old, 0o600); err != nil {
		t.Fatal(err)
	}
	ps := loadWith(t, c, path)
	if len(ps) != 1 || len(ps[0].Clauses) != 1 || ps[0].Clauses[0].Text != "We collect your email address." {
		t.Errorf("with an entry of format 2 in the cache, loaded %+v", ps)
	}
}
