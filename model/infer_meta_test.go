package model

import (
	"strings"
	"testing"
)

// TestCompanyAfterContents checks that a table of contents, a language switcher and other
// short lines at the start of a policy do not push its first sentences out of the part searched
// for the company, and near misses where a name stands beyond that part.
func TestCompanyAfterContents(t *testing.T) {
	t.Parallel()
	toc := "Table of Contents\n\n1. Introduction\n\n2. What is Personal Data?\n\n3. Changes\n\n4. Scope\n\n5. Third-party Services\n\n" +
		"6. Your Rights\n\n7. Updates\n\n8. Security\n\n9. Children\n\n10. Retention\n\n11. Transfers\n\n12. Contact\n\n"
	long := strings.Repeat("We describe here what we do with the information you give us, in plain words.\n\n", 13)
	tests := []struct{ name, src, want string }{
		{"english after a table of contents, bold quotes", "# Privacy Policy\n\n" + toc +
			"## Introduction\n\nExample Social, PBC (\"**we**\", \"**us**\") respects your privacy and protects your data.\n", "Example Social, PBC"},
		{"chinese after a table of contents", "# 隐私政策\n\n目录\n\n一、收集\n\n二、使用\n\n三、共享\n\n四、存储\n\n五、安全\n\n六、权利\n\n七、儿童\n\n八、更新\n\n九、联系\n\n十、其他\n\n十一、附录\n\n十二、定义\n\n" +
			"## 引言\n\n北京某某科技有限公司（以下简称“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。\n", "北京某某科技有限公司"},
		{"german after a language switcher", "# Datenschutzerklärung\n\nDeutsch\n\nEnglish\n\nFrançais\n\nItaliano\n\nEspañol\n\nNederlands\n\nPolski\n\nSuomi\n\nSvenska\n\nDansk\n\nNorsk\n\nČeština\n\n" +
			"Die Beispiel Media GmbH („wir“, „uns“) nimmt den Schutz Ihrer Daten sehr ernst und erklärt hier, was sie tut.\n", "Beispiel Media GmbH"},
		// Near misses: twelve sentences come first, and the name after them is a supplier's.
		{"english supplier after the head", "# Privacy Policy\n\n" + long + "Our servers are hosted by Example Cloud Ltd. in Ireland, which keeps them safe.\n", ""},
		{"english bold quotes defining the service", "# Privacy Policy\n\nExample Social (\"**Service**\") is an app for sharing photos with friends and family.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Company; got != tt.want {
				t.Errorf("Company = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEntityLongSuffix checks that a legal form of several words is kept whole ("GmbH & Co.
// KG"), and near misses where "& Co." joins two names.
func TestEntityLongSuffix(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Verantwortlich ist die Beispiel GmbH & Co. KG, Hauptstraße 1, Berlin.", "Beispiel GmbH & Co. KG"},
		{"Exemple Mode GmbH & Co KG exploite la boutique en ligne.", "Exemple Mode GmbH & Co KG"},
		{"Example Social, PBC runs the service.", "Example Social, PBC"},
		// Near misses: a GmbH followed by another company; "PBC" inside a word.
		{"Die Beispiel GmbH & Partner verarbeiten Daten.", "Beispiel GmbH"},
		{"Wir nutzen PBCtools für Statistiken.", ""},
	}
	for _, tt := range tests {
		if got := entityName(tt.in); got != tt.want {
			t.Errorf("entityName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleRegionIsNoName checks that a region in a policy's title ("Europe privacy policy")
// is not taken for the company, and near misses where the title does name one.
func TestTitleRegionIsNoName(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Europe privacy policy", ""},
		{"Canada Privacy Notice", ""},
		{"Asia Privacy Statement", ""},
		{"Worldwide Privacy Policy", ""},
		// Near misses: a name that holds a region word, a name before the region.
		{"Europe Cars Privacy Policy", "Europe Cars"},
		{"Initech Europe Privacy Policy", "Initech Europe"},
	}
	for _, tt := range tests {
		if got := titleCompany(tt.in); got != tt.want {
			t.Errorf("titleCompany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestControllerEN checks the controller an English policy names by its role, and near
// misses: a partner's role, a joint or independent controller, a controller without a legal
// name, a role that is no sentence about a name.
func TestControllerEN(t *testing.T) {
	t.Parallel()
	// The statement stands after the head, where any legal name would be taken for the company.
	body := "# Privacy Policy\n\n" + strings.Repeat("This policy explains how we handle the information you share with us.\n\n", 13) + "## Who we are\n\n"
	tests := []struct{ name, src, want string }{
		{"name before the role", body + "If you live in the EEA, Example Ireland Limited, with its registered office at 1 Main Street, Dublin, is the controller of your Personal Data.\n",
			"Example Ireland Limited"},
		{"role before the name", body + "If you live in the UK, the data controller responsible for your personal data is Example Europe, Limited. Elsewhere it is another company.\n",
			"Example Europe, Limited"},
		{"role line with a colon", body + "The data controller for our App is Sample SAS, with a registered office in Paris.\n",
			"Sample SAS"},
		{"acts as the controller", body + "Sample Apps GmbH acts as the data controller for the app.\n", "Sample Apps GmbH"},
		// Near misses.
		{"a partner is the controller of its own data", body + "Google LLC is an independent controller of the data its tags collect.\n", ""},
		{"joint controllers", body + "Sample Ltd and Other Ltd are joint controllers of the data.\n", ""},
		{"controller without a legal name", body + "The data controller is the organisation that decides why your data is used.\n", ""},
		{"a role that names no one", body + "You may complain to the controller of any website you visit. Sample Ltd cannot help with that.\n", ""},
		{"french part is read by the french rules", "# Politique de confidentialité\n\n" + strings.Repeat("Nous protégeons vos données avec le plus grand soin, chaque jour.\n\n", 13) +
			"The data controller is Exemple Ltd, in English in the text.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Company; got != tt.want {
				t.Errorf("Company = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestIntlTitleCompany checks the organisation a French, German, Spanish or Italian title
// names after its kind, and near misses where what follows names no organisation.
func TestIntlTitleCompany(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Engagement de confidentialité d’Exemplia", "Exemplia"},
		{"POLITIQUE DE CONFIDENTIALITÉ D'EXEMPLIA", "EXEMPLIA"},
		{"Politique de confidentialité de Boutique Exemple", "Boutique Exemple"},
		{"Datenschutzerklärung von Beispiel", "Beispiel"},
		{"Política de privacidad de Ejemplo", "Ejemplo"},
		{"Informativa sulla privacy di Esempio", "Esempio"},
		// Near misses: accounts, a website, a place; no name at all; a kind that is not first.
		{"Aviso de privacidad de cuentas de Ejemplo", ""},
		{"Politique de confidentialité du site internet", ""},
		{"Datenschutzhinweis für Beispiel-Konten", ""},
		{"Politique de confidentialité", ""},
		{"Votre vie privée et la politique de confidentialité d'Exemplia", ""},
	}
	for _, tt := range tests {
		if got := titleCompany(tt.in); got != tt.want {
			t.Errorf("titleCompany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWeAtIntl checks the name a policy speaks as, "Chez X, nous …", "Wir bei X …", "En X,
// consideramos …", and near misses: a place or a product named in passing, a question.
func TestWeAtIntl(t *testing.T) {
	t.Parallel()
	more := func(name string) string {
		return strings.Repeat("\n\nLe service "+name+" est disponible partout, et "+name+" le reste.", 3)
	}
	tests := []struct{ name, src, want string }{
		{"french chez", "# Votre vie privée\n\nChez Exemplia, nous nous soucions de votre vie privée." + more("Exemplia") + "\n", "Exemplia"},
		{"german wir bei in a heading", "# Datenschutzhinweis\n\n## Wir bei Beispiel glauben, dass Datenschutz wichtig ist.\n\nDeshalb schützen wir Ihre Daten." +
			strings.Repeat("\n\nBeispiel verarbeitet Ihre Daten.", 3) + "\n", "Beispiel"},
		{"german bei … wir", "# Datenschutz\n\nBei Beispiel Media legen wir großen Wert auf Datenschutz." + strings.Repeat("\n\nBeispiel Media speichert Daten.", 3) + "\n", "Beispiel Media"},
		{"spanish en … -amos", "# Aviso de privacidad\n\n## En Ejemplo, consideramos que la privacidad es fundamental.\n\nPor eso protegemos sus datos." +
			strings.Repeat("\n\nEjemplo procesa sus datos.", 3) + "\n", "Ejemplo"},
		{"italian in … -iamo", "# Informativa\n\nIn Esempio, crediamo nella privacy." + strings.Repeat("\n\nEsempio tratta i tuoi dati.", 3) + "\n", "Esempio"},
		// Near misses.
		{"spanish place named once", "# Política de privacidad\n\nEn España, tratamos sus datos según la ley.\n\nProtegemos sus datos.\n", ""},
		{"french chez without nous", "# Politique de confidentialité\n\nChez Exemplia, les données sont protégées." + more("Exemplia") + "\n", ""},
		{"german bei questions", "# Datenschutz\n\nBei Fragen wenden Sie sich an uns." + strings.Repeat("\n\nFragen beantworten wir gern.", 3) + "\n", ""},
		{"french chez nous", "# Politique de confidentialité\n\nChez nous, nous protégeons vos données.\n\nNous protégeons vos données.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Company; got != tt.want {
				t.Errorf("Company = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWeDesignated checks the organisation a policy defines its quoted "we" as, and near
// misses: an unquoted "nous", a "we" that designates no registered name, a definition of
// something else.
func TestWeDesignated(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Par conséquent, « nous » ou « Exemple » utilisés ci-après désigne Exemple Mode GmbH & Co. KG en tant qu’opérateur.", "Exemple Mode GmbH & Co. KG"},
		{"Dans cette politique, « Exemplia », « nous » et « notre » désignent la société Exemplia SAS, au capital de 1 000 €.", "Exemplia SAS"},
		{"„Wir“ oder „uns“ bezeichnet die Beispiel AG, Hauptstraße 1, Berlin.", "Beispiel AG"},
		{"\"Nosotros\" se refiere a Ejemplo S.L., con domicilio en Madrid.", "Ejemplo S.L."},
		// Near misses.
		{"Nous désignons un délégué, Exemplia SAS, pour vous répondre.", ""},
		{"« Nous » désigne l’équipe qui développe l’application.", ""},
		{"« Service » désigne Exemplia SAS et ses sites.", ""},
		{"„Wirkung“ bezeichnet die Beispiel AG, Hauptstraße 1, Berlin.", ""},
		{"« nous » est utilisé dans ce texte. Le mot « Site » désigne Exemplia SAS.", ""},
	}
	for _, tt := range tests {
		if got := weDesignatedIn(tt.in); got != tt.want {
			t.Errorf("weDesignatedIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFallbackTitleLanguage checks the descriptive title of a policy without a title line: the
// kind is named in the policy's own language, and the brand yields to the company's name when
// the company is named more often; near misses keep the brand or the English kind.
func TestFallbackTitleLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"german policy linking to an english one",
			"Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz\n\n" +
				"Diese Datenschutzerklärung erklärt, wie wir Ihre Daten verarbeiten und welche Rechte Sie haben.\n\n" +
				"Für Zahlungen gilt die Privacy Policy unseres Zahlungsdienstleisters, die wir hier verlinken.\n", "Datenschutzerklärung"},
		{"french kind of several words",
			"Exemple, S.A au capital de 1 000 000 € – RCS Paris 123 456 789 – TVA FR 12 345 678 901 – siège social à Paris\n\n" +
				"La présente Politique de protection des données personnelles explique comment nous traitons vos données.\n", "Politique de protection des données personnelles"},
		{"brand of a partner yields to the company",
			"Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz\n\n" +
				"Diese Datenschutzerklärung der Beispiel GmbH gilt für die App Beispiel. Beispiel speichert Ihre Karten.\n\n" +
				"Beispiel zeigt Ihnen Angebote. Für PunkteKarte gilt: Beispiel fragt Ihr PunkteKarte Passwort ab, PunkteKarte bucht.\n", "Datenschutzerklärung"},
		{"the kind the policy names first",
			"Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz Startseite Produkte Hilfe Presse Kontakt Impressum Datenschutz\n\n" +
				"Diese Datenschutzrichtlinie gilt für alle Dienste. Sie ergänzt die Datenschutzerklärung unserer Website.\n", "Datenschutzrichtlinie"},
		// Near misses: an English policy that quotes a French kind; a brand named more often
		// than the company keeps its place.
		{"english policy quoting a french kind",
			"Home Products Help Press Contact Imprint Privacy Home Products Help Press Contact Imprint Privacy Home Products\n\n" +
				"This Privacy Notice explains what we do with your data and which rights you have under the law.\n\n" +
				"Our French users can read the Politique de confidentialité on the French site.\n", "Privacy Notice"},
		{"brand named more than the company",
			"Home Products Help Press Contact Imprint Privacy Home Products Help Press Contact Imprint Privacy Home Products\n\n" +
				"This Privacy Notice of Sample Ltd explains how SampleApp uses your data. SampleApp keeps it safe.\n\n" +
				"SampleApp never sells it, and SampleApp deletes it when you ask.\n", "SampleApp Privacy Notice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Title; got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleKeepsCapitals checks that an all-capitals title shown in sentence or title case
// keeps in capitals the words its text writes in capitals, and near misses where the text
// writes the word otherwise or not at all.
func TestTitleKeepsCapitals(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"french name after an elided article", "# POLITIQUE DE CONFIDENTIALITÉ D'EXEMPLIA\n\nEXEMPLIA protège vos données. EXEMPLIA est une société.\n", "Politique de confidentialité d'EXEMPLIA"},
		{"english acronym", "# ACME PRIVACY POLICY\n\nACME collects data. ACME keeps it safe.\n", "ACME Privacy Policy"},
		{"german acronym", "# DATENSCHUTZERKLÄRUNG DER BSP AG\n\nDie BSP AG verarbeitet Daten. BSP speichert sie.\n", "Datenschutzerklärung der BSP AG"},
		// Near misses: the text writes the name in mixed case, or never.
		{"name in mixed case in the text", "# POLITIQUE DE CONFIDENTIALITÉ D'EXEMPLIA\n\nExemplia protège vos données. Exemplia est une société.\n", "Politique de confidentialité d'exemplia"},
		{"name never in the text", "# ACME PRIVACY POLICY\n\nWe collect data and keep it safe.\n", "Acme Privacy Policy"},
		{"chinese title untouched", "# 隐私政策\n\n我们收集信息。\n", "隐私政策"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Title; got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnquotedWe checks a definition of "we" that ends its bracket without quotes ("The
// Example Center (THE EC or we)"), and near misses where the bracket says something else.
func TestUnquotedWe(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"The Example Research Center (THE ERC or we) is the owner and operator of Example.org.", "Example Research Center"},
		{"Sample Media (Sample and we) runs this site.", "Sample Media"},
		// Near misses: "we" inside the bracket that is no definition; a lower-case lead.
		{"Sample Media (which we own) runs this site.", ""},
		{"Contact Sample Media (if you or we need to) by email.", ""},
		{"the people at sample media (or we) run this site.", ""},
	}
	for _, tt := range tests {
		if got := weNameIn(tt.in); got != tt.want {
			t.Errorf("weNameIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSiteOfAndRequiredByLaw checks two English statements of who speaks: "This is the web site
// of X" and a health notice's "X is required by law to protect the privacy …"; near misses
// name a page or a law, or put the name in another sentence.
func TestSiteOfAndRequiredByLaw(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"site of", "# Privacy Policy\n\nThis is the web site of the Example Reserve Bank of St. Paul. The Bank respects your privacy.\n", "Example Reserve Bank of St. Paul"},
		{"official app of", "# Privacy Policy\n\nThis is the official app of Sample Museum Center, open every day.\n", "Sample Museum Center"},
		{"required by law", "# Notice of Privacy Practices\n\nSample Health is required by law to protect the privacy of health information that may reveal your identity.\n", "Sample Health"},
		// Near misses.
		{"site of a generic page", "# Privacy Policy\n\nThis is the web site of Our Company. It is run with care.\n", ""},
		{"site in another sentence", "# Privacy Policy\n\nWelcome. This page describes the web site. Sample Bank owns it.\n", ""},
		{"required by law without privacy", "# Privacy Policy\n\nSample Health is required by law to keep records for ten years.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Company; got != tt.want {
				t.Errorf("Company = %q, want %q", got, tt.want)
			}
		})
	}
}
