package detect

import (
	"testing"

	"fineprint/model"
)

// phrasing is a made-up sentence in the wording German, Spanish or Italian policies use, and
// what it must give key: Declared, Denied, or NotMentioned for "must not be declared" (a
// denial the engine cannot yet read as one, or a near miss).
type phrasing struct {
	text string
	key  Key
	want Status
}

// checkPhrasings analyses each sentence alone in a policy in language lang.
func checkPhrasings(t *testing.T, lang model.Lang, tests []phrasing) {
	t.Helper()
	for _, tt := range tests {
		got := Analyze(testPolicyIn(lang, "Allgemein", tt.text)).Finding(tt.key)
		switch {
		case tt.want == NotMentioned && got.Status == Declared:
			t.Errorf("%q: %v declared by %q (%s)", tt.text, tt.key, got.Evidence[0].Quote, got.Evidence[0].Rule)
		case tt.want != NotMentioned && got.Status != tt.want:
			t.Errorf("%q: %v = %v, want %v", tt.text, tt.key, got.Status, tt.want)
		}
	}
}

// TestGermanPhrasings checks phrasings of German policies (DSGVO wording, du and Sie).
func TestGermanPhrasings(t *testing.T) {
	t.Parallel()
	rights := "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch sowie das Recht auf Datenübertragbarkeit."
	checkPhrasings(t, model.LangDE, []phrasing{
		{rights, RightAccess, Declared},
		{rights, RightCorrection, Declared},
		{rights, RightDeletion, Declared},
		{rights, RightRestriction, Declared},
		{rights, RightObjection, Declared},
		{rights, RightPortability, Declared},
		{"Du hast das Recht, Auskunft über deine bei uns gespeicherten Daten zu erhalten.", RightAccess, Declared},
		{"Eine erteilte Einwilligung kannst du jederzeit mit Wirkung für die Zukunft widerrufen.", RightWithdrawConsent, Declared},
		{"Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.", RightComplaint, Declared},
		{"Unbeschadet anderer Rechtsbehelfe steht Ihnen ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu.", RightComplaint, Declared},
		{"Sie können Ihr Nutzerkonto jederzeit in den Einstellungen löschen.", RightAccountDeletion, Declared},
		{"Wir behalten uns das Recht vor, Konten zu löschen, die gegen diese Bedingungen verstoßen.", RightAccountDeletion, NotMentioned},
		{"Den Newsletter können Sie jederzeit über den Abmeldelink in jeder E-Mail abbestellen.", RightOptOutMarketing, Declared},
		{"Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.", RightAutomatedDecisions, Denied},
		{"Wir erheben Ihren Vor- und Nachnamen, Ihre E-Mail-Adresse und Ihre Telefonnummer.", DataContact, Declared},
		{"Beim Besuch unserer Website speichert der Server Ihre IP-Adresse, Datum und Uhrzeit des Zugriffs sowie den verwendeten Browser.", DataNetwork, Declared},
		{"Beim Besuch unserer Website speichert der Server Ihre IP-Adresse, Datum und Uhrzeit des Zugriffs sowie den verwendeten Browser.", DataUsage, Declared},
		{"Wir erheben keine Standortdaten.", DataLocation, NotMentioned},
		{"Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte.", PracticeSale, NotMentioned},
		{"Wir geben Ihre Daten an Dritte nur weiter, wenn Sie eingewilligt haben.", PracticeSharing, Declared},
		{"Ihre Daten werden gelöscht, sobald sie für den Zweck ihrer Erhebung nicht mehr erforderlich sind.", PracticeRetention, Declared},
		{"Eine Übermittlung in Drittländer erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission.", PracticeInternationalTransfer, Declared},
		{"Wir setzen technische und organisatorische Sicherheitsmaßnahmen ein, um Ihre Daten zu schützen.", PracticeSecurity, Declared},
		{"Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.", PracticeChildrenAge, Declared},
		{"Wir behalten uns vor, diese Datenschutzerklärung anzupassen.", PracticePolicyChange, Declared},
		{"Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@beispiel.de.", PracticeContact, Declared},
		{"Sie können die Speicherung von Cookies durch eine entsprechende Einstellung Ihrer Browser-Software verhindern.", RightCookieControls, Declared},
		{"Diese Website verwendet Cookies.", DataCookies, Declared},
	})
}

// TestSpanishPhrasings checks phrasings of Spanish policies (RGPD and LOPDGDD wording, tú and
// usted).
func TestSpanishPhrasings(t *testing.T) {
	t.Parallel()
	rights := "Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad de los datos."
	checkPhrasings(t, model.LangES, []phrasing{
		{rights, RightAccess, Declared},
		{rights, RightCorrection, Declared},
		{rights, RightDeletion, Declared},
		{rights, RightObjection, Declared},
		{rights, RightRestriction, Declared},
		{rights, RightPortability, Declared},
		{"Tiene derecho a retirar el consentimiento prestado en cualquier momento.", RightWithdrawConsent, Declared},
		{"Si considera que el tratamiento no se ajusta a la normativa, puede presentar una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es).", RightComplaint, Declared},
		{"Puede darse de baja de nuestras comunicaciones comerciales en cualquier momento.", RightOptOutMarketing, Declared},
		{"No se tomarán decisiones automatizadas basadas en sus datos.", RightAutomatedDecisions, Denied},
		{"Recogemos tu nombre, tus apellidos y tu dirección de correo electrónico.", DataContact, Declared},
		{"No recopilamos datos de geolocalización.", DataLocation, NotMentioned},
		{"No vendemos ni alquilamos sus datos personales a terceros.", PracticeSale, Denied},
		{"Sus datos se conservarán mientras se mantenga la relación contractual.", PracticeRetention, Declared},
		{"Sus datos no se cederán a terceros salvo obligación legal.", PracticeLawEnforcement, Declared},
		{"Aplicamos las medidas técnicas y organizativas necesarias para garantizar la seguridad de sus datos.", PracticeSecurity, Declared},
		{"Puedes configurar tu navegador para que rechace las cookies.", RightCookieControls, Declared},
		{"Este servicio no está dirigido a menores de 14 años.", PracticeChildrenAge, Declared},
		{"Nos reservamos el derecho a modificar la presente política de privacidad.", PracticePolicyChange, Declared},
		{"Puede contactar con nuestro Delegado de Protección de Datos en dpd@ejemplo.es.", PracticeContact, Declared},
	})
}

// TestItalianPhrasings checks phrasings of Italian policies (GDPR and Garante wording).
func TestItalianPhrasings(t *testing.T) {
	t.Parallel()
	rights := "L'interessato ha il diritto di chiedere al Titolare l'accesso ai propri dati personali, la rettifica, la cancellazione degli stessi, la limitazione del trattamento, la portabilità dei dati e di opporsi al trattamento."
	checkPhrasings(t, model.LangIT, []phrasing{
		{rights, RightAccess, Declared},
		{rights, RightCorrection, Declared},
		{rights, RightDeletion, Declared},
		{rights, RightRestriction, Declared},
		{rights, RightPortability, Declared},
		{rights, RightObjection, Declared},
		{"Puoi revocare il consenso in qualsiasi momento senza pregiudicare la liceità del trattamento.", RightWithdrawConsent, Declared},
		{"L'interessato ha diritto di proporre reclamo al Garante per la protezione dei dati personali.", RightComplaint, Declared},
		{"Non è previsto alcun processo decisionale automatizzato.", RightAutomatedDecisions, NotMentioned},
		{"Raccogliamo nome, cognome e indirizzo email.", DataContact, Declared},
		{"Non raccogliamo dati di geolocalizzazione.", DataLocation, NotMentioned},
		{"Non vendiamo i tuoi dati personali a terzi.", PracticeSale, NotMentioned},
		{"I dati sono conservati per il tempo necessario al conseguimento delle finalità.", PracticeRetention, Declared},
		{"I dati potranno essere comunicati a soggetti terzi che agiscono in qualità di responsabili del trattamento.", PracticeSharing, Declared},
		{"Il sito utilizza cookie tecnici e di terze parti.", DataCookies, Declared},
		{"Puoi disabilitare i cookie dalle impostazioni del browser.", RightCookieControls, Declared},
		{"Il Titolare adotta misure di sicurezza adeguate per prevenire la perdita dei dati.", PracticeSecurity, Declared},
		{"Il servizio non è destinato ai minori di 14 anni.", PracticeChildrenAge, Declared},
		{"Per qualsiasi richiesta puoi contattare il Responsabile della protezione dei dati (RPD).", PracticeContact, Declared},
	})
}

// TestNegationInsideDataPhrase checks that a denial whose negation stands between the data and
// the verb ("Ihre Daten werden nicht verkauft", "sus datos no serán vendidos", "non sono
// venduti a terzi") is never shown as a declaration.
func TestNegationInsideDataPhrase(t *testing.T) {
	t.Parallel()
	checkPhrasings(t, model.LangDE, []phrasing{
		{"Ihre Daten werden nicht verkauft.", PracticeSale, NotMentioned},
		{"Ihre Daten werden an Dritte verkauft.", PracticeSale, Declared},
		{"Die Protokolle werden für 14 Tage gespeichert.", PracticeRetention, Declared},
	})
	checkPhrasings(t, model.LangES, []phrasing{
		{"Sus datos no serán vendidos a terceros.", PracticeSale, Denied},
		{"Los datos se conservarán por 12 meses.", PracticeRetention, Declared},
		{"Puede configurar su navegador para bloquearlas.", DataDevice, NotMentioned},
	})
	checkPhrasings(t, model.LangIT, []phrasing{
		{"I dati non sono diffusi né venduti a terzi.", PracticeSale, Denied},
		{"I dati sono conservati per 12 mesi e poi cancellati.", PracticeRetention, Declared},
	})
}

// TestCookiesNotUsed checks that a policy saying it uses no cookies does not declare them.
func TestCookiesNotUsed(t *testing.T) {
	t.Parallel()
	checkPhrasings(t, model.LangDE, []phrasing{{"Auf dieser Website werden keine Cookies eingesetzt.", DataCookies, NotMentioned}})
	checkPhrasings(t, model.LangES, []phrasing{{"Las cookies no son utilizadas en este sitio.", DataCookies, NotMentioned}})
	checkPhrasings(t, model.LangIT, []phrasing{{"I cookie non vengono utilizzati su questo sito.", DataCookies, NotMentioned}})
}

// TestLexValues checks the German, Spanish and Italian value extractors: a retention period,
// the minimum age, storage countries and the kinds of recipient.
func TestLexValues(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang  model.Lang
		paras []string
		want  map[Key]string
	}{
		{model.LangDE, []string{
			"Die Protokolle werden nach sieben Tagen gelöscht.",
			"Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.",
			"Ihre Daten werden auf Servern in Deutschland gespeichert.",
			"Wir geben Ihre Daten an Dienstleister und Partner weiter.",
		}, map[Key]string{PracticeRetention: "sieben Tagen", PracticeChildrenAge: "16", PracticeStorageLocation: "Deutschland", PracticeSharing: "service providers, partners"}},
		{model.LangES, []string{
			"Conservamos los datos durante un máximo de dos años.",
			"El servicio no está dirigido a menores de 14 años.",
			"Los datos se almacenan en servidores ubicados en la Unión Europea.",
			"Compartimos sus datos con proveedores de servicios.",
		}, map[Key]string{PracticeRetention: "dos años", PracticeChildrenAge: "14", PracticeStorageLocation: "Unión Europea", PracticeSharing: "service providers"}},
		{model.LangIT, []string{
			"I dati sono conservati per 12 mesi.",
			"Il servizio non è rivolto ai minori di 14 anni.",
			"I dati sono conservati su server situati in Italia.",
			"Condividiamo i dati con fornitori e partner.",
		}, map[Key]string{PracticeRetention: "12 mesi", PracticeChildrenAge: "14", PracticeStorageLocation: "Italia", PracticeSharing: "service providers, partners"}},
	} {
		r := Analyze(testPolicyIn(c.lang, "Allgemein", c.paras...))
		for k, want := range c.want {
			if got := r.Finding(k).Value; got != want {
				t.Errorf("%v: %v value = %q, want %q", c.lang, k, got, want)
			}
		}
	}
}

// TestGermanNegationAfter checks the negation German puts after the verb and its object
// (NegationAfter), with near misses where a "nicht" after the trigger negates something else.
func TestGermanNegationAfter(t *testing.T) {
	t.Parallel()
	checkPhrasings(t, model.LangDE, []phrasing{
		{"Wir verkaufen Ihre personenbezogenen Daten nicht.", PracticeSale, Denied},
		{"Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte.", PracticeSale, Denied},
		{"Standortdaten erheben wir nicht.", DataLocation, Denied},
		// A list's commas do not end the reach.
		{"Deinen Namen, deine E-Mail-Adresse oder deine Telefonnummer erheben wir nicht.", DataContact, Denied},
		{"Wir geben Ihre Daten nicht an Dritte weiter.", PracticeSharing, Denied},
		// Near misses: the "nicht" belongs to a relative clause after a comma, is "nicht nur",
		// or comes after a "but" that ends the negation's reach.
		{"Wir verkaufen Ihre personenbezogenen Daten an Werbepartner, die nicht in der EU sitzen.", PracticeSale, Declared},
		{"Wir verkaufen Ihre personenbezogenen Daten nicht nur an Werbepartner.", PracticeSale, Declared},
		{"Wir erfassen Ihren genauen Standort, aber nicht Ihre Kontakte.", DataLocation, Declared},
		{"Wir erfassen Ihren genauen Standort; wir teilen ihn nicht.", DataLocation, Declared},
	})
}
