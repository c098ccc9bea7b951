package cli

import (
	"context"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/policies"
	"fineprint/ui"
)

// Format is an output format of `fineprint compare`.
type Format uint8

// The formats of `fineprint compare`.
const (
	FormatText Format = iota
	FormatJSON
	FormatMarkdown
	FormatCSV
	FormatJSONLines // one compact JSON object per policy and line
)

// PickFormat returns the format the flags of `fineprint compare` choose: on[f] is set when
// format f's flag was given (on[FormatText] is ignored). None gives FormatText; several are a
// UsageError.
func PickFormat(on []bool) (Format, error) {
	format, n := FormatText, 0
	for f, set := range on {
		if set && Format(f) != FormatText {
			format, n = Format(f), n+1
		}
	}
	if n > 1 {
		return FormatText, Usagef("choose one of --json, --jsonl, --markdown, --csv")
	}
	return format, nil
}

// WriteCompare analyses ps on every core and prints the compare matrix in format f. JSON and
// JSON lines are written one policy at a time as the reports arrive, in the order of ps, so
// memory holds a few reports rather than every one; the matrices (text, markdown, CSV) need
// every report first. Markdown is the compare screen's own export (ui.MatrixMarkdown), so the
// two never differ; JSON, text and CSV are this package's (matrix.go).
//
// StreamCompare is the same JSON, written while the policies load.
func WriteCompare(ctx context.Context, w io.Writer, ps []*model.Policy, f Format) error {
	if f == FormatJSON || f == FormatJSONLines {
		jw := newJSONWriter(w, f == FormatJSONLines)
		if err := AnalyzeInOrder(ctx, ps, func(_ int, r *detect.Report) error { return jw.Write(r) }); err != nil {
			return err
		}
		return jw.Close()
	}
	reports := Analyze(ps)
	if err := ctx.Err(); err != nil {
		return err
	}
	switch f {
	case FormatMarkdown:
		_, err := w.Write(ui.MatrixMarkdown(reports))
		return err
	case FormatCSV:
		return writeMatrixCSV(w, reports)
	}
	return writeMatrixText(w, reports)
}

// Analyze runs the detector over ps on every core; reports[i] is ps[i]'s.
func Analyze(ps []*model.Policy) []*detect.Report {
	reports := make([]*detect.Report, len(ps))
	_ = AnalyzeInOrder(context.Background(), ps, func(i int, r *detect.Report) error {
		reports[i] = r
		return nil
	})
	return reports
}

// AnalyzeInOrder runs the detector over ps on every core and calls emit with each report in
// the order of ps, as soon as it and every one before it are done; see AnalyzeEach.
func AnalyzeInOrder(ctx context.Context, ps []*model.Policy, emit func(i int, r *detect.Report) error) error {
	i := 0
	return AnalyzeEach(ctx, slices.Values(ps), func(r *detect.Report) error {
		i++
		return emit(i-1, r)
	})
}

// AnalyzeEach runs the detector over the policies ps yields, on every core, and calls emit
// with each report in the order ps yields them, as soon as it and every one before it are
// done. emit runs on the caller's goroutine, one call at a time; ps runs on a goroutine of its
// own. At most twice as many reports as cores are computed ahead of emit, and ps is not asked
// for more meanwhile, so a slow writer holds memory for a few policies and reports, not for the
// corpus. The first error of emit, or ctx's, stops the work and is returned.
func AnalyzeEach(ctx context.Context, ps iter.Seq[*model.Policy], emit func(r *detect.Report) error) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		p   *model.Policy
		out chan *detect.Report
	}
	pending := make(chan chan *detect.Report, 2*workers) // the reports awaited, in order
	jobs := make(chan job)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out <- detect.Analyze(j.p)
			}
		})
	}
	wg.Go(func() {
		defer close(pending)
		defer close(jobs)
		for p := range ps {
			out := make(chan *detect.Report, 1)
			select {
			case pending <- out:
			case <-stop:
				return
			}
			select {
			case jobs <- job{p, out}:
			case <-stop:
				return
			}
		}
	})
	defer wg.Wait()
	defer close(stop)
	for out := range pending {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r *detect.Report
		select {
		case r = <-out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// streamGCPercent is the garbage collector's target while StreamCompare runs, unless the user
// chose GOGC. Streaming keeps a small heap (a few policies), and at Go's default of 100 the
// collector runs after every few megabytes: 400 costs about 10% less CPU for 1,000 policies,
// with a peak of about 55 MB instead of 30 (the whole corpus held took 130).
const streamGCPercent = 400

// StreamCompare loads the policies src names and prints the compare matrix as JSON or JSON
// lines (f), one policy at a time: each is analysed as it loads, written, and dropped, so
// memory holds a few policies and reports, not the corpus. Loading reports and fails as Load
// does; a name that is not a bundled policy fails before anything is written.
func StreamCompare(ctx context.Context, w, errw io.Writer, src policies.Sources, f Format) error {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(streamGCPercent))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jw := newJSONWriter(w, f == FormatJSONLines)
	var loadErr error
	err := AnalyzeEach(ctx, func(yield func(*model.Policy) bool) {
		loadErr = LoadEach(ctx, w, errw, src, func(p *model.Policy) error {
			if !yield(p) {
				return context.Canceled
			}
			return nil
		})
	}, jw.Write)
	if err != nil {
		cancel()
		return err
	}
	if loadErr != nil {
		return loadErr
	}
	return jw.Close()
}
