package detect

import (
	"regexp"
	"testing"

	"fineprint/model"
)

// TestFrenchPhrasings checks the French lexicon on made-up sentences in the phrasings French
// policies use (CNIL model notices, app and company policies), beyond each rule's own catch
// sentence: what the compare matrix would show for the key.
func TestFrenchPhrasings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		key  Key
		want Status
	}{
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightAccess, Declared},
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightCorrection, Declared},
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightDeletion, Declared},
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightRestriction, Declared},
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightPortability, Declared},
		{"Conformément au RGPD, vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition.", RightObjection, Declared},
		{"Vous pouvez demander à recevoir vos données dans un format structuré.", RightPortability, Declared},
		{"Vous avez le droit d’introduire une réclamation auprès de la CNIL (www.cnil.fr).", RightComplaint, Declared},
		{"Vous pouvez vous désabonner de nos communications en cliquant sur le lien présent dans chaque email.", RightWithdrawConsent, Declared},
		{"Vous pouvez paramétrer le dépôt de cookies via notre gestionnaire de consentement.", RightCookieControls, Declared},
		{"Vous pouvez supprimer votre compte à tout moment depuis l’application.", RightAccountDeletion, Declared},
		{"Nous ne procédons à aucune prise de décision automatisée.", RightAutomatedDecisions, Denied},
		{"Nous collectons les données suivantes : nom, prénom, adresse électronique, numéro de téléphone.", DataContact, Declared},
		{"Nous enregistrons vos données de connexion, comme votre adresse IP.", DataNetwork, Declared},
		{"Nous ne collectons aucune donnée sensible.", DataSensitive, Denied},
		{"Nous ne collectons aucune donnée de santé.", DataHealth, Denied},
		{"Nous ne collectons pas de données concernant les enfants de moins de 15 ans.", DataChildren, Denied},
		{"Les données bancaires sont traitées par notre prestataire de paiement.", DataPayment, Declared},
		{"Vos données sont conservées pendant une durée de 3 ans à compter du dernier contact.", PracticeRetention, Declared},
		{"Vos données sont hébergées par OVH en France.", PracticeStorageLocation, Declared},
		{"Nous ne vendons ni ne louons vos données.", PracticeSale, Denied},
		{"Nous pouvons être amenés à communiquer vos données aux autorités compétentes.", PracticeLawEnforcement, Declared},
		{"La présente politique peut être modifiée à tout moment.", PracticePolicyChange, Declared},
		{"Nous ne transférons pas vos données hors de l’Union européenne.", PracticeInternationalTransfer, Denied},
		{"Nos services ne s’adressent pas aux mineurs de moins de 15 ans.", PracticeChildrenAge, Declared},
		{"Vous pouvez contacter notre délégué à la protection des données à dpo@exemple.fr.", PracticeContact, Declared},
		{"Toute personne dispose d’un droit d’interrogation et d’accès à ses données.", RightAccess, Declared},
		{"Vous pouvez demander que vos données soient supprimées.", RightDeletion, Declared},
		{"Vous pouvez vous opposer à tout moment à la réception de nos offres.", RightOptOutMarketing, Declared},
		{"Vous pouvez vous inscrire gratuitement sur la liste d’opposition au démarchage téléphonique Bloctel.", RightOptOutMarketing, Declared},
		{"Vous pouvez retirer votre consentement au dépôt des cookies à tout moment.", RightCookieControls, Declared},
		{"Nous collectons des données relatives à votre navigation sur le site.", DataUsage, Declared},
		{"Avec votre accord, l’application accède à la localisation de votre appareil.", DataLocation, Declared},
		{"Nous ne transmettons jamais vos données à des tiers.", PracticeSharing, Denied},
		{"Vos données ne sont jamais vendues.", PracticeSale, Denied},
		{"Les données sont conservées trois ans après la fin de la relation commerciale.", PracticeRetention, Declared},
		{"Pour exercer vos droits, écrivez à privacy@exemple.fr.", PracticeContact, Declared},
		{"En cas de violation de vos données, nous notifierons la CNIL dans les 72 heures.", PracticeBreachNotification, Declared},
		{"En cas de rachat de notre société, vos données pourront être transférées au repreneur.", PracticeMerger, Declared},
		{"Vous pouvez vous opposer, à tout moment et sans frais, au traitement de vos données.", RightObjection, Declared},
		{"Vous pouvez retirer à tout moment votre consentement.", RightWithdrawConsent, Declared},
		// Near misses.
		{"Notre service client traite les réclamations relatives aux commandes.", RightComplaint, NotMentioned},
		{"Nous utilisons des cookies pour mesurer l’audience.", RightCookieControls, NotMentioned},
		{"Nous pouvons supprimer votre compte en cas de fraude.", RightAccountDeletion, NotMentioned},
		{"L’accès à nos locaux est contrôlé.", RightAccess, NotMentioned},
		{"Au nom de la société, le président signe les contrats.", DataContact, NotMentioned},
		{"Nos bureaux sont situés au 1 rue de la Paix, à Paris.", DataLocation, NotMentioned},
		{"Vos données sont conservées de manière sécurisée.", PracticeRetention, NotMentioned},
		{"Indiquez votre numéro de sécurité sociale.", PracticeSecurity, NotMentioned},
		{"Nos prestataires veillent à ce que les données soient supprimées en fin de contrat.", RightDeletion, NotMentioned},
		{"Nous vous démarchons par téléphone.", RightOptOutMarketing, NotMentioned},
		{"La localisation de nos bureaux figure en bas de page.", DataLocation, NotMentioned},
	}
	for _, tt := range tests {
		f := Analyze(testPolicyIn(model.LangFR, "Général", tt.text)).Finding(tt.key)
		if f.Status != tt.want {
			q := ""
			if len(f.Evidence) > 0 {
				q = f.Evidence[0].Quote + " (" + f.Evidence[0].Rule + ")"
			}
			t.Errorf("%q: %v = %v %s, want %v", tt.text, tt.key, f.Status, q, tt.want)
		}
	}
}

// TestTokenNot checks the pattern of a word that is none of the given words.
func TestTokenNot(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(`^` + tokenNot("pas", "jamais", "ni") + `$`)
	for w, want := range map[string]bool{"pas": false, "jamais": false, "ni": false, "pa": true, "pass": true,
		"passé": true, "nous": true, "n": true, "sont": true, "jam": true, "à": true, "": false} {
		if got := re.MatchString(w); got != want {
			t.Errorf("%q: %v, want %v", w, got, want)
		}
	}
}

// TestFrenchOnly checks "ne … que" (only) against "ne … pas … que" (a denial).
func TestFrenchOnly(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		key  Key
		want Status
	}{
		{"Vos données ne sont transmises à nos prestataires et partenaires que pour exécuter la prestation.", PracticeSharing, Declared},
		{"Nous ne vendons pas les données que vous nous confiez.", PracticeSale, Denied},
		{"Vos données ne sont jamais vendues.", PracticeSale, Denied},
	} {
		if got := Analyze(testPolicyIn(model.LangFR, "Général", tt.text)).Finding(tt.key).Status; got != tt.want {
			t.Errorf("%q: %v = %v, want %v", tt.text, tt.key, got, tt.want)
		}
	}
}

// TestNotAnalysed checks the status of policies by language: a Korean one is Unknown for every
// key with Korean named as not analysed; a French one is analysed; an English one with a Korean
// part is analysed in English and names the Korean part as not analysed.
func TestNotAnalysed(t *testing.T) {
	t.Parallel()
	ko := testPolicyIn(model.LangKO, "개인정보", "회사는 이름과 이메일 주소를 수집합니다.")
	r := Analyze(ko)
	for _, f := range r.Findings {
		if f.Status != Unknown {
			t.Fatalf("Korean policy: %v = %v, want unknown", f.Key, f.Status)
		}
	}
	if r.NotAnalysedText() != "not analysed: Korean" || r.Analysed() {
		t.Errorf("Korean policy: %q, analysed %v", r.NotAnalysedText(), r.Analysed())
	}
	fr := Analyze(testPolicyIn(model.LangFR, "Vos droits", "Vous disposez d’un droit d’accès à vos données."))
	if !fr.Analysed() || fr.Finding(RightAccess).Status != Declared || len(fr.NotAnalysed) != 0 {
		t.Errorf("French policy: access %v, not analysed %v", fr.Finding(RightAccess).Status, fr.NotAnalysed)
	}
	mixed := testPolicy("Rights", "You can delete your personal data.", "회사는 이름과 이메일 주소를 수집합니다.")
	mixed.Clauses[1].Lang = model.LangKO
	r = Analyze(mixed)
	if r.Finding(RightDeletion).Status != Declared || r.Finding(DataContact).Status != NotMentioned ||
		r.NotAnalysedText() != "not analysed: Korean" {
		t.Errorf("English+Korean policy: deletion %v, contact %v, %q", r.Finding(RightDeletion).Status,
			r.Finding(DataContact).Status, r.NotAnalysedText())
	}
}

// TestFrenchValues checks the French value extractors: a retention period, the children's
// minimum age, storage countries and the kinds of recipient.
func TestFrenchValues(t *testing.T) {
	t.Parallel()
	p := testPolicyIn(model.LangFR, "Général",
		"Vos données sont conservées pendant trois ans à compter de notre dernier contact.",
		"Le service n’est pas destiné aux enfants de moins de 15 ans.",
		"Vos données sont hébergées en France et en Irlande.",
		"Nous partageons vos données avec nos prestataires et nos partenaires.")
	r := Analyze(p)
	for k, want := range map[Key]string{
		PracticeRetention:       "trois ans",
		PracticeChildrenAge:     "15",
		PracticeStorageLocation: "France, Irlande",
		PracticeSharing:         "service providers, partners",
	} {
		if got := r.Finding(k).Value; got != want {
			t.Errorf("%v value = %q, want %q", k, got, want)
		}
	}
}

// TestFrNotNegWord checks that the spelled-out frNotNegWord is tokenNot of frNegWords (if a
// word is added, paste the wanted pattern printed here into lex_fr.go).
func TestFrNotNegWord(t *testing.T) {
	t.Parallel()
	if want := tokenNot(frNegWords...); frNotNegWord != want {
		t.Errorf("frNotNegWord is stale; want\n%s", want)
	}
}
