package model

import (
	"fmt"
	"strings"
	"testing"
)

func TestTextLang(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want Lang
	}{
		{"english", "We collect the information you provide to us when you create an account.", LangEN},
		{"french", "Nous collectons les données que vous nous fournissez lors de la création de votre compte.", LangFR},
		{"german", "Wir erheben die Daten, die Sie uns bei der Erstellung Ihres Kontos mitteilen.", LangDE},
		{"spanish", "Recopilamos los datos que usted nos proporciona cuando crea su cuenta.", LangES},
		{"italian", "Raccogliamo i dati che ci fornisci quando crei il tuo account.", LangIT},
		{"portuguese", "Recolhemos os dados que você nos fornece quando cria a sua conta.", LangPT},
		{"dutch", "Wij verzamelen de gegevens die u ons verstrekt wanneer u een account aanmaakt.", LangNL},
		{"polish", "Zbieramy dane, które nam przekazujesz podczas zakładania konta.", LangPL},
		{"turkish", "Hesap oluşturduğunuzda bize verdiğiniz kişisel verileri topluyoruz.", LangTR},
		{"swedish", "Vi samlar in de uppgifter som du lämnar till oss när du skapar ett konto.", LangSV},
		{"simplified chinese", "我们会收集您在注册账户时提供的个人信息。", LangZH},
		{"traditional chinese", "我們會收集您在註冊帳戶時提供的個人資料。", LangZH},
		{"chinese naming a product", "您可以通过Apple ID登录我们的服务。", LangZH},
		{"japanese", "当社は、お客様がアカウントを作成する際に提供する個人情報を収集します。", LangJA},
		{"japanese katakana only", "プライバシーポリシー", LangJA},
		{"korean", "당사는 귀하가 계정을 만들 때 제공하는 개인정보를 수집합니다.", LangKO},
		{"russian", "Мы собираем данные, которые вы предоставляете при создании учётной записи.", LangRU},
		{"arabic", "نقوم بجمع المعلومات التي تقدمها لنا عند إنشاء حساب.", LangAR},
		{"hebrew", "אנו אוספים את המידע שאתה מספק לנו בעת יצירת חשבון.", LangHE},
		{"german heading by its letters", "Datenschutzerklärung für Nutzer", LangDE},
		{"spanish heading by its letters", "Información básica", LangES},
		// Near misses: no clue, or a clue that belongs to an address or a compound.
		{"product name only", "Google Analytics", LangUnknown},
		{"e-mail address", "E-mail: privacy@example.com", LangUnknown},
		{"numbering letters", "3.d.Other Examples", LangUnknown},
		{"digits and punctuation", "2025-07-30 | 42 %", LangUnknown},
		{"one letter", "a", LangUnknown},
		{"chinese middle dot is not kana", "隐私政策・用户协议", LangZH},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := textLang(tt.text); got != tt.want {
				t.Errorf("textLang(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestPartLangs checks the language every part, section and clause is labelled with, as list,
// the reader and the detector see it.
func TestPartLangs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		doc   string
		parts []Lang
	}{
		{"french", "# Politique de confidentialité\n\n## Données collectées\n\nNous collectons les données que vous nous fournissez.\n\n## Vos droits\n\nVous pouvez demander l'accès à vos données.\n", []Lang{LangFR}},
		{"german", "Datenschutzerklärung\n\n1. Verantwortlicher\n\nVerantwortlich für die Verarbeitung ist die Beispiel GmbH.\n\n2. Ihre Rechte\n\nSie haben das Recht auf Auskunft über Ihre Daten.\n", []Lang{LangDE}},
		{"japanese", "# プライバシーポリシー\n\n## 収集する情報\n\n当社は、お客様が提供する情報を収集します。\n\n## お問い合わせ\n\nご質問はメールでお問い合わせください。\n", []Lang{LangJA}},
		{"japanese with kanji-only headings", "# 個人情報保護方針\n\n## 個人情報の取得\n\n当社は、お客様が提供する情報を収集します。\n\n## 利用目的\n\n当社は、取得した情報をサービスの提供に利用します。\n\n## 第三者提供\n\n当社は、法令に基づく場合を除き、第三者に提供しません。\n", []Lang{LangJA}},
		{"korean", "# 개인정보 처리방침\n\n## 수집하는 정보\n\n당사는 귀하가 제공하는 정보를 수집합니다.\n", []Lang{LangKO}},
		{"russian", "# Политика конфиденциальности\n\n## Какие данные мы собираем\n\nМы собираем данные, которые вы нам предоставляете.\n", []Lang{LangRU}},
		{"french then english", "# Politique de confidentialité\n\n## Données que nous collectons\n\nNous collectons les données que vous nous fournissez lors de votre inscription.\n\n## Vos droits\n\nVous pouvez demander l'accès à vos données et leur suppression.\n\n## Contact\n\nÉcrivez-nous à privacy@example.com.\n\n# Privacy Policy\n\n## Data We Collect\n\nWe collect the data you provide to us when you sign up.\n\n## Your Rights\n\nYou can ask for access to your data and for its deletion.\n\n## Contact\n\nWrite to us at privacy@example.com.\n", []Lang{LangFR, LangEN}},
		{"german then english", "Datenschutzerklärung\n\n1. Welche Daten wir erheben\n\nWir erheben die Daten, die Sie uns bei der Anmeldung mitteilen.\n\n2. Ihre Rechte\n\nSie können Auskunft über Ihre Daten und deren Löschung verlangen.\n\nPrivacy Policy\n\n1. What data we collect\n\nWe collect the data you give us when you sign up.\n\n2. Your rights\n\nYou can ask for access to your data and for its deletion.\n", []Lang{LangDE, LangEN}},
		// Near miss: a title whose one function word reads as Portuguese ("A") is a label, not a
		// Portuguese part before an English one.
		{"english titled with an article", "# A Privacy Policy\n\n## Data\n\nWe collect your email.\n", []Lang{LangEN}},
		// Near miss: a short label under a short notice ("A Coruña", a town) holds no sentence,
		// so it is no Portuguese part however its one word reads.
		{"english notice signed with a place name", "We use cookies.\n\nA Coruña\n", []Lang{LangEN}},
		// Near miss: an English policy that quotes a French sentence is one English part.
		{"english quoting french", "# Privacy Policy\n\n## Data We Collect\n\nWe collect the data you provide to us when you sign up.\n\n## Notice for France\n\nOur French notice reads:\n\n> Nous ne vendons pas vos données personnelles à des tiers.\n\n## Your Rights\n\nYou can ask for access to your data and for its deletion.\n\n## Contact\n\nWrite to us at privacy@example.com if you have any questions about this policy.\n", []Lang{LangEN}},
		{"chinese then english", "# 隐私政策\n\n## 我们收集的信息\n\n我们会收集您提供的个人信息，用于提供服务。\n\n## 联系我们\n\n如有问题，请联系我们。\n\n# Privacy Policy\n\n## Information We Collect\n\nWe collect the personal information you provide to us.\n\n## Contact Us\n\nIf you have questions, please contact us.\n", []Lang{LangZH, LangEN}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.doc)
			if !equalLangs(p.Langs, tt.parts) {
				t.Fatalf("Langs = %v, want %v", p.Langs, tt.parts)
			}
			for _, s := range p.Sections {
				if s.Lang != p.Parts[s.Part].Lang {
					t.Errorf("section %q: Lang %v in a %v part", s.Title, s.Lang, p.Parts[s.Part].Lang)
				}
			}
			for _, c := range p.Clauses {
				if c.Lang == LangUnknown {
					t.Errorf("clause %q has no language", c.Text)
				}
			}
		})
	}
}

func equalLangs(a, b []Lang) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkTextLang measures language identification alone, over paragraphs of English, French,
// German and Chinese (bytes/s is the cost per MB of text).
func BenchmarkTextLang(b *testing.B) {
	paras := []string{
		"We collect the information you provide to us when you create an account, contact our support team or take part in a survey.",
		"Nous collectons les données que vous nous fournissez lors de la création de votre compte ou lorsque vous contactez notre service client.",
		"Wir erheben die Daten, die Sie uns bei der Erstellung Ihres Kontos oder bei einer Anfrage an unseren Kundendienst mitteilen.",
		"我们会收集您在注册账户、联系客服或参与调查时主动提供的个人信息，用于向您提供服务。",
	}
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range paras {
			textLang(p)
		}
	}
}

// BenchmarkLabelBlocks measures labelling every block of a long policy (French, with headings
// and list items that have no clue of their own).
func BenchmarkLabelBlocks(b *testing.B) {
	doc := strings.Repeat("## Données collectées\n\nNous collectons les données que vous nous fournissez.\n\n- Google Analytics\n- adresse e-mail\n\n", 2000)
	blocks := scan(splitLines([]byte(doc)), nil)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		labelBlocks(blocks)
	}
}

// TestBilingualPartsAnyLanguages checks where a translated policy is split and what each half is called,
// and that a quotation in another language keeps its own language inside a one-part policy.
func TestBilingualPartsAnyLanguages(t *testing.T) {
	t.Parallel()
	fr := "# Politique de confidentialité\n\n## Données que nous collectons\n\nNous collectons les données que vous nous fournissez.\n\n## Vos droits\n\nVous pouvez demander l'accès à vos données.\n\n"
	en := "# Privacy Policy\n\n## Data We Collect\n\nWe collect the data you provide to us.\n\n## Your Rights\n\nYou can ask for access to your data.\n"
	p := mustParse(t, fr+en)
	if len(p.Parts) != 2 {
		t.Fatalf("%d parts, want 2", len(p.Parts))
	}
	if p.Parts[0].Title != "Politique de confidentialité" || p.Parts[1].Title != "Privacy Policy" {
		t.Errorf("part titles %q, %q", p.Parts[0].Title, p.Parts[1].Title)
	}
	if got := p.Sections[p.Parts[1].FirstSection].Title; got != "Data We Collect" {
		t.Errorf("the English part starts at %q", got)
	}

	q := mustParse(t, "# Privacy Policy\n\n## Data We Collect\n\nWe collect the data you provide to us when you sign up, and the data "+
		"your device sends us when you use the app.\n\n## Notice for France\n\nOur notice for users in France reads as follows, "+
		"and it means that we never sell your data:\n\n> Nous ne vendons pas vos données personnelles à des tiers.\n\n"+
		"## Your Rights\n\nYou can ask for access to your data and for its deletion at any time.\n")
	if len(q.Parts) != 1 || q.Parts[0].Lang != LangEN {
		t.Fatalf("parts %+v, want one English part", q.Parts)
	}
	langs := map[string]Lang{}
	for _, c := range q.Clauses {
		langs[c.Text] = c.Lang
	}
	if l := langs["Nous ne vendons pas vos données personnelles à des tiers."]; l != LangFR {
		t.Errorf("the quoted French clause is %v, want fr", l)
	}
}

// frenchGerman builds a policy of about size bytes: a French half followed by its German
// translation, with the headings, lists and controller lines the metadata rules read.
func frenchGerman(size int) []byte {
	var fr, de strings.Builder
	for i := 1; fr.Len()+de.Len() < size; i++ {
		fmt.Fprintf(&fr, "## %d. Données que nous collectons\n\nNous collectons les données que vous nous fournissez lors de la création de votre compte, "+
			"ainsi que les données de navigation. Le responsable du traitement est la société Exemple SAS, dont le siège est à Paris.\n\n"+
			"- adresse e-mail\n- Google Analytics\n\n", i)
		fmt.Fprintf(&de, "## %d. Welche Daten wir erheben\n\nWir erheben die Daten, die Sie uns bei der Erstellung Ihres Kontos mitteilen, "+
			"sowie Nutzungsdaten. Verantwortlicher ist die Beispiel GmbH mit Sitz in Berlin.\n\n- E-Mail-Adresse\n- Google Analytics\n\n", i)
	}
	return []byte("# Politique de confidentialité\n\nMise à jour : 30 juillet 2025\n\n" + fr.String() +
		"# Datenschutzerklärung\n\nStand: Juli 2025\n\n" + de.String())
}

// BenchmarkParseBilingual parses a French policy followed by its German translation, the
// languages' own rules (identification, split, dates, controller) included: MB/s should stay
// flat across the sizes.
func BenchmarkParseBilingual(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20} {
		data := frenchGerman(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("bilingual", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestParseBilingualSynthetic checks what the benchmark parses: two parts, French then German.
func TestParseBilingualSynthetic(t *testing.T) {
	t.Parallel()
	p := mustParse(t, string(frenchGerman(32<<10)))
	if !equalLangs(p.Langs, []Lang{LangFR, LangDE}) || p.Date != "2025-07-30" || p.Company != "Exemple SAS" {
		t.Errorf("langs %v, date %q, company %q", p.Langs, p.Date, p.Company)
	}
}

// TestKanjiOnlyInJapanese checks that a short kanji-only clause of a Japanese policy is
// Japanese, while a Chinese policy's clauses stay Chinese.
func TestKanjiOnlyInJapanese(t *testing.T) {
	t.Parallel()
	ja := mustParse(t, "# プライバシーポリシー\n\n当社は、次の法令を遵守します。\n\n- 個人情報保護法\n- 電気通信事業法\n\n当社は、取得した情報をサービスの提供に利用します。\n")
	zh := mustParse(t, "# 隐私政策\n\n我们遵守以下法律。\n\n- 个人信息保护法\n- 网络安全法\n\n我们会将收集的信息用于提供服务。\n")
	for _, tt := range []struct {
		p    *Policy
		want Lang
	}{{ja, LangJA}, {zh, LangZH}} {
		for _, c := range tt.p.Clauses {
			if c.Lang != tt.want {
				t.Errorf("clause %q is %v, want %v", c.Text, c.Lang, tt.want)
			}
		}
	}
}
