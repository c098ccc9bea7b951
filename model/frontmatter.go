package model

import "strings"

// frontMatter holds what a markdown document's YAML front matter says about it, for the
// metadata (title, dates) read elsewhere: the values as written, quotes removed, "" when
// absent. Open Terms Archive and static-site documents carry "title:", "date:" and "lastmod:".
type frontMatter struct {
	Title   string // "title:"
	Date    string // "date:" (or "published:", "effective:")
	LastMod string // "lastmod:" (or "updated:", "last_modified:")
	end     int    // index of the first line after the front matter; 0 when there is none
}

// readFrontMatter reads the YAML front matter at the very top of lines ("---", "key: value"
// lines, "---" or "..."), keeping its flat title and date keys; nested values and lists are
// skipped. A document without front matter gives the zero value.
func readFrontMatter(lines []srcLine) frontMatter {
	end := frontMatterEnd(lines)
	fm := frontMatter{end: end}
	for i := 1; i+1 < end; i++ {
		l := lines[i]
		if l.indent > 0 {
			continue
		}
		key, val, ok := strings.Cut(l.text, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') && val[len(val)-1] == val[0] {
			val = val[1 : len(val)-1]
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			fm.Title = val
		case "date", "published", "effective", "effective_date":
			fm.Date = val
		case "lastmod", "last_modified", "updated", "last_updated", "modified":
			fm.LastMod = val
		}
	}
	return fm
}
