//go:build !unix

package policies

import "os"

// mapFile returns the content of the file at path; where memory mapping is not used, it is
// read.
func mapFile(path string) ([]byte, error) {
	return os.ReadFile(path)
}
