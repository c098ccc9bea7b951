package diff

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

// devDocs returns the dev documents (read at test time only) or skips when they are absent.
func devDocs(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "dev", "*.md"))
	if len(files) == 0 {
		t.Skip("no ../shared/eval/dev: generated version pairs skipped")
	}
	return files
}

// doc is a dev document split into lines, with its parsed policy.
type doc struct {
	name  string
	lines []string
	p     *model.Policy
}

func loadDoc(t *testing.T, path string) *doc {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := model.Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return &doc{name: filepath.Base(path), lines: strings.Split(string(data), "\n"), p: p}
}

// block returns the source lines [from, to) of section i: its heading and what stands under
// it up to the next heading.
func (d *doc) block(i int) (from, to int) {
	from = int(d.p.Sections[i].Line) - 1
	to = len(d.lines)
	if i+1 < len(d.p.Sections) {
		to = int(d.p.Sections[i+1].Line) - 1
	}
	return from, to
}

// candidates returns the sections an edit can target: a unique title and a unique body with at
// least one clause of some length, a leaf (no nested section under it), and only one of them
// in a language part.
func (d *doc) candidates() []int {
	us := units(d.p)
	titles, bodies := map[string]int{}, map[string]int{}
	for _, u := range us {
		titles[u.title]++
		bodies[u.body]++
	}
	var out []int
	for _, u := range us {
		i := u.index
		if i < 0 || titles[u.title] > 1 || bodies[u.body] > 1 || u.title == "" || len(u.keys) == 0 ||
			len([]rune(u.body)) < 40 || len(d.p.Parts) > 1 {
			continue
		}
		if i+1 < len(d.p.Sections) && int(d.p.Sections[i+1].Parent) == i {
			continue
		}
		out = append(out, i)
	}
	return out
}

func (d *doc) with(lines []string) *model.Policy {
	p, err := model.Parse(d.name, []byte(strings.Join(lines, "\n")))
	if err != nil {
		panic(err)
	}
	return p
}

// statuses returns the aligned sections' statuses by old section title (removed included) and
// new section title.
func find(secs []Section, title string, newSide bool) (Section, bool) {
	for _, s := range secs {
		sd := s.Old
		if newSide {
			sd = s.New
		}
		if sd.Present && sd.Index >= 0 && sd.Title == title {
			return s, true
		}
	}
	return Section{}, false
}

// onlyChange fails unless exactly one aligned section has a status other than Unchanged, with
// status want, and returns it.
func onlyChange(t *testing.T, a aligned, want Status) Section {
	t.Helper()
	secs := a.secs
	covers(t, a)
	var changed []Section
	for _, s := range secs {
		if s.Status != Unchanged {
			changed = append(changed, s)
		}
	}
	if len(changed) != 1 || changed[0].Status != want {
		var b strings.Builder
		for _, s := range changed {
			b.WriteString("\n  " + s.Status.String() + ": " + s.Old.Heading() + " | " + s.New.Heading())
		}
		t.Fatalf("want exactly one %s section, got %d changes:%s\nclauses:%s", want, len(changed), b.String(), a.dump())
	}
	return changed[0]
}

func TestGeneratedEdits(t *testing.T) {
	t.Parallel()
	files := devDocs(t)
	tested := 0
	for _, f := range files {
		d := loadDoc(t, f)
		cands := d.candidates()
		if len(cands) < 6 {
			continue
		}
		tested++
		t.Run(d.name, func(t *testing.T) {
			k := cands[len(cands)/2]
			title := d.p.Sections[k].Title
			from, to := d.block(k)

			t.Run("identical", func(t *testing.T) {
				secs, clauses := align(d.p, d.with(d.lines))
				onlyNone(t, secs, clauses)
			})
			t.Run("whitespace", func(t *testing.T) {
				lines := slices.Clone(d.lines)
				for i, l := range lines {
					if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "|") {
						lines[i] = strings.ReplaceAll(l, " ", "  ") + "  "
					}
				}
				secs, clauses := align(d.p, d.with(lines))
				onlyNone(t, secs, clauses)
			})
			t.Run("delete", func(t *testing.T) {
				lines := slices.Concat(d.lines[:from], d.lines[to:])
				np := d.with(lines)
				headingsAs(t, np, titles(d.p, k))
				s := onlyChange(t, mustAlign(d.p, np), Removed)
				if s.Old.Title != title {
					t.Errorf("removed %q, want %q", s.Old.Title, title)
				}
			})
			t.Run("insert", func(t *testing.T) {
				// The new heading copies the style of the heading before it, so the parser sees it.
				add := insertedSection(d.p.Langs)
				h := d.lines[from]
				if !strings.Contains(h, title) {
					t.Skip("heading line does not hold the title as parsed")
				}
				add[0] = strings.Replace(h, title, add[0], 1)
				lines := slices.Concat(d.lines[:to], []string{"", add[0], "", add[1], ""}, d.lines[to:])
				np := d.with(lines)
				headingsAs(t, np, titles(d.p, -1, insertedSection(d.p.Langs)[0]))
				s := onlyChange(t, mustAlign(d.p, np), Added)
				if !strings.Contains(add[0], s.New.Title) {
					t.Errorf("added %q, want %q", s.New.Title, add[0])
				}
			})
			t.Run("move", func(t *testing.T) {
				// Move the block of the first candidate after the last one: several sections lie between.
				m := cands[1] // not the first: a document's first lines are read as its title
				mf, mt := d.block(m)
				last := cands[len(cands)-1]
				_, lt := d.block(last)
				lines := slices.Concat(d.lines[:mf], d.lines[mt:lt], d.lines[mf:mt], d.lines[lt:])
				np := d.with(lines)
				headingsAs(t, np, titles(d.p, -1))
				s := onlyChange(t, mustAlign(d.p, np), Moved)
				if s.Old.Title != d.p.Sections[m].Title || s.TextChanged {
					t.Errorf("moved %q (text changed %v), want %q unchanged", s.Old.Title, s.TextChanged, d.p.Sections[m].Title)
				}
			})
			t.Run("rename", func(t *testing.T) {
				lines := slices.Clone(d.lines)
				h := lines[from]
				if !strings.Contains(h, title) {
					t.Skip("heading line does not hold the title as parsed")
				}
				lines[from] = strings.Replace(h, title, title+renameSuffix(d.p.Langs, title), 1)
				np := d.with(lines)
				headingsAs(t, np, titles(d.p, k, title+renameSuffix(d.p.Langs, title)))
				s := onlyChange(t, mustAlign(d.p, np), Renamed)
				if s.Old.Title != title || s.New.Title != title+renameSuffix(d.p.Langs, title) || s.TextChanged {
					t.Errorf("renamed %q -> %q (text changed %v)", s.Old.Title, s.New.Title, s.TextChanged)
				}
			})
			t.Run("reword", func(t *testing.T) {
				lines := slices.Clone(d.lines)
				c := int(d.p.Sections[k].FirstClause)
				line := d.p.Clauses[c].Line - 1
				nl, word, ok := reword(lines[line], d.p.Clauses[c].Text)
				if !ok {
					t.Skip("no word to change in the clause")
				}
				lines[line] = nl
				a := mustAlign(d.p, d.with(lines))
				clauses := a.clauses
				s := onlyChange(t, a, Changed)
				if s.Old.Title != title {
					t.Fatalf("changed %q, want %q", s.Old.Title, title)
				}
				if len(clauses) != 1 || clauses[0].Status != ClauseChanged || clauses[0].Old != c {
					t.Fatalf("clauses %+v, want clause %d changed", clauses, c)
				}
				if !slices.ContainsFunc(clauses[0].Edits, func(e Edit) bool { return e.Op == Insert && strings.Contains(e.Text, word) }) {
					t.Errorf("edits %+v do not insert %q", clauses[0].Edits, word)
				}
			})
			t.Run("declare", func(t *testing.T) {
				old := detect.Analyze(d.p)
				key, sentence, ok := newDeclaration(old, d.p.Langs)
				if !ok {
					t.Skip("every category the test sentences declare is already declared")
				}
				lines := slices.Concat(d.lines[:to], []string{"", sentence, ""}, d.lines[to:])
				r := CompareReports(old, detect.Analyze(d.with(lines)))
				s := onlyChange(t, aligned{r.Sections, r.Clauses, r.Old, r.New}, Changed)
				if s.New.Title != title {
					t.Errorf("changed %q, want %q", s.New.Title, title)
				}
				var gained []string
				for _, f := range r.Findings {
					if f.Kind == Gained && f.Key == key {
						if len(f.New.Evidence) == 0 {
							t.Errorf("%s gained without evidence", key)
						}
						continue
					}
					gained = append(gained, f.Key.String()+" "+f.Kind.String())
				}
				if !slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Key == key && f.Kind == Gained }) {
					t.Errorf("%s not gained; findings %v", key, gained)
				}
				if len(gained) > 0 {
					t.Errorf("other finding changes: %v", gained)
				}
				if !strings.Contains(r.Summary(), "now collects "+label(key)) {
					t.Errorf("summary %q does not say it now collects %s", r.Summary(), label(key))
				}
			})
		})
	}
	if tested < 20 {
		t.Errorf("only %d dev documents had enough sections to edit", tested)
	}
}

// aligned is the result of align, with the versions, for failure messages.
type aligned struct {
	secs     []Section
	clauses  []Clause
	old, new *model.Policy
}

// covers fails unless every section of either version stands exactly once on its side of the
// alignment, and every clause change points at a section.
func covers(t *testing.T, a aligned) {
	t.Helper()
	seenO, seenN := map[int]int{}, map[int]int{}
	for _, s := range a.secs {
		if s.Old.Present {
			seenO[s.Old.Index]++
		}
		if s.New.Present {
			seenN[s.New.Index]++
		}
	}
	for i := range a.old.Sections {
		if seenO[i] != 1 {
			t.Errorf("old section %d (%q) aligned %d times", i, a.old.Sections[i].Title, seenO[i])
		}
	}
	for i := range a.new.Sections {
		if seenN[i] != 1 {
			t.Errorf("new section %d (%q) aligned %d times", i, a.new.Sections[i].Title, seenN[i])
		}
	}
	for _, c := range a.clauses {
		if c.Section < 0 || c.Section >= len(a.secs) {
			t.Errorf("clause change in section %d of %d", c.Section, len(a.secs))
		}
	}
}

// headingsAs skips the test when the parser does not read the edited document's headings as
// the edit meant (want, as a multiset): a heading demoted to a paragraph by the parser's reading
// of the new document is the parser's business, not the diff's.
func headingsAs(t *testing.T, p *model.Policy, want []string) {
	t.Helper()
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.Title)
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Skip("the parser reads the edited document's headings differently")
	}
}

// titles returns p's section titles, without the section at skip (-1 for none) and with add.
func titles(p *model.Policy, skip int, add ...string) []string {
	var out []string
	for i, s := range p.Sections {
		if i != skip {
			out = append(out, s.Title)
		}
	}
	return append(out, add...)
}

func mustAlign(old, new *model.Policy) aligned {
	secs, clauses := align(old, new)
	return aligned{secs, clauses, old, new}
}

func (a aligned) dump() string {
	var b strings.Builder
	for _, c := range a.clauses {
		b.WriteString("\n  " + c.Status.String() + " in " + a.secs[c.Section].New.Heading() + ": ")
		for _, e := range c.Edits {
			switch e.Op {
			case Delete:
				b.WriteString("[-" + e.Text + "-]")
			case Insert:
				b.WriteString("{+" + e.Text + "+}")
			default:
				b.WriteString(e.Text)
			}
		}
	}
	return b.String()
}

// onlyNone fails when any section or clause is reported as changed.
func onlyNone(t *testing.T, secs []Section, clauses []Clause) {
	t.Helper()
	for _, s := range secs {
		if s.Status != Unchanged || s.TextChanged {
			t.Errorf("%s (text changed %v): %q | %q", s.Status, s.TextChanged, s.Old.Heading(), s.New.Heading())
		}
	}
	if len(clauses) > 0 {
		t.Errorf("%d clause changes, first %+v", len(clauses), clauses[0])
	}
}

func chinese(langs []model.Lang) bool { return len(langs) > 0 && langs[0] == model.LangZH }

// insertedSection is a made-up section: a heading line and a paragraph.
func insertedSection(langs []model.Lang) [2]string {
	if chinese(langs) {
		return [2]string{"第三方小程序的特别说明", "当您通过小程序访问时，小程序的开发者另行负责其处理活动，请阅读其规则。"}
	}
	return [2]string{"Notice for Holders of Loyalty Cards",
		"Holders of loyalty cards receive a yearly statement by post, which explains the points earned and the points spent."}
}

// renameSuffix is appended to a title to rename it, in the title's case (an upper-case heading
// stays one, so that the parser still reads it as a heading).
func renameSuffix(langs []model.Lang, title string) string {
	if chinese(langs) {
		return "说明"
	}
	if strings.ToUpper(title) == title {
		return " EXPLAINED"
	}
	return " Explained"
}

// reword changes one word of line that also stands in the clause text: a word of five letters
// or more becomes "quarterly", or a Han character becomes 甲. It returns the new line and the
// word inserted.
func reword(line, text string) (string, string, bool) {
	for _, tok := range tokens(line) {
		r := []rune(tok)
		switch {
		case len(r) == 1 && unspaced(r[0]) && strings.Contains(text, tok) && tok != "甲":
			return strings.Replace(line, tok, "甲", 1), "甲", true
		case len(r) >= 5 && wordRune(r[0]) && strings.Contains(text, tok) && strings.ToLower(tok) != "quarterly":
			return strings.Replace(line, tok, "quarterly", 1), "quarterly", true
		}
	}
	return "", "", false
}

// declarations are made-up sentences that each declare one data category.
var declarations = []struct {
	key    detect.Key
	en, zh string
}{
	{detect.DataBiometric, "We collect your fingerprint and face scans to verify your identity.", "我们会收集您的指纹和面部识别特征用于验证身份。"},
	{detect.DataLocation, "We collect your precise location from the GPS of your device.", "我们会收集您的精确位置信息。"},
	{detect.DataHealth, "We collect health information such as your medical conditions.", "我们会收集您的健康信息，例如病史。"},
}

// newDeclaration returns a sentence that declares a data category old does not mention.
func newDeclaration(old *detect.Report, langs []model.Lang) (detect.Key, string, bool) {
	for _, d := range declarations {
		if old.Finding(d.key).Status == detect.NotMentioned {
			if chinese(langs) {
				return d.key, d.zh, true
			}
			return d.key, d.en, true
		}
	}
	return 0, "", false
}
