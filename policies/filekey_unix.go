//go:build unix

package policies

import (
	"io/fs"
	"syscall"
)

// keyOf returns the identity of the file described by info: its device and inode.
func keyOf(_ string, info fs.FileInfo) fileKey {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}
	}
	return fileKey{path: info.Name()}
}
