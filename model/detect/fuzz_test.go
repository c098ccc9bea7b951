package detect

import (
	"os"
	"path/filepath"
	"testing"

	"fineprint/model"
)

// FuzzAnalyze parses and analyses arbitrary bytes: Analyze must not panic, and every finding's
// evidence must point inside its clause with the quote at its rune offsets.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*"))
	for _, fn := range files {
		if data, err := os.ReadFile(fn); err == nil && len(data) < 8<<10 {
			f.Add(data)
		}
	}
	for _, lx := range lexicons {
		for _, e := range lx.rules {
			f.Add([]byte("# Rights\n\n" + e.Catch + "\n\n- " + e.Miss + "\n"))
		}
	}
	f.Add([]byte("我们不会出售您的个人信息，除非。We do not sell… except\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := model.Parse("fuzz.md", data)
		if err != nil {
			return
		}
		checkEvidence(t, p, Analyze(p))
	})
}
