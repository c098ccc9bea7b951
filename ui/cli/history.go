package cli

import (
	"context"
	"io"
	"os"
	"runtime"

	"github.com/charmbracelet/x/term"

	"fineprint/model"
	"fineprint/model/diff"
	"fineprint/policies"
	"fineprint/ui"
	"fineprint/ui/changes"
)

// Diff prints what changed from old to new as `fineprint diff` does: JSON, markdown, or text
// with the edits coloured on a colour terminal and [-bracketed-] otherwise.
func Diff(w io.Writer, old, new *model.Policy, asJSON, asMarkdown bool) error {
	if asJSON && asMarkdown {
		return Usagef("choose one of --json, --markdown")
	}
	r := diff.Compare(old, new)
	switch {
	case asJSON:
		return changes.WriteJSON(w, r)
	case asMarkdown:
		return changes.WriteMarkdown(w, r)
	}
	m := changes.PlainMarker
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" {
		m = changes.ColorMarker
	}
	return changes.WriteText(w, r, m)
}

// HistoryOptions are the flags of `fineprint history`.
type HistoryOptions struct {
	JSON, Markdown bool
	NoSummaries    bool // list the versions without comparing each with the one before
}

// History prints the committed versions of the policy file at path, newest first, as
// `fineprint history` does: each with what it changed (computed on every core, with a progress
// line on errw) unless o.NoSummaries.
func History(ctx context.Context, w, errw io.Writer, path string, o HistoryOptions) error {
	if o.JSON && o.Markdown {
		return Usagef("choose one of --json, --markdown")
	}
	r, err := policies.OpenRepo(ctx, path)
	if err != nil {
		return err
	}
	defer r.Close()
	vs, err := r.History(ctx)
	if err != nil {
		return err
	}
	rows := make([]changes.Version, len(vs))
	for i, v := range vs {
		rows[i] = changes.Version{Commit: v.Commit, Date: v.Date, Author: v.Author, Subject: v.Subject}
	}
	if !o.NoSummaries {
		out := make(chan policies.Summary)
		go r.Summarize(ctx, vs, runtime.GOMAXPROCS(0), out)
		progress, clear := ProgressLine(errw, "comparing versions")
		done := 0
		for s := range out {
			rows[s.Index].Summary = s.Text
			done++
			progress(done, len(vs))
		}
		clear()
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	switch {
	case o.JSON:
		return changes.WriteHistoryJSON(w, path, rows)
	case o.Markdown:
		return changes.WriteHistoryMarkdown(w, path, rows)
	}
	return changes.WriteHistoryText(w, path, rows)
}

// gitHistory is a file's git history for the TUI's history screen.
type gitHistory struct {
	r  *policies.Repo
	vs []policies.Version // set by Versions, read by the calls that follow its reply
}

// OpenHistory opens the git history of the policy file at path for the TUI's history screen
// (ui.Options.History).
func OpenHistory(path string) (ui.HistorySource, error) {
	r, err := policies.OpenRepo(context.Background(), path)
	if err != nil {
		return nil, err
	}
	return &gitHistory{r: r}, nil
}

func (g *gitHistory) Name() string { return g.r.Path }

func (g *gitHistory) Versions(ctx context.Context) ([]ui.HistoryVersion, error) {
	vs, err := g.r.History(ctx)
	if err != nil {
		return nil, err
	}
	g.vs = vs
	out := make([]ui.HistoryVersion, len(vs))
	for i, v := range vs {
		out[i] = ui.HistoryVersion{Commit: v.Commit, Date: v.Date, Subject: v.Subject}
	}
	return out, nil
}

func (g *gitHistory) Load(i int) (*model.Policy, error) { return g.r.Load(g.vs[i]) }

// Summarize leaves one core to the interface: the list must stay responsive.
func (g *gitHistory) Summarize(ctx context.Context, out chan<- ui.HistorySummary) {
	defer close(out)
	ch := make(chan policies.Summary)
	go g.r.Summarize(ctx, g.vs, max(1, runtime.GOMAXPROCS(0)-1), ch)
	for s := range ch {
		select {
		case out <- ui.HistorySummary{Index: s.Index, Text: s.Text}:
		case <-ctx.Done():
		}
	}
}
