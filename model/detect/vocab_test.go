package detect

import (
	"fmt"
	"regexp"
	"testing"
	"unicode/utf8"
)

// TestVocabulary checks every vocabulary entry: its Catch sentence, alone in a policy, gives
// the entry's key the expected status through the entry's own pattern, and its near-miss does
// not declare the key. Each sentence is also tried in a section with a neutral title.
func TestVocabulary(t *testing.T) {
	for i, e := range vocab {
		name := e.Key.String() + "/" + string(rune('a'+i%26))
		t.Run(name, func(t *testing.T) {
			want := e.Want
			if want == NotMentioned {
				want = Declared
			}
			if !regexp.MustCompile(e.Pattern).MatchString(fold(e.Catch)) {
				t.Errorf("entry %d pattern does not match its Catch %q", i, e.Catch)
			}
			r := Analyze(testPolicy("General", e.Catch))
			if got := r.Finding(e.Key); got.Status != want {
				t.Errorf("Catch %q: %v = %v, want %v", e.Catch, e.Key, got.Status, want)
			}
			r = Analyze(testPolicy("General", e.Miss))
			if got := r.Finding(e.Key); got.Status == Declared {
				t.Errorf("Miss %q: %v declared by %q", e.Miss, e.Key, got.Evidence[0].Quote)
			}
		})
	}
}

// TestVocabularyLiterals checks the prefilter derived a literal set for every branch, since a
// branch without one runs on every sentence.
func TestVocabularyLiterals(t *testing.T) {
	compiled.Do(compile)
	anchored := 0
	for _, b := range branches {
		if b.literals == nil {
			t.Errorf("a branch of entry %d (%v) has no required literal: %s", b.entry, vocab[b.entry].Key, b.re)
		}
		if b.anchored {
			anchored++
		}
	}
	t.Logf("%d branches, %d anchored at a literal", len(branches), anchored)
}

func TestTradPairs(t *testing.T) {
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

// TestCueMatchers checks that the literal-anchored matchers find what the regular expressions
// find, on sentences that exercise every cue.
func TestCueMatchers(t *testing.T) {
	compiled.Do(compile)
	texts := []string{
		"we do not sell, rent or share your data; if you don't want us to, you can't object, except as described.",
		"you have the right to request that we delete it, but we reserve the right to keep records when you ask.",
		"我们不会共享您的个人信息，除非获得您的同意；您可以要求我们删除。包括但不限于收集、使用。",
		"not limited to whether or not the right not to be subject; no longer than necessary. users may choose.",
	}
	pairs := []struct {
		re *regexp.Regexp
		m  *matcher
	}{
		{negationRe, negationM}, {notNegationRe, notNegationM}, {negSubjectRe, negSubjectM},
		{negBlockRe, negBlockM}, {exceptionRe, exceptionM}, {userCueRe, userCueM},
		{companySubjectRe, companySubjectM}, {companyRightRe, companyRightM},
		{collectCueRe, collectCueM}, {companyWordRe, companyWordM},
	}
	for _, p := range pairs {
		for _, m := range p.m.bs {
			if !m.anchored {
				t.Logf("%s: branch %s is not anchored", p.re, m.re)
			}
		}
		for _, s := range texts {
			want := p.re.FindAllStringIndex(s, -1)
			got := p.m.findAll(s)
			if fmt.Sprint(want) != fmt.Sprint(got) {
				t.Errorf("%s on %q:\n regexp  %v\n matcher %v", p.re, s, want, got)
			}
		}
	}
}
