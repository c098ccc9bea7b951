package cli

import (
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
)

// WriteCompare prints the compare matrix of reports in format f. Markdown is the compare
// screen's own export (ui.MatrixMarkdown), so the two never differ; text, JSON and CSV are the
// detector's writers until they move here.
func WriteCompare(w io.Writer, reports []*detect.Report, f Format) error {
	switch f {
	case FormatJSON:
		return detect.WriteJSON(w, reports)
	case FormatMarkdown:
		_, err := w.Write(ui.MatrixMarkdown(reports))
		return err
	case FormatCSV:
		return detect.WriteCSV(w, reports)
	}
	return detect.WriteText(w, reports)
}

// Analyze runs the detector over ps on every core; reports[i] is ps[i]'s.
func Analyze(ps []*model.Policy) []*detect.Report {
	reports := make([]*detect.Report, len(ps))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				reports[i] = detect.Analyze(ps[i])
			}
		})
	}
	for i := range ps {
		next <- i
	}
	close(next)
	wg.Wait()
	return reports
}
