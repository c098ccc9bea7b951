//go:build !unix

package policies

import (
	"io/fs"
	"path/filepath"
)

// keyOf returns the identity of the file at path: its absolute path, as this platform gives no
// inode through fs.FileInfo.
func keyOf(path string, _ fs.FileInfo) fileKey {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return fileKey{path: abs}
}
