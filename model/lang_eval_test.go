package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// evalDoc is a document of the eval folders with the language it is written in.
type evalDoc struct {
	name string
	lang Lang
	text string
}

var htmlTagRE = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

// evalDocs reads the documents of ../shared/eval's dev-intl, dev and structure folders and
// the seeds, labelled by language (from the labels file, or the file name's language code), or
// skips the test when the folders are absent. HTML is reduced to its text crudely.
func evalDocs(t testing.TB) []evalDoc {
	root := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(root, "eval")); err != nil {
		t.Skip("no ../shared/eval")
	}
	var docs []evalDoc
	for _, dir := range []string{"eval/dev-intl", "eval/dev", "eval/structure", "seeds"} {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*"))
		for _, f := range files {
			ext := filepath.Ext(f)
			if (ext != ".md" && ext != ".html" && ext != ".txt") || filepath.Base(f) == "README.md" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if ext == ".html" {
				text = htmlTagRE.ReplaceAllString(text, "\n")
			}
			docs = append(docs, evalDoc{filepath.Base(f), evalLang(f, text), text})
		}
	}
	return docs
}

// evalLang returns the language a document of the eval folders is labelled with.
func evalLang(path, text string) Lang {
	if labels, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".labels.json"); err == nil {
		if m := regexp.MustCompile(`"lang":\s*"([^"]+)"`).FindSubmatch(labels); m != nil {
			l, _ := ParseLang(string(m[1]))
			return l
		}
	}
	name := filepath.Base(path)
	switch {
	case strings.HasPrefix(name, "ca4p"):
		return LangZH
	case strings.HasPrefix(name, "opp-"), strings.HasSuffix(name, ".txt") && !strings.Contains(text, "的"):
		return LangEN
	case strings.HasSuffix(name, ".txt"):
		return LangZH
	}
	for _, l := range Langs() {
		if strings.Contains(name, "-"+l.String()+"-") {
			return l
		}
	}
	return LangUnknown
}

// evalLines returns the lines of text of 20 to 200 runes without a link: short texts whose
// language is, nearly always, the document's.
func evalLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if n := len([]rune(line)); n >= 20 && n <= 200 && !strings.Contains(line, "http") {
			out = append(out, line)
		}
	}
	return out
}

// TestTextLangEval measures language identification on the eval documents: each document's
// parts (Parse, the first part's language), and textLang line by line. A line
// without a clue ("Privacy Policy", an e-mail address) has no language of its own (it takes its
// part's), so a line is right, unknown or wrong; wrong is what must stay rare. A line of an
// English document may be French when it quotes French, so the figures are floors.
func TestTextLangEval(t *testing.T) {
	t.Parallel()
	docs := evalDocs(t)
	long, short, shortOK, wrong := 0, 0, 0, 0
	for _, d := range docs {
		p, err := Parse(d.name, []byte(d.text))
		if err != nil {
			t.Errorf("%s: %v", d.name, err)
		} else if len(p.Langs) > 0 && p.Langs[0] == d.lang {
			long++
		} else {
			t.Errorf("%s: languages %v, want %v first", d.name, p.Langs, d.lang)
		}
		for _, line := range evalLines(d.text) {
			short++
			switch got, _ := textLang(line); got {
			case d.lang:
				shortOK++
			case LangUnknown:
			default:
				wrong++
			}
		}
	}
	t.Logf("whole documents %d/%d right; lines %d/%d right (%.3f), %d wrong (%.3f)", long, len(docs),
		shortOK, short, float64(shortOK)/float64(short), wrong, float64(wrong)/float64(short))
	if shortOK*100 < short*85 || wrong*100 > short*2 {
		t.Errorf("lines: %d of %d right, %d wrong; want at least 85%% right and at most 2%% wrong", shortOK, short, wrong)
	}
}
