package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/model"

	"github.com/charmbracelet/x/exp/golden"
)

// goldenFile names a golden file for golden.RequireEqual (x/exp/golden, the module's one
// golden helper and -update flag), which reads and writes testdata/<Name()>.golden.
type goldenFile struct {
	testing.TB
	name string
}

// Name is the file's name under testdata, without ".golden".
func (g goldenFile) Name() string { return g.name }

// TestAiWellFlowChinese checks the marks of the bundled AiWellFlow policy, whose Chinese part
// comes before its English one, against golden files recorded when Chinese still shared the
// English lexicon's table (go test -update rewrites them): testdata/aiwellflow-zh.golden for
// its Chinese part read alone (the English part's clauses set to a language with no
// lexicon, so that it cannot make up for a mark the Chinese part lost), and
// testdata/aiwellflow.golden for the whole policy. Each line is a key's status, scope and
// value. A Chinese clause is never marked by an English rule.
func TestAiWellFlowChinese(t *testing.T) {
	t.Parallel()
	path := filepath.Join(seedDir, "aiwellflow.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no seed: %v", err)
	}
	for _, c := range []struct {
		golden string
		zhOnly bool
	}{{"aiwellflow-zh", true}, {"aiwellflow", false}} {
		p, err := model.Parse(path, data)
		if err != nil {
			t.Fatal(err)
		}
		zh := 0
		for i := range p.Clauses {
			switch {
			case p.Clauses[i].Lang == model.LangZH:
				zh++
			case c.zhOnly:
				p.Clauses[i].Lang = model.LangKO
			}
		}
		if zh < len(p.Clauses)/3 {
			t.Fatalf("AiWellFlow has %d Chinese clauses of %d", zh, len(p.Clauses))
		}
		var b strings.Builder
		for _, f := range Analyze(p).Findings {
			fmt.Fprintf(&b, "%-34s %-13s %-8s %q\n", f.Key, f.Status, f.Scope, f.Value)
			for _, e := range f.Evidence {
				if p.Clauses[e.Clause].Lang == model.LangZH && !strings.HasPrefix(e.Rule, "zh.") {
					t.Errorf("%v: a Chinese clause marked by rule %s", f.Key, e.Rule)
				}
			}
		}
		golden.RequireEqual(goldenFile{t, c.golden}, b.String())
	}
}

// TestChineseOwnLexicon checks that Chinese and English are read each with its own lexicon: a
// Chinese clause is marked by "zh." rules, English loanwords in it included ("Cookie", "IP地址",
// "GPS"), and an English clause by "en." rules only.
func TestChineseOwnLexicon(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, prefix string
		key          Key
	}{
		{"我们会使用Cookie记录您的偏好。", "zh.", DataCookies},
		{"我们会收集您的IP地址。", "zh.", DataNetwork},
		{"经您同意，我们会通过GPS获取您的位置。", "zh.", DataLocation},
		{"我们会收集您的IMEI。", "zh.", DataDevice},
		{"我們不會出售您的個人資料。", "zh.", PracticeSale},
		{"We use cookies to remember your preferences.", "en.", DataCookies},
		{"We do not sell your personal information.", "en.", PracticeSale},
	} {
		r := Analyze(testPolicy("General", c.text))
		f := r.Finding(c.key)
		if f.Status == NotMentioned || len(f.Evidence) == 0 {
			t.Errorf("%q: %v not found", c.text, c.key)
			continue
		}
		if rule := f.Evidence[0].Rule; !strings.HasPrefix(rule, c.prefix) {
			t.Errorf("%q: %v marked by %s, want a %s rule", c.text, c.key, rule, c.prefix)
		}
	}
	if lexiconFor(model.LangZH) != lexZH || lexiconFor(model.LangEN) != lexEN {
		t.Error("Chinese and English do not have their own lexicons")
	}
}

// TestNotAnalysedLanguages parses short policies in Korean, Russian and Dutch, languages with no
// lexicon, as the app does, and checks that every key is unknown, with no evidence, and the
// language named (ui/cli's TestMatrixNotAnalysed checks compare --json and the text matrix).
func TestNotAnalysedLanguages(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		lang       model.Lang
	}{
		{"Korean", "# 개인정보 처리방침\n\n회사는 회원 가입 시 이름, 이메일 주소, 전화번호를 수집합니다. 이용자는 언제든지 자신의 개인정보에 대한 열람, 정정, 삭제를 요청할 수 있습니다.\n", model.LangKO},
		{"Russian", "# Политика конфиденциальности\n\nМы собираем ваше имя, адрес электронной почты и номер телефона. Вы можете в любое время запросить доступ к своим персональным данным, их исправление или удаление.\n", model.LangRU},
		{"Dutch", "# Privacyverklaring\n\nWij verzamelen uw naam, e-mailadres en telefoonnummer wanneer u een account aanmaakt. U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te laten verwijderen. Wij verkopen uw gegevens niet aan derden.\n", model.LangNL},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := model.Parse(strings.ToLower(c.name)+".md", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			r := Analyze(p)
			if r.Analysed() || r.NotAnalysedText() != "not analysed: "+c.name {
				t.Fatalf("analysed %v, %q; want not analysed: %s", r.Analysed(), r.NotAnalysedText(), c.name)
			}
			if len(r.NotAnalysed) != 1 || r.NotAnalysed[0] != c.lang {
				t.Errorf("not analysed %v, want [%v]", r.NotAnalysed, c.lang)
			}
			for _, f := range r.Findings {
				if f.Status != Unknown || len(f.Evidence) != 0 {
					t.Errorf("%v = %v with %d evidence, want unknown", f.Key, f.Status, len(f.Evidence))
				}
			}
		})
	}
}
