package policies

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fineprint/model"
)

// cacheFormat changes when what the cache stores changes shape; it is part of the folder name
// with the executable's identity, so an old cache is never read.
const cacheFormat = 3

// ParsedCache keeps parsed policies on disk so that a file read again is decoded (codec.go;
// about thirty times cheaper than parsing) rather than parsed. An entry is keyed by the file's content and
// extension (the extension decides whether it is read as HTML) and lives in a folder named after
// the fineprint executable (its size and modification time) and cacheFormat: a new build never
// reads what an older one parsed, and on its first write it removes the older builds' folders.
// A cache that cannot be read or written costs the parse it would have saved, nothing more.
type ParsedCache struct {
	root string // the cache's own folder: <user cache dir>/fineprint/parsed
	dir  string // this build's folder in root
	once sync.Once
}

// UserCache returns the cache in the user's cache directory (os.UserCacheDir:
// $XDG_CACHE_HOME/fineprint/parsed, else ~/.cache/fineprint/parsed on Linux), or nil when
// there is no such directory or the executable cannot be identified.
func UserCache() *ParsedCache {
	base, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	return NewParsedCache(filepath.Join(base, "fineprint", "parsed"))
}

// NewParsedCache returns a cache in root, or nil when the executable cannot be identified.
func NewParsedCache(root string) *ParsedCache { return newParsedCache(root, cacheFormat) }

// newParsedCache returns a cache in root for the entries of a format, or nil when the
// executable cannot be identified.
func newParsedCache(root string, format uint64) *ParsedCache {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	info, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	var id [24]byte
	binary.LittleEndian.PutUint64(id[0:], uint64(info.Size()))
	binary.LittleEndian.PutUint64(id[8:], uint64(info.ModTime().UnixNano()))
	binary.LittleEndian.PutUint64(id[16:], format)
	sum := sha256.Sum256(id[:])
	return &ParsedCache{root: root, dir: filepath.Join(root, hex.EncodeToString(sum[:8]))}
}

// key returns the entry name of a file named name holding data.
func (c *ParsedCache) key(name string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(strings.ToLower(filepath.Ext(name))))
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil)) + ".policy"
}

// get returns the policy stored under key with its Source set to source, nil when there is
// none or it cannot be decoded.
func (c *ParsedCache) get(key, source string) *model.Policy {
	p, err := readEntry(filepath.Join(c.dir, key))
	if err != nil {
		return nil
	}
	p.Source = source
	return p
}

// numsPool holds the buffers entries' numbers are read into: they are garbage once decoded.
var numsPool = sync.Pool{New: func() any { return new([]byte) }}

// readEntry decodes the cache entry in the file at path. The strings region is read into a
// buffer of exactly its size, which the policy's strings are views of and which is all of the
// entry the policy keeps; the numbers are read into a pooled buffer (see codec.go).
func readEntry(path string) (*model.Policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var h [headerLen]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return nil, errBadEntry
	}
	n, m, ok := entryHeader(h[:])
	if !ok {
		return nil, errBadEntry
	}
	if info, err := f.Stat(); err != nil || info.Size() != int64(headerLen+n+m) {
		return nil, errBadEntry
	}
	buf := numsPool.Get().(*[]byte)
	defer numsPool.Put(buf)
	if cap(*buf) < n {
		*buf = make([]byte, n)
	}
	nums := (*buf)[:n]
	strs := make([]byte, m)
	if _, err := io.ReadFull(f, nums); err != nil {
		return nil, errBadEntry
	}
	if _, err := io.ReadFull(f, strs); err != nil {
		return nil, errBadEntry
	}
	return decodeRegions(nums, strs)
}

// put stores p under key, written to a temporary file and renamed so that a reader never sees
// half an entry. Errors are ignored: the cache only saves time.
func (c *ParsedCache) put(key string, p *model.Policy) {
	c.once.Do(c.prepare)
	writeFile(c.dir, key, func(w io.Writer) error {
		_, err := w.Write(encodePolicy(p))
		return err
	})
}

// writeFile writes what write writes to the file name in dir through a temporary file renamed
// into place, so that a reader never sees half of it; it removes the temporary file when
// anything fails.
func writeFile(dir, name string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, name))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// prepare makes this build's folder and, the first time, removes the other builds' folders,
// which no build reads again.
func (c *ParsedCache) prepare() {
	if _, err := os.Stat(c.dir); err == nil {
		return
	}
	if os.MkdirAll(c.dir, 0o700) != nil {
		return
	}
	entries, _ := os.ReadDir(c.root)
	for _, e := range entries {
		if p := filepath.Join(c.root, e.Name()); p != c.dir {
			os.RemoveAll(p)
		}
	}
}

// indexFolder is the folder of the build's folder that holds search indexes, and keptIndexes
// how many of them it keeps: the most recently used. An index of 1,000 policies of 30 KB takes
// about 80 MB.
const (
	indexFolder = "index"
	keptIndexes = 4
)

// Get returns the search index stored under key (see search.Store), nil when there is none.
// The bytes are the file mapped into memory where the system allows (mapFile): read-only, for
// the life of the process. Reading an index marks it as used, so that it is among the last ones
// removed.
func (c *ParsedCache) Get(key string) []byte {
	if c == nil || !validKey(key) {
		return nil
	}
	path := filepath.Join(c.dir, indexFolder, key)
	data, err := mapFile(path)
	if err != nil {
		return nil
	}
	now := time.Now()
	os.Chtimes(path, now, now)
	return data
}

// Put stores under key what write writes (see search.Store), written to a temporary file and
// renamed, then removes the least recently used indexes beyond keptIndexes. Errors are
// ignored: the cache only saves time.
func (c *ParsedCache) Put(key string, write func(io.Writer) error) {
	if c == nil || !validKey(key) {
		return
	}
	c.once.Do(c.prepare)
	dir := filepath.Join(c.dir, indexFolder)
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	if writeFile(dir, key, write) != nil {
		return
	}
	entries, _ := os.ReadDir(dir)
	type used struct {
		name string
		at   time.Time
	}
	var kept []used
	for _, e := range entries {
		if info, err := e.Info(); err == nil && validKey(e.Name()) {
			kept = append(kept, used{e.Name(), info.ModTime()})
		}
	}
	slices.SortFunc(kept, func(a, b used) int { return b.at.Compare(a.at) })
	for _, u := range kept[min(len(kept), keptIndexes):] {
		os.Remove(filepath.Join(dir, u.name))
	}
}

// validKey reports whether key can name a file of the cache: letters and digits only.
func validKey(key string) bool {
	if key == "" || len(key) > 128 {
		return false
	}
	for _, r := range key {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}
