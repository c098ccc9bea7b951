package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"fineprint/model"
)

// The relevance set: queries as people type them into a policy search (English, Chinese,
// French, German, with and without typos), each with a predicate that says which clauses a
// reader asking it wants to see. The predicates are written for every policy, not for one:
// "the clause talks about deleting an account", never the text of a clause. A query counts on
// a corpus only when some clause of the corpus satisfies its predicate.

// pred is a relevance predicate over a clause's plain text (see plainText).
type pred func(text string) bool

// anyOf holds when the text contains one of subs (each made plain first).
func anyOf(subs ...string) pred {
	for i, s := range subs {
		// The author's spaces at the ends ask for a word boundary; plainText adds its own.
		p := strings.TrimSpace(plainText(s))
		if strings.HasPrefix(s, " ") {
			p = " " + p
		}
		if strings.HasSuffix(s, " ") {
			p += " "
		}
		subs[i] = p
	}
	return func(text string) bool {
		for _, s := range subs {
			if strings.Contains(text, s) {
				return true
			}
		}
		return false
	}
}

// allOf holds when every one of ps holds.
func allOf(ps ...pred) pred {
	return func(text string) bool {
		for _, p := range ps {
			if !p(text) {
				return false
			}
		}
		return true
	}
}

// plainText is the test's own folding, independent of the code under test: lower case,
// accents removed, ß as ss, every run of non-letters and non-digits one space, and a space at
// each end so that " opt out " can ask for whole words.
func plainText(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ß':
			b.WriteString("ss")
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// saysSomething reports whether a clause is a statement a reader wants as an answer: not a
// table's header row, and long enough to say something (six words, or twenty runes of
// Chinese), which headings and labels are not.
func saysSomething(c model.Clause) bool {
	if c.Header {
		return false
	}
	text := plainText(c.Text)
	return len(strings.Fields(text)) >= 6 || utf8.RuneCountInString(text) >= 20 && hasHan(text)
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

// relevanceQuery is one query of the relevance set.
type relevanceQuery struct {
	query string
	want  pred
}

var (
	delWords    = anyOf("delet", "erase", "erasure", "remove", "removal")
	accountWord = anyOf("account")
	thirdParty  = anyOf(" third part", " third-part")
	retention   = anyOf("retain", "retention", "keep your", "kept", "store your", "stored for", "storage period")
	childWords  = anyOf("child", "minor", "under the age", "under 13", "under 16")
	zhDelete    = anyOf("删除", "刪除")
	zhAccount   = anyOf("账户", "账号", "帐号", "帐户", "帳號", "帳戶", "賬戶", "賬號")
	frDelete    = anyOf("suppr", "effac")
	deDelete    = anyOf("losch", "loesch")
)

// relevanceSet is the set. Typos are the ones people make: a dropped, doubled, swapped or
// wrong letter.
var relevanceSet = []relevanceQuery{
	// English
	{"delete account", allOf(delWords, accountWord)},
	{"delte acount", allOf(delWords, accountWord)},
	{"delete my data", allOf(delWords, anyOf("data", "information"))},
	{"retention", retention},
	{"retension", retention},
	{"how long retain", retention},
	{"third party", thirdParty},
	{"thrid party", thirdParty},
	{"share with third parties", allOf(anyOf("shar", "disclos"), thirdParty)},
	{"cookie", anyOf("cookie")},
	{"cookies", anyOf("cookie")},
	{"opt out", anyOf(" opt out", " opt outs", " opting out", " opted out")},
	{"opt out marketing", allOf(anyOf(" opt out", "unsubscrib", "withdraw"), anyOf("marketing", "promotion", "advertis"))},
	{"children", childWords},
	{"childern", childWords},
	{"sell my data", allOf(anyOf(" sell", " sale", " sold"), anyOf("data", "information"))},
	{"location", anyOf("location")},
	{"locaton", anyOf("location")},
	{"contact email", allOf(anyOf("contact"), anyOf("email", "e mail", "@"))},
	{"data protection officer", anyOf("data protection officer", " dpo ")},
	{"right of access", allOf(anyOf("right"), anyOf("access"))},
	{"acess my data", allOf(anyOf("access"), anyOf("data", "information"))},
	{"encryption", anyOf("encrypt")},
	{"encyption", anyOf("encrypt")},
	{"advertising", anyOf("advertis")},
	{"advertisment", anyOf("advertis")},
	{"international transfer", allOf(anyOf("transfer"), anyOf("international", "countr", "outside", "abroad", "cross border"))},
	{"analytics", anyOf("analytic")},
	{"changes to this policy", allOf(anyOf("change", "update", "modif", "amend"), anyOf("policy", "statement", "notice"))},
	{"california privacy rights", anyOf("california", "ccpa")},
	{"personal informaton", anyOf("personal information")},
	{"unsubscibe", anyOf("unsubscrib")},
	{"payment information", allOf(anyOf("payment", "credit card"), anyOf("information", "data", "details"))},
	{"securty measures", anyOf("secur")},
	// Chinese
	{"删除", zhDelete},
	{"刪除", zhDelete},
	{"删除账户", allOf(zhDelete, zhAccount)},
	{"注销账号", allOf(anyOf("注销", "註銷"), zhAccount)},
	{"个人信息", anyOf("个人信息", "個人信息", "個人資訊")},
	{"第三方 共享", allOf(anyOf("第三方"), anyOf("共享", "分享", "提供"))},
	{"儿童", anyOf("儿童", "兒童", "未成年", "不满14", "不满十四")},
	{"保存期限", allOf(anyOf("保存", "存储", "儲存", "保留"), anyOf("期限", "时间", "時間", "期间", "期間"))},
	{"撤回同意", allOf(anyOf("撤回", "撤销"), anyOf("同意", "授权"))},
	{"位置信息", anyOf("位置")},
	{"投诉", anyOf("投诉", "投訴", "举报", "舉報")},
	{"跨境传输", anyOf("境外", "跨境", "出境")},
	// French
	{"suppression des données", allOf(frDelete, anyOf("donnee"))},
	{"supression donnees", allOf(frDelete, anyOf("donnee"))},
	{"supprimer mon compte", allOf(frDelete, anyOf("compte"))},
	{"droit d'accès", allOf(anyOf("droit"), anyOf("acces"))},
	{"conservation des donnees", allOf(anyOf("conserv"), anyOf("donnee"))},
	{"délégué à la protection des données", anyOf("delegue a la protection", " dpo ")},
	{"transfert hors union européenne", allOf(anyOf("transf"), anyOf("hors", "pays tiers", "en dehors"))},
	{"mineurs", anyOf("mineur", "enfant", "moins de 1")},
	// German
	{"Daten löschen", allOf(deDelete, anyOf("daten"))},
	{"loeschen", deDelete},
	{"Speicherdauer", allOf(anyOf("speicher", "aufbewahr"), anyOf("dauer", "lange", "frist", "zeitraum"))},
	{"Widerspruchsrecht", anyOf("widerspruch", "widersprechen")},
	{"Widerpruch", anyOf("widerspruch", "widersprechen")},
	{"Auskunft", anyOf("auskunft")},
	{"Datenschutzbeauftragter", anyOf("datenschutzbeauftragt")},
	{"Drittanbieter", anyOf("drittanbieter", "dritte")},
	{"Kinder", anyOf("kinder", "minderjahrig")},
	{"Übermittlung Drittländer", allOf(anyOf("ubermitt", "transfer", "weitergabe"), anyOf("drittland", "drittstaat", "ausserhalb"))},
}

// relevanceCorpus parses the policies matching glob, or returns nil when there are none.
func relevanceCorpus(tb testing.TB, glob string) []*model.Policy {
	files, _ := filepath.Glob(glob)
	var ps []*model.Policy
	for _, f := range files {
		if strings.HasSuffix(f, ".labels.json") || strings.HasSuffix(f, "MANIFEST.json") ||
			strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".html") || filepath.Base(f) == "README.md" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		p, err := model.Parse(filepath.Base(f), data)
		if err != nil {
			continue // the parser's tests judge it; a document it rejects has no clauses to find
		}
		p.ID = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		ps = append(ps, p)
	}
	return ps
}

// relevanceScore is the outcome of the relevance set on one corpus.
type relevanceScore struct {
	queries, top1, top5 int
	precision5          float64 // mean share of relevant clauses among the first five hits
	misses              []string
}

// String formats the score as the note and the README report it.
func (s relevanceScore) String() string {
	if s.queries == 0 {
		return "no applicable queries"
	}
	return fmt.Sprintf("%d queries: top-1 %d (%.0f%%), top-5 %d (%.0f%%), precision@5 %.2f",
		s.queries, s.top1, 100*float64(s.top1)/float64(s.queries), s.top5,
		100*float64(s.top5)/float64(s.queries), s.precision5/float64(s.queries))
}

// runRelevance runs the set on ps. With statements, a relevant clause must also say something
// (see saysSomething); without, the topic alone makes it relevant.
func runRelevance(tb testing.TB, ps []*model.Policy, statements bool) relevanceScore {
	ix := NewIndex(ps, nil)
	// Folded once per clause: the set asks about every clause for every query.
	plains := make([][]string, len(ps))
	says := make([][]bool, len(ps))
	for i, p := range ps {
		plains[i] = make([]string, len(p.Clauses))
		says[i] = make([]bool, len(p.Clauses))
		for j, c := range p.Clauses {
			plains[i][j] = plainText(c.Text)
			says[i][j] = !statements || saysSomething(c)
		}
	}
	relevant := func(pol, cl int, want pred) bool {
		return says[pol][cl] && want(plains[pol][cl])
	}
	var s relevanceScore
	for _, rq := range relevanceSet {
		applicable := false
		for i := range ps {
			for j := range ps[i].Clauses {
				if relevant(i, j, rq.want) {
					applicable = true
					break
				}
			}
			if applicable {
				break
			}
		}
		if !applicable {
			continue
		}
		s.queries++
		res, err := ix.Search(context.Background(), rq.query, 5)
		if err != nil {
			tb.Fatalf("%q: %v", rq.query, err)
		}
		good := 0
		for k, h := range res.Hits {
			if relevant(h.Policy, h.Clause, rq.want) {
				good++
				if k == 0 {
					s.top1++
				}
			}
		}
		if good > 0 {
			s.top5++
		}
		s.precision5 += float64(good) / 5
		if len(res.Hits) == 0 || !relevant(res.Hits[0].Policy, res.Hits[0].Clause, rq.want) {
			first := "(nothing)"
			if len(res.Hits) > 0 {
				first = ps[res.Hits[0].Policy].Clauses[res.Hits[0].Clause].Text
				if r := []rune(first); len(r) > 70 {
					first = string(r[:70]) + "…"
				}
			}
			s.misses = append(s.misses, fmt.Sprintf("%q (%d/5) -> %q", rq.query, good, first))
		}
	}
	return s
}

// TestRelevance prints the hit rates of the relevance set on the bundled policies and, when
// present, the shared dev sets (go test -run TestRelevance -v ./model/search), and checks that
// they stay at or above the figures reached.
func TestRelevance(t *testing.T) {
	t.Parallel()
	if len(relevanceSet) < 40 {
		t.Fatalf("the relevance set has %d queries, want at least 40", len(relevanceSet))
	}
	for _, c := range []struct {
		name, glob string
		minTop1    float64 // share of the applicable queries
		minTop5    float64
	}{
		// The floors sit a little under the figures reached (bundled 86% and 86%, dev 100% and
		// 100%, dev-intl 79% and 79%); before the quality rules they were 57% and 62%, 67% and
		// 80%, 74% and 74%.
		{"bundled", filepath.Join(seedsDir, "*"), 0.8, 0.8},
		{"dev", "../../../shared/eval/dev/*", 0.9, 0.95},
		{"dev-intl", "../../../shared/eval/dev-intl/*", 0.75, 0.75},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps := relevanceCorpus(t, c.glob)
			if len(ps) == 0 {
				t.Skip("no policies in " + c.glob)
			}
			s := runRelevance(t, ps, true)
			t.Logf("%s (%d policies): %v", c.name, len(ps), s)
			if testing.Verbose() { // figures for the log only: not run otherwise
				t.Logf("%s, on the topic alone (header rows and headings count): %v", c.name, runRelevance(t, ps, false))
				for _, m := range s.misses {
					t.Logf("  first hit not relevant: %s", m)
				}
			}
			if s.queries == 0 {
				t.Fatal("no query of the set applies")
			}
			if got := float64(s.top1) / float64(s.queries); got < c.minTop1 {
				t.Errorf("top-1 %.2f, want >= %.2f", got, c.minTop1)
			}
			if got := float64(s.top5) / float64(s.queries); got < c.minTop5 {
				t.Errorf("top-5 %.2f, want >= %.2f", got, c.minTop5)
			}
		})
	}
}
