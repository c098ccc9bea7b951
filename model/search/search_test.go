package search

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
)

// newPolicy builds a policy of one section whose clauses are texts.
func newPolicy(id, company string, lang model.Lang, texts ...string) *model.Policy {
	p := &model.Policy{ID: id, Company: company, Langs: []model.Lang{lang}}
	p.Sections = []model.Section{{Number: "1", Title: "Your Rights", Level: 1, Parent: -1, EndClause: int32(len(texts))}}
	for i, t := range texts {
		p.Clauses = append(p.Clauses, model.Clause{Section: 0, Text: t, Lang: lang, Line: int32(i + 1)})
	}
	p.Parts = []model.Part{{Lang: lang, EndSection: 1, EndClause: len(texts)}}
	return p
}

// fixture returns two small policies, an English and a Chinese one, and their index.
func fixture(t testing.TB) ([]*model.Policy, *Index) {
	t.Helper()
	en := newPolicy("acme", "Acme Corp", model.LangEN,
		"You can delete your account at any time from the settings page of the application.", // 0
		"We develop detailed technical measures to protect the data.",                        // 1
		"Deletion of personal data happens within 30 days.",                                  // 2
		"To delete account data, contact us.",                                                // 3
		"Account holders may request that we delete information we hold about them.",         // 4
		"We delete logs after a year.",                                                       // 5
		"Vos données personnelles restent en Europe.",                                        // 6
	)
	zh := newPolicy("zh-demo", "示例科技有限公司", model.LangZH,
		"您可以随时删除您的个人信息。",                // 0
		"我们会删减不必要的数据，并在您提出请求后删除相关记录。",   // 1
		"我们不会出售您的个人信息。",                 // 2
		"ＡＰＩ７　Ｐｒｉｖａｃｙ　Ｐｏｌｉｃｙ：数据保存在新加坡。", // 3
	)
	ps := []*model.Policy{en, zh}
	rep := &detect.Report{Policy: en, Findings: make([]detect.Finding, detect.NumKeys)}
	for k := range rep.Findings {
		rep.Findings[k].Key = detect.Key(k)
	}
	rep.Findings[detect.RightAccountDeletion] = detect.Finding{Key: detect.RightAccountDeletion, Status: detect.Declared,
		Evidence: []detect.Evidence{{Clause: 0, Section: 0, Quote: "delete your account", Start: 8, End: 27}}}
	return ps, NewIndex(ps, []*detect.Report{rep})
}

// search runs a query with no limit and fails the test on error.
func search(t *testing.T, ix *Index, q string) Results {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 0)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return res
}

// ref names a clause as "policyID:clause".
func ref(ps []*model.Policy, h Hit) string {
	return ps[h.Policy].ID + ":" + itoa(h.Clause)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// refs returns the hits of res as refs, best first.
func refs(ps []*model.Policy, res Results) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, ref(ps, h))
	}
	return out
}

func TestRanking(t *testing.T) {
	t.Parallel()
	ps, ix := fixture(t)
	tests := []struct {
		query   string
		first   string   // the clause that must rank first
		want    []string // clauses that must be among the hits
		without []string // clauses that must not match
	}{
		{"delete", "acme:5", []string{"acme:0", "acme:4", "acme:5"}, []string{"acme:1"}},
		{"delete account", "acme:3", []string{"acme:0", "acme:4"}, []string{"acme:5", "acme:1"}},
		{"Delete Account", "acme:3", nil, nil},
		{"deletion", "acme:2", []string{"acme:0", "acme:5"}, []string{"acme:1"}},
		{"delet", "acme:5", []string{"acme:2"}, []string{"acme:1"}},
		{"dlt", "acme:5", []string{"acme:0"}, []string{"acme:1"}},
		{"删除", "zh-demo:0", []string{"zh-demo:1"}, []string{"zh-demo:2"}},
		{"删", "zh-demo:0", []string{"zh-demo:1"}, []string{"zh-demo:2"}},
		{"个人信息", "zh-demo:0", []string{"zh-demo:2"}, []string{"zh-demo:1"}},
		{"api7", "zh-demo:3", nil, nil},
		{"ＡＰＩ７", "zh-demo:3", nil, nil},
		{"privacy policy", "zh-demo:3", nil, nil},
		{"新加坡", "zh-demo:3", nil, nil},
		{"donnees", "acme:6", nil, nil},
		{"acc", "acme:3", []string{"acme:0", "acme:4"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := search(t, ix, tt.query)
			got := refs(ps, res)
			if len(got) == 0 || got[0] != tt.first {
				t.Fatalf("first hit = %v, want %s (all: %v)", got, tt.first, got)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%s missing from %v", w, got)
				}
			}
			for _, w := range tt.without {
				if slices.Contains(got, w) {
					t.Errorf("%s should not match, got %v", w, got)
				}
			}
			if res.Total != len(res.Hits) {
				t.Errorf("Total = %d, len(Hits) = %d with no limit", res.Total, len(res.Hits))
			}
		})
	}
}

func TestMatchesAreRuneOffsets(t *testing.T) {
	t.Parallel()
	ps, ix := fixture(t)
	tests := []struct {
		query, clause string
		want          string // the highlighted runes of Clause.Text, concatenated
	}{
		{"删除", "zh-demo:0", "删除"},
		{"新加坡", "zh-demo:3", "新加坡"},
		{"api7", "zh-demo:3", "ＡＰＩ７"},
		{"privacy", "zh-demo:3", "Ｐｒｉｖａｃｙ"},
		{"donnees", "acme:6", "données"},
		{"delete account", "acme:3", "deleteaccount"},
		{"dlt", "acme:5", "dlt"},
		{"deleting", "acme:5", "delete"},
		{"^to", "acme:3", "To"},
		{"days.$", "acme:2", "days"},
		{"privacy@policy", "zh-demo:3", "ＰｒｉｖａｃｙＰｏｌｉｃｙ"},
		{"#account_deletion", "acme:0", "delete your account"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := search(t, ix, tt.query)
			for _, h := range res.Hits {
				if ref(ps, h) != tt.clause {
					continue
				}
				runes := []rune(ps[h.Policy].Clauses[h.Clause].Text)
				var b strings.Builder
				for _, m := range h.Matches {
					if m < 0 || m >= len(runes) {
						t.Fatalf("match offset %d out of range (%d runes)", m, len(runes))
					}
					b.WriteRune(runes[m])
				}
				if b.String() != tt.want {
					t.Errorf("highlighted %q (offsets %v), want %q", b.String(), h.Matches, tt.want)
				}
				return
			}
			t.Fatalf("%s not among hits %v", tt.clause, refs(ps, res))
		})
	}
}

func TestSyntax(t *testing.T) {
	t.Parallel()
	ps, ix := fixture(t)
	tests := []struct {
		query string
		want  []string // every hit, in any order
	}{
		{"'lete", []string{"acme:0", "acme:3", "acme:4", "acme:5"}},
		{"'delete'", []string{"acme:0", "acme:3", "acme:4", "acme:5"}},
		{"^you", []string{"acme:0"}},
		{"^我们", []string{"zh-demo:1", "zh-demo:2"}},
		{"days.$", []string{"acme:2"}},
		{"delete !account", []string{"acme:2", "acme:5"}},
		{"delete !'acc", []string{"acme:2", "acme:5"}},
		{"'delete !account", []string{"acme:5"}},
		{"@acme 'delete'", []string{"acme:0", "acme:3", "acme:4", "acme:5"}},
		{"@zh 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"@示例 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"!@acme 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"@acme 删除", nil},
		{"@nobody", nil},
		{"@zh-demo 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"@zh-de 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"@zhdemo 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"@ZH-Demo 删除", []string{"zh-demo:0", "zh-demo:1"}},
		{"!@zh-demo 删除", nil},
		{"@zh-demos 删除", nil},
		{"@zh-demo delete", nil},
		{"@acme-corp 'delete'", []string{"acme:0", "acme:3", "acme:4", "acme:5"}},
		{"#account_deletion", []string{"acme:0"}},
		{"#account-deletion delete", []string{"acme:0"}},
		{"#right.account_deletion", []string{"acme:0"}},
		{"delete !#account_deletion 'your", nil},
		{"!#account_deletion 'delete", []string{"acme:3", "acme:4", "acme:5"}},
		{"", nil},
		{"   ", nil},
		{"' ^ ! @ #", nil},
		{`to\ delete`, []string{"acme:3"}},
		{"删除，个人", []string{"zh-demo:0"}},
		{"account,", []string{"acme:0", "acme:3", "acme:4"}},
		{"data,$", []string{"acme:1"}},
		{"'data,", []string{"acme:1", "acme:2", "acme:3"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := refs(ps, search(t, ix, tt.query))
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("hits = %v, want %v", got, want)
			}
		})
	}
	if _, err := ix.Search(context.Background(), "#nosuchkey", 10); err == nil || !strings.Contains(err.Error(), "nosuchkey") {
		t.Errorf("unknown key: err = %v, want one naming the key", err)
	}
}

func TestLongQueries(t *testing.T) {
	t.Parallel()
	ps, ix := fixture(t)
	q := "you can delete your account at any time from the settings page of the application"
	res := search(t, ix, q)
	if len(res.Hits) != 1 || ref(ps, res.Hits[0]) != "acme:0" || res.Hits[0].Score <= 0 {
		t.Fatalf("long query: %v scores %v", refs(ps, res), res.Hits)
	}
	for _, q := range []string{strings.Repeat("deleteaccount", 5), strings.Repeat("删除", 40), strings.Repeat("a", 300)} {
		if res := search(t, ix, q); res.Total != 0 {
			t.Errorf("%q matched %v", q, refs(ps, res))
		}
	}
}

func TestLimitKeepsBest(t *testing.T) {
	t.Parallel()
	_, ix := generated()
	for _, q := range []string{"data", "de", "删除", "personal information", "'ret"} {
		all := search(t, ix, q)
		top, err := ix.Search(context.Background(), q, 25)
		if err != nil {
			t.Fatal(err)
		}
		if top.Total != all.Total {
			t.Errorf("%q: Total %d with limit, %d without", q, top.Total, all.Total)
		}
		n := min(25, len(all.Hits))
		if len(top.Hits) != n {
			t.Fatalf("%q: %d hits with limit 25, want %d", q, len(top.Hits), n)
		}
		for i := range n {
			if top.Hits[i].Policy != all.Hits[i].Policy || top.Hits[i].Clause != all.Hits[i].Clause || top.Hits[i].Score != all.Hits[i].Score {
				t.Fatalf("%q: hit %d = %+v, want %+v", q, i, top.Hits[i], all.Hits[i])
			}
		}
		if all.Total == 0 {
			t.Errorf("%q matched nothing in the generated corpus", q)
		}
	}
}

// cancelAfter is a context that reports itself cancelled from its n-th look on.
type cancelAfter struct {
	context.Context
	n, looks atomic.Int32
}

func (c *cancelAfter) Err() error {
	if c.looks.Add(1) >= c.n.Load() {
		return context.Canceled
	}
	return nil
}

func TestCancellation(t *testing.T) {
	t.Parallel()
	_, ix := generated()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "data", 10); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled search: err = %v, want context.Canceled", err)
	}
	// Cancelled while scoring: the search looks at the context between chunks and stops.
	mid := &cancelAfter{Context: context.Background()}
	mid.n.Store(3)
	if _, err := ix.Search(mid, "d", 10); !errors.Is(err, context.Canceled) {
		t.Fatalf("search cancelled midway: err = %v, want context.Canceled", err)
	}
	if looks := mid.looks.Load(); looks < 3 || looks > 10 {
		t.Errorf("the context was looked at %d times; want a look per chunk until the cancel", looks)
	}
}

// TestFoldedMatches checks the folding of model.Fold through the index: traditional Chinese
// found by simplified queries and the other way round, and letters folded to two (ß, ﬁ, œ)
// highlighted in the source text.
func TestFoldedMatches(t *testing.T) {
	t.Parallel()
	ps, ix := foldFixture()
	tests := []struct {
		query string
		want  map[string]string // clause -> its highlighted runes; every hit
	}{
		{"strasse", map[string]string{"de-tw:0": "Straße", "de-tw:2": "Straße"}},
		{"Straße der", map[string]string{"de-tw:0": "derStraßeder", "de-tw:2": "Straße"}},
		{"amter", map[string]string{"de-tw:0": "Ämter"}},
		{"files", map[string]string{"de-tw:2": "ﬁles"}},
		{"oeuvres", map[string]string{"de-tw:2": "Œuvres"}},
		{"删除", map[string]string{"de-tw:1": "刪除", "de-tw:3": "删除"}},
		{"刪除", map[string]string{"de-tw:1": "刪除", "de-tw:3": "删除"}},
		{"個人資料", map[string]string{"de-tw:1": "個人資料"}},
		{"删减", map[string]string{}},
		{"'strass'", map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := search(t, ix, tt.query)
			got := map[string]string{}
			for _, h := range res.Hits {
				runes := []rune(ps[h.Policy].Clauses[h.Clause].Text)
				var b strings.Builder
				for _, m := range h.Matches {
					if m < 0 || m >= len(runes) {
						t.Fatalf("match offset %d out of range (%d runes)", m, len(runes))
					}
					b.WriteRune(runes[m])
				}
				got[ref(ps, h)] = b.String()
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("hits = %v, want %v", got, tt.want)
			}
		})
	}
}

// foldFixture is a policy whose clauses fold to other lengths (ß, ﬁ, œ) or other characters
// (traditional Chinese), and its index.
func foldFixture() ([]*model.Policy, *Index) {
	de := newPolicy("de-tw", "", model.LangDE,
		"Wir speichern Daten in der Straße der Ämter.", // 0
		"我們會刪除您的個人資料。",                                 // 1
		"Œuvres complètes: ﬁles and Straße.",           // 2
		"我们会删除您的个人信息。",                                 // 3
	)
	ps := []*model.Policy{de}
	return ps, NewIndex(ps, nil)
}

func TestNormalizeKeepsRuneCount(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Ｐｒｉｖａｃｙ　ＡＰＩ７", "données « élevées »", "删除，账户。", "bad\xffutf8", "İstanbul ǅ 刪除"} {
		got := normalizeString(s)
		if runeCount(got) != len([]rune(s)) {
			t.Errorf("normalize(%q) = %q: %d runes, want %d", s, got, runeCount(got), len([]rune(s)))
		}
	}
	if got := normalizeString("ＡＰＩ７，删除。Données e-mail"); got != "api7 删除 donnees e mail" {
		t.Errorf("normalize = %q", got)
	}
}

func TestConcurrentSearches(t *testing.T) {
	t.Parallel()
	_, ix := generated()
	queries := []string{"data", "删除", "third party", "'ret", "de !data"}
	want := make([]Results, len(queries))
	for i, q := range queries {
		want[i] = search(t, ix, q)
	}
	errs := make(chan string, 4*len(queries))
	var wg sync.WaitGroup
	for range 4 {
		for i, q := range queries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := ix.Search(context.Background(), q, 0)
				if err != nil || got.Total != want[i].Total || len(got.Hits) != len(want[i].Hits) ||
					(len(got.Hits) > 0 && got.Hits[0].Clause != want[i].Hits[0].Clause) {
					errs <- q
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for q := range errs {
		t.Errorf("%q: concurrent search differs from the same search alone", q)
	}
}

func TestParallelBuildSameAsSerial(t *testing.T) {
	t.Parallel()
	ps, parallel := generated()
	serial := newIndex(ps, nil, 1)
	if parallel.text != serial.text || len(parallel.words) != len(serial.words) || len(parallel.fwd) != len(serial.fwd) {
		t.Fatalf("index differs: %d/%d words, %d/%d postings", len(parallel.words), len(serial.words), len(parallel.fwd), len(serial.fwd))
	}
	for _, q := range []string{"data", "删除", "marketing purp", "'ret", "个人信息"} {
		a, b := search(t, parallel, q), search(t, serial, q)
		if a.Total != b.Total || len(a.Hits) != len(b.Hits) {
			t.Fatalf("%q: %d hits built in parallel, %d serially", q, a.Total, b.Total)
		}
		for i := range a.Hits {
			if a.Hits[i].Clause != b.Hits[i].Clause || a.Hits[i].Policy != b.Hits[i].Policy || a.Hits[i].Score != b.Hits[i].Score {
				t.Fatalf("%q: hit %d differs", q, i)
			}
		}
	}
}

func TestHeadingsBreakTies(t *testing.T) {
	t.Parallel()
	p := newPolicy("h", "H", model.LangEN, "We keep server logs for a year.", "We keep server logs for a week.")
	p.Sections = append(p.Sections, model.Section{Number: "2", Title: "Logs and Retention", Level: 1, Parent: -1})
	p.Clauses[1].Section = 1
	ix := NewIndex([]*model.Policy{p}, nil)
	res := search(t, ix, "logs")
	if len(res.Hits) != 2 || res.Hits[0].Clause != 1 {
		t.Fatalf("hits %+v: the clause under \"Logs and Retention\" should come first", res.Hits)
	}
	if res.Hits[0].Score-res.Hits[1].Score >= scoreWord-scorePrefix {
		t.Errorf("the heading bonus (%d) is a whole tier or more", res.Hits[0].Score-res.Hits[1].Score)
	}
}

// FuzzSearch checks that any query is answered without a panic, with hits in range, best
// first, and highlights that are ascending rune offsets inside the clause.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"delete account", "删除", "'lete", "^you", "days.$", "!acc", "@zh 删", "#del",
		"ＡＰＩ７", `to\ delete`, "'data'", "d", "\x00\xff", "!'", "^$", "'''", "@", "#"} {
		f.Add(q)
	}
	for _, q := range []string{"strasse", "刪除賬戶", "delte acount", "opt out", "delete my data", "ﬁles"} {
		f.Add(q)
	}
	fps, fix := fixture(f)
	gps, gix := foldFixture()
	f.Fuzz(func(t *testing.T, q string) {
		checkSearch(t, fps, fix, q)
		checkSearch(t, gps, gix, q)
	})
}

// checkSearch checks what FuzzSearch asserts of one query on one index.
func checkSearch(t *testing.T, ps []*model.Policy, ix *Index, q string) {
	res, err := ix.Search(context.Background(), q, 5)
	if err != nil {
		if !strings.Contains(err.Error(), "unknown key") {
			t.Fatalf("%q: %v", q, err)
		}
		return
	}
	if res.Total < len(res.Hits) || len(res.Hits) > 5 {
		t.Fatalf("%q: total %d, %d hits", q, res.Total, len(res.Hits))
	}
	for i, h := range res.Hits {
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Fatalf("%q: hits not best first", q)
		}
		n := len([]rune(ps[h.Policy].Clauses[h.Clause].Text))
		for k, m := range h.Matches {
			if m < 0 || m >= n || (k > 0 && m <= h.Matches[k-1]) {
				t.Fatalf("%q: bad match offsets %v for a clause of %d runes", q, h.Matches, n)
			}
		}
	}
}

func TestWithReports(t *testing.T) {
	t.Parallel()
	ps, withReports := fixture(t)
	plain := NewIndex(ps, nil)
	if res := search(t, plain, "#account_deletion"); res.Total != 0 {
		t.Fatalf("an index without reports found %d evidence clauses", res.Total)
	}
	added := plain.WithReports([]*detect.Report{withReports.evidenceReport(t)})
	got, want := search(t, added, "#account_deletion delete"), search(t, withReports, "#account_deletion delete")
	if got.Total != 1 || got.Total != want.Total || got.Hits[0].Clause != want.Hits[0].Clause {
		t.Errorf("WithReports: %+v, NewIndex with reports: %+v", got, want)
	}
	if res := search(t, plain, "#account_deletion"); res.Total != 0 {
		t.Errorf("WithReports changed the index it was called on")
	}
}

// evidenceReport rebuilds the fixture's report from the index's evidence lists.
func (ix *Index) evidenceReport(t *testing.T) *detect.Report {
	t.Helper()
	r := &detect.Report{Policy: ix.policies[0], Findings: make([]detect.Finding, detect.NumKeys)}
	for k := range r.Findings {
		r.Findings[k].Key = detect.Key(k)
		for _, e := range ix.evidence[k] {
			if ix.clausePol[e.clause] != 0 {
				continue
			}
			r.Findings[k].Status = detect.Declared
			r.Findings[k].Evidence = append(r.Findings[k].Evidence, detect.Evidence{Clause: int(e.clause), Start: int(e.start), End: int(e.end)})
		}
	}
	return r
}

func TestIndexText(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ s, pat string }{
		{"我们收集您的个人信息。", "个人信息"}, {"个人信息", "个人信息"}, {"个人信", "个人信息"}, {"信息个人信息", "人信息"},
		{"abc个人", "c个人"}, {"privacy api7", "api7"}, {"", "个"}, {"个", ""}, {"\xe4\xb8", "个"}, {"个人个人个人信", "个人信"},
	} {
		if got, want := indexText(tt.s, tt.pat), strings.Index(tt.s, tt.pat); got != want {
			t.Errorf("indexText(%q, %q) = %d, want %d", tt.s, tt.pat, got, want)
		}
	}
}

func TestHanPairsOnlyWhenAdjacent(t *testing.T) {
	t.Parallel()
	p := newPolicy("z", "Z", model.LangZH, "请删，除此以外", "我们会删除数据")
	ix := NewIndex([]*model.Policy{p}, nil)
	for _, w := range ix.words {
		if strings.ContainsRune(w, ' ') {
			t.Errorf("a word holds a separator: %q", w)
		}
	}
	if got := refs([]*model.Policy{p}, search(t, ix, "删除")); len(got) != 1 || got[0] != "z:1" {
		t.Errorf("删除 found %v, want only z:1", got)
	}
}
