package policies

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fineprint/model"
)

// cacheFormat changes when what the cache stores changes shape; it is part of the folder name
// with the executable's identity, so an old cache is never read.
const cacheFormat = 1

// ParsedCache keeps parsed policies on disk so that a file read again is decoded (about six
// times cheaper than parsing) rather than parsed. An entry is keyed by the file's content and
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
func NewParsedCache(root string) *ParsedCache {
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
	binary.LittleEndian.PutUint64(id[16:], cacheFormat)
	sum := sha256.Sum256(id[:])
	return &ParsedCache{root: root, dir: filepath.Join(root, hex.EncodeToString(sum[:8]))}
}

// key returns the entry name of a file named name holding data.
func (c *ParsedCache) key(name string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(strings.ToLower(filepath.Ext(name))))
	h.Write([]byte{0})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil)) + ".gob"
}

// get returns the policy stored under key with its Source set to source, nil when there is
// none or it cannot be decoded.
func (c *ParsedCache) get(key, source string) *model.Policy {
	data, err := os.ReadFile(filepath.Join(c.dir, key))
	if err != nil {
		return nil
	}
	var p model.Policy
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&p) != nil {
		return nil
	}
	p.Source = source
	return &p
}

// put stores p under key, written to a temporary file and renamed so that a reader never sees
// half an entry. Errors are ignored: the cache only saves time.
func (c *ParsedCache) put(key string, p *model.Policy) {
	c.once.Do(c.prepare)
	var b bytes.Buffer
	if gob.NewEncoder(&b).Encode(p) != nil {
		return
	}
	f, err := os.CreateTemp(c.dir, "tmp-*")
	if err != nil {
		return
	}
	_, err = f.Write(b.Bytes())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(c.dir, key))
	}
	if err != nil {
		os.Remove(f.Name())
	}
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
