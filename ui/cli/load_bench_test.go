package cli

import (
	"bytes"
	"context"
	"io"
	"testing"

	"fineprint/policies"
	"fineprint/policies/policytest"
)

// BenchmarkLoadAnalyze1000 is issue 7's target: 1,000 policies of 30 KB each loaded from disk,
// parsed and analysed (detect.Analyze), all on a pool of GOMAXPROCS workers; target under 5 s
// and 500 MB on the 2-core machine (policytest.BenchCorpus reports CPU time and memory too;
// live-MB holds every policy and report; on an idle 2-core machine wall time is about
// cpu-s/op / 2).
func BenchmarkLoadAnalyze1000(b *testing.B) {
	policytest.BenchCorpus(b, 1000, 30<<10, func(dir string) any {
		ps, errs := policies.Load(context.Background(), []string{dir}, policies.LoadOptions{}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		return Analyze(ps)
	})
}

// BenchmarkCompareJSON1000 is issue 16's target for `fineprint compare --json` on 1,000
// policies of 30 KB: loaded, analysed on every core and written as JSON one policy at a time;
// target under 5 s and 400 MB. sys-MB bounds the peak: only the policies are held, a few
// reports and one policy's JSON at a time.
func BenchmarkCompareJSON1000(b *testing.B) {
	policytest.BenchCorpus(b, 1000, 30<<10, func(dir string) any {
		ps, errs := policies.Load(context.Background(), []string{dir}, policies.LoadOptions{}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		if err := WriteCompare(context.Background(), io.Discard, ps, FormatJSON); err != nil {
			b.Fatal(err)
		}
		return ps
	})
}

// BenchmarkStreamCompareJSON1000 is `fineprint compare --json` as the command runs it on 1,000
// policies of 30 KB: each policy loaded, analysed and written, then dropped (StreamCompare), so
// that sys-MB, the bound of the peak, holds a few policies rather than the corpus.
func BenchmarkStreamCompareJSON1000(b *testing.B) {
	policytest.BenchCorpus(b, 1000, 30<<10, func(dir string) any {
		var errw bytes.Buffer
		if err := StreamCompare(context.Background(), io.Discard, &errw, policies.Sources{Args: []string{dir}}, FormatJSON); err != nil || errw.Len() > 0 {
			b.Fatalf("%v %s", err, errw.String())
		}
		return nil
	})
}
