package policies

import (
	"reflect"
	"testing"

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
	case reflect.Int:
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
