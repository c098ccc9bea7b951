package cli

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

// TestAnalyzeInOrder checks that reports come in the order of the policies, each the one of
// its policy, and that an error from emit or a cancelled context stops the work and is
// returned.
func TestAnalyzeInOrder(t *testing.T) {
	t.Parallel()
	var ps []*model.Policy
	for i := range 40 {
		p, err := model.Parse(fmt.Sprintf("p%d.md", i), []byte(fmt.Sprintf("# Policy %d\n\nYou can delete your data.\n", i)))
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	var got []int
	err := AnalyzeInOrder(context.Background(), ps, func(i int, r *detect.Report) error {
		if r.Policy != ps[i] {
			t.Errorf("report %d is for %s", i, r.Policy.Source)
		}
		got = append(got, i)
		return nil
	})
	if err != nil || len(got) != len(ps) {
		t.Fatalf("err %v, %d reports, want %d", err, len(got), len(ps))
	}
	for i, g := range got {
		if g != i {
			t.Fatalf("order %v, want the policies' order", got)
		}
	}

	stop := errors.New("stop")
	n := 0
	err = AnalyzeInOrder(context.Background(), ps, func(int, *detect.Report) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("after an emit error: err %v, %d calls; want stop after 3", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = AnalyzeInOrder(ctx, ps, func(int, *detect.Report) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v, want context.Canceled", err)
	}
}
