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
		case "lastmod", "last_modified", "last_modified_at", "updated", "last_updated", "modified":
			fm.LastMod = val
		}
	}
	return fm
}

// frontMatterDate reads a front matter date: "2023-08-23", "2023-08-23T10:00:00+02:00",
// "2023-08-23 10:00:00". It returns "" for anything else.
func frontMatterDate(v string) string {
	if len(v) > 10 && (v[10] == 'T' || v[10] == ' ') {
		v = v[:10]
	}
	iso, at, end := findDateAt(v)
	if at != 0 || end != len(v) {
		return ""
	}
	return iso
}

// applyFrontMatter lets the document's front matter speak where the text does not: its title is
// the policy's title when the text has no title line of its own (a site's page title, which
// the page itself does not repeat), and its last-modified date, or failing that its date, is the
// policy's date when the text states none.
func applyFrontMatter(p *Policy, fm frontMatter) {
	if title := collapseSpaces(Sanitize(fm.Title)); title != "" && !ownTitle(p) {
		p.Title = title
	}
	if p.Date == "" {
		p.Date = frontMatterDate(fm.LastMod)
		if p.Date == "" {
			p.Date = frontMatterDate(fm.Date)
		}
	}
}

// ownTitle reports whether the policy's first part opens with a title line that inferTitle
// takes as the title.
func ownTitle(p *Policy) bool {
	return len(p.Parts) > 0 && p.Parts[0].Title != "" && !notTitle(p.Parts[0].Title)
}
