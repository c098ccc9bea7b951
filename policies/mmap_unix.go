//go:build unix

package policies

import (
	"os"
	"syscall"
)

// mapFile returns the content of the file at path mapped read-only into memory, so that only
// the pages read cost anything. The mapping stays for the life of the process: what is built on
// it (a search index whose tables are views of it) may be held anywhere. The cache writes a new
// file and renames it rather than changing one, so a mapped file never changes under a reader.
func mapFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() == 0 || int64(int(info.Size())) != info.Size() {
		return os.ReadFile(path)
	}
	return syscall.Mmap(int(f.Fd()), 0, int(info.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
}
