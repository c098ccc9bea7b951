package model

import "strings"

// frontMatter is what YAML front matter ("---" lines around "key: value" lines at the very top
// of a markdown file, as Jekyll and Hugo sites write them) says about the document.
type frontMatter struct {
	title   string // "title:"
	date    string // "date:", as ISO 8601
	lastmod string // "lastmod:", "last_modified:", "updated:" or "modified:", as ISO 8601
}

// frontMatterLastmod are the keys read as the date of the last change.
var frontMatterLastmod = map[string]bool{"lastmod": true, "last_modified": true, "last_modified_at": true,
	"updated": true, "modified": true, "last_updated": true}

// readFrontMatter returns the metadata of data's front matter, zero when it has none. Only
// top-level scalar values are read; anything YAML can say beyond that is ignored.
func readFrontMatter(data []byte) frontMatter {
	var fm frontMatter
	s := strings.TrimPrefix(string(data[:min(len(data), 16<<10)]), bom)
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return fm
	}
	lines := strings.Split(s, "\n")
	closed := false
	for _, line := range lines[1:] {
		line = strings.TrimRight(line, "\r \t")
		if line == "---" || line == "..." {
			closed = true
			break
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok || key == "" || key[0] == ' ' || key[0] == '\t' || key[0] == '#' {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		switch {
		case key == "title":
			fm.title = collapseSpaces(Sanitize(value))
		case key == "date":
			fm.date = frontMatterDate(value)
		case frontMatterLastmod[key]:
			fm.lastmod = frontMatterDate(value)
		}
	}
	if !closed {
		return frontMatter{}
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

// applyFrontMatter lets the front matter of data speak where the text does not: its title is
// the policy's title when the text has no title line of its own (a site's page title, which
// the page itself does not repeat), and its last-modified date, or failing that its date, is the
// policy's date when the text states none.
func applyFrontMatter(p *Policy, data []byte) {
	fm := readFrontMatter(data)
	if fm.title != "" && !ownTitle(p) {
		p.Title = fm.title
	}
	if p.Date == "" {
		p.Date = fm.lastmod
		if p.Date == "" {
			p.Date = fm.date
		}
	}
}

// ownTitle reports whether the policy's first part opens with a title line that inferTitle
// takes as the title.
func ownTitle(p *Policy) bool {
	return len(p.Parts) > 0 && p.Parts[0].Title != "" && !notTitle(p.Parts[0].Title)
}
