package cli

import (
	"context"
	"io"
	"runtime"
	"sync"

	"fineprint/model"

	"fineprint/model/detect"
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
// the order of ps, as soon as it and every one before it are done. emit runs on the caller's
// goroutine, one call at a time; at most twice as many reports as cores are computed ahead of
// it, so a slow writer holds memory for a few reports, not for the corpus. The first error of
// emit, or ctx's, stops the work and is returned.
func AnalyzeInOrder(ctx context.Context, ps []*model.Policy, emit func(i int, r *detect.Report) error) error {
	workers := runtime.GOMAXPROCS(0)
	window := make(chan struct{}, 2*workers) // a slot per report computed and not yet emitted
	done := make([]chan *detect.Report, len(ps))
	for i := range done {
		done[i] = make(chan *detect.Report, 1)
	}
	next := make(chan int)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				done[i] <- detect.Analyze(ps[i])
			}
		})
	}
	go func() {
		defer close(next)
		for i := range ps {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(stop)
	for i := range ps {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r *detect.Report
		select {
		case r = <-done[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		done[i] = nil
		<-window
		if err := emit(i, r); err != nil {
			return err
		}
	}
	return nil
}
