package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexEval scores the detector on one dataset of ../shared/eval/dev-intl
// (FINEPRINT_LEX_DATASET, e.g. silver-de) through symbolic links in a temporary folder, and
// logs its misses; skipped when unset or when the data is absent.
func TestLexEval(t *testing.T) {
	t.Parallel()
	ds := os.Getenv("FINEPRINT_LEX_DATASET")
	if ds == "" {
		t.Skip("FINEPRINT_LEX_DATASET not set")
	}
	src, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared", "eval", "dev-intl"))
	files, _ := filepath.Glob(filepath.Join(src, ds+"-*"))
	if len(files) == 0 {
		t.Skipf("no %s data in %s", ds, src)
	}
	dir := t.TempDir()
	for _, f := range files {
		if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	res := runEval(t, dir)
	var b strings.Builder
	for _, g := range []Group{GroupRights, GroupData, GroupPractices} {
		fmt.Fprintf(&b, "%s %.3f\n", g, res.micro(g, false))
	}
	t.Log("\n" + b.String())
	t.Logf("denied as declared: %v", res.deniedAsDeclare)
	for _, e := range res.errs {
		t.Log(e)
	}
}
