package model

import "testing"

// TestCompanyIntl checks the company list shows for policies in each language: the controller
// named by its role, a Chinese name whole, and near misses where a role names someone else.
func TestCompanyIntl(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"chinese name holding 系", "隐私政策\n\n本政策由深圳市腾讯计算机系统有限公司（以下简称“我们”）制定。\n\n一、我们收集的信息\n\n我们会收集您的手机号码。\n",
			"深圳市腾讯计算机系统有限公司"},
		{"chinese name holding 在线", "隐私政策\n\n欢迎使用本服务。本服务由北京某某在线科技有限公司提供。\n\n一、信息\n\n我们会收集您的手机号码。\n",
			"北京某某在线科技有限公司"},
		{"chinese name holding 和 after its place", "隐私政策\n\n本应用的统计服务由深圳市和讯华谷信息技术有限公司提供，我们（以下简称“我们”）会告知您。\n\n一、信息\n\n我们会收集您的手机号码。\n",
			"深圳市和讯华谷信息技术有限公司"},
		// Near miss: 和 "and" between two names still ends the first.
		{"chinese and between names", "隐私政策\n\n本服务由我们和北京某某科技有限公司共同提供。\n\n一、信息\n\n我们会收集您的手机号码。\n",
			"北京某某科技有限公司"},
		{"french est", "# Politique de confidentialité\n\nNous protégeons vos données.\n\n## Responsable du traitement\n\nLe responsable du traitement est la société Exemplia SAS, dont le siège est à Paris.\n",
			"Exemplia SAS"},
		{"french en qualité de", "# Politique de confidentialité\n\nExemplia, en qualité de responsable du traitement, collecte vos données personnelles.\n",
			"Exemplia"},
		{"french article opening the name", "# Politique de confidentialité\n\nLa Boutique Exemple, en tant que responsable de traitement, s’engage à protéger vos données.\n",
			"La Boutique Exemple"},
		{"italian heading over the name", "# Informativa sulla privacy\n\n## Titolare del trattamento dei dati\n\n### EsempioID - Agenzia per l'Esempio Digitale\n\n- Indirizzo: Via Roma 1, Roma\n\n## Dati raccolti\n\nRaccogliamo i dati tecnici.\n",
			"EsempioID"},
		{"french heading over the name", "# Politique de confidentialité\n\nNous protégeons vos données.\n\n## I. Nom et adresse du responsable\n\nExemple Retail B.V.\n\n1 rue de Paris\n\n## II. Vos droits\n\nVous avez des droits.\n",
			"Exemple Retail B.V."},
		{"french role line over a sentence", "# Politique de confidentialité\n\nNous protégeons vos données.\n\nResponsable du traitement\n\nLes données que vous nous confiez sont traitées par EXEMPLE France SAS, 1 rue de Paris.\n",
			"EXEMPLE France SAS"},
		// Near miss: the officer's heading names the officer, not the controller.
		{"officer heading", "# Datenschutzerklärung\n\nDie Beispiel GmbH schützt Ihre Daten.\n\n## Datenschutzbeauftragte des Verantwortlichen\n\nErika Muster\n",
			"Beispiel GmbH"},
		{"german ist", "# Datenschutzerklärung\n\nWir schützen Ihre Daten.\n\n## Verantwortlicher\n\nVerantwortlicher ist die Beispiel GmbH, Hauptstraße 1, 10115 Berlin.\n",
			"Beispiel GmbH"},
		{"german name on the next line", "# Datenschutzerklärung\n\nWir schützen Ihre Daten.\n\nVerantwortlicher im Sinne der Datenschutz-Grundverordnung und anderer nationaler Datenschutzgesetze ist die:\n\nGewerkschaft Beispiel und Wissenschaft\n\nHauptstraße 1\n",
			"Gewerkschaft Beispiel und Wissenschaft"},
		{"german colon", "# Datenschutzerklärung\n\nWir schützen Ihre Daten.\n\nVerantwortliche Stelle ist: Beispiel Oy Adresse: Hauptstraße 1, Helsinki\n",
			"Beispiel Oy"},
		{"spanish colon", "# Política de privacidad\n\nProtegemos sus datos.\n\nResponsable del tratamiento: Ejemplo S.L., con domicilio en Madrid.\n",
			"Ejemplo S.L."},
		{"spanish titular", "# Política de privacidad\n\nProtegemos sus datos.\n\nEl titular del tratamiento es Marta Ruiz.\n",
			"Marta Ruiz"},
		{"italian è", "# Informativa sulla privacy\n\nProteggiamo i tuoi dati.\n\nIl titolare del trattamento è il Ministero dell'Esempio e delle Finanze, con sede in Roma.\n",
			"Ministero dell'Esempio e delle Finanze"},
		{"portuguese", "# Política de privacidade\n\nProtegemos os seus dados.\n\nO responsável pelo tratamento é a Exemplo Lda, com sede em Lisboa.\n",
			"Exemplo Lda"},
		{"italian elided preposition", "# Informativa sulla privacy\n\nQuesto servizio è fornito dall'Esempio Research Group, una società senza scopo di lucro.\n\n## Dati\n\nTrattiamo i tuoi dati.\n",
			"Esempio Research Group"},
		{"french elided preposition", "# Politique de confidentialité\n\nCe service est fourni par l’équipe d’Exemplia SAS à Paris.\n\n## Données\n\nNous collectons vos données.\n",
			"Exemplia SAS"},
		{"french nous", "# Politique de confidentialité\n\nExemplia SAS (ci-après « nous » ou « Exemplia ») protège vos données.\n\n## Données\n\nNous collectons vos données.\n",
			"Exemplia SAS"},
		{"german wir", "# Datenschutzerklärung\n\nDie Beispiel Media GmbH („wir“, „uns“) nimmt den Schutz Ihrer Daten ernst.\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n",
			"Beispiel Media GmbH"},
		{"spanish nosotros without a legal form", "# Política de privacidad\n\nEjemplo Apps (\"nosotros\") respeta su privacidad.\n\n## Datos\n\nTratamos sus datos.\n",
			"Ejemplo Apps"},
		// Near misses: a bracket that defines something else, a "nous" that is not quoted.
		{"french bracket defining the service", "# Politique de confidentialité\n\nL'application Exemplia (« l'Application ») est éditée par nos soins.\n\n## Données\n\nNous collectons vos données.\n",
			""},
		{"german noun before the definition", "# Datenschutzerklärung\n\nDiese Bestimmungen gelten für Daten, die von der Beispiel AG und ihren verbundenen Unternehmen („Beispiel“, „wir“) verarbeitet werden.\n\n## Daten\n\nWir verarbeiten Ihre Daten.\n",
			"Beispiel AG"},
		{"french unquoted nous", "# Politique de confidentialité\n\nExemplia Plus (que nous éditons) est une application.\n\n## Données\n\nNous collectons vos données.\n",
			""},
		// Near misses: a role that is not followed by a name, a third party's role, the
		// controller's data protection officer.
		{"role as a common noun", "# Datenschutzerklärung\n\nDie Beispiel GmbH schützt Ihre Daten.\n\n## Löschung\n\nDer Verantwortliche die personenbezogenen Daten für die Zwecke der Verarbeitung nicht länger benötigt, ist die Löschung Pflicht.\n",
			"Beispiel GmbH"},
		{"a third party's role", "# Politique de confidentialité\n\nExemplia SAS protège vos données.\n\n## Cookies\n\nCet identifiant est créé par AUTRESOCIETE en qualité de responsable de traitement.\n",
			"Exemplia SAS"},
		{"the officer of the controller", "# Datenschutzerklärung\n\nDie Beispiel GmbH schützt Ihre Daten.\n\nDie Datenschutzbeauftragte des Verantwortlichen ist:\n\nFrau Erika Muster\n",
			"Beispiel GmbH"},
		{"an english policy is not read for roles", "# Privacy Policy\n\nAcme Inc. (\"we\") respects your privacy and explains here how we use your data.\n\n## French law\n\nFrench law asks us to say who is the controller of the data of the following service, in French:\n\nResponsable du traitement: Autre SAS\n\n## Your rights\n\nYou can ask us for a copy of the data we hold about you.\n",
			"Acme Inc."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Company; got != tt.want {
				t.Errorf("Company = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestZhNameStart checks where a Chinese organisation name ending in a legal suffix starts.
func TestZhNameStart(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"由深圳市腾讯计算机系统有限公司", "深圳市腾讯计算机系统有限公司"},
		{"由深圳市和讯华谷信息技术有限公司", "深圳市和讯华谷信息技术有限公司"},
		{"由阿里云计算有限公司", "阿里云计算有限公司"},
		{"用户与杭州无端科技有限公司", "杭州无端科技有限公司"},
		{"本服务由北京某某在线科技有限公司", "北京某某在线科技有限公司"},
		// Near misses: a stop character between two names, or before a name without a place.
		{"我们和北京某某科技有限公司", "北京某某科技有限公司"},
		{"顾客在超市和某某有限公司", "某某有限公司"},
		{"北京某某公司的上海某某有限公司", "上海某某有限公司"},
	}
	for _, tt := range tests {
		i := len(tt.text) - len("有限公司")
		if got := tt.text[zhNameStart(tt.text, i):]; got != tt.want {
			t.Errorf("zhNameStart(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestBrandNotAService checks that a service a policy says it uses is not taken for its brand,
// while its own coined name is.
func TestBrandNotAService(t *testing.T) {
	t.Parallel()
	uses := "# Política de privacidad\n\nEnviamos el boletín con MailChimp. MailChimp guarda su correo. Puede darse de baja en MailChimp.\n\n## Datos\n\nTratamos sus datos.\n"
	if p := mustParse(t, uses); p.Company != "" {
		t.Errorf("company %q, want none: MailChimp is a service the policy uses", p.Company)
	}
	own := "# Política de privacidad\n\nEnviamos el boletín de RocketMail. RocketMail guarda su correo. Puede darse de baja en RocketMail.\n\n## Datos\n\nTratamos sus datos.\n"
	if p := mustParse(t, own); p.Company != "RocketMail" {
		t.Errorf("company %q, want RocketMail", p.Company)
	}
}

// TestCompanyNotAnAddress checks that an address before a definition of "we" is not the company:
// the name the definition quotes is.
func TestCompanyNotAnAddress(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"# Privacy Policy\n\nExampla is a company with offices at 15 rue des Exemples, 75001 Paris (“We”, “Us” or “Exampla AI”).\n\n## Data\n\nWe collect data.\n", "Exampla AI"},
		// Near miss: a name with a comma and a legal form is a name.
		{"# Privacy Policy\n\nAcme Rockets, Inc. (\"Acme\", \"we\") builds rockets.\n\n## Data\n\nWe collect data.\n", "Acme Rockets, Inc."},
	}
	for _, tt := range tests {
		if got := mustParse(t, tt.src).Company; got != tt.want {
			t.Errorf("Company = %q, want %q", got, tt.want)
		}
	}
}
