package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// Made-up privacy policies in languages the detector has no lexicon for, and one in French,
// which it has.
const (
	koreanPolicy  = "# 개인정보 처리방침\n\n## 수집하는 개인정보\n\n회사는 회원 가입 시 이름, 이메일 주소, 전화번호를 수집합니다. 회사는 귀하의 개인정보를 판매하지 않습니다.\n\n## 이용자의 권리\n\n이용자는 언제든지 자신의 개인정보에 대한 열람, 정정, 삭제를 요청할 수 있습니다.\n"
	russianPolicy = "# Политика конфиденциальности\n\n## Какие данные мы собираем\n\nМы собираем ваше имя, адрес электронной почты и номер телефона при регистрации. Мы не продаём ваши персональные данные третьим лицам.\n\n## Ваши права\n\nВы можете в любое время запросить доступ к своим данным, их исправление или удаление.\n"
	dutchPolicy   = "# Privacyverklaring\n\n## Welke gegevens wij verzamelen\n\nWij verzamelen uw naam, e-mailadres en telefoonnummer wanneer u zich registreert. Wij verkopen uw persoonsgegevens niet aan derden.\n\n## Uw rechten\n\nU kunt op elk moment inzage, correctie of verwijdering van uw gegevens vragen.\n"
	frenchPolicy  = "# Politique de confidentialité\n\n## Données que nous collectons\n\nNous collectons votre nom, votre adresse e-mail et votre numéro de téléphone lors de votre inscription. Nous ne vendons pas vos données personnelles.\n\n## Vos droits\n\nVous disposez d’un droit d’accès, de rectification et d’effacement de vos données. Vous pouvez introduire une réclamation auprès de la CNIL.\n"
)

// TestCompareJSONNotAnalysed checks compare --json on policies in Korean, Russian and Dutch:
// every key is "unknown" (never "not_mentioned") and not_analysed names the language; a French
// policy is analysed, and its evidence names the French rule that fired.
func TestCompareJSONNotAnalysed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := []string{
		writeFile(t, dir, "ko.md", koreanPolicy), writeFile(t, dir, "ru.md", russianPolicy),
		writeFile(t, dir, "nl.md", dutchPolicy), writeFile(t, dir, "fr.md", frenchPolicy),
	}
	out, errOut, code := runCLI(t, append([]string{"compare", "--json"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Policies []struct {
			Source      string
			Languages   []string
			NotAnalysed []string `json:"not_analysed"`
			Findings    []struct {
				Key, Status string
				Evidence    []struct{ Quote, Rule string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Policies) != 4 {
		t.Fatalf("%d policies, want 4", len(doc.Policies))
	}
	for i, lang := range []string{"ko", "ru", "nl"} {
		p := doc.Policies[i]
		if !slices.Equal(p.NotAnalysed, []string{lang}) || !slices.Equal(p.Languages, []string{lang}) {
			t.Errorf("%s: languages %v, not_analysed %v; want [%s] and [%s]", p.Source, p.Languages, p.NotAnalysed, lang, lang)
		}
		for _, f := range p.Findings {
			if f.Status != "unknown" {
				t.Errorf("%s %s = %s, want unknown", p.Source, f.Key, f.Status)
			}
		}
	}
	fr := doc.Policies[3]
	if len(fr.NotAnalysed) != 0 || !slices.Equal(fr.Languages, []string{"fr"}) {
		t.Errorf("French policy: languages %v, not_analysed %v", fr.Languages, fr.NotAnalysed)
	}
	want := map[string]string{"right.access": "declared", "right.correction": "declared", "right.deletion": "declared",
		"right.complaint": "declared", "data.contact": "declared", "practice.sale": "denied", "right.portability": "not_mentioned"}
	for _, f := range fr.Findings {
		w, ok := want[f.Key]
		if !ok {
			continue
		}
		if f.Status != w {
			t.Errorf("French %s = %s, want %s", f.Key, f.Status, w)
		}
		if f.Status != "not_mentioned" && (len(f.Evidence) == 0 || !strings.HasPrefix(f.Evidence[0].Rule, "fr.")) {
			t.Errorf("French %s: evidence %+v names no French rule", f.Key, f.Evidence)
		}
	}
}

// TestCompareTextNotAnalysed checks the text matrix marks a Korean policy's keys with ? and
// says why under the values.
func TestCompareTextNotAnalysed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, errOut, code := runCLI(t, "compare", writeFile(t, dir, "ko.md", koreanPolicy))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"right.access", "not analysed: Korean", "? not analysed"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "right.access") && !strings.HasSuffix(strings.TrimSpace(line), "?") {
			t.Errorf("right.access row = %q, want ?", line)
		}
	}
}
