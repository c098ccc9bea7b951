package changes

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Version is one line of `fineprint history`.
type Version struct {
	Commit  string
	Date    time.Time
	Author  string
	Subject string
	Summary string // what changed in it against the version before, "" when not computed
}

// The JSON shape of WriteHistoryJSON, documented in README.md ("fineprint history").
type (
	jsonHistory struct {
		File     string         `json:"file"`
		Versions []jsonVersion2 `json:"versions"`
	}
	jsonVersion2 struct {
		Commit  string `json:"commit"`
		Date    string `json:"date"`
		Author  string `json:"author"`
		Subject string `json:"subject"`
		Summary string `json:"summary"`
	}
)

// WriteHistoryJSON writes the versions of file, newest first.
func WriteHistoryJSON(w io.Writer, file string, vs []Version) error {
	doc := jsonHistory{File: clean(file), Versions: make([]jsonVersion2, 0, len(vs))}
	for _, v := range vs {
		doc.Versions = append(doc.Versions, jsonVersion2{Commit: v.Commit, Date: v.Date.Format(time.RFC3339),
			Author: clean(v.Author), Subject: clean(v.Subject), Summary: clean(v.Summary)})
	}
	return writeJSON(w, doc)
}

func short(c string) string { return c[:min(12, len(c))] }

// WriteHistoryText writes one line per version: date, commit, summary (or subject).
func WriteHistoryText(w io.Writer, file string, vs []Version) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	noun := "versions"
	if len(vs) == 1 {
		noun = "version"
	}
	fmt.Fprintf(tw, "%d %s of %s\n", len(vs), noun, clean(file))
	fmt.Fprintln(tw, "DATE\tCOMMIT\tWHAT CHANGED")
	for _, v := range vs {
		s := v.Summary
		if s == "" {
			s = v.Subject
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", v.Date.Format("2006-01-02"), short(v.Commit), strings.ReplaceAll(clean(s), "\t", " "))
	}
	return tw.Flush()
}

// WriteHistoryMarkdown writes the versions as a markdown table.
func WriteHistoryMarkdown(w io.Writer, file string, vs []Version) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# History of %s\n\n| Date | Commit | What changed | Commit message |\n|---|---|---|---|\n", md(file))
	for _, v := range vs {
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s |\n", v.Date.Format("2006-01-02"), short(v.Commit), cell(v.Summary), cell(v.Subject))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
