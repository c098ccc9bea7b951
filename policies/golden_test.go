package policies

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fineprint/model"

	xgolden "github.com/charmbracelet/x/exp/golden"
)

// tocText renders what a careful reader checks in a parsed policy: the inferred metadata, the
// language parts and the section tree with numbers, levels, anchors, languages and clause counts.
func tocText(p *model.Policy) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title:   %s\ncompany: %s\ndate:    %s\nlangs:   %v\nwords:   %d\nclauses: %d\n", p.Title, p.Company, p.Date, p.Langs, p.Words, len(p.Clauses))
	for i, pt := range p.Parts {
		fmt.Fprintf(&b, "part %d: lang=%s title=%q sections=[%d,%d) clauses=[%d,%d)\n", i, pt.Lang, pt.Title, pt.FirstSection, pt.EndSection, pt.FirstClause, pt.EndClause)
	}
	b.WriteString("\n")
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "%s%s  #%s  (level %d, %s, line %d, %d clauses)\n", strings.Repeat("    ", int(s.Level)-1), s.Heading(), s.Anchor, s.Level, s.Lang, s.Line, s.EndClause-s.FirstClause)
	}
	return b.String()
}

// goldenFile names a golden file for golden.RequireEqual, which reads and writes
// testdata/<Name()>.golden: here testdata/golden/<name>.golden, one file per document and view.
type goldenFile struct {
	testing.TB
	name string
}

// Name is the file's path under testdata, without ".golden".
func (g goldenFile) Name() string { return g.name }

// golden compares got with testdata/golden/<name>.golden, failing with a diff; go test
// ./policies -run Golden -update (the -update flag of x/exp/golden) rewrites it from the
// parser's current output.
func golden(t *testing.T, name, got string) {
	t.Helper()
	xgolden.RequireEqual(goldenFile{t, "golden/" + name}, got)
}

// parseSeed parses a bundled document as the parser sees it, without the manifest's metadata.
func parseSeed(t *testing.T, e Entry) *model.Policy {
	t.Helper()
	data, err := Seed(e.File)
	if err != nil {
		t.Fatal(err)
	}
	p, err := model.Parse("bundled:"+e.File, data)
	if err != nil {
		t.Fatalf("parse %s: %v", e.File, err)
	}
	return p
}

func TestGoldenSeeds(t *testing.T) {
	t.Parallel()
	for _, e := range Manifest() {
		t.Run(e.ID, func(t *testing.T) {
			p := parseSeed(t, e)
			golden(t, e.ID+".md", p.Markdown())
			golden(t, e.ID+".toc.txt", tocText(p))
		})
	}
}

// TestGoldenInferenceMatchesManifest checks that the parser, from the text alone, finds the
// metadata the manifest gives for the bundled policies. The manifest may say more than the
// text (a company's trading name in brackets), so a company must be the manifest's or its
// start; titles compare without case ("PRIVACY" is the manifest's "Privacy").
func TestGoldenInferenceMatchesManifest(t *testing.T) {
	t.Parallel()
	for _, e := range Manifest() {
		t.Run(e.ID, func(t *testing.T) {
			p := parseSeed(t, e)
			if !strings.EqualFold(p.Title, e.Title) {
				t.Errorf("title %q, manifest %q", p.Title, e.Title)
			}
			if (p.Company == "") != (e.Company == "") || !strings.HasPrefix(e.Company, p.Company) {
				t.Errorf("company %q, manifest %q", p.Company, e.Company)
			}
			if p.Date != e.Date {
				t.Errorf("date %q, manifest %q", p.Date, e.Date)
			}
			if !slices.Equal(p.Langs, e.Langs) {
				t.Errorf("langs %v, manifest %v", p.Langs, e.Langs)
			}
		})
	}
}

// TestGoldenTOCs states the tables of contents a careful reader makes of the bundled policies,
// independently of the golden files.
func TestGoldenTOCs(t *testing.T) {
	t.Parallel()
	want := map[string]string{
		"api7":        "1 2 2.1 2.2 2.3 3 4 5 6 7 9 10 11 12",
		"7ding":       "1 2 3 4 5 6 7 8 9 10 11 12",
		"api-service": "1 1.1 1.2 2 3 3.1 3.2 4 5 6",
		"airobotics":  "1 2 3 4 5 6 7 8 9 10",
		"aiwellflow": "一 1.1 1.2 1.3 1.4 1.5 二 三 3.1 3.2 四 4.1 4.2 4.3 4.4 五 六 6.1 6.2 6.3 七 八 九 | " +
			"1 1.1 1.2 1.3 1.4 1.5 2 3 3.1 3.2 4 4.1 4.2 4.3 4.4 5 6 6.1 6.2 6.3 7 8 9",
	}
	for _, e := range Manifest() {
		t.Run(e.ID, func(t *testing.T) {
			p := parseSeed(t, e)
			var nums []string
			for i, s := range p.Sections {
				if i > 0 && s.Part != p.Sections[i-1].Part {
					nums = append(nums, "|")
				}
				nums = append(nums, s.Number)
				wantLevel := strings.Count(s.Number, ".") + 1
				if int(s.Level) != wantLevel {
					t.Errorf("section %s level %d, want %d", s.Number, s.Level, wantLevel)
				}
			}
			if got := strings.Join(nums, " "); got != want[e.ID] {
				t.Errorf("sections\n got: %s\nwant: %s", got, want[e.ID])
			}
		})
	}
}
