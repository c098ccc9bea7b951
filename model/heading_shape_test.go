package model

import "testing"

// TestLooksLikeHeading covers each cue of the one heading predicate with a heading and a near
// miss: the same kind of line that is text.
func TestLooksLikeHeading(t *testing.T) {
	tests := []struct {
		text string
		cue  HeadingCue
		want bool
	}{
		{"Data Retention", CuePlain, true},
		{"You may not submit Content that is", CuePlain, false}, // unfinished
		{"Information We Collect from You", CuePlain, true},
		{"701 First Avenue, Seattle.", CuePlain, false},
		{"Mise à jour des données", CuePlain, true},
		{"Attn: Legal Department", CuePlain, false},                  // a field and its value
		{"Appeal:", CuePlain, true},                                  // near miss: a label alone
		{"S Main St Statesboro Georgia US 30458", CueNumber, false},  // an address's last line
		{"California Consumer Privacy Act of 2018", CueNumber, true}, // near miss: a year
		{"Dernière mise à jour : le 2 juin 2021", CuePlain, false},   // page furniture, a date
		{"“小猿”隐私政策", CueTitle, true},
		{"Apkid:com.example.app", CueTitle, false}, // a field, not a title
		{"Privacy Policy: Europe", CueTitle, true},
		{"We care about your privacy.", CueTitle, false},
		{"Données collectées", CueStyled, true},
		{"Effective: January 1, 2015", CueStyled, false}, // a label and its value
		{"Email:", CueStyled, false},
		{"Your Rights", CueNumber, true},
		{"We do not sell your data.", CueNumber, false},
		{"我们收集的信息", CueNumber, true},
		{"用户个人信息包括：", CueNumber, false}, // introduces a list
		{"Comment sont traitées vos Données et qui y a accès aux informations ?", CueSequence, true},
		{"Comment sont traitées vos Données et qui y a accès aux informations ?", CueNumber, false},
		{"we keep it for a year", CueSequence, false},
		{"Anything", HeadingCue(99), false},
	}
	for _, tt := range tests {
		if got := LooksLikeHeading(tt.text, tt.cue); got != tt.want {
			t.Errorf("LooksLikeHeading(%q, %v) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

// TestBoldPhraseAndLabel covers the bold lines with a trailing full stop or colon that are
// headings, and their near misses.
func TestBoldPhraseAndLabel(t *testing.T) {
	for _, tt := range []struct {
		text       string
		phrase, ok bool
	}{
		{"Legal bases for processing.", true, true},
		{"Your personal information.", true, true},
		{"We never sell your data.", true, false},
		{"Cookies. We use them.", true, false},
		{"Généralités :", false, true},
		{"CATÉGORIES SPÉCIALES DE DONNÉES PERSONNELLES :", false, true},
		{"Privacy rights that may be available to you include:", false, false},
		{"我们仅会在出现下列情况时收集您的个人信息：", false, false},
	} {
		got := boldLabel(tt.text)
		if tt.phrase {
			got = boldPhrase(tt.text)
		}
		if got != tt.ok {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.ok)
		}
	}
}

// TestStyledSentence covers the marked-up headings that are sentences or page furniture, and
// their near misses that stay headings.
func TestStyledSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Yahoo takes your privacy seriously. Please read the following to learn more.", true},
		{"Information for U.S. Residents.", false}, // an abbreviation, one phrase
		{"2.3 We use the user information you submit and collect for the following purposes:", true},
		{"3. Your Rights:", false},
		{"En Mozilla, consideramos que la privacidad es fundamental para tener un Internet sano.", true},
		{"Cómo Mozilla procesa sus datos", false},
		{"http://www.networkadvertising.org/choices/completed .", true},
		{"Links to http://example.com and other sites", false},
		{"Las claves del usuario del servicio de Alertas de Exposicion al virus permanecen en su teléfono durante todo el proceso de la función de Busqueda:", true},
		{"Zwecke zur Erfüllung einer rechtlichen Verpflichtung und zur Wahrnehmung einer Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 e DSGVO)", false},
	} {
		if got := styledSentence(tt.text); got != tt.want {
			t.Errorf("styledSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOrgHeading covers the headings that are an organisation's name alone, and near misses.
func TestOrgHeading(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"成都某某金融服务股份有限公司", true},
		{"关于成都某某股份有限公司", false},
		{"Beispiel GmbH", true},
		{"Cookies and Acme Inc.", false},
	} {
		b := block{kind: blockHeading, text: tt.text}
		if got := orgHeading(b); got != tt.want {
			t.Errorf("orgHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
