package detect

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fineprint/model"
)

// ruleLang returns the language a rule's Catch and Miss are written in: the lexicon's first.
func ruleLang(lx *lexicon, _ rule) model.Lang { return lx.langs[0] }

// TestRules checks every rule of every lexicon, one subtest per rule ID: its Catch sentence,
// alone in a policy in the lexicon's language, gives the rule's key the expected status through
// the rule's own pattern, and its near-miss does not declare the key. Each sentence is tried in
// a section with a neutral title.
func TestRules(t *testing.T) {
	t.Parallel()
	for _, lx := range lexicons {
		for _, e := range lx.compiled().rules {
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
		for _, r := range lx.compiled().rules {
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
				t.Errorf("a branch of rule %s has no required literal: %s", c.rules[b.entry].ID, b.re)
			}
			if b.anchored {
				anchored++
			}
		}
		t.Logf("%s: %d branches, %d anchored at a literal", lx.name, len(c.branches), anchored)
	}
}

// tradPairs lists the traditional characters the Chinese vocabulary relies on, each followed
// by its simplified form: foldZH must map each to it (through the model's table).
const tradPairs = "" +
	"個个們们這这與与為为於于從从會会對对將将讓让說说關关資资訊讯號号碼码帳账帐账戶户權权刪删" +
	"銷销註注變变護护衛卫係系聯联絡络郵邮電电話话網网設设備备識识別别處处儲储時时間间訂订閱阅" +
	"隱隐許许務务業业廣广薦荐轉转傳传輸输國国內内歲岁兒儿監监滿满週周併并購购訴诉舉举報报絕绝" +
	"導导複复製制詢询訪访問问補补動动決决畫画頁页瀏浏覽览記记錄录誌志銀银單单證证實实認认臉脸" +
	"紋纹聲声醫医療疗齡龄種种觀观點点興兴標标籤签獲获採采夥伙應应構构執执機机門门維维響响蹤踪" +
	"營营運运標标礎础據据級级區区發发給给該该項项條条範范圍围經经屬属組组織织擁拥權权雜杂" +
	"當当並并開开啟启關关閉闭選选擇择項项數数線线庫库舊旧態态請请權权勢势構构義义務务歸归還还" +
	"構构適适續续導导讀读寫写繫系賬账戶户刪删銷销調调閱阅權权聽听視视頻频圖图貼贴員员職职稱称" +
	"齡龄婦妇歷历壓压療疗藥药診诊斷断險险費费買买賣卖貨货價价額额幣币財财產产稅税總总協协議议" +
	"約约責责規规準准護护衛卫與与環环節节結结構构評评價价統统計计測测試试驗验優优質质審审" +
	"計计劃划場场銷销廣广傳传達达戲戏遊游樂乐緊紧繼继終终絲丝鏈链鍵键錢钱鐘钟陸陆漢汉灣湾" +
	"門门專专屆届韓韩歐欧羅罗馬马亞亚紐纽蘭兰愛爱爾尔華华書书體体憑凭臺台" +
	"擊击參参後后牆墙頭头學学無无術术來来溝沟沒没狀状現现類类緯纬練练綁绑訓训訟讼軟软過过進进違违長长僅仅潰溃洩泄暱昵徵征託托攜携況况匯汇"

// TestTradPairs checks the Chinese fold: every traditional character of tradPairs becomes its
// simplified form, word pairs keep byte lengths, and Taiwan's 個人資料 is personal data.
func TestTradPairs(t *testing.T) {
	t.Parallel()
	rs := []rune(tradPairs)
	if len(rs)%2 != 0 {
		t.Fatalf("tradPairs has an odd number of runes")
	}
	for i := 0; i < len(rs); i += 2 {
		if got := simplified(rs[i]); got != rs[i+1] && rs[i] != rs[i+1] {
			t.Errorf("%c folds to %c, want %c", rs[i], got, rs[i+1])
		}
	}
	for _, r := range "个人信息删除您的账号" {
		if got := simplified(r); got != r {
			t.Errorf("simplified %c folds to %c", r, got)
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
	if got := foldZH("刪除您的帳號 Delete 資訊"); got != "删除您的账号 delete 信息" {
		t.Errorf("fold = %q", got)
	}
	if got := foldZH("個人資料與個人資料"); got != "个人信息与个人信息" {
		t.Errorf("fold = %q, want 个人信息与个人信息", got)
	}
	if got := foldZH("编辑个人资料"); got != "编辑个人资料" {
		t.Errorf("fold = %q: the mainland's 个人资料 (a profile) must stay", got)
	}
}

// TestCueMatchers checks that the cue set (one literal-anchored pass for all a clause's cues)
// finds what each cue's regular expression finds, on sentences that exercise every cue.
func TestCueMatchers(t *testing.T) {
	t.Parallel()
	for _, lx := range []*lexicon{lexEN, lexZH} {
		checkCueMatchers(t, lx, []string{
			"we do not sell, rent or share your data; if you don't want us to, you can't object, except as described.",
			"you have the right to request that we delete it, but we reserve the right to keep records when you ask.",
			"我们不会共享您的个人信息，除非获得您的同意；您可以要求我们删除。包括但不限于收集、使用。",
			"not limited to whether or not the right not to be subject; no longer than necessary. users may choose.",
		})
	}
}

// checkCueMatchers checks lexicon lx's cue set against its cues' regular expressions on texts.
func checkCueMatchers(t *testing.T, lx *lexicon, texts []string) {
	t.Helper()
	p := lx.cues
	all := func(f string) [][][]int { return lx.compiled().clauseCues.findAll(f) }
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
