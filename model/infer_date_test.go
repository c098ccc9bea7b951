package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFindDateIntl reads dates written in the other languages, and near misses that are not
// dates.
func TestFindDateIntl(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"30 juillet 2025", "2025-07-30"},
		{"1er mai 2024", "2024-05-01"},
		{"le 3 mars 2024", "2024-03-03"},
		{"17 août 2023", "2023-08-17"},
		{"1. Januar 2024", "2024-01-01"},
		{"Juni 2021", "2021-06"},
		{"März 2023", "2023-03"},
		{"3 de marzo de 2024", "2024-03-03"},
		{"15 de septiembre de 2022", "2022-09-15"},
		{"12 marzo 2024", "2024-03-12"},
		{"1º de julho de 2023", "2023-07-01"},
		{"30 luglio 2025", "2025-07-30"},
		{"1 januari 2024", "2024-01-01"},
		{"1 марта 2024 г.", "2024-03-01"},
		{"30.07.2025", "2025-07-30"},
		{"2024년 3월 1일", "2024-03-01"},
		{"2024年3月1日", "2024-03-01"},
		{"２０２４年４月１日", "2024-04-01"},
		{"制定日：２０２４年４月１日", "2024-04-01"},
		// Near misses.
		{"maintenant 2024 fois", ""}, // "mai" inside a word is no month
		{"Mainz 2024", ""},           // nor is "Main…"
		{"version 3.1.2024a", ""},    // a version number glued to letters
		{"Article 32 mars", ""},      // a month without a year
		{"mayonnaise 2020", ""},      // "mayo" inside a word
		{"30.13.2025", ""},           // no thirteenth month
		{"le 31 juin 1850", ""},      // before any privacy policy
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInferDateIntl checks the policy's date as list shows it, for documents in each language,
// with near misses where a date in the text is not the policy's.
func TestInferDateIntl(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"french mise à jour", "# Politique de confidentialité\n\nMise à jour : 30 juillet 2025\n\n## Données\n\nNous collectons vos données.\n", "2025-07-30"},
		{"french dernière mise à jour le", "Politique de confidentialité\n\nDernière mise à jour le 3 mars 2024\n\n1. Données\n\nNous collectons vos données.\n", "2024-03-03"},
		{"french in the title", "# Politique de confidentialité (mise à jour du 17 mai 2024)\n\nNous collectons vos données personnelles.\n", "2024-05-17"},
		{"german Stand", "# Datenschutzerklärung\n\nStand: Juni 2021\n\n## 1. Verantwortlicher\n\nVerantwortlich ist die Beispiel GmbH.\n", "2021-06"},
		{"german Gültig ab", "# Datenschutzerklärung\n\nGültig ab 1. Januar 2024\n\n## 1. Daten\n\nWir verarbeiten Ihre Daten.\n", "2024-01-01"},
		{"german dotted", "# Datenschutzerklärung\n\nZuletzt aktualisiert am 30.07.2025\n\n## 1. Daten\n\nWir verarbeiten Ihre Daten.\n", "2025-07-30"},
		{"french slashes, day first", "# Politique de confidentialité\n\nDernière mise à jour : 03/04/2024\n\n## Données\n\nNous collectons vos données.\n", "2024-04-03"},
		{"spanish", "# Política de privacidad\n\nÚltima actualización: 15 de septiembre de 2022\n\n## Datos\n\nTratamos sus datos.\n", "2022-09-15"},
		{"italian", "# Informativa sulla privacy\n\nUltimo aggiornamento: 12 marzo 2024\n\n## Dati\n\nTrattiamo i tuoi dati.\n", "2024-03-12"},
		{"portuguese", "# Política de privacidade\n\nÚltima atualização: 1º de julho de 2023\n\n## Dados\n\nTratamos os seus dados.\n", "2023-07-01"},
		{"dutch", "# Privacyverklaring\n\nLaatst bijgewerkt: 1 januari 2024\n\n## Gegevens\n\nWij verwerken uw gegevens.\n", "2024-01-01"},
		{"chinese 生效日期", "隐私政策\n\n生效日期：2023年5月1日\n\n一、我们收集的信息\n\n我们会收集您的手机号码。\n", "2023-05-01"},
		{"japanese", "# プライバシーポリシー\n\n制定日：2024年4月1日\n\n## 収集する情報\n\n当社は情報を収集します。\n", "2024-04-01"},
		{"japanese full-width digits", "# プライバシーポリシー\n\n最終更新日：２０２５年１月１５日\n\n## 収集する情報\n\n当社は情報を収集します。\n", "2025-01-15"},
		{"chinese full-width digits with a tail", "隐私政策\n\n本政策自２０２３年５月１日起生效。\n\n一、我们收集的信息\n\n我们会收集您的手机号码。\n", "2023-05-01"},
		{"korean", "# 개인정보 처리방침\n\n시행일: 2024년 3월 1일\n\n## 수집하는 정보\n\n당사는 정보를 수집합니다.\n", "2024-03-01"},
		{"russian", "# Политика конфиденциальности\n\nДата последнего обновления: 1 марта 2024 г.\n\n## Какие данные мы собираем\n\nМы собираем данные.\n", "2024-03-01"},
		// Near misses: a law's date in the body, a "Stand" that is not a date line.
		{"french law in force", "# Politique de confidentialité\n\n## Cadre légal\n\nNous collectons vos données.\n\nNous les gardons un an.\n\nNous ne les vendons pas.\n\n## Vos droits\n\nLe RGPD, entré en vigueur le 25 mai 2018, vous donne des droits.\n", ""},
		{"german law in force", "# Datenschutzerklärung\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n\nWir speichern sie ein Jahr.\n\nWir verkaufen sie nicht.\n\n## Rechtsgrundlage\n\nDie DSGVO ist in Kraft seit 25. Mai 2018 und gilt für uns.\n", ""},
		{"english slashes stay month first", "# Privacy Policy\n\nLast updated: 03/04/2024\n\n## Data\n\nWe collect the data you give us.\n", "2024-03-04"},
		{"german published and in effect", "# Datenschutzrichtlinie\n\nDatum der Veröffentlichung: 17. Mai 2021 Mit Wirkung vom 1. Juni 2021\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n", "2021-06-01"},
		{"french date de publication", "# Politique de confidentialité\n\nDate de publication : 2 février 2022\n\n## Données\n\nNous collectons vos données.\n", "2022-02-02"},
		{"english year glued to a link", "# Privacy Policy\n\nEffective March 3, 2025[Older version](https://example.com/old)\n\n## Data\n\nWe collect the data you give us.\n", "2025-03-03"},
		{"chinese year glued to a link", "隐私政策\n\n生效日期：2023-05-01[历史版本](https://example.com/old)\n\n一、我们收集的信息\n\n我们会收集您的手机号码。\n", "2023-05-01"},
		{"german wurde zuletzt am … angepasst", "# Datenschutzerklärung\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n\nWir speichern sie ein Jahr.\n\nWir verkaufen sie nicht.\n\n## Änderungen\n\nDiese Datenschutzerklärung wurde zuletzt am 24.05.2019 angepasst.\n", "2019-05-24"},
		{"german gelten ab", "# Datenschutzbestimmungen\n\nDiese Datenschutzbestimmungen gelten ab 01.02.2024. Bis dahin gilt die bisherige Version.\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n", "2024-02-01"},
		{"french dernière fois le", "# Protection des données\n\n## Données\n\nNous collectons vos données.\n\nNous les gardons un an.\n\nNous ne les vendons pas.\n\n## Mises à jour\n\nCes informations ont été actualisées la dernière fois le 22.08.2023.\n", "2023-08-22"},
		// Near misses: a rule that applies from a date in the body, not the policy; a user's
		// last visit.
		{"german gilt ab in the body", "# Datenschutzerklärung\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n\nWir speichern sie ein Jahr.\n\nWir verkaufen sie nicht.\n\n## Recht\n\nDie neue Regel gilt ab 01.01.2019 für alle Händler.\n", ""},
		{"french last visit is no date key", "# Politique de confidentialité\n\n## Données\n\nNous collectons vos données.\n\nNous enregistrons la date de votre dernière visite, 2 fois par jour.\n", ""},
		// Near misses: "mit Wirkung vom" in the body is about a law or a contract, not the policy;
		// a product number glued to a capital is no year.
		{"german mit Wirkung in the body", "# Datenschutzerklärung\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n\nWir speichern sie ein Jahr.\n\nWir verkaufen sie nicht.\n\n## Verträge\n\nDer Vertrag mit der Beispiel GmbH gilt mit Wirkung vom 1. Januar 2019.\n", ""},
		{"english model number", "# Privacy Policy\n\nEffective for the X12345Pro device.\n\n## Data\n\nWe collect the data you give us.\n", ""},
		{"german Stand der Technik", "# Datenschutzerklärung\n\n## Sicherheit\n\nWir schützen Ihre Daten nach dem Stand der Technik.\n\n## Historie\n\nDas Unternehmen besteht seit März 2010.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Date; got != tt.want {
				t.Errorf("Date = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFrontMatter reads the title and dates of YAML front matter, and near misses that are not
// front matter.
func TestFrontMatter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src   string
		title, date string
	}{
		{"hugo", "---\ntitle: Datenschutzerklärung\nslug: privacy\nlastmod: 2023-08-23\n---\n\nWir verarbeiten Ihre Daten nur, wenn es nötig ist.\n\n## Ihre Rechte\n\nSie haben das Recht auf Auskunft.\n",
			"Datenschutzerklärung", "2023-08-23"},
		{"date and lastmod", "---\ntitle: \"Política de privacidad\"\ndate: 2019-09-19\nlastmod: 2019-12-05T10:00:00+01:00\n---\n\nTratamos sus datos con cuidado.\n",
			"Política de privacidad", "2019-12-05"},
		{"date only", "---\nlayout: page\ntitle: Privacy Policy\ndate: 2020-01-02 09:00:00\n---\n\nWe collect the data you give us.\n",
			"Privacy Policy", "2020-01-02"},
		{"the text's date wins", "---\ntitle: Privacy Policy\nlastmod: 2020-01-02\n---\n\nLast updated: March 3, 2024\n\nWe collect the data you give us.\n",
			"Privacy Policy", "2024-03-03"},
		{"the text's own title wins", "---\ntitle: Privacy\n---\n\n# Acme Privacy Policy\n\nWe collect the data you give us.\n\n## Data\n\nWe collect data.\n",
			"Acme Privacy Policy", ""},
		// Near misses.
		{"a thematic break is not front matter", "Privacy Policy\n\n---\n\ntitle: not a key\n\nWe collect the data you give us.\n",
			"Privacy Policy", ""},
		{"unclosed", "---\ntitle: Draft\nWe collect the data you give us.\n", "", ""},
		{"nested key", "---\nseo:\n  title: SEO Title\n  date: 2020-01-01\n---\n\n# Privacy Policy\n\nWe collect the data you give us.\n",
			"Privacy Policy", ""},
		{"not a date", "---\ntitle: Privacy\nlastmod: yesterday\n---\n\nWe collect the data you give us.\n", "Privacy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			if (tt.title != "" && p.Title != tt.title) || p.Date != tt.date {
				t.Errorf("title %q, date %q; want %q, %q", p.Title, p.Date, tt.title, tt.date)
			}
			if tt.title == "" && p.Title == "Draft" {
				t.Errorf("title %q from unclosed front matter", p.Title)
			}
		})
	}
}

// TestDateLineIsNoTitle checks that a line saying only when the policy changed is never its
// title, while a title that carries a date keeps its words.
func TestDateLineIsNoTitle(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"À compter du : 1er mai 2024\n\nPolitique de confidentialité de Lime\n\nNous collectons vos données personnelles.\n", "Politique de confidentialité de Lime"},
		{"# (Mise à jour du 17 mai 2024)\n\n## Vos données\n\nNous collectons vos données personnelles.\n\n## Vos droits\n\nVous avez des droits.\n", ""},
		// Near miss: the date is part of a title that says more.
		{"# Politique de confidentialité du 17 mai 2024\n\nNous collectons vos données personnelles.\n", "Politique de confidentialité du 17 mai 2024"},
	}
	for _, tt := range tests {
		p := mustParse(t, tt.src)
		if tt.want == "" && dateOnlyLine(p.Title) || tt.want != "" && p.Title != tt.want {
			t.Errorf("%q: title %q, want %q", tt.src, p.Title, tt.want)
		}
	}
}

// TestTitleDateCut checks that the policy's date and its keyword are cut from the end of a
// title in any language.
func TestTitleDateCut(t *testing.T) {
	t.Parallel()
	tests := []struct{ title, date, want string }{
		{"Politique de confidentialité – Mise à jour du 3 mars 2024", "2024-03-03", "Politique de confidentialité"},
		{"Datenschutzerklärung (Stand: Juni 2021)", "2021-06", "Datenschutzerklärung"},
		{"Política de privacidad - Última actualización: 15 de septiembre de 2022", "2022-09-15", "Política de privacidad"},
		{"隐私政策 ２０１９年９月２０日", "2019-09-20", "隐私政策"},
		// Near misses: the date completes the title, or is not the policy's.
		{"Datenschutzerklärung vom 1. Januar 2024", "2024-01-01", "Datenschutzerklärung vom 1. Januar 2024"},
		{"Politique de confidentialité – Mise à jour du 3 mars 2024", "2023-01-01", "Politique de confidentialité – Mise à jour du 3 mars 2024"},
	}
	for _, tt := range tests {
		if got := trimTitleDate(tt.title, tt.date); got != tt.want {
			t.Errorf("trimTitleDate(%q, %q) = %q, want %q", tt.title, tt.date, got, tt.want)
		}
	}
}

// TestDisplayTitleIn checks the case an all-capitals title is shown in, by language.
func TestDisplayTitleIn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		lang Lang
		want string
	}{
		{"PRIVACY POLICY", LangEN, "Privacy Policy"},
		{"POLITIQUE DE CONFIDENTIALITÉ", LangFR, "Politique de confidentialité"},
		{"DATENSCHUTZERKLÄRUNG FÜR NUTZER", LangDE, "Datenschutzerklärung für Nutzer"},
		{"POLÍTICA DE PRIVACIDAD", LangES, "Política de privacidad"},
		{"隐私政策", LangZH, "隐私政策"},
		// Near misses: a title with lower-case letters is the author's and stays.
		{"Politique De Confidentialité", LangFR, "Politique De Confidentialité"},
		{"FAQ", LangEN, "FAQ"},
	}
	for _, tt := range tests {
		if got := displayTitleIn(tt.in, tt.lang); got != tt.want {
			t.Errorf("displayTitleIn(%q, %v) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// TestDateKeyPrefixes checks the prefilter never rejects a text holding a keyword, in the
// case written or in capitals, and rejects a clause holding none.
func TestDateKeyPrefixes(t *testing.T) {
	for _, keys := range [][]string{strongDateKeys, weakDateKeys} {
		weak := len(keys) == len(weakDateKeys) && keys[0] == weakDateKeys[0]
		for _, k := range keys {
			if len(k) < 4 {
				t.Errorf("keyword %q is shorter than the four bytes the prefilter reads", k)
			}
			for _, text := range []string{"xx " + k + " 2024", strings.ToUpper(k) + ": 2024", titleFirst(k)} {
				if !dateKeyPrefixes().mayHold(text, weak) {
					t.Errorf("mayHold(%q, %v) = false", text, weak)
				}
			}
		}
	}
	if dateKeyPrefixes().mayHold("We keep your account for 12 months.", false) {
		t.Error("near miss: a clause without a keyword passes the prefilter")
	}
}

// titleFirst returns s with its first letter in upper case.
func titleFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
