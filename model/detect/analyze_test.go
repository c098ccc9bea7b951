package detect

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fineprint/model"
)

// TestSemantics checks the distinctions the detector must make, each on a one-clause policy.
func TestSemantics(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		title string // section title
		text  string
		key   Key
		want  Status
	}{
		{"denial", "Sharing", "We do not sell your personal information.", PracticeSale, Denied},
		{"denial by a named company", "Sharing", "Acme does not share your personal information with anyone.", PracticeSharing, Denied},
		{"passive denial", "Sharing", "Your information is not shared with third parties.", PracticeSharing, Denied},
		{"not share … except declares", "Sharing", "We will not share your personal information with third parties except as described below.", PracticeSharing, Declared},
		{"not share … without consent declares", "Sharing", "We will not share your data with third parties without your consent.", PracticeSharing, Declared},
		{"user negation is no denial", "Sharing", "You must not share your password with third parties.", PracticeSharing, NotMentioned},
		{"including but not limited to", "Collection", "We collect information including but not limited to your email address.", DataContact, Declared},
		{"Chinese denial", "共享", "我们不会出售您的个人信息。", PracticeSale, Denied},
		{"Chinese exception declares", "共享", "我们不会与任何公司、组织和个人共享您的个人信息，但以下情况除外。", PracticeSharing, Declared},
		{"traditional Chinese", "權利", "您可以刪除您的個人資訊。", RightDeletion, Declared},
		{"traditional Chinese denial", "分享", "我們不會出售您的個人資訊。", PracticeSale, Denied},
		{"traditional Chinese retention", "保存", "我們僅在實現目的所必需的最短時間內保留您的個人資訊。", PracticeRetention, Declared},
		{"traditional Chinese consent", "權利", "您可以隨時撤回您的同意。", RightWithdrawConsent, Declared},
		{"Chinese company right", "违规", "我们有权单方决定拒绝传输你的相关数据，包括冻结、注销或收回账号等方式。", RightAccountDeletion, NotMentioned},
		{"Chinese complaint right", "权利", "你享有查阅、更正、删除以及投诉举报等权利。", RightComplaint, Declared},
		{"Chinese complaint to a regulator", "联系我们", "您还可以向网信、公安等监管部门进行投诉或举报。", RightComplaint, Declared},
		{"Chinese complaints the company receives", "违规", "如你未向我们提供合理满意的证明,或我们收到个人信息主体举报或投诉，我们有权拒绝传输你的数据。", RightComplaint, NotMentioned},
		{"Chinese complaints the company answers", "保存期限", "保存期限包括应对可能的用户查询或投诉、问题定位等所需的时间。", RightComplaint, NotMentioned},
		{"traditional Chinese account", "權利", "您可以申請註銷帳號。", RightAccountDeletion, Declared},
		{"company's right is not the user's", "Terms", "We reserve the right to delete your account at any time.", RightAccountDeletion, NotMentioned},
		{"company's deletion is not a right", "Retention", "We delete your personal data after 30 days.", RightDeletion, NotMentioned},
		{"user's request", "Rights", "You can ask us to delete your personal data.", RightDeletion, Declared},
		{"request that we", "Rights", "You have the right to request that we delete your personal information.", RightDeletion, Declared},
		{"a condition is no grant", "Retention", "If you do not use our services for two years, your personal information will be deleted.", RightDeletion, NotMentioned},
		{"a wish is a choice", "Retention", "If you'd like us to delete your personal data, please contact us.", RightDeletion, Declared},
		{"upon request", "Rights", "We will delete your personal data upon your request.", RightDeletion, Declared},
		{"other actor's access", "Third parties", "These third parties have access to your personal information.", RightAccess, NotMentioned},
		{"definition declares nothing", "Cookies", "Cookies are small text files stored on your computer.", DataCookies, NotMentioned},
		{"Chinese definition", "Cookie", "Cookie是指存储在您设备上的小型文本文件。", DataCookies, NotMentioned},
		{"use declares", "Cookies", "We use cookies to remember you.", DataCookies, Declared},
		{"definition with company declares", "Cookies", "Cookies are small files that we place on your device.", DataCookies, Declared},
		{"a passive is no definition", "Collection", "Device information is collected automatically when you use the app.", DataDevice, Declared},
		{"what a defined term contains", "Collection", "A cookie is a small amount of data, which often includes a unique identifier.", DataDevice, NotMentioned},
		{"a definition of files", "Cookies", "Cookies are files with a small amount of data that are commonly used as anonymous unique identifiers.", DataDevice, NotMentioned},
		{"an age limit is no age collected", "Children", "We assume that users 13 years of age or older have their parents' permission to use this website.", DataDemographic, NotMentioned},
		{"age or gender collected", "Collection", "We collect your age or gender when you register.", DataDemographic, Declared},
		{"a pronoun is no defined term", "Eligibility", "If you are a resident of India, we collect your age to confirm you are an adult.", DataDemographic, Declared},
		{"denied collection", "Collection", "We do not collect your location.", DataLocation, Denied},
		{"DNT not honoured", "DNT", "Our site does not respond to Do Not Track signals.", PracticeDoNotTrack, Denied},
		{"DNT honoured", "DNT", "We honor Do Not Track signals.", PracticeDoNotTrack, Declared},
		{"DNT heading then refusal", "Tracking", "Online Tracking and Do Not Track Signals: We may use cookies to collect information over time. Our Site currently does not respond to “Do Not Track” signals.", PracticeDoNotTrack, Denied},
		{"not tracking is not DNT", "Tracking", "We do not track you across websites.", PracticeDoNotTrack, NotMentioned},
		{"non-discrimination", "CCPA", "We will not discriminate against you for exercising your rights.", RightNonDiscrimination, Declared},
		{"no automated decisions", "Profiling", "We do not use automated decision-making.", RightAutomatedDecisions, Denied},
		{"automated decisions not used", "Profiling", "Automated decision making is not used.", RightAutomatedDecisions, Denied},
		{"not subject to automated decisions", "Profiling", "You will not be subject to decisions based solely on automated processing.", RightAutomatedDecisions, Denied},
		{"the right not to be subject is a right", "Your rights", "You have the right not to be subject to decisions based solely on automated processing.", RightAutomatedDecisions, Declared},
		{"automated decisions used, then a negation", "Profiling", "Automated decision-making is used to detect fraud, not to set prices.", RightAutomatedDecisions, NotMentioned},
		{"Chinese: not solely automated", "自动化决策", "我们不会仅依据自动化决策作出对您有重大影响的决定。", RightAutomatedDecisions, Denied},
		{"Chinese: not involved", "自动化决策", "本产品不涉及自动化决策。", RightAutomatedDecisions, Denied},
		{"Chinese: not collected", "收集", "我们未收集您的位置信息。", DataLocation, Denied},
		{"Chinese: if not provided is no denial", "收集", "如您未提供位置信息，我们将无法为您推荐附近的门店。", DataLocation, NotMentioned},
		{"Chinese: the right after the decision", "权利", "如果我们通过自动化决策作出对您有重大影响的决定，您有权拒绝。", RightAutomatedDecisions, Declared},
		{"Chinese: our refusal after the decision", "风控", "如果我们通过自动化决策发现异常交易，我们有权拒绝该交易。", RightAutomatedDecisions, NotMentioned},
		{"Chinese: contacting us to withdraw", "儿童", "您可以与我们联系，提交撤回同意的申请。", RightWithdrawConsent, Declared},
		{"Chinese: our partner's withdrawal is no right", "合作", "我们与合作方约定，合作方不得撤销本协议。", RightWithdrawConsent, NotMentioned},
		{"Chinese: taking back a consent", "撤回", "当您收回同意后，我们将不再处理相应的个人信息。", RightWithdrawConsent, Declared},
		{"Chinese: refusing our marketing messages", "营销", "您有权拒绝接收我们的营销信息。", RightOptOutMarketing, Declared},
		{"Chinese: the automated-decision heading", "约束信息系统自动决策", "在某些业务功能中，我们可能仅依据信息系统、算法等在内的非人工自动决策机制作出决定。如果这些决定显著影响您的合法权益，您有权要求我们作出解释。", RightAutomatedDecisions, Declared},
		{"refusing our automated decisions", "权利", "您有权拒绝我们仅通过自动化决策的方式作出决定。", RightAutomatedDecisions, Declared},
		{"agreeing to our automated decisions", "权利", "您同意我们仅通过自动化决策的方式作出决定。", RightAutomatedDecisions, NotMentioned},
		{"refusing others' processing", "权利", "您有权限制或者拒绝他人对您的个人信息进行处理。", RightObjection, Declared},
		{"traditional Chinese 個人資料 is personal data", "保存", "我們僅在必要期間內保留您的個人資料。", PracticeRetention, Declared},
		{"traditional Chinese export", "權利", "您可以匯出您的個人資料。", RightPortability, Declared},
		{"traditional Chinese denial of a sale", "分享", "我們不會出售您的個人資料。", PracticeSale, Denied},
		{"traditional Chinese refusal", "權利", "您有權拒絕他人對您的個人資料進行處理。", RightObjection, Declared},
		{"our refusal to process", "权利", "我们有权拒绝处理明显不合理的请求。", RightObjection, NotMentioned},
		{"opting out of processing", "Your rights", "The right to opt out of the processing of your personal data for targeted advertising.", RightObjection, Declared},
		{"opting out of a sale is no objection", "Your rights", "The right to opt out of the sale of your personal data.", RightObjection, NotMentioned},
		{"consent withdrawn as it", "Consent", "Where we rely on your consent, you can withdraw it at any time.", RightWithdrawConsent, Declared},
		{"our withdrawal of a feature", "Consent", "Where we rely on your consent for a feature, we may withdraw it at any time.", RightWithdrawConsent, NotMentioned},
		{"contacting the regulator", "Complaints", "You can also contact your local data protection authority.", RightComplaint, Declared},
		{"registered with the regulator", "About us", "We are registered with the data protection authority in Ireland.", RightComplaint, NotMentioned},
		{"questions or complaints to us", "Contact", "If you have any questions or complaints about this policy, please contact us.", RightComplaint, Declared},
		{"complaints we receive", "Moderation", "If we receive complaints about a post, we may contact its author.", RightComplaint, NotMentioned},
		{"a right named by its heading", "Right to object", "You can exercise this right at any time by contacting us.", RightObjection, Declared},
		{"a heading right refused", "Right to object", "You cannot exercise this right where the law requires us to process your data.", RightObjection, NotMentioned},
		{"a withdrawal heading", "Withdrawing your consent", "You may do so at any time by emailing us.", RightWithdrawConsent, Declared},
		{"a withdrawal heading without the user's act", "Withdrawing your consent", "Withdrawal does not affect processing carried out before it.", RightWithdrawConsent, NotMentioned},
		{"a heading right the company denies", "Automated decision-making", "We do not make automated decisions about you. If you have questions, you can ask us.", RightAutomatedDecisions, Denied},
		{"a Chinese heading right", "撤回同意", "您可以通过设置页面行使该权利。", RightWithdrawConsent, Declared},
		{"a deletion heading the other way round", "Data deletion", "We delete your data when you close your account. You can ask us to do this earlier.", RightDeletion, Declared},
		{"asking for details is no exercise", "Objection handling", "Our staff handle objections raised by partners. You can ask us for details.", RightObjection, NotMentioned},
		{"turning off an app's access", "Permissions", "You can turn off the app's access to your location at any time in your phone settings.", RightWithdrawConsent, Declared},
		{"our disabling of access", "Suspension", "We may disable your access to the service if you break these terms.", RightWithdrawConsent, NotMentioned},
		{"a policy-change heading", "Updates to This Policy", "This page reflects the current policy. It may be updated occasionally.", PracticePolicyChange, Declared},
		{"an update elsewhere is no policy change", "Your profile", "This page shows your profile. It may be updated occasionally.", PracticePolicyChange, NotMentioned},
		{"修订本《隐私政策》", "变更", "我们可能适时修订本《隐私政策》的条款。", PracticePolicyChange, Declared},
		{"browsing activities", "Collection", "We collect information about your computer and browsing activities on the services.", DataUsage, Declared},
		{"online behavioral advertising is no usage data", "Ads", "This site follows the principles for online behavioral advertising.", DataUsage, NotMentioned},
		{"an IBAN", "Refunds", "We store your IBAN to process refunds.", DataPayment, Declared},
		{"订单金额", "支付", "在您下单时，我们会收集订单金额等信息。", DataPayment, Declared},
		{"a payment method to pay is no payment data", "收费", "用户根据提示确认其同意按照前述支付方式支付费用。", DataPayment, NotMentioned},
		{"a domain name before the account", "Your account", "You may access or modify your example.com account on the profile page.", RightCorrection, Declared},
		{"a domain name in our changes", "Updates", "We may modify the example.com website from time to time.", RightCorrection, NotMentioned},
		{"how to edit", "Accounts", "To view more details, including how to edit account information, click Learn More.", RightCorrection, Declared},
		{"how we edit", "Editorial", "Our editors decide how we edit account information shown in articles.", RightCorrection, NotMentioned},
		{"a complaint to the CNIL", "Your rights", "You can complain to the CNIL.", RightComplaint, Declared},
		{"petitioning the authority", "Your rights", "You have the right to petition the national data protection authority.", RightComplaint, Declared},
		{"the revocation of consent", "Your rights", "Under the LGPD you may request the revocation of your consent.", RightWithdrawConsent, Declared},
		{"the elimination of data", "Your rights", "You may request the elimination of personal data processed with your consent.", RightDeletion, Declared},
		{"our elimination of duplicates", "Quality", "We eliminate duplicate records from our databases.", RightDeletion, NotMentioned},
		{"confirmation of the existence of processing", "Your rights", "You may request confirmation of the existence of processing.", RightAccess, Declared},
		{"limiting sensitive information", "Your rights", "You have the right to limit the use of your sensitive personal information.", RightRestriction, Declared},
		{"suspending processing", "Your rights", "You can ask us to suspend the processing of your personal data.", RightRestriction, Declared},
		{"our suspension of processing", "Incidents", "We suspend processing when we detect an incident.", RightRestriction, NotMentioned},
		{"a structured, commonly used format", "Your rights", "You may receive your personal data in a structured, commonly used format.", RightPortability, Declared},
		{"human review", "Your rights", "You have the right to ask for a human review of any decision that affects you.", RightAutomatedDecisions, Declared},
		{"an instruction to the reader", "Controls", "Use the privacy controls in your account to choose who sees your activity.", RightPrivacySettings, Declared},
		{"use of is no instruction", "Cookies", "Use of privacy settings by our staff is logged.", RightPrivacySettings, NotMentioned},
		{"a request made to us", "权利", "在以下情形中，您可以向我们提出删除个人信息的请求。", RightDeletion, Declared},
		{"agreeing to our deletion", "保存", "您同意我们定期删除过期的个人信息。", RightDeletion, NotMentioned},
		{"deleted after the account is closed", "保存", "您注销账号后，我们将及时删除您的个人信息。", PracticeRetention, Declared},
		{"deleting on request is no retention period", "权利", "您可以随时删除您发布的评论。", PracticeRetention, NotMentioned},
		{"erased once the purpose is achieved", "Retention", "The data is erased once the purpose of the processing has been achieved.", PracticeRetention, Declared},
		{"held for a purpose is no period", "Use", "We hold your data for the purposes described in this policy.", PracticeRetention, NotMentioned},
		{"log files kept for a period", "Logs", "Log files are kept for ninety days.", PracticeRetention, Declared},
		{"messages stored for delivery", "Messages", "Messages are stored for delivery to the recipient.", PracticeRetention, NotMentioned},
		{"stored abroad is no retention", "Storage", "Backup data may also be stored on servers located in other countries.", PracticeRetention, NotMentioned},
		{"a claim before the regulator", "Rights", "Users have the right to bring a claim before their competent data protection authority.", RightComplaint, Declared},
		{"the regulator named", "About us", "Our lead supervisory authority is the Irish Data Protection Commission.", RightComplaint, NotMentioned},
		{"students as the users", "FERPA", "Students may protect their directory information through the 'My Privacy' feature.", RightPrivacySettings, Declared},
		{"a student's record is no user act", "Retention", "Student test attempts are kept for two years, after which the information is erased from our servers.", RightDeletion, NotMentioned},
		{"no transfer abroad", "Transfers", "We do not transfer your personal information outside of the country.", PracticeInternationalTransfer, Denied},
		{"imperative to the user", "Third parties", "However, please do not provide us with any sensitive personal data through these sites.", DataSensitive, NotMentioned},
		{"prompt as a verb", "Notices", "We will not prompt you through pop-ups for these services.", DataUserContent, NotMentioned},
		{"a refused right", "Messages", "Because this information is important, you may not opt out of receiving these communications.", RightOptOutMarketing, NotMentioned},
		{"a refused right in Chinese", "账号", "在完成交易前，您不能注销账号。", RightAccountDeletion, NotMentioned},
		{"a wish then a right", "Marketing", "If you do not wish to receive marketing emails, you can unsubscribe at any time.", RightOptOutMarketing, Declared},
		{"change one's mind", "Marketing", "If after you opt in you change your mind, contact us.", RightWithdrawConsent, Declared},
		{"deleting one's account deletes one's data", "Your account", "You can delete your account at any time from the settings page.", RightDeletion, Declared},
		{"deactivating an account deletes nothing", "Your account", "You can deactivate your account at any time from the settings page.", RightDeletion, NotMentioned},
		{"restrictions on our processing", "Your rights", "You may request restrictions, temporarily or permanently, on our processing of your personal data.", RightRestriction, Declared},
		{"transfer to a third party", "Your rights", "You may request transfer of personal information to you or a third party.", RightPortability, Declared},
		{"have it changed", "Changing information", "If you would like to have your personally identifiable information changed, please contact us.", RightCorrection, Declared},
		{"query your information", "Your rights", "You can log in to query your personal information.", RightAccess, Declared},
		{"our changes are no correction", "Email", "We may send you information about your account, changes to the site, or information about our events.", RightCorrection, NotMentioned},
		{"a team's access", "Storage", "These teams are responsible for providing you with this Service and accessing your relevant information when necessary.", RightAccess, NotMentioned},
		{"deleting cookies is no data deletion", "Cookies", "If you choose to delete or reject cookies, it may affect certain features.", RightDeletion, NotMentioned},
		{"opting out of communications", "E-mail", "Each e-mail provides a method of \"opting out\" of receiving future communications.", RightOptOutMarketing, Declared},
		{"wish to no longer receive", "Communications", "If you wish to no longer receive communications from us, you may contact us.", RightOptOutMarketing, Declared},
		{"certain information can be updated", "Updates", "Certain information, such as your address, can be updated or corrected by calling Customer Service.", RightCorrection, Declared},
		{"a condition on cookies is no control", "Cookies", "You will not be able to access some areas if your computer does not accept cookies from us.", RightCookieControls, NotMentioned},
		{"browser controls", "Cookies", "You can prevent the use of tracking technologies by using the controls in your web browser.", RightCookieControls, Declared},
		{"confirmation of whether we process", "Your rights", "You may have the right to: (i) request confirmation of whether we are processing your personal information; (ii) obtain access to or a copy of your personal information.", RightAccess, Declared},
		{"access certain information", "Your account", "You can access, add or update certain information in the My Account section.", RightAccess, Declared},
		{"stored whilst a user", "Retention", "We will only store your personal information whilst you are a user of our services.", PracticeRetention, Declared},
		{"deleted after inactivity", "Retention", "If you do not use our services for two years your personal information will be deleted.", PracticeRetention, Declared},
		{"opt-out of is no transfer abroad", "Marketing", "Each email we send you will contain instructions permitting you to opt-out of receiving future emails.", PracticeInternationalTransfer, NotMentioned},
		{"minors should not", "Children", "Minors should not create any accounts or use the Platform without parental or guardian consent.", DataChildren, NotMentioned},
		{"statement may be altered", "Changes", "The contents of this statement may be altered at any time, at our discretion.", PracticePolicyChange, Declared},
		{"对本政策进行修订", "修订", "我们有权适时根据产品及服务的发展情况，对本《隐私政策》进行修订。", PracticePolicyChange, Declared},
		{"reasonable procedures", "Security", "We have adopted commercially reasonable procedures to help protect your information.", PracticeSecurity, Declared},
		{"no guarantee of security", "Security", "We cannot guarantee the security of any database that stores your information.", PracticeSecurity, Declared},
		{"DNT instructions", "Tracking", "This website does not recognize browser signals which may include \"do not track\" instructions.", PracticeDoNotTrack, Denied},
		{"buy or sell assets", "Transfers", "As our businesses change, we may buy or sell various assets.", PracticeMerger, Declared},
		{"does not identify is no denial", "Collection", "We may automatically collect non-personal information that does not identify an individual user, such as IP (internet protocol) address.", DataNetwork, Declared},
		{"a parenthetical negation ends at its bracket", "Advertising", "We may use information (not including your name or email address) about your interaction with advertising on our sites.", DataUsage, Declared},
		{"hypothetical children data", "Children", "If we learn that we have collected personal information from a child, we will delete it.", DataChildren, NotMentioned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(testPolicy(tt.title, tt.text))
			f := r.Finding(tt.key)
			if f.Status != tt.want {
				q := ""
				if len(f.Evidence) > 0 {
					q = f.Evidence[0].Quote
				}
				t.Errorf("%q: %v = %v (quote %q), want %v", tt.text, tt.key, f.Status, q, tt.want)
			}
		})
	}
}

// TestScope checks that a right granted only in a regional section or sentence carries that
// scope, and one granted to everyone does not.
func TestScope(t *testing.T) {
	t.Parallel()
	p := &model.Policy{
		Sections: []model.Section{
			{Title: "Your rights", Level: 1, Parent: -1},
			{Title: "Additional rights for California residents", Level: 2, Parent: 0},
			{Title: "如果您是欧盟用户 EEA", Level: 2, Parent: 0},
		},
		Clauses: []model.Clause{
			{Section: 0, Text: "You can access your personal information at any time."},
			{Section: 1, Text: "You may request that we delete your personal information."},
			{Section: 1, Text: "You have the right to opt out of the sale of your personal information."},
			{Section: 2, Text: "You have the right to data portability."},
			{Section: 0, Text: "If you are in the European Economic Area, you have the right to object to processing."},
		},
	}
	r := Analyze(p)
	for k, want := range map[Key]Scope{
		RightAccess:      ScopeAll,
		RightDeletion:    ScopeCalifornia,
		RightOptOutSale:  ScopeCalifornia,
		RightPortability: ScopeEEAUK,
		RightObjection:   ScopeEEAUK,
	} {
		if got := r.Finding(k); got.Status != Declared || got.Scope != want {
			t.Errorf("%v = %v scope %v, want declared scope %v", k, got.Status, got.Scope, want)
		}
	}
}

// TestEvidence checks that every declared or denied finding carries evidence whose quote is
// exactly the clause text at its rune offsets, and that NotMentioned carries none.
func TestEvidence(t *testing.T) {
	t.Parallel()
	p := testPolicy("Rights",
		"“Smart quotes” first: you can request deletion of your personal data.",
		"您有权访问您的个人信息，我们不会出售您的个人信息。",
		"We collect your name, email address and IP address, and use cookies.",
		"Contact our DPO at privacy@example.com.")
	r := Analyze(p)
	checkEvidence(t, p, r)
	if f := r.Finding(PracticeContact); f.Value != "privacy@example.com" {
		t.Errorf("contact value = %q", f.Value)
	}
}

// checkEvidence verifies the evidence invariants of r over p.
func checkEvidence(t *testing.T, p *model.Policy, r *Report) {
	t.Helper()
	if len(r.Findings) != int(NumKeys) {
		t.Fatalf("%d findings, want %d", len(r.Findings), NumKeys)
	}
	for k, f := range r.Findings {
		if f.Key != Key(k) {
			t.Errorf("Findings[%d].Key = %v", k, f.Key)
		}
		if (f.Status == Declared || f.Status == Denied) != (len(f.Evidence) > 0) {
			t.Errorf("%v: status %v with %d evidence", f.Key, f.Status, len(f.Evidence))
		}
		for _, ev := range f.Evidence {
			if ev.Clause < 0 || ev.Clause >= len(p.Clauses) {
				t.Fatalf("%v: clause %d out of range", f.Key, ev.Clause)
			}
			c := p.Clauses[ev.Clause]
			rs := []rune(c.Text)
			if ev.Start < 0 || ev.End > len(rs) || ev.Start >= ev.End {
				t.Fatalf("%v: offsets %d..%d out of range for %d runes", f.Key, ev.Start, ev.End, len(rs))
			}
			if got := string(rs[ev.Start:ev.End]); got != ev.Quote {
				t.Errorf("%v: runes %d..%d = %q, quote %q", f.Key, ev.Start, ev.End, got, ev.Quote)
			}
			if ev.Section != c.Section {
				t.Errorf("%v: section %d, clause's section %d", f.Key, ev.Section, c.Section)
			}
			if !utf8.ValidString(ev.Quote) {
				t.Errorf("%v: invalid UTF-8 quote", f.Key)
			}
		}
	}
}

// TestValues checks the values extracted for keys that have one.
func TestValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		key  Key
		want string
	}{
		{"We retain your data for 30 days after you close your account.", PracticeRetention, "30 days"},
		{"We keep your information for as long as necessary to provide the service.", PracticeRetention, "as long as necessary"},
		{"我们仅在实现目的所必需的最短时间内保留您的个人信息。", PracticeRetention, "实现目的所必需的最短时间"},
		{"Your data is stored on servers located in Singapore and the United States.", PracticeStorageLocation, "Singapore, United States"},
		{"我们收集的个人信息存储于中华人民共和国境内。", PracticeStorageLocation, "中华人民共和国境内"},
		{"Our service is not directed to children under the age of 13.", PracticeChildrenAge, "13"},
		{"我们的产品主要面向成人，不满十四周岁的儿童须经监护人同意。", PracticeChildrenAge, "14"},
		{"We do not respond to Do Not Track signals.", PracticeDoNotTrack, "not honoured"},
		{"We share your data with service providers and affiliates.", PracticeSharing, "service providers, affiliates"},
	}
	for _, tt := range tests {
		t.Run(tt.key.String(), func(t *testing.T) {
			f := Analyze(testPolicy("Section", tt.text)).Finding(tt.key)
			if f.Value != tt.want {
				t.Errorf("%q: %v value = %q (status %v), want %q", tt.text, tt.key, f.Value, f.Status, tt.want)
			}
		})
	}
}

// TestAnalyzeNil checks that a nil or empty policy gives a full report of NotMentioned.
func TestAnalyzeNil(t *testing.T) {
	t.Parallel()
	for _, p := range []*model.Policy{nil, {}} {
		r := Analyze(p)
		if len(r.Findings) != int(NumKeys) {
			t.Fatalf("%d findings", len(r.Findings))
		}
		for _, f := range r.Findings {
			if f.Status != NotMentioned {
				t.Errorf("%v = %v on an empty policy", f.Key, f.Status)
			}
		}
	}
	var r *Report
	if f := r.Finding(RightAccess); f.Status != NotMentioned || f.Key != RightAccess {
		t.Errorf("nil report Finding = %+v", f)
	}
}

// TestSentences checks the sentence splitter on abbreviations, numbers and Chinese stops.
func TestSentences(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lx   *lexicon
		text string
		want []string
	}{
		{lexEN, "We collect data, e.g. your name. See section 2.1 for more.", []string{"We collect data, e.g. your name.", "See section 2.1 for more."}},
		{lexZH, "我们收集信息，例如Cookie, e.g. 日志。您可以删除！", []string{"我们收集信息，例如Cookie, e.g. 日志。", "您可以删除！"}},
	} {
		var got []string
		for _, sp := range c.lx.compiled().sentences(c.text) {
			got = append(got, strings.TrimSpace(c.text[sp.start:sp.end]))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s sentences = %q, want %q", c.lx.name, got, c.want)
		}
	}
}

// TestVerbList checks that every verb of a list after "the right to" or "you can" gives its own
// right, quoted by its verb alone rather than by the whole list, and that a purpose ("so that
// you can") lets the user act.
func TestVerbList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text  string
		key   Key
		quote string
	}{
		{"You have the right to access, correct, delete, copy, restrict processing, and withdraw consent to your personal information.", RightCorrection, "correct"},
		{"You have the right to access, correct, delete, copy, restrict processing, and withdraw consent to your personal information.", RightDeletion, "delete"},
		{"You can log in to query, manage (alter, delete) the basic information you submitted.", RightCorrection, "alter"},
		{"You can delete your personal information.", RightDeletion, "delete your personal information"},
		{"We provide functions so that you can manage your information, including editing your personal profile or canceling your account.", RightAccountDeletion, "canceling your account"},
		{"You may stop receiving promotional emails by clicking the unsubscribe link.", RightOptOutMarketing, "unsubscribe"},
		{"您有权访问、复制、更新、删除您的个人信息。", RightAccess, "访问"},
		{"您有权访问、复制、更新、删除您的个人信息。", RightCorrection, "更新"},
		{"你有權訪問、更正、刪除你的個人資料。", RightAccess, "訪問"},
		{"Access and Correction: Query or modify your personal account information.", RightAccess, "Query or modify your personal account information"},
	}
	for _, tt := range tests {
		t.Run(tt.key.String(), func(t *testing.T) {
			p := testPolicy("Your rights", tt.text)
			r := Analyze(p)
			checkEvidence(t, p, r)
			f := r.Finding(tt.key)
			if f.Status != Declared || f.Evidence[0].Quote != tt.quote {
				q := ""
				if len(f.Evidence) > 0 {
					q = f.Evidence[0].Quote
				}
				t.Errorf("%q: %v = %v quote %q, want declared quote %q", tt.text, tt.key, f.Status, q, tt.quote)
			}
		})
	}
	// A relative clause is not the user acting.
	if f := Analyze(testPolicy("Retention", "We delete the information that you provide after a year.")).Finding(RightDeletion); f.Status == Declared {
		t.Errorf("relative clause declared deletion: %q", f.Evidence[0].Quote)
	}
}

// TestParagraphList checks that a list written as paragraphs ending in semicolons takes the
// lead-in that ends in a colon before it, and that a paragraph after a full stop does not.
func TestParagraphList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		paras []string
		want  Status
	}{
		{"items after a colon", []string{
			"When you register, we may ask you for different types of information, including:",
			"Contact information, such as a name and email address;",
			"Other details, such as gender, age and professional interests;",
		}, Declared},
		{"a paragraph after a full stop", []string{
			"When you register, we may ask you for different types of information.",
			"Contact information, such as a name and email address;",
			"Other details, such as gender, age and professional interests;",
		}, NotMentioned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Analyze(testPolicy("Overview", tt.paras...)).Finding(DataDemographic).Status; got != tt.want {
				t.Errorf("data.demographic = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEvidenceOrder checks that a mark's first evidence is the clause a reader looks for: a
// right's in the section on rights, a data category's in the section on collection, even when
// another clause comes first in the text.
func TestEvidenceOrder(t *testing.T) {
	t.Parallel()
	src := "# Privacy Policy\n\n" +
		"## 1. Security\n\nWe use your email address to send you alerts about new sign-ins. " +
		"If you close your account, you can ask us to delete your personal information.\n\n" +
		"## 2. Information We Collect\n\nWe collect your email address when you register.\n\n" +
		"## 3. Your Rights\n\nYou have the right to request deletion of your personal data.\n"
	p, err := model.Parse("order.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := Analyze(p)
	for _, tt := range []struct {
		key     Key
		section string
	}{
		{RightDeletion, "Your Rights"},
		{DataContact, "Information We Collect"},
	} {
		f := r.Finding(tt.key)
		if f.Status != Declared || len(f.Evidence) < 2 {
			t.Errorf("%v: %v with %d evidence, want declared by two clauses", tt.key, f.Status, len(f.Evidence))
			continue
		}
		if got := p.Sections[f.Evidence[0].Section].Title; got != tt.section {
			t.Errorf("%v: first evidence in %q, want %q", tt.key, got, tt.section)
		}
	}
}
