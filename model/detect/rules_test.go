package detect

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fineprint/model"
)

// ruleLang returns the language a rule's Catch and Miss are written in: the lexicon's first,
// or Chinese for the "zh." rules of the English and Chinese lexicon.
func ruleLang(lx *lexicon, r rule) model.Lang {
	if strings.HasPrefix(r.ID, "zh.") {
		return model.LangZH
	}
	return lx.langs[0]
}

// TestRules checks every rule of every lexicon, one subtest per rule ID: its Catch sentence,
// alone in a policy in the lexicon's language, gives the rule's key the expected status through
// the rule's own pattern, and its near-miss does not declare the key. Each sentence is tried in
// a section with a neutral title.
func TestRules(t *testing.T) {
	t.Parallel()
	for _, lx := range lexicons {
		for _, e := range lx.rules {
			t.Run(e.ID, func(t *testing.T) {
				want := e.Want
				if want == NotMentioned {
					want = Declared
				}
				if !regexp.MustCompile(e.Pattern).MatchString(lx.fold(e.Catch)) {
					t.Errorf("rule %s pattern does not match its Catch %q", e.ID, e.Catch)
				}
				lang := ruleLang(lx, e)
				r := Analyze(testPolicyIn(lang, "General", e.Catch))
				if got := r.Finding(e.Key); got.Status != want {
					t.Errorf("Catch %q: %v = %v, want %v", e.Catch, e.Key, got.Status, want)
				} else if got.Status != NotMentioned && !slices.ContainsFunc(got.Evidence, func(ev Evidence) bool { return ev.Rule != "" }) {
					t.Errorf("Catch %q: evidence names no rule", e.Catch)
				}
				r = Analyze(testPolicyIn(lang, "General", e.Miss))
				if got := r.Finding(e.Key); got.Status == Declared {
					t.Errorf("Miss %q: %v declared by %q (%s)", e.Miss, e.Key, got.Evidence[0].Quote, got.Evidence[0].Rule)
				}
			})
		}
	}
}

// TestRuleIDs checks that rule IDs are unique across lexicons and name their lexicon (or zh)
// and their key: "fr.access.droit-acces".
func TestRuleIDs(t *testing.T) {
	t.Parallel()
	idRe := regexp.MustCompile(`^[a-z]{2}\.[a-z-]+\.[a-z0-9-]+$`)
	seen := map[string]bool{}
	for _, lx := range lexicons {
		ids := []string{}
		for _, r := range lx.rules {
			ids = append(ids, r.ID)
			short := strings.ReplaceAll(r.Key.Short(), "_", "-")
			if !strings.HasPrefix(r.ID, lx.name+"."+short+".") && !strings.HasPrefix(r.ID, "zh."+short+".") {
				t.Errorf("rule %s of lexicon %s, key %s: want ID %s.%s.<slug>", r.ID, lx.name, r.Key, lx.name, short)
			}
		}
		for _, h := range lx.headings {
			ids = append(ids, h.ID)
		}
		for _, id := range ids {
			if !idRe.MatchString(id) {
				t.Errorf("rule ID %q is not <lexicon>.<key>.<slug>", id)
			}
			if seen[id] {
				t.Errorf("rule ID %q is not unique", id)
			}
			seen[id] = true
		}
	}
}

// TestWordBoundedPatterns checks that lexicons of alphabetic languages other than English use
// neither \w nor \b in their rules: Go's are ASCII-only, so "\bdonn\w*" stops at the "é" of
// "données". The engine checks word boundaries on Unicode letters instead.
func TestWordBoundedPatterns(t *testing.T) {
	t.Parallel()
	for _, lx := range lexicons {
		if !lx.wordBounded {
			continue
		}
		for _, r := range lx.rules {
			for _, p := range []string{r.Pattern, r.Unless, r.NotNear} {
				if strings.Contains(p, `\w`) || strings.Contains(p, `\b`) {
					t.Errorf("rule %s uses \\w or \\b: %s", r.ID, p)
				}
			}
		}
	}
}

// TestUnicodeWords checks, on French text, that a match never starts or ends inside a word
// and that a stem is quoted as the whole word.
func TestUnicodeWords(t *testing.T) {
	t.Parallel()
	r := Analyze(testPolicyIn(model.LangFR, "Général", "Vous pouvez supprimer vos données."))
	f := r.Finding(RightDeletion)
	if f.Status != Declared || !strings.Contains(f.Evidence[0].Quote, "données") {
		t.Errorf("deletion = %v %+v, want declared quoting données", f.Status, f.Evidence)
	}
	// "accès" inside "accessoires" is no word of its own.
	r = Analyze(testPolicyIn(model.LangFR, "Général", "Vous pouvez consulter nos accessoires et nos données de vente."))
	if f := r.Finding(RightAccess); f.Status == Declared && f.Evidence[0].Rule == "fr.access.droit-acces" {
		t.Errorf("access declared inside a word: %+v", f.Evidence)
	}
	if got := foldLower("ÉTÉ Über ÑANDÚ"); got != "été über ñandú" {
		t.Errorf("foldLower = %q", got)
	}
}

// TestRuleLiterals checks the prefilter derived a literal set for every branch, since a
// branch without one runs on every sentence.
func TestRuleLiterals(t *testing.T) {
	t.Parallel()
	for _, lx := range lexicons {
		c := lx.compiled()
		anchored := 0
		for _, b := range c.branches {
			if b.literals == nil {
				t.Errorf("a branch of rule %s has no required literal: %s", lx.rules[b.entry].ID, b.re)
			}
			if b.anchored {
				anchored++
			}
		}
		t.Logf("%s: %d branches, %d anchored at a literal", lx.name, len(c.branches), anchored)
	}
}

func TestTradPairs(t *testing.T) {
	t.Parallel()
	rs := []rune(tradPairs)
	if len(rs)%2 != 0 {
		t.Fatalf("tradPairs has an odd number of runes")
	}
	for i := 0; i < len(rs); i += 2 {
		if utf8.RuneLen(rs[i]) != utf8.RuneLen(rs[i+1]) {
			t.Errorf("pair %c%c changes byte length", rs[i], rs[i+1])
		}
		if got := tradToSimp[rs[i]]; got != rs[i+1] && rs[i] != rs[i+1] {
			t.Errorf("%c maps to %c, pair says %c (conflicting pairs)", rs[i], got, rs[i+1])
		}
	}
	for _, w := range wordPairs {
		if len(w[0]) != len(w[1]) {
			t.Errorf("word pair %q %q changes byte length", w[0], w[1])
		}
	}
	for _, w := range tradWordPairs {
		if len(w[0]) != len(w[1]) {
			t.Errorf("traditional word pair %q %q changes byte length", w[0], w[1])
		}
	}
	if got := fold("刪除您的帳號 Delete 資訊"); got != "删除您的账号 delete 信息" {
		t.Errorf("fold = %q", got)
	}
	if got := fold("個人資料與個人資料"); got != "个人信息与个人信息" {
		t.Errorf("fold = %q, want 个人信息与个人信息", got)
	}
	if got := fold("编辑个人资料"); got != "编辑个人资料" {
		t.Errorf("fold = %q: the mainland's 个人资料 (a profile) must stay", got)
	}
}

// TestCueMatchers checks that the cue set (one literal-anchored pass for all a clause's cues)
// finds what each cue's regular expression finds, on sentences that exercise every cue.
func TestCueMatchers(t *testing.T) {
	t.Parallel()
	texts := []string{
		"we do not sell, rent or share your data; if you don't want us to, you can't object, except as described.",
		"you have the right to request that we delete it, but we reserve the right to keep records when you ask.",
		"我们不会共享您的个人信息，除非获得您的同意；您可以要求我们删除。包括但不限于收集、使用。",
		"not limited to whether or not the right not to be subject; no longer than necessary. users may choose.",
	}
	p := lexENZH.cues
	all := func(f string) [][][]int { return lexENZH.compiled().clauseCues.findAll(f) }
	pairs := []struct {
		re   string
		kind int
	}{
		{p.Negation, cueNegation}, {p.NotNegation, cueNotNegation}, {p.NegCompany, cueNegCompany},
		{p.NegCondition, cueNegCondition}, {p.NegUser, cueNegUser},
		{p.NegBlock, cueNegBlock}, {p.Exception, cueException}, {p.User, cueUser},
		{p.CompanySubject, cueCompanySubject}, {p.CompanyRight, cueCompanyRight},
		{p.Collect, cueCollect}, {p.CompanyWord, cueCompanyWord}, {p.UserNotActing, cueUserNotActing},
	}
	for _, pr := range pairs {
		re := regexp.MustCompile(pr.re)
		for _, s := range texts {
			want := re.FindAllStringIndex(s, -1)
			got := all(s)[pr.kind]
			if fmt.Sprint(want) != fmt.Sprint(got) && !(len(want) == 0 && len(got) == 0) {
				t.Errorf("%s on %q:\n regexp  %v\n cueSet  %v", re, s, want, got)
			}
		}
	}
}
