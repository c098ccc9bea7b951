package detect

import "testing"

// TestEnglishWeakSpots checks the English detector on the weak spots seen on real policies,
// each with a catching sentence and a near miss: what a reader of the compare matrix would see
// for the key.
func TestEnglishWeakSpots(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		key  Key
		text string
		want Status
	}{
		// A postal or mailing address is contact, not location; location needs geo words.
		{"postal address is contact", DataContact, "We collect your name and postal address to ship your order.", Declared},
		{"postal address is no location", DataLocation, "We collect your name and postal address to ship your order.", NotMentioned},
		{"mailing address to write to is no location", DataLocation, "Please send written requests to our mailing address: 1 Main St, Springfield.", NotMentioned},
		{"location-based information", DataLocation, "We collect your IP address and location-based information.", Declared},
		// The access right needs the user as actor and their data as object.
		{"a user may request access", RightAccess, "A user may request access to the personal data we hold about them.", Declared},
		{"staff access is no right", RightAccess, "Our staff may access your account to provide support.", NotMentioned},
		{"accessing the service is no right", RightAccess, "You can access the service from any device.", NotMentioned},
		{"knowing more about products is no right", RightAccess, "To know more about our products, visit our site.", NotMentioned},
		{"reading the policy is no right", RightAccess, "You should review the information below before using the app.", NotMentioned},
		{"the policy's table is no right", RightAccess, "You can see the information we collect in the table below.", NotMentioned},
		{"information on the website is no right", RightAccess, "You may access the information on our website free of charge.", NotMentioned},
		{"other users' information is no right", RightAccess, "Users can view the information published by other users.", NotMentioned},
		{"other users viewing your profile is no right", RightAccess, "Other users will be able to communicate with you and view your profile.", NotMentioned},
		{"data held about the user", RightAccess, "Parents can review the information we collected from their child.", Declared},
		{"the user's account", RightAccess, "You can access your account information in the settings.", Declared},
		{"access given to the user", RightAccess, "We aim to provide you with access to your personal information.", Declared},
		// Cookie controls phrased with other verbs than refuse or disable.
		{"manage cookie preferences", RightCookieControls, "You can manage your cookie preferences at any time through our cookie banner.", Declared},
		{"opt out of cookies", RightCookieControls, "You may opt out of non-essential cookies in the cookie settings.", Declared},
		{"cookies remembering settings", RightCookieControls, "We use cookies to remember your settings.", NotMentioned},
		// Retention needs a period or a criterion.
		{"retention criterion", PracticeRetention, "We retain personal data until you close your account.", Declared},
		{"storing securely states no retention", PracticeRetention, "We store your information securely.", NotMentioned},
		{"stored in a country states no retention", PracticeRetention, "Your data is stored on servers in Ireland.", NotMentioned},
		{"keeping on servers states no retention", PracticeRetention, "We keep your data on secure servers.", NotMentioned},
		{"retaining states no retention", PracticeRetention, "We retain the information you provide to us.", NotMentioned},
		{"a duration is a criterion", PracticeRetention, "Your data is retained for the duration of your subscription.", Declared},
		{"the law is a criterion", PracticeRetention, "We retain personal data as required by applicable law.", Declared},
		{"a period in words", PracticeRetention, "We keep records of your purchases for seven years for tax purposes.", Declared},
		// Negation scope.
		{"a denial listing categories", DataContact, "We do not collect your name, email address or phone number.", Denied},
		{"the right not to be subject to", RightAutomatedDecisions, "You have the right not to be subject to a decision based solely on automated processing.", Declared},
		// Keywords outside their meaning.
		{"https in a URL is no security", PracticeSecurity, "See https://example.com/privacy for details.", NotMentioned},
		{"a number of days is no age", PracticeChildrenAge, "We will respond within at least 30 days of your request.", NotMentioned},
		{"an age is an age", PracticeChildrenAge, "You must be at least 16 years old to use the service.", Declared},
		// California non-discrimination in its phrasings.
		{"will not discriminate for exercising", RightNonDiscrimination, "We will not discriminate against you for exercising any of your CCPA rights.", Declared},
		{"right not to receive discriminatory treatment", RightNonDiscrimination, "You have the right not to receive discriminatory treatment for exercising your privacy rights.", Declared},
		{"equal service and price", RightNonDiscrimination, "You have the right to equal service and price, even if you exercise your privacy rights.", Declared},
		{"will not deny goods or services", RightNonDiscrimination, "We will not deny you goods or services or charge you different prices because you exercised your rights.", Declared},
		{"hiring non-discrimination is no privacy right", RightNonDiscrimination, "We do not discriminate on the basis of race in hiring.", NotMentioned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(testPolicy("General", tt.text)).Finding(tt.key)
			if f.Status != tt.want {
				q := ""
				if len(f.Evidence) > 0 {
					q = f.Evidence[0].Quote + " (" + f.Evidence[0].Rule + ")"
				}
				t.Errorf("%q: %v = %v %s, want %v", tt.text, tt.key, f.Status, q, tt.want)
			}
		})
	}
}

// TestDenialListsCategories checks that the items a denial lists are denied with it, and the
// items a declaration lists declared: "We do not collect any of the following:" / "- your
// name".
func TestDenialListsCategories(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lead string
		key  Key
		want Status
	}{
		{"We do not collect any of the following information:", DataContact, Denied},
		{"We never ask for:", DataGovernmentID, Denied},
		{"We collect the following information:", DataContact, Declared},
		{"We do not sell data, but we collect the following information:", DataContact, Declared},
	}
	for _, tt := range tests {
		p := testPolicy("Information", tt.lead, "- your name and email address", "- a copy of your passport")
		if got := Analyze(p).Finding(tt.key).Status; got != tt.want {
			t.Errorf("%q: %v = %v, want %v", tt.lead, tt.key, got, tt.want)
		}
	}
}

// TestPassiveDenial checks that a negation inside a passive trigger denies the key: "your data
// is never sold" is no sale.
func TestPassiveDenial(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want Status
	}{
		{"Your personal information is never sold to anyone.", Denied},
		{"Your personal information is not sold, except to our successor in a merger.", Declared},
		{"Your personal information may be sold to our partners.", Declared},
	} {
		if got := Analyze(testPolicy("General", tt.text)).Finding(PracticeSale).Status; got != tt.want {
			t.Errorf("%q: sale = %v, want %v", tt.text, got, tt.want)
		}
	}
}
