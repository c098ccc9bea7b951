package policies

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Config is the user's configuration file, read from ConfigPath. Its format is one setting per
// line, "key = value"; blank lines and lines starting with # are ignored. The keys are
//
//	folder = PATH
//	reader-width = N
//
// folder names a file or folder to load on every run, next to the bundled policies and the
// paths on the command line (repeat the line for several). A leading ~/ is the home directory; a
// relative PATH is relative to the folder holding the config file. reader-width is the widest
// the reader's text column grows, in terminal cells (0: the full width of the terminal); the
// --reader-width flag overrides it.
type Config struct {
	Path    string   // the file this was read from; "" when there is none
	Folders []string // absolute (or home-expanded) paths to load on every run
	// ReaderWidth is the reader's text width in cells (0: full width); nil when not set.
	ReaderWidth *int
}

// ConfigPath returns where fineprint's config file lives: <user config dir>/fineprint/config,
// e.g. ~/.config/fineprint/config on Linux (honouring $XDG_CONFIG_HOME).
func ConfigPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("locate config directory: %w", err)
	}
	return filepath.Join(dir, "fineprint", "config"), nil
}

// maxConfigBytes bounds the config file; it holds a few lines.
const maxConfigBytes = 1 << 20

// ReadConfig reads the config file at path. A missing file is not an error: it gives an empty
// Config. A malformed line does not stop the others: the Config holds every good line, and the
// error names each bad one with the file, the line number and the reason (one per line).
func ReadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, err)
	}
	if len(data) > maxConfigBytes {
		return Config{}, fmt.Errorf("read config %s: %w (%d bytes)", path, ErrTooLarge, len(data))
	}
	cfg := Config{Path: path}
	var bad []error
	base := filepath.Dir(path)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxConfigBytes)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, value, ok := strings.Cut(text, "=")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch {
		case !ok || value == "":
			bad = append(bad, fmt.Errorf("config %s:%d: want \"key = value\", got %q (line skipped)", path, line, text))
		case key == "folder":
			cfg.Folders = append(cfg.Folders, expandPath(value, base))
		case key == "reader-width":
			n, err := strconv.Atoi(value)
			if err != nil || n < 0 {
				bad = append(bad, fmt.Errorf("config %s:%d: reader-width wants a number of cells, 0 or more, got %q (line skipped)", path, line, value))
				continue
			}
			cfg.ReaderWidth = &n
		default:
			bad = append(bad, fmt.Errorf("config %s:%d: unknown key %q, known: folder, reader-width (line skipped)", path, line, key))
		}
	}
	if err := sc.Err(); err != nil {
		bad = append(bad, fmt.Errorf("read config %s: %w", path, err))
	}
	return cfg, errors.Join(bad...)
}

// expandPath resolves ~/ against the home directory and a relative path against base.
func expandPath(p, base string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[1:])
		}
	}
	if !filepath.IsAbs(p) {
		return filepath.Join(base, p)
	}
	return p
}
