package search

import (
	"encoding/binary"
	"unsafe"
)

// inPlace reports whether an encoded index in data can be used in place: the machine is
// little-endian, as the encoding is, and data starts at a multiple of 4 bytes, as its tables of
// numbers then do (a memory mapping or a large allocation starts at a page).
func inPlace(data []byte) bool {
	var probe [2]byte
	binary.NativeEndian.PutUint16(probe[:], 1)
	return probe[0] == 1 && len(data) > 0 && uintptr(unsafe.Pointer(unsafe.SliceData(data)))%4 == 0
}

// viewNumbers returns b, whose length is a multiple of 4 and which is aligned (inPlace), as
// 4-byte numbers, without copying.
func viewNumbers[T int32 | uint32](b []byte) []T {
	if len(b) == 0 {
		return []T{}
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/4)
}

// viewString returns b as a string without copying; b must not change afterwards.
func viewString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
