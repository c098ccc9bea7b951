package policies

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// maxFolderDepth bounds how deep Load descends into nested folders.
const maxFolderDepth = 64

// policyExts are the extensions of files loaded from a folder. Files named on the command line
// are loaded whatever their extension; in a folder, files without an extension are loaded too
// (their content decides), and files of other extensions are skipped, except the document
// formats in refusedExts, which are reported so the user knows why they did not appear. A
// folder's README, LICENSE and the like (projectFile) are skipped too.
var policyExts = map[string]bool{
	".md": true, ".markdown": true, ".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true,
}

// projectFiles are the names (upper case, without extension) of the files a repository or a
// download keeps beside its documents to describe itself: a folder of policies cloned from
// Open Terms Archive holds a README.md and a LICENSE, which are not policies.
var projectFiles = map[string]bool{
	"README": true, "LICENSE": true, "LICENCE": true, "COPYING": true, "NOTICE": true, "AUTHORS": true,
	"CHANGELOG": true, "CHANGES": true, "CONTRIBUTING": true, "CODE_OF_CONDUCT": true, "MAINTAINERS": true,
}

// projectFile reports whether a folder entry named name is one of projectFiles ("README.md",
// "LICENSE", "license.txt"), which loading a folder skips; named on the command line, the
// file is loaded as any other.
func projectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	return projectFiles[base]
}

// refusedExts are document formats fineprint cannot read, with what to do instead.
var refusedExts = map[string]string{
	".pdf":  "PDF documents are not supported (export the text first, e.g. with pdftotext)",
	".doc":  "Word documents are not supported (save as text or HTML first)",
	".docx": "Word documents are not supported (save as text or HTML first)",
	".odt":  "OpenDocument files are not supported (save as text or HTML first)",
	".rtf":  "RTF documents are not supported (save as text or HTML first)",
	".epub": "EPUB books are not supported (save as text or HTML first)",
}

// FileError is a file or folder that could not be loaded, and why.
type FileError struct {
	Path string // as given on the command line, or joined from a given folder
	Err  error  // the reason; wraps ErrEmpty, ErrBinary, ErrEncoding, ErrTooLarge, fs errors, ...
}

// Error returns "PATH: reason".
func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *FileError) Unwrap() error { return e.Err }

// job is one file to load, with the ID it will get.
type job struct {
	path string
	id   string
}

// walker expands the paths given by the user into files to load, in a deterministic order
// (arguments in order, folder entries sorted by name), so that IDs do not depend on timing.
type walker struct {
	ctx     context.Context // walking stops when it is cancelled
	ids     *idSet
	jobs    []job
	errs    []error
	seen    map[fileKey]bool // files already queued, so a file reached twice loads once
	seenDir map[fileKey]bool // folders already walked
}

// add queues path, a file or folder named by the user.
func (w *walker) add(path string) {
	info, err := os.Stat(path)
	if err != nil {
		w.fail(path, describeFSError(err))
		return
	}
	switch {
	case info.IsDir():
		w.dir(path, info, nil, 0)
	case info.Mode().IsRegular():
		w.file(path, info)
	default:
		w.fail(path, fmt.Errorf("not a regular file (%s)", kindOf(info.Mode())))
	}
}

// dir walks folder path; ancestors are the folders on the way to it, to tell a symlink loop
// from a folder reached twice by different routes.
func (w *walker) dir(path string, info fs.FileInfo, ancestors []fileKey, depth int) {
	key := keyOf(path, info)
	for _, a := range ancestors {
		if a == key {
			w.fail(path, errors.New("symlink loop: the folder contains itself"))
			return
		}
	}
	if w.seenDir[key] {
		return
	}
	if depth > maxFolderDepth {
		w.fail(path, fmt.Errorf("folders nested more than %d deep; not descending further", maxFolderDepth))
		return
	}
	if w.ctx != nil && w.ctx.Err() != nil {
		return
	}
	w.seenDir[key] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		w.fail(path, fmt.Errorf("cannot read folder: %w", describeFSError(err)))
		// ReadDir returns the entries it read before the error; keep going with those.
	}
	ancestors = append(ancestors, key)
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders (.git, .DS_Store)
		}
		full := filepath.Join(path, name)
		if e.Type()&fs.ModeSymlink != 0 {
			target, err := os.Stat(full)
			if errors.Is(err, fs.ErrNotExist) {
				w.fail(full, &reason{"broken symlink: its target does not exist", fs.ErrNotExist})
				continue
			}
			if err != nil {
				w.fail(full, describeFSError(err))
				continue
			}
			w.entry(full, target, ancestors, depth)
			continue
		}
		info, err := e.Info()
		if err != nil {
			w.fail(full, describeFSError(err)) // vanished between ReadDir and now
			continue
		}
		w.entry(full, info, ancestors, depth)
	}
}

// entry queues one folder entry (its symlink already followed).
func (w *walker) entry(full string, info fs.FileInfo, ancestors []fileKey, depth int) {
	switch {
	case info.IsDir():
		w.dir(full, info, ancestors, depth+1)
	case info.Mode().IsRegular():
		ext := strings.ToLower(filepath.Ext(full))
		if why, ok := refusedExts[ext]; ok {
			w.fail(full, errors.New(why))
			return
		}
		if (ext == "" || policyExts[ext]) && !projectFile(filepath.Base(full)) {
			w.file(full, info)
		}
	}
	// Devices, FIFOs and sockets inside folders are skipped silently: opening a FIFO would block.
}

// file queues a regular file unless it was queued before.
func (w *walker) file(path string, info fs.FileInfo) {
	key := keyOf(path, info)
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	w.jobs = append(w.jobs, job{path: path, id: w.ids.take(filepath.Base(path))})
}

func (w *walker) fail(path string, err error) {
	w.errs = append(w.errs, &FileError{Path: path, Err: err})
}

// fileKey identifies a file or folder independently of the path that reached it.
type fileKey struct {
	dev, ino uint64
	path     string // used where the platform gives no device and inode
}

// describeFSError turns an error from the file system into a short reason without the path
// (FileError adds the path once). The result still wraps the fs sentinel (fs.ErrNotExist,
// fs.ErrPermission) for errors.Is.
func describeFSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		return &reason{"symlink loop", err}
	case errors.Is(err, fs.ErrNotExist):
		return &reason{"no such file or folder", fs.ErrNotExist}
	case errors.Is(err, fs.ErrPermission):
		return &reason{"permission denied", fs.ErrPermission}
	}
	return err
}

// reason is an error whose message is written for the user while it still wraps the error it
// stands for.
type reason struct {
	msg string
	err error
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.err }

// kindOf names a non-regular file mode for error messages.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return m.Type().String()
}
