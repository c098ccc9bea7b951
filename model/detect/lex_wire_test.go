package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Until the engine picks a lexicon by a part's language, the tests run the German, Spanish
// and Italian lexicons alongside the built-in vocabulary.
func init() {
	vocab = append(vocab, lexEntries(lexDE)...)
	vocab = append(vocab, lexEntries(lexES)...)
	vocab = append(vocab, lexEntries(lexIT)...)
}

// TestLexEval scores the detector on one dataset of ../shared/eval/dev-intl (FINEPRINT_LEX_DATASET,
// e.g. silver-de), through symbolic links in a temporary folder; skipped when the data is absent.
func TestLexEval(t *testing.T) {
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
	t.Setenv("FINEPRINT_EVAL_DIR", dir)
	res := runEval(t, dir)
	var b strings.Builder
	for _, g := range []Group{GroupRights, GroupData, GroupPractices} {
		b.WriteString(g.String() + " ")
		b.WriteString(fmt.Sprintf("%.3f", res.micro(g, false)) + "\n")
	}
	t.Log("\n" + b.String())
	t.Logf("denied as declared: %v", res.deniedAsDeclare)
	for _, e := range res.errs {
		t.Log(e)
	}
}
