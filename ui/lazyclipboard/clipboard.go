// Copyright 2013 @atotto. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package clipboard read/write on clipboard
//
// This is github.com/atotto/clipboard v0.1.4 as fineprint builds it (see the replace directive
// in fineprint's go.mod and docs/performance.md): the same files, with one change. On Unix the
// original looks for its clipboard programs (wl-copy, xclip, xsel, termux-clipboard-set, ...)
// in $PATH in the package's init, so every start of fineprint paid about 60 failed stat
// calls and 0.5 ms, for a clipboard that only bubbles' textinput reads, when a user pastes
// with ctrl+v. Here the search runs on the first ReadAll or WriteAll, and its result is the
// same; Unsupported is set then, not at start (no package in fineprint's build reads it).
package clipboard

// ReadAll read string from clipboard
func ReadAll() (string, error) {
	return readAll()
}

// WriteAll write string to clipboard
func WriteAll(text string) error {
	return writeAll(text)
}

// Unsupported might be set true during clipboard init, to help callers decide
// whether or not to offer clipboard options. (In this copy: by the first ReadAll or WriteAll.)
var Unsupported bool
