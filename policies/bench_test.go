package policies

import (
	"context"
	"testing"

	"fineprint/policies/policytest"
)

// BenchmarkLoad1000 loads and parses 1,000 synthetic policies of 30 KB each from disk, as
// `fineprint ~/policies` would (see policytest.BenchCorpus for the figures it reports).
func BenchmarkLoad1000(b *testing.B) {
	policytest.BenchCorpus(b, 1000, 30<<10, func(dir string) any {
		ps, errs := Load(context.Background(), []string{dir}, LoadOptions{}, nil)
		if len(ps) != 1000 || len(errs) != 0 {
			b.Fatalf("loaded %d, errors %v", len(ps), errs)
		}
		return ps
	})
}
