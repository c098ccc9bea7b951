package detect

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// mode is how an entry's trigger needs its context.
type mode uint8

const (
	// modeContext, the default, needs the key group's context: for a right the user acts or
	// asks ("you can delete your data"), for a data category the company collects, receives
	// or uses it ("we collect your email address"). Practices need nothing more.
	modeContext mode = iota
	// modeSelf entries say enough by themselves ("right to erasure", "unsubscribe").
	modeSelf
	// modeDenyOnly entries count only when negated, and then deny the key ("we do not use
	// automated decision-making").
	modeDenyOnly
)

// entry is one phrase of the vocabulary.
type entry struct {
	Key Key
	// Pattern is an RE2 regular expression over folded text: lower-case English and
	// simplified Chinese (traditional characters are folded to simplified before matching).
	Pattern string
	Mode    mode
	// Catch is a sentence the entry catches: alone in a policy, it gives Key the status Want
	// (Declared when Want is NotMentioned). Miss is a near-miss: alone, it must not declare Key.
	Catch, Miss string
	Want        Status
	// Unless, when set, is a pattern that rejects a match when it matches the text right after
	// it: "keep your information" followed by "secure" is security, not retention.
	Unless string
	// NotNear, when set, is a pattern that rejects a match when it occurs in the trigger's
	// sentence (within window bytes): "privacy settings" near "browser" or "Facebook" are not
	// the service's own settings.
	NotNear string
}

// vocab is the detector's vocabulary. Review it with its tests: every entry's Catch and Miss
// sentences are checked by TestVocabulary. Write patterns for what a policy means, not for one
// document's wording.
var vocab = []entry{
	// Rights: the user's, not the company's.
	{Key: RightAccess, Mode: modeSelf,
		Pattern: `right (?:of|to) (?:request )?access|right to know|(?:data )?subject access request|\baccess requests?\b|(?:request|obtain|ask for|receive|get) (?:a )?cop(?:y|ies) of (?:\w+ ){0,3}(?:personal|data|information)`,
		Catch:   "You have the right of access to your personal data.",
		Miss:    "Access to our offices is restricted."},
	{Key: RightAccess,
		Pattern: `\b(?P<t>access(?:ing)?)\b(?: to)?` + verbList + `(?:\w+ ){0,3}?(?:your|the|any|all|such|certain|some|my|their) (?:[\w.]+ ){0,3}?(?:personal|data|information|info|account|profile)`,
		Catch:   "You may access, update or delete your personal information at any time.",
		Miss:    "We limit access to your personal information to employees who need it."},
	{Key: RightAccess,
		Pattern: `\b(?:review|view|see|know|confirm|find out|query|inquir)\w* (?:\w+ ){0,3}?(?:what|which|whether|the|your) (?:\w+ ){0,3}?(?:personal )?(?:data|information|info)\b(?: (?:we|that we) (?:hold|have|collect|process|keep|store))?|\bconfirmation of (?:the )?existence of (?:\w+ )?processing\b`,
		Catch:   "You can ask us to confirm whether we process your personal data.",
		Miss:    "We review the information we hold every year."},
	{Key: RightAccess,
		Pattern: `查阅|(?P<t>查询|访问|复制)` + zhVerbList + `(?:您的|你的)?(?:个人)?(?:信息|资料|数据)|获取(?:您的)?(?:个人信息)?副本`,
		Catch:   "您有权访问您的个人信息。",
		Miss:    "我们会访问您的设备信息。"},

	{Key: RightCorrection, Mode: modeSelf,
		Pattern: `right (?:of|to) (?:rectification|rectify|correct|correction|amend)`,
		Catch:   "You have the right to rectification.",
		Miss:    "We have the right to correct errors in prices."},
	{Key: RightCorrection,
		Pattern: `\b(?P<t>correct(?:ion|ing|s)?|rectif\w*|amend(?:ment|ing)?|updat(?:e|ing)|edit(?:ing)?|modif(?:y|ying|ication)|chang(?:e|ing)|alter(?:ing|ation)?)\b` + verbList + `(?:[\w.]+ ){0,4}?(?:(?:personal|data|information|info|details|profile|account|registration)\b|inaccura|incomplete)|\brectification\b`,
		Catch:   "You can correct or update your personal information in your profile.",
		Miss:    "We may update this privacy policy from time to time."},
	{Key: RightCorrection,
		Pattern: `(?:errors?|information|data|details|records?|inaccura\w*)\b[^.;]{0,40}?\b(?:be|being|get|have (?:\w+ )?) ?(?:corrected|rectified|amended)\b|\bhave (?:your |the |that |any )?(?:\w+ ){0,3}?(?:data|information|info|details)\b (?:\w+ )?(?:corrected|rectified|amended|changed|updated|modified)\b|\b(?:update|correct|rectify|amend|edit)\w*(?:,? (?:and|or)? ?\w+){0,3},? (?:it|them|this information|that information|such information)\b`,
		Catch:   "If your record contains an error, you may request that the error be corrected.",
		Miss:    "Errors in the software were corrected in version 2."},
	{Key: RightCorrection, Mode: modeSelf,
		Pattern: `(?:your|personal|the|such|this|certain|any|some) (?:\w+ )?(?:information|data|details|records?)\b[^.;]{0,160}?\b(?:can|may|could) be (?:\w+,? (?:or |and )?){0,3}?(?:updated|modified|corrected|changed|amended|rectified)\b|\b(?:ask|request|require) (?:for )?(?:it|them|the data|the information|your data) to be (?:\w+,? (?:or |and )?){0,4}?(?:corrected|rectified|amended|updated)\b`,
		Catch:   "Your personal information can be updated or modified at any time by calling us.",
		Miss:    "This privacy policy may be updated from time to time."},
	// Telling the company that data it holds is wrong asks for its correction.
	{Key: RightCorrection,
		Pattern: `(?:information|data|details|records?)\b[^.;]{0,80}?\b(?:is|are|be|becomes?) (?:\w+ )?(?:incorrect|inaccurate|incomplete|out of date|outdated|wrong)\b[^.;]{0,120}?\b(?:write|e-?mail|contact|let us know|notify|tell|inform)`,
		Catch:   "If you believe that any information we are holding on you is incorrect or incomplete, please write to or email us.",
		Miss:    "If the information you give us is incorrect, your order may be delayed."},
	{Key: RightCorrection,
		Pattern: `更正|(?P<t>修改|更新|补充)` + zhVerbList + `(?:您的|你的)?(?:个人)?(?:信息|资料)`,
		Catch:   "您可以更正您的个人信息。",
		Miss:    "我们会更新本政策。"},

	{Key: RightDeletion, Mode: modeSelf,
		Pattern: `right (?:of|to) (?:erasure|deletion|delete|erase|be forgotten|have (?:\w+ ){0,3}(?:deleted|erased))|right to be forgotten|(?:deletion|erasure) requests?|request(?:ing)? (?:the )?(?:deletion|erasure|elimination)|request (?:that|for) (?:we|us to) (?:delete|erase|remove)`,
		Catch:   "You have the right to erasure of your data.",
		Miss:    "We reserve the right to delete content that violates our terms."},
	{Key: RightDeletion,
		Pattern: `\b(?P<t>(?:delet|eras|remov|eliminat)\w*)` + verbList + `(?:\w+ ){0,4}?(?:personal|data|information|info|details)|\berasure\b`,
		Catch:   "You can ask us to delete your personal information.",
		Miss:    "We may delete your information if you violate the terms."},
	{Key: RightDeletion,
		Pattern: `(?:data|information|info|details|content)\b[^.;:]{0,40}?\b(?:deleted|erased|removed)\b|\b(?:want|wish|like|ask|request)\w* (?:for )?(?:it|them|this|that|this data|such data|your (?:\w+ )?(?:data|information)) (?:to be )?(?:removed|deleted|erased)\b`,
		Catch:   "You may ask to have the information on your account deleted.",
		Miss:    "Information is deleted by our systems automatically."},
	{Key: RightDeletion,
		Pattern: `\b(?:delet|eras|remov)\w*(?:,? (?:and|or)? ?\w+){0,3},? (?:it|them|this information|that information|such information|this data|such data)\b`,
		Catch:   "If that information is wrong, we give you ways to update it or to delete it.",
		Miss:    "If you choose to delete or reject cookies, it may affect some features.",
		NotNear: `cookie|browser`},
	// Clearing a history the service keeps (search, viewing, chat) deletes that data; a
	// browser's history is the browser's, not the service's.
	{Key: RightDeletion,
		Pattern: `\bclear\w* (?:your |the |their |all )?(?:\w+ ){0,2}?histor(?:y|ies)\b`,
		Catch:   "You may clear your search history by going to the preferences page.",
		Miss:    "You can clear your browser history to remove cookies.",
		NotNear: `browser|cookie|浏览器`},
	// Deleting cookies in a browser or the app is a cookie control, not the deletion right.
	{Key: RightDeletion,
		Pattern: `删除`,
		Catch:   "您可以删除您的个人信息。",
		Miss:    "您可以根据自己的偏好删除Cookie，清除后相关信息即已删除。",
		Unless:  `^\s*(?:cookie|浏览器|缓存)`,
		NotNear: `cookie|浏览器`},

	{Key: RightAccountDeletion,
		Pattern: `\b(?:delet|clos|cancel|terminat|deactivat|remov|disabl)\w* (?:\w+ ){0,2}?(?:your |the |their |an |my |any )?(?:user |online )?(?:accounts?|registrations?|memberships?|profiles?)\b|\baccount (?:deletion|closure|cancellation|termination|deactivation)`,
		Catch:   "You can delete your account in the app settings.",
		Miss:    "We may terminate your account if you break these rules."},
	{Key: RightAccountDeletion,
		Pattern: `\baccounts?\b[^.;:]{0,30}?\b(?:deleted|closed|cancel+ed|terminated|deactivated|removed)\b`,
		Catch:   "You can have your account deleted by writing to us.",
		Miss:    "Accounts that break the rules will be terminated."},
	{Key: RightAccountDeletion,
		Pattern: `\b(?:de-?|un)regist(?:er|ering|ration)\b`,
		Catch:   "Please visit the account settings page if you wish to de-register from your account.",
		Miss:    "Unregistered visitors can browse the site."},
	{Key: RightAccountDeletion,
		Pattern: `注销(?:您的)?(?:账号|账户)?`,
		Catch:   "您可以通过设置页面注销账号。",
		Miss:    "我们有权注销违规账号。"},

	{Key: RightPortability, Mode: modeSelf,
		Pattern: `data portability|portability (?:of|right)|right (?:to|of) (?:data )?portability|\bportability\b|portable (?:\w+ )?(?:format|form)|machine[- ]readable|structured,? commonly[- ]used\b`,
		Catch:   "You have the right to data portability.",
		Miss:    "Our devices are portable."},
	{Key: RightPortability,
		Pattern: `(?:transfer|transmit|port|mov|send)\w* (?:\w+ ){0,5}?to another (?:controller|service|provider|company|organi[sz]ation|entity)|(?:request|ask for|obtain)\w* (?:the |a )?transfer of (?:\w+ ){0,3}?(?:data|information) to (?:you|another|a third)|(?:export|download)\w* (?:\w+ ){0,3}?(?:your |a copy of )?(?:personal )?(?:data|information)`,
		Catch:   "You can download your data from the settings page.",
		Miss:    "We export data summaries for our own accounting."},
	{Key: RightPortability,
		Pattern: `(?:转移|导出|汇出)(?:您的)?(?:个人)?(?:信息|数据)|可携`,
		Catch:   "您可以导出您的个人信息。",
		Miss:    "我们会在合并时转移业务。"},

	// Giving the user a way to transfer or export their data is portability (PIPL Art. 45(3)).
	{Key: RightPortability, Mode: modeSelf,
		Pattern: `提供(?:个人信息)?(?:转移|导出|迁移)的?(?:途径|方式|渠道|功能|服务)|(?:provide|offer|give) (?:you )?(?:with )?(?:a |the )?(?:means|way|tool|option)s? (?:to|for|of) (?:\w+ )?(?:transfer|export|download)\w* (?:\w+ ){0,2}?(?:data|information)`,
		Catch:   "基于你的书面请求，并符合国家网信部门规定条件的，我们会向你提供转移的途径。",
		Miss:    "在合并时，我们会转移业务并向你提供通知。"},
	{Key: RightRestriction,
		Pattern: `restrict\w* (?:\w+ ){0,5}?(?:processing|use|the use|how we use)|restrictions?,? (?:[\w,]+ ){0,4}?on (?:our |the |its )?(?:processing|use)\b|limitations? (?:\w+ ){0,6}?on (?:our |the |its )?(?:processing|use) of|restriction (?:of|on) (?:\w+ ){0,2}?(?:processing|use)|right (?:of|to) restrict|limit (?:\w+ ){0,3}?(?:processing|use) of (?:your )?(?:sensitive )?(?:personal )?(?:data|information)|\b(?:suspend|pause|freeze)\w* (?:\w+ ){0,2}?processing\b|限制(?:我们)?(?:对您的)?(?:个人信息的)?处理`,
		Catch:   "You have the right to restrict the processing of your personal data.",
		Miss:    "We restrict access to your data to authorised staff."},

	{Key: RightObjection, Mode: modeSelf,
		Pattern: `right to object|right of objection`,
		Catch:   "You have the right to object.",
		Miss:    "The objects in our store are for sale."},
	// Stopping a processing altogether, or refusing to give data at all, is objecting to it
	// (GDPR Art. 21; PIPL Art. 44 "refuse").
	{Key: RightObjection,
		Pattern: `refuse to (?:supply|provide|give|share|allow|permit)\b|stop (?:\w+ ){0,3}?(?:collection|processing|use|tracking)\b|(?:right|choose|ask|request|tell|instruct|direct) (?:\w+ ){0,3}?(?:not to|to stop|to cease) (?:\w+ ){0,3}?(?:process|us(?:e|ing)\b|collect|shar|sell)`,
		Catch:   "You can stop all collection of information by uninstalling the app.",
		Miss:    "We stop processing when the contract ends."},
	// Opting out of interest-based advertising or profiling objects to processing for direct
	// marketing (GDPR Art. 21(2)).
	{Key: RightObjection,
		Pattern: `opt[- ]?out["”']? (?:of |from )?(?:receiving )?(?:\w+ ){0,3}?(?:interest[- ]based|targeted|personali[sz]ed|behavio(?:u)?ral|tailored) (?:advertising|ads|advertisements|marketing)|opt[- ]?out["”']? (?:of |from )?(?:\w+ ){0,2}?profiling`,
		Catch:   "You can opt out of interest-based advertising entirely in your cookie settings.",
		Miss:    "We work with partners to show interest-based advertising."},
	// Opting out of a processing of one's data, rather than of a message or a sale, objects to
	// that processing (GDPR Art. 21): "opt out of the processing of your personal data".
	{Key: RightObjection,
		Pattern: `opt[- ]?out["”']? (?:of|from) (?:\w+ ){0,3}?processing\b|opt[- ]?out["”']? (?:of|from) (?:the |our |any )?(?:use|processing) of (?:your |their )?(?:personal )?(?:data|information)\b`,
		Catch:   "You may opt out of the processing of your personal data for analytics at any time.",
		Miss:    "You may opt out of the sale of your personal data at any time."},
	// PIPL Art. 44: the individual may refuse others' processing of his or her information.
	{Key: RightObjection,
		Pattern: `拒绝(?:我们|他人|第三方|其他人)?(?:对|将)?(?:您|你)?的?(?:个人)?(?:信息|数据|资料)?(?:的)?(?:进行)?(?:处理|使用)`,
		Catch:   "您有权限制或者拒绝他人对您的个人信息进行处理。",
		Miss:    "我们有权拒绝处理不合理的请求。"},
	{Key: RightObjection,
		Pattern: `\bobject(?:ing)? to\b|\bobjections?\b|(?:you|may|can|to) object\b|(?:refuse|prohibit|oppose|prevent) (?:\w+ ){0,3}?(?:the )?(?:processing|us from processing|use of your)|拒绝(?:我们)?(?:对您的)?(?:个人信息的)?处理|反对`,
		Catch:   "You may object to our processing of your personal data for direct marketing.",
		Miss:    "Please refer to the object list in the appendix."},

	{Key: RightWithdrawConsent, Mode: modeSelf,
		Pattern: `(?:consents?|information|data)\b[^.;]{0,80}?\b(?:may|can|could) be (?:withdrawn|revoked|retracted)|consents?\b[^.;]{0,80}?\b(?:may|can|could) be cancel+ed|withdraw (?:your|their|his or her|the user'?s) consent|right to withdraw|withdrawal of (?:your|their) consent|(?:撤回|撤销|收回)(?:您的|你的)?(?:同意|授权)`,
		Catch:   "(vi) withdraw your consent; and (vii) request erasure.",
		Miss:    "We may withdraw the offer."},
	// Unsubscribing from marketing sent on the basis of consent withdraws that consent
	// (GDPR Art. 7(3); ePrivacy requires consent for marketing e-mail).
	{Key: RightWithdrawConsent, Mode: modeSelf,
		Pattern: `unsubscrib|opt[- ]?out["”']? (?:of )?(?:receiving )?(?:\w+ ){0,4}?(?:marketing|promotional|newsletters?|e-?mails|communications)|(?:marketing|promotional|newsletters?)\b[^.;]{0,60}?\bopt[- ]?out|退订|取消订阅`,
		Catch:   "You can unsubscribe from our newsletter at any time.",
		Miss:    "We send a newsletter to subscribers."},
	// Changing one's mind about a consent or an opt-in given earlier, and revoking an app's
	// access granted earlier, withdraw that consent.
	{Key: RightWithdrawConsent, Mode: modeSelf,
		Pattern: `(?:agree|consent|opt(?:ed)?[- ]?in|permission|authori[sz])\w*\b[^.;]{0,120}?\bchange (?:your|their|his or her) minds?\b|\bchange (?:your|their) minds?\b[^.;]{0,80}?\b(?:consent|agree|permission|opt)`,
		Catch:   "If you have previously agreed to us using your information for direct marketing, you may change your mind at any time.",
		Miss:    "If you change your mind about an order, you may cancel it within 14 days."},
	// A consent named earlier in the sentence and then withdrawn by the user as "it": "where we
	// rely on your consent, you may withdraw it at any time".
	{Key: RightWithdrawConsent, Mode: modeSelf,
		Pattern: `\bconsent\b[^.;]{0,100}?\b(?:you|users?) (?:\w+ ){0,3}?(?:withdraw|revoke|retract)\w* (?:it|this|that|such consent|the same)\b`,
		Catch:   "Where we process your data on the basis of your consent, you may withdraw it at any time.",
		Miss:    "This feature needs your consent; we may withdraw it from the app in a later version."},
	{Key: RightWithdrawConsent,
		Pattern: `\brevok\w* (?:[\w'’]+ ){0,4}?access\b|\b(?:disabl\w*|turn\w* off|switch\w* off) (?:the |an? |your |its )?(?:app['’]?s? |application['’]?s? )?(?:access to (?:your )?(?:location|camera|microphone|contacts|photos|calendar|gps)|(?:location|camera|microphone|contacts|photos|calendar|gps) access)\b`,
		Catch:   "You can revoke the app's access to your data in your Google account.",
		Miss:    "We may revoke your access to the service if you break these terms."},
	{Key: RightWithdrawConsent,
		Pattern: `withdraw\w* (?:\w+ ){0,4}?consent|revok\w* (?:\w+ ){0,4}?(?:consent|authori[sz]ation|permission)|(?:retract|cancel)\w* (?:your |their |any |the |this |that |such )?(?:\w+ )?consents?\b|(?:change|modify|update|adjust)\w* (?:your |their )?consent (?:choices|preferences|settings)\b|withdraw\w* (?:your |their |any |the )?(?:permission|authori[sz]ation|agreement|approval)\b|consent (?:\w+ ){0,6}?(?:withdraw|revoc|revok)|(?:withdrawal|revocation) of (?:\w+ ){0,2}?consent|(?:撤回|撤销|收回|取消|改变)(?:您的)?(?:同意|授权)|(?:撤回|撤销|收回)(?:您|你)?对[^。；，,;]{0,20}?的(?:同意|授权)`,
		Catch:   "You can withdraw your consent at any time.",
		Miss:    "We may withdraw this offer at any time."},

	{Key: RightOptOutSale, Mode: modeSelf,
		Pattern: `do not sell(?: or share)? my|opt[- ]out of (?:the )?(?:sale|selling)|right to opt[- ]out of (?:the )?(?:sale|selling|sharing)|opt[- ]out (?:\w+ ){0,3}?(?:sale|selling) of`,
		Catch:   "You may opt out of the sale of your personal information.",
		Miss:    "We may sell products to you."},

	{Key: RightOptOutMarketing, Mode: modeSelf,
		Pattern: `(?:marketing|promotional|newsletters?)\b[^.;]{0,60}?\bopt[- ]?out|unsubscrib|opt(?:ing)?["”']?[- ]?out[^.;]{0,120}?(?:marketing|promotion|newsletter|advertis|commercial|e-?mails?\b|mailings?|mailing list|messages|communications|interest-based|personali[sz]ed|offers)|stop (?:\w+ ){0,3}?(?:delivery|receiving|sending|receipt) of (?:\w+ ){0,2}?(?:commercial|marketing|promotional|e-?mail|newsletters?)|(?:marketing|promotional) (?:\w+ ){0,4}?opt[- ]?out|stop receiving|(?:choose|elect|ask|request) not to receive|no longer (?:wish|want) to receive|(?:wish|want|like) (?:to )?no longer (?:to )?receive|do not wish to receive|(?:email|e-mail|marketing|communication) preferences|退订|取消订阅|关闭个性化(?:推荐|广告)|拒绝(?:接收)?(?:营销|推广|广告)|拒绝接收[^。，；]{0,8}?(?:营销|推广|广告|商业)|不再接收`,
		Catch:   "You can unsubscribe from our newsletter at any time.",
		Miss:    "We send a monthly newsletter to subscribers."},

	{Key: RightAutomatedDecisions,
		Pattern: `automated (?:individual )?decision|solely on automated|automated processing|profiling|自动化?决策|(?:仅|只|单纯)(?:依据|依靠|通过|基于|凭借)?[^。，；]{0,16}?自动化?决策|decisions? (?:\w+ ){0,4}?(?:by|through|using|with) (?:purely |solely |only |fully )?automated (?:means|systems?|tools?|methods?)\b|(?:obtain|request|ask for|right to) (?:a |an )?human (?:intervention|review)\b`,
		Catch:   "You have the right not to be subject to a decision based solely on automated processing.",
		Miss:    "We use automated backups every night."},

	// The user complaining through a channel, the subject named: "您可以通过客服反馈您的意见或
	// 投诉", "您可按照我们公司的联系方式进行投诉" (a company named on the way is not the actor).
	{Key: RightComplaint, Mode: modeSelf,
		Pattern: `(?:您|你)(?:也|还)?(?:可以|可|有权)[^。；]{0,30}?(?:进行|提出|提起|发起|提交|反馈|向[^。；，]{1,20}?)(?:您的|你的)?(?:意见(?:或者|或|和|、))?(?:投诉|举报|申诉)`,
		Catch:   "您可以通过手机客户端的客服功能与我们的客服团队取得联系，反馈您的意见或投诉。",
		Miss:    "您的投诉提交后，我们会在十五天内处理您的投诉。"},
	// PIPL Art. 24: where a decision made by automated means significantly affects the user,
	// the user may ask for an explanation or refuse it; the right follows the decision.
	{Key: RightAutomatedDecisions, Mode: modeSelf,
		Pattern: `自动化?决策[^。]{0,60}?(?:您|你|用户)(?:有权|可以|可)(?:要求|拒绝|申请|选择)`,
		Catch:   "如果我们通过自动化决策作出对您有重大影响的决定，您有权要求我们予以说明。",
		Miss:    "如果我们通过自动化决策发现异常交易，我们有权拒绝该交易。"},
	{Key: RightComplaint,
		Pattern: `complain\w*[^.;]{0,160}?(?:supervisory|data protection|authorit|regulator|commissioner|\bdpa\b|ombudsman|\b(?:ico|cnil|oaic|anpd|aepd|pdpc|dpc|edpb|fdpic|bfdi)\b)|(?:supervisory|data protection|competent|local|relevant|privacy) (?:\w+ ){0,2}?(?:authorit\w*|regulator|commissioner)(?:,? \w+){0,8}? complaint|(?:lodge|file|report|submit|make|register|raise) (?:a |an )?(?:formal )?complaint|right to complain|(?:向|进行|提出|发起|提交|可以|可向|可通过|有权)[^。；，,;]{0,24}?(?:投诉|举报|申诉)|(?:投诉|举报|申诉)(?:、|或|和|及)?(?:投诉|举报|申诉)?等?(?:的)?(?:权利|权|渠道|途径|方式|电话|邮箱|入口|热线)`,
		Catch:   "You have the right to lodge a complaint with a supervisory authority.",
		Miss:    "We handle complaints from our business partners internally."},
	// Turning to the data protection regulator is complaining to it (GDPR Art. 77): "you can
	// contact the Information Commissioner's Office".
	{Key: RightComplaint,
		Pattern: `\b(?:contact|write to|report (?:\w+ ){0,2}?to|refer (?:\w+ ){0,2}?to|escalate (?:\w+ ){0,2}?to|raise (?:\w+ ){0,2}?with|bring (?:\w+ ){0,2}?before|seek (?:\w+ ){0,2}?(?:from|before|with)|reach out to|turn to|approach|appeal to|petition) (?:the |your |a |an )?(?:\w+ ){0,3}?(?:\b(?:ico|cnil|oaic|anpd|aepd|pdpc|dpc|edpb|fdpic|bfdi)\b|information commissioner|data protection (?:authorit\w*|commission\w*|supervisor\w*|regulator|agency|board|inspectorate|office\b)|supervisory (?:authorit\w*|body)|privacy (?:commissioner|regulator)|regulator\b)`,
		Catch:   "If you are unhappy with how we handle your data, you can contact the Information Commissioner's Office.",
		Miss:    "We have registered with the Information Commissioner's Office as a data controller."},
	// A complaint the user makes through a channel the policy names: "if you have any
	// questions or complaints, contact us at …".
	{Key: RightComplaint,
		Pattern: `\bcomplaints?\b[^.;]{0,160}?\b(?:contact|write to|e-?mail us|call us|reach us|reach out)`,
		Catch:   "If you have a complaint about our privacy practices, please contact us at privacy@example.com.",
		Miss:    "If we receive a complaint about a user's post, we may contact that user."},
	{Key: RightNonDiscrimination,
		Pattern: `discriminat|歧视|区别对待`,
		Catch:   "We will not discriminate against you for exercising your privacy rights.",
		Miss:    "Our algorithms discriminate between spam and mail."},

	{Key: RightCookieControls,
		Pattern: `(?:browser|device) (?:\w+ ){0,4}?(?:settings?|preferences|options|controls?|configuration)|(?:refuse|reject|block|disabl|delet|remov|declin|manag|control|turn off|clear|accept|erase|set)\w* (?:\w+ ){0,5}?cookies|cookies? (?:settings?|preferences|banner|consent (?:tool|manager|banner)|management)|opt[- ]out of (?:\w+ ){0,3}?cookies|(?:浏览器|设备)(?:的)?设置[^。]{0,20}(?:cookie|拒绝|管理|清除|删除)|(?:清除|删除|拒绝|管理|禁用|阻止|修改)[^。]{0,10}cookie|cookie[^。]{0,20}(?:清除|删除|拒绝|管理|禁用)`,
		Catch:   "You can set your browser to refuse cookies.",
		Miss:    "We use cookies to remember your language."},

	// The controls of a browser, and instructions for blocking cookies, are cookie controls
	// whatever the sentence's subject.
	{Key: RightCookieControls,
		Pattern: `(?:controls?|settings?|options|preferences|tools) (?:in|of|on|within) (?:your |the |most |a )?(?:web |internet )?browsers?\b`,
		Catch:   "You can prevent the use of certain tracking technologies by using the controls in your web browser.",
		Miss:    "The settings of the browser game are saved on our servers."},
	{Key: RightCookieControls, Mode: modeSelf,
		Pattern: `instructions (?:for|on|about) (?:how to )?(?:\w+ ){0,2}?(?:block|delet|disabl|manag|refus|reject|remov|control)\w* (?:\w+ ){0,2}?cookies`,
		Catch:   "Instructions for blocking cookies can be found in your browser help tab.",
		Miss:    "Cookies follow the instructions our servers send them."},
	{Key: RightCookieControls,
		Pattern: `(?:set|configure|adjust|change|modify)\w* (?:your |the |most )?(?:web |internet )?browsers?\b[^.;]{0,120}?cookie`,
		Catch:   "You can set your browser to notify you when you receive a cookie.",
		Miss:    "Set your browser to full screen for the best experience."},
	{Key: RightPrivacySettings,
		Pattern: `privacy (?:settings|controls|preferences|dashboard|center|centre)|(?:account|permission|sharing|visibility|profile|app) settings|(?:change|adjust|modify|update|manage|control) (?:\w+ ){0,3}?(?:settings|permissions)|(?:["“'‘]?my (?:account|privacy)["”'’]?|account page|profile page|preference cent(?:er|re)|preferences page) (?:feature|page|section|area|settings)|(?:choose|control|decide|select|limit|manage|change) who (?:can )?(?:see|sees|view|views)\b|manage (?:\w+ ){0,3}?(?:visible|visibility)\b|隐私设置|权限设置|权限管理|系统权限|隐私权限|设置[^。]{0,6}(?:关闭|开启)`,
		Catch:   "You can change who sees your posts in your privacy settings.",
		Miss:    "You can adjust the privacy settings of your browser to block cookies.",
		NotNear: `browser|cookie|flash|local shared|software settings|facebook|twitter|google|third[- ]part|device settings|浏览器|cookie`},
	// Turning the app's permissions on and off, and the service's own preference pages, are
	// in-app privacy controls.
	{Key: RightPrivacySettings,
		Pattern: `\b(?:open|clos|enabl|disabl|grant|revok|withdraw|turn\w* (?:on|off)|switch\w* (?:on|off))\w* (?:and (?:clos|disabl|revok)\w* |or (?:clos|disabl|revok)\w* )?(?:of )?(?:\w+ ){0,3}?permissions?\b|\bpreferences? (?:page|cent(?:er|re)|panel|dashboard|manager)\b|\bmanage (?:your |their )?(?:\w+ ){0,2}?(?:preferences|subscriptions)\b`,
		Catch:   "You can manage your information, including setting the opening and closing of system permissions.",
		Miss:    "We grant our staff permissions to the production database.",
		NotNear: `browser|cookie|flash|facebook|twitter|google|third[- ]part|浏览器`},
	// Data categories: what is collected, received or used, not merely named or defined.
	{Key: DataContact,
		Pattern: `phone numbers?|telephone numbers?|mobile (?:phone )?numbers?|cell ?phone numbers?|e-?mail address(?:es)?|postal address|mailing address|home address|(?:street|shipping|billing|physical|delivery) address|contact (?:information|details|info|data)|(?:first|last|full|real|your|sur) ?names?\b|\bnames?(?:,| and| or) (?:and |or )?(?:e-?mail|address|phone|telephone|contact)|姓名|手机号|电话号码|联系电话|电子邮箱|邮箱地址|电子邮件地址|联系方式|通讯地址|收货地址|邮寄地址`,
		Catch:   "We collect your name and email address when you register.",
		Miss:    "An email address is a string that identifies a mailbox."},
	{Key: DataAccount,
		Pattern: `user ?names?|passwords?|log-?in (?:credentials|information|details|data)|account (?:information|details|data|credentials|name|number|id|profile)|profile (?:information|picture|photo|data|details)|avatar|nickname|screen name|user id|账号|账户|密码|昵称|头像|用户名|登录信息|个人资料`,
		Catch:   "When you sign up we collect your username and password.",
		Miss:    "Never share your password with anyone."},
	{Key: DataProfessional,
		Pattern: `job titles?|employer|company name|occupation|profession\b|employment (?:information|history|details)|work (?:history|experience)|professional (?:information|details)|business title|organi[sz]ation name|职位|职业|工作单位|公司名称|所在公司`,
		Catch:   "We collect your job title and company name.",
		Miss:    "Our employer identification number is on file."},
	{Key: DataDevice,
		Pattern: `device (?:type|model|information|identifiers?|ids?|data|name|settings|attributes|characteristics|event information)|hardware (?:model|information)|operating systems?|os version|browser (?:type|version|information|language)|types? of (?:web )?browser|user[- ]agent|\bimei\b|\bidfa\b|\bmac address|advertising (?:id|identifier)s?|android id|unique (?:device )?identifiers?|computer (?:information|type)|screen resolution|设备(?:型号|信息|标识|名称|品牌|识别码|id|参数)|操作系统|硬件型号|imei|mac地址|android ?id|idfa|oaid|浏览器类型|唯一设备`,
		Catch:   "We automatically collect your device model and operating system.",
		Miss:    "Our device is an operating system for communities."},
	// An IP address identifies the device as much as the network it is on: an online
	// identifier of the device (CCPA §1798.140 lists it among unique identifiers).
	{Key: DataDevice,
		Pattern: `\bip (?:\(internet protocol\) )?address(?:es)?|internet protocol (?:\(ip\) )?address|(?:information|data|details) about (?:your|the) (?:computer|device|browser|mobile device)|your (?:computer|browser|mobile device)['’]?s? (?:type|settings|information)|ip地址`,
		Catch:   "Our servers log your IP address.",
		Miss:    "An IP address is a number assigned to a network interface."},
	{Key: DataNetwork,
		Pattern: `\bip (?:\(internet protocol\) )?address(?:es)?|internet protocol (?:\(ip\) )?address|mobile network|network (?:information|type|operator|connection|provider)|\bcarrier\b|internet service provider|\bisp\b|wi-?fi (?:information|network|signal)|domain names?|connection type|ip地址|网络(?:类型|状态|信息|运营商|标识)|运营商|wi-?fi|基站|网络接入`,
		Catch:   "Our servers record your IP address.",
		Miss:    "The IP address of a server is a number."},
	{Key: DataUsage,
		Pattern: `logs? (?:data|files?|information)|server logs?|web ?logs?|usage (?:data|information|details|statistics)|pages? (?:you )?(?:visit|view|request)|pages? visited|(?:browsing|search|purchase|click|viewing|watch) history|browsing (?:activit(?:y|ies)|behavio(?:u)?r)\b|(?:online|in-app) behavio(?:u)?r\b|clickstream|links? (?:you )?click|access (?:times|dates)|time spent|dates? and times?|features? (?:you )?use|crash (?:reports?|logs?|data)|diagnostic|performance data|interactions? with|referring (?:url|website|page|site)|referr(?:er|al) (?:url|site)|how you use|your use of|activity (?:data|information)|search (?:queries|terms)|日志|浏览记录|搜索记录|访问记录|使用记录|点击记录|操作记录|使用情况|崩溃|访问时间|浏览(?:时长|时间|内容)`,
		Catch:   "We collect log data such as pages you visit and access times.",
		Miss:    "Log files are records kept by web servers."},
	{Key: DataCookies,
		Pattern: `\bcookies?\b|web ?beacons?|pixel tags?|tracking pixels?|\bpixels?\b|clear gifs?|tracking technolog\w*|similar technolog\w*|local storage|flash cookies|\bsdks?\b|software development kits?|网络信标|像素标签|软件开发工具包|同类技术|类似技术|本地存储`,
		Catch:   "We use cookies and web beacons on our site.",
		Miss:    "Cookies are small text files stored on your computer."},
	{Key: DataLocation,
		Pattern: `(?:your|precise|approximate|geographic(?:al)?|physical|device|current|real[- ]time|general|mobile|user'?s?|gps|coarse|fine) (?:\w+ )?location|location (?:data|information|info|services|-based|based|tracking|history|of your|of the device)|geo-?location|\bgps\b|latitude|longitude|zip codes?|postal codes?|time ?zones?|位置信息|地理位置|定位|位置|gps|经纬度|所在城市|时区`,
		Catch:   "With your permission we collect your precise location.",
		Miss:    "Our data is kept in a secure physical facility at one site."},
	// Where the user lives is a location too: a postal or home address places the user.
	{Key: DataLocation,
		Pattern: `(?:home|street|residential|physical|postal|mailing) address(?:es)?|\bnames?,? (?:and |or )?address\b|\baddress,? (?:city|state|zip|postal code|country)\b|住址|家庭地址|居住地|收货地址`,
		Catch:   "We collect your name, address, gender and e-mail address.",
		Miss:    "Please send your questions to the e-mail address below."},
	{Key: DataCommunications,
		Pattern: `contents? of (?:\w+ ){0,3}?(?:messages|communications|emails|e-mails|calls|correspondence|chats)|(?:messages|communications|correspondence|emails) (?:you send|with us|between you)|chat (?:logs|history|messages|records)|customer (?:service|support) (?:records|communications|inquiries|conversations)|call recordings?|recordings? of (?:\w+ )?calls|聊天记录|通信记录|通话记录|短信内容|客服记录|沟通记录`,
		Catch:   "We keep the content of messages you send to our support team.",
		Miss:    "Messages are delivered by our partner."},
	{Key: DataContacts,
		Pattern: `address ?book|contacts? list|phone ?book|your contacts|contacts (?:stored|on your)|通讯录|联系人`,
		Catch:   "If you allow it, we access your address book to find friends.",
		Miss:    "An address book is a list of people you know."},
	{Key: DataUserContent,
		Pattern: `contents? (?:you|that you) (?:upload|post|submit|create|provide|share|send)|user[- ]generated content|(?:photos|videos|files|documents|posts|comments|reviews|images|recordings) (?:you|that you) (?:upload|post|submit|share|provide|create)|(?:upload|post|submit)\w* (?:\w+ ){0,3}?(?:photos|videos|files|documents|content|images|comments|reviews)|\bprompts\b|(?:your|user|ai|text|input|the) prompt\b|request content|inputs? and outputs|指令信息|上传的(?:内容|图片|文件|视频)|发布的(?:内容|信息)|开发者数据|用户内容|输入的内容`,
		Catch:   "We store the content you upload to the service.",
		Miss:    "Content is king, as the saying goes."},
	{Key: DataPayment,
		Pattern: `payment (?:information|details|data|card|method|info)|payment (?:and|or|&) (?:\w+ ){1,2}?(?:information|details|data)\b|\babout (?:your |the )?(?:\w+ )?(?:transactions|purchases)\b|(?:paypal|alipay|wechat pay|apple pay|google pay) (?:account|e-?mail|details|information)|\biban\b|purchase (?:details|data)\b|order (?:history|details|information)\b|credit (?:or debit )?cards?|debit cards?|card (?:numbers?|details|information)|bank (?:account|details|information)|billing (?:information|details|address|data|info)|financial (?:information|data|details|account)|transaction (?:history|information|data|details|records)|purchase (?:history|information|records)|银行卡|支付信息|支付账号|支付宝账号|订单金额|支付金额|交易(?:信息|记录)|付款信息|财产信息|订单信息`,
		Catch:   "We collect payment information such as your credit card number.",
		Miss:    "Credit cards are plastic cards issued by banks."},
	{Key: DataGovernmentID,
		Pattern: `government[- ]issued|(?:photo|copy|scan|picture|image)s? of (?:your |an? |the )?(?:\w+ )?(?:id|identification|identity document)s?\b|national insurance numbers?|government (?:identification|id)|passports?\b|national (?:id|identity|identification)|driver'?s? licen[cs]e|social security numbers?|\bssn\b|tax (?:identification|id) numbers?|identity (?:card|document|verification)|\bid cards?|身份证|实名认证|证件号|护照|身份证件|证件信息`,
		Catch:   "We may ask for a copy of your passport to verify your identity.",
		Miss:    "A passport is a travel document issued by a state."},
	{Key: DataBiometric,
		Pattern: `biometric|facial recognition|face (?:scan|id|data|geometry|images?|recognition|print)|fingerprints?\b|voiceprints?|voice print|iris scan|retina scan|人脸|面部|指纹|声纹|生物识别|虹膜`,
		Catch:   "We collect biometric data when you use face login.",
		Miss:    "Biometric data is information about the body."},
	{Key: DataHealth,
		Pattern: `health (?:information|data|conditions?|records|status)|medical (?:information|data|records|history|conditions?)|fitness (?:data|information)|heart rate|physical (?:or mental )?health|mental health|health-related|健康|医疗|病历|诊疗|心率|运动数据|步数`,
		Catch:   "The app collects health data such as your heart rate.",
		Miss:    "We protect the health and safety of our staff."},
	{Key: DataDemographic,
		Pattern: `date of birth|birth ?dates?|birthdays?|(?:your|user'?s?|their) age\b|\bage(?:,| and| or| range| group)|\bgender\b|\bsex\b|marital status|demographic|nationality|household income|education level|出生日期|生日|年龄|性别|学历|婚姻状况`,
		Catch:   "We collect your date of birth and gender.",
		Miss:    "You must be over the age of 13 to use the service.",
		// "13 years of age or older" states an age limit, not a collected age.
		Unless: `^ ?(?:older|younger|over|under|above|below)\b`},
	{Key: DataSensitive,
		Pattern: `racial|ethnic origin|religio|political (?:opinions|views|affiliation)|sexual orientation|sex life|trade union|philosophical beliefs|criminal (?:records|convictions|history)|sensitive (?:personal )?(?:information|data)|special categor|敏感个人信息|宗教信仰|种族|性取向|犯罪记录|政治观点`,
		Catch:   "We may process sensitive personal data such as religious beliefs.",
		Miss:    "Sensitive personal data is data about health or religion."},
	{Key: DataChildren,
		Pattern: `(?:from|of|about|by) (?:a |any )?(?:child|children|minors?|kids)\b|children'?s? (?:personal )?(?:data|information)|parental consent|parent or (?:legal )?guardian|guardian'?s? consent|未成年人的?(?:个人)?信息|儿童(?:的)?(?:个人)?信息|监护人(?:的)?同意`,
		Catch:   "We collect personal information from children with parental consent.",
		Want:    Declared,
		Miss:    "If we learn that we have collected personal information from a child, we will delete it."},
	{Key: DataThirdPartySources, Mode: modeSelf,
		Pattern: `(?:receiv|obtain|collect|get|gather|acquir)\w* (?:\w+ ){0,6}?(?:from|through|via) (?:\w+ ){0,3}?(?:third[- ]part|partners?|affiliat|social (?:media|network)|public(?:ly available)? (?:sources|records|databases)|data brokers|other (?:sources|companies|users|services)|advertis|business partners|marketing partners)|data enrichment|(?:log ?in|sign ?in|sign up|register)\w* (?:\w+ ){0,3}?(?:with|through|via|using) (?:\w+ ){0,2}?(?:social|third[- ]party|facebook|google|twitter|apple|linkedin)|从第三方(?:获取|获得|收集|处)|第三方向我们(?:提供|共享)|间接(?:获取|收集)|第三方账号登录|通过第三方(?:登录|账号)`,
		Catch:   "We may receive information about you from third parties such as social networks.",
		Miss:    "We share information with third parties."},
	{Key: DataThirdPartySources, Mode: modeSelf,
		Pattern: `(?:from|through|via) (?:\w+ ){0,3}?(?:outside|external) sources|(?:collect|receiv|obtain|get|gather)\w*[^.;]{0,80}?(?:social media|social network|facebook|twitter|linkedin|instagram)|facebook connect|(?:facebook|google|twitter|apple) (?:log-?in|sign-?in|connect)\b|(?:asking|ask|authori[sz]e|allow) (?:\w+ ){0,2}?to (?:send|share with|provide) us`,
		Catch:   "We also collect information from outside sources, such as your driving record.",
		Miss:    "Follow us on social media."},
	{Key: DataInferences,
		Pattern: `\binferences?\b|\binferr?\w* (?:\w+ ){0,3}?(?:your|interests|preferences|characteristics)|(?:interest|behavio(?:u)?ral|marketing|consumer) profil(?:e|es|ing)\b|(?:your|user'?s?) (?:interests|preferences)(?: and (?:interests|preferences))?|用户画像|画像|兴趣偏好|偏好`,
		Catch:   "We use your browsing to infer your interests.",
		Miss:    "Inferences are conclusions reached on the basis of evidence."},

	// Practices.
	{Key: PracticeSharing,
		Pattern: `(?:shar|disclos|provid|transfer|mak\w* available|releas|pass|transmit)\w*(?: \w+){0,8}? (?:to|with) (?:\w+ ){0,3}?(?:third[- ]part|service providers?|vendors?|partners?|affiliat|subsidiar|contractors?|advertis|other companies|companies|processors?|sub-?processors?|suppliers|agents|law enforcement|authorities|government|anyone|any (?:other )?(?:company|one|party|organi))|third[- ]party (?:service )?providers|service providers (?:who|that|which|to)|(?:shar|disclos)\w* (?:\w+ ){0,3}?(?:personal |your )(?:data|information|info)\b|共享|对外提供|提供给(?:第三方|合作伙伴|关联公司)|向第三方提供|转让|公开披露|委托处理|第三方(?:sdk|服务商|合作)|披露给`,
		Catch:   "We share your information with service providers who host our site.",
		Miss:    "You can share our articles on social media."},
	{Key: PracticeSharing,
		Pattern: `(?:shar|disclos)\w*(?: \w+){0,6} (?:to|with) (?:\w+ ){0,3}?(?:third[- ]part|anyone|any (?:other )?(?:company|one|party|organi))|(?:shared|disclosed|sold|rented) (?:\w+ ){0,3}?(?:to|with) (?:\w+ ){0,2}?(?:third[- ]part|anyone)`,
		Catch:   "We do not share your personal information with third parties.",
		Want:    Denied,
		Miss:    "You must not share your password with third parties."},
	{Key: PracticeSale,
		Pattern: `\bsell(?:s|ing)?\b(?: (?:or|and|,) ?\w+){0,3},? (?:your|any|the|users?'?|customers?'?|consumers?'?|personal|such) (?:\w+ ){0,2}?(?:data|information|info)\b|\bsale of (?:\w+ ){0,2}?(?:personal |your |user )(?:data|information)|(?:data|information|info) (?:\w+ ){0,4}?(?:be |is |are |being )?sold\b|出售(?:您的|用户的)?(?:个人)?(?:信息|数据)|(?:信息|数据)[^。]{0,8}(?:出售|售卖|买卖)|售卖`,
		Catch:   "We do not sell your personal information.",
		Want:    Denied,
		Miss:    "We sell products through our online store."},
	{Key: PracticeTargetedAds,
		Pattern: `(?:interest|behavio(?:u)?r(?:al)?)[- ]based (?:advertising|ads|advertisements)|targeted (?:advertising|ads|advertisements|marketing)|personali[sz]ed (?:advertising|ads|advertisements)|tailored (?:advertising|ads)|relevant (?:advertising|ads|advertisements)|advertising (?:partners|networks?|cookies|ids?)|ad networks?|retargeting|remarketing|online behavio(?:u)?ral advertising|cross-context behavio(?:u)?ral|个性化(?:广告|推荐|推送)|定向(?:广告|推送)|精准营销|程序化广告|广告推送`,
		Catch:   "We work with ad networks to show you interest-based ads.",
		Miss:    "Our site does not show any advertising."},
	{Key: PracticeAITraining,
		Pattern: `(?:train|improv|develop)\w* (?:\w+ ){0,4}?(?:models?|algorithms?|machine learning|artificial intelligence|\bai\b)|machine learning|conduct research|research (?:and|&) (?:development|analysis)|research purposes|statistical (?:analysis|research)|改进算法|算法模型|训练(?:模型|算法)|模型(?:训练|优化)|用于研究`,
		Catch:   "We may use your prompts to train our models.",
		Miss:    "We train our staff on privacy."},
	{Key: PracticeRetention,
		Pattern: `\bretain\w*\b(?: \w+){0,6}? (?:data|information|records|it|them|for|until|as long)|\bretention\b|\bkeep (?:\w+ ){0,5}?(?:data|information|records)|\bstor(?:e|ed) (?:\w+ ){0,6}?(?:for (?:a|as|the|up|no|\d)|until|as long|whilst|while you|during)|as long as (?:\w+ ){0,4}?(?:necessary|needed|required|reasonably)|no longer (?:than )?(?:is )?(?:necessary|needed|required)|(?:delete|erase|destroy|anonymi[sz]e|purge)\w* (?:\w+ ){0,5}?(?:after|when|once|within) (?:\w+ ){0,3}?(?:no longer|period|days|months|years|\d)`,
		Catch:   "We retain your personal data for as long as necessary to provide the service.",
		Miss:    "We reserve the right to change prices.",
		Unless:  `^\W{0,3}(?:secure|safe|confidential|updated|accurate|current|up[- ]to[- ]date|private|protected)`},
	{Key: PracticeRetention,
		Pattern: `(?:data|information|records)\b[^.;]{0,60}?\b(?:will be|is|are|be|being|get) (?:retained|kept|stored|held)\b[^.;]{0,40}?\b(?:for|until|as long|no longer|up to|during|while|whilst|after)\b|(?:files|logs|copies|content|details|messages|backups)\b[^.;]{0,60}?\b(?:will be|is|are|be|being|get) (?:retained|kept|stored|held)\b[^.;]{0,40}?\b(?:for (?:a (?:period|time|maximum|minimum)|as long|the (?:period|duration|time|length|life)|up to|no (?:more|longer)|\d|\w+ (?:days?|weeks?|months?|years?))|until|as long|no longer|up to)|(?:deleted|erased|destroyed|anonymi[sz]ed|purged)[^.;]{0,60}?(?:after|within) [^.;]{0,30}?(?:days?|weeks?|months?|years?)\b|(?:after|within|for) [^.;]{0,30}?(?:days?|weeks?|months?|years?)\b[^.;]{0,60}?(?:deleted|erased|destroyed|anonymi[sz]ed|purged)`,
		Catch:   "The information you give us will be kept for five years.",
		Miss:    "The information that we request will be retained by us and used as described."},
	{Key: PracticeRetention,
		Pattern: `保存期限|存储期限|储存期限|保留期限|保存时间|存储时间|储存时间|最短(?:时间|期限)|存储期|留存|(?:保存|存储|保留)您的(?:个人)?信息|(?:保存|存储|保留)个人信息`,
		Catch:   "我们仅在实现目的所必需的最短时间内保留您的个人信息。",
		Miss:    "请勿存储违法信息。"},
	// Keeping without an end, keeping records of exchanges, and copies that stay in backups
	// after deletion are statements about retention too.
	{Key: PracticeRetention,
		Pattern: `(?:retained|kept|stored|preserved) (?:\w+ ){0,2}?indefinitely\b|\bindefinitely (?:retain|keep|store)|\bwe (?:\w+ ){0,2}?(?:keep|maintain) (?:a |an )?(?:\w+ )?records? of\b|\bwe (?:\w+ ){0,2}?retain\w* (?:\w+ ){0,3}?(?:content|copies|copy|logs|messages|correspondence)\b|(?:residual|backup|archived?) (?:\w+ ){0,2}?(?:copies|information|data|records)\b[^.;]{0,80}?\b(?:remain|persist|be retained|be kept)|(?:deleted|erased|destroyed|anonymi[sz]ed|purged|removed) (?:\w+ ){0,2}?\d+ (?:days?|weeks?|months?|years?) (?:after|from|following)\b|\bhold (?:\w+ ){0,4}?(?:data|information|records) (?:\w+ ){0,3}?(?:for (?:a (?:period|time|maximum|minimum)|as long|the (?:period|duration|time|length|life)|up to|no (?:more|longer)|\d|\w+ (?:days?|weeks?|months?|years?))|until|as long|no longer|up to)|\b(?:retained|kept|stored) (?:and|then|,) (?:then )?(?:anonymi[sz]ed|de-?identified|deleted|destroyed|purged)\b|(?:deleted|erased|destroyed|anonymi[sz]ed|purged|removed) (?:\w+ ){0,3}?(?:once|when|after|as soon as) (?:\w+ ){0,4}?(?:purpose|no longer|(?:delete|close|uninstall|cancel|terminate)\w* (?:your |the |this )?(?:account|app|application|subscription))|(?:注销(?:账号|账户)?|停止(?:提供)?(?:服务|运营)|期限届满|超出[^。]{0,10}期限)后?[^。]{0,20}?(?:删除|匿名化)`,
		Catch:   "If you leave a comment, the comment and its metadata are retained indefinitely.",
		Miss:    "Keep a record of your password in a safe place.",
		Unless:  `^\W{0,3}(?:secure|safe|confidential|private|protected)`},
	// Deleting or rotating on a schedule, archiving for a period, keeping nothing past the
	// session, and the Chinese 保存至…为止 / 保存六个月 / 六个月内删除 state a retention period too.
	{Key: PracticeRetention,
		Pattern: `\b(?:purg|delet|eras|rotat|destroy|overwrit)\w* (?:\w+ ){0,3}?every (?:\d+ |\w+ )?(?:hours?|days?|weeks?|months?|years?)\b|\barchiv\w* (?:\w+ ){0,3}?for (?:\d+|\w+) (?:days?|weeks?|months?|years?)\b|\b(?:stor|retain|keep|kept|held|hold)\w* (?:\w+ ){0,4}?(?:after|beyond|longer than) (?:the |your |this |that )?(?:session|transaction|request|purpose)|(?:保存|保留|存储|储存)(?:至|到)[^。；]{0,20}?(?:为止|之日|时)|(?:保存|保留|存储|储存)(?:期限为)?(?:\d+|[一二三四五六七八九十两半]+)个?(?:天|日|周|月|年)|(?:\d+|[一二三四五六七八九十两半]+)个?(?:天|日|工作日|周|月|年)(?:内|后)[^。；]{0,10}?(?:删除|匿名化)`,
		Catch:   "Server logs are rotated every 14 days.",
		Miss:    "We publish a newsletter every 14 days."},
	{Key: PracticeStorageLocation,
		Pattern: `(?:stor|host|locat|kept|keep|maintain|process|sav|held|hold)\w* (?:\w+ ){0,7}?(?:in|within) (?:the )?` + countryPattern + `|(?:存储|储存|存放|保存|位于)(?:于|在)?[^。]{0,12}?(?:` + countryPatternZH + `)`,
		Catch:   "Your data is stored on servers located in Singapore.",
		Miss:    "We have an office in Singapore."},
	{Key: PracticeInternationalTransfer,
		Pattern: `(?:transfer|transmit|sent|send|mov|process|stor|access|transport|host|maintain|locat|kept|held)\w*[^.;]{0,100}?(?:outside|out of (?:the |your |its |their )?(?:\w+ )?(?:country|countries|jurisdictions?|regions?|eea|european|eu|uk|united|switzerland|china|india|canada|australia|brazil|japan|korea|singapore)\b|across (?:national )?borders|abroad|overseas|anywhere in the world|(?:other|another|third|foreign|different|multiple) (?:countries|country|jurisdictions?|territories|nations)|(?:countries|jurisdictions) (?:other than|outside|where)|(?:country|jurisdiction) other than)`,
		Catch:   "It may be transferred to — and maintained on — computers located outside of your country.",
		Miss:    "We transfer money to your bank account."},
	{Key: PracticeInternationalTransfer,
		Pattern: `(?:countries|jurisdictions)[^.;]{0,60}?(?:data protection|privacy) laws?[^.;]{0,40}?(?:different|not (?:be )?(?:equivalent|as protective|the same)|less protective)|(?:data protection|privacy) laws?[^.;]{0,60}?(?:different from|may not be (?:equivalent|as protective)|(?:differ|less protective))|international (?:data )?transfers?|cross[- ]border|standard contractual clauses|model (?:contract(?:ual)? )?clauses|adequacy decisions?|privacy shield|binding corporate rules|transfers? of (?:your )?(?:personal )?(?:data|information) to (?:the )?(?:united states|u\.s\.|usa|third countries)|跨境|出境|传输至境外|向境外|境外(?:接收|传输|提供|机构|服务器)`,
		Catch:   "Standard contractual clauses protect transfers of your data.",
		Miss:    "Our laws are simple."},
	{Key: PracticeSecurity,
		Pattern: `(?:security|safety) (?:measures|safeguards|practices|procedures|controls|standards|technolog\w*|protocols|precautions)|secure (?:servers?|socket|environment|storage|facilities|networks?)|encrypt|\bssl\b|\btls\b|\bhttps\b|safeguard|firewalls?|access controls?|technical and organi[sz]ational measures|reasonable (?:\w+ ){0,3}?(?:measures|steps|precautions|procedures|safeguards)|guarantee (?:the )?(?:complete |absolute |total )?security\b|unauthori[sz]ed access|(?:data|information) security|protect (?:\w+ ){0,4}?(?:data|information) (?:\w+ ){0,4}?(?:from|against)|安全(?:措施|技术|防护|保护|管理|保障)|(?:采取|采用)[^。；]{0,20}?措施|加密|访问控制|防火墙|去标识化|匿名化|信息安全`,
		Catch:   "We use encryption to protect your data.",
		Miss:    "Please provide your social security number only by phone."},
	{Key: PracticeBreachNotification,
		Pattern: `(?:breach|security incident|incident)(?:[\w,;'’]* ){0,15}?notif|notif\w* (?:\w+ ){0,12}?(?:breach|incident)|(?:个人信息)?安全事件|泄露事件`,
		Catch:   "In the event of a data breach, we will notify you.",
		Miss:    "A breach of these terms ends your licence."},
	{Key: PracticeChildrenAge,
		Pattern: `(?:under|below|younger than|over|above|older than|at least) (?:the age of |age )?\d{1,2}\b|\b\d{1,2} years? (?:of age|old|or older|and older|or younger|and under)|age of \d{1,2}\b|\bchildren\b|\bchild\b|\bminors\b|\bkids\b|\bcoppa\b|不满(?:十四|14|十八|18|十六|16|十三|13)周?岁|未满\d+周?岁|(?:\d+|十四|十八|十六)周?岁以下|未成年|儿童|青少年`,
		Catch:   "Our service is not directed to children under 13.",
		Miss:    "Our service is for everyone."},
	{Key: PracticePolicyChange,
		Pattern: `(?:chang|updat|modif|amend|revis)\w* (?:\w+ ){0,4}?(?:this|our|these|the) (?:\w+ ){0,2}?(?:privacy )?(?:policy|policies|notice|statement)|(?:policy|notice|statement) (?:\w+ ){0,4}?(?:change|update|modif|amend|revis|alter)|changes to (?:this|our|the) (?:\w+ )?(?:privacy )?(?:policy|notice|statement)|(?:修订|修改|更新|变更|调整)(?:后的)?(?:本|此|我们的)?《?(?:隐私权?)?(?:政策|条款|协议|指引|声明)|(?:政策|条款|协议|指引|声明)》?(?:进行|作出|做出)?(?:的)?(?:修订|修改|更新|变更|调整)|(?:政策|协议|条款|指引)[^。]{0,8}?(?:更新版本|新版本|修订版本)|重大变更`,
		Catch:   "We may update this privacy policy from time to time.",
		Miss:    "You may update your profile."},
	// A policy said to be subject to change, or a reader told to review it for changes.
	{Key: PracticePolicyChange,
		Pattern: `(?:polic(?:y|ies)|practices|notice|statement)\b[^.;]{0,30}?\bsubject to change|\b(?:review|check|visit|consult) (?:\w+ ){0,3}?(?:this page|this (?:privacy )?(?:policy|notice|statement)) (?:\w+ ){0,3}?(?:periodically|regularly|frequently|often|from time to time|for (?:any )?(?:changes|updates))|\b(?:this page|this (?:privacy )?(?:policy|notice|statement)) (?:may|might|will|can) be (?:updated|changed|revised|modified|amended) (?:occasionally|periodically|from time to time|at any time)`,
		Catch:   "These practices are therefore subject to change, so we ask that you review this page periodically.",
		Miss:    "Prices are subject to change without notice."},
	{Key: PracticeDoNotTrack,
		Pattern: `do[ -]not[ -]track|\bdnt\b`, // bare lower-case "do not track" is checked by dntStated
		Catch:   "We do not respond to Do Not Track signals.",
		Want:    Denied,
		Miss:    "We do not track your location."},
	{Key: PracticeLawEnforcement,
		Pattern: `law enforcement|legal process|court orders?|subpoenas?|government(?:al)? (?:authorities|agencies|requests?|bodies)|public authorities|(?:disclos|provid|shar|releas)\w*[^.;]{0,80}?\b(?:required|requested|compelled|permitted) (?:to do so )?by (?:applicable )?law|(?:judicial|regulatory|competent|governmental) authorit|legal requests?|police|司法机关|行政机关|执法|政府部门|监管部门|公安|法院|诉讼`,
		Catch:   "We may disclose your information to law enforcement in response to a court order.",
		Miss:    "We enforce our terms of service."},
	{Key: PracticeMerger,
		Pattern: `\bmerge (?:with|into) (?:\w+ )?(?:compan|business|entit)|(?:sell|buy|merge)\w*,? (?:\w+,? ){0,3}?(?:or )?(?:merge|partner) with|transferred assets|(?:sold|transferred) to (?:another|a third|a new|a successor) (?:company|entity|owner|party|business)|(?:sites?|business|company|services?|assets) (?:is|are|were|was) (?:sold|acquired|transferred)|\bmergers?\b|\bacquisitions?\b|\bacquired\b|reorgani[sz]ation|bankruptcy|sale of (?:\w+ ){0,3}?(?:assets|business|company|stock)|change (?:of|in) control|business transfers?|corporate transactions?|asset sales?|\bsuccessors?\b|divestiture|合并|收购|分立|重组|资产转让|破产`,
		Catch:   "If we are involved in a merger, your data may be transferred to the buyer.",
		Miss:    "We merge duplicate records."},
	// Selling or transferring the business or its assets moves the data with them.
	{Key: PracticeMerger,
		Pattern: `\b(?:buy|sell|transfer)\w* or (?:buy|sell|transfer)\w* (?:\w+ ){0,5}?(?:business(?:es)?|assets|company)\b|\b(?:sell|transfer)\w* (?:all or (?:a )?(?:part|portion)|(?:all|substantially all|part|a portion) of) (?:\w+ ){0,3}?(?:business|assets|company)`,
		Catch:   "As our businesses change, we may buy or sell various assets.",
		Miss:    "We buy or sell advertising space on other websites.",
		Unless:  `^ ?(?:partners?|associates|contacts|purposes|days|hours|customers|clients)`},
	{Key: PracticeContact, Mode: modeSelf,
		Pattern: `[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}`,
		Catch:   "Questions? Write to privacy@example.com.",
		Miss:    "Our mascot is @ the office."},
	{Key: PracticeContact, Mode: modeSelf,
		Pattern: `contact us|data protection officer|\bdpo\b|联系我们|与我们联系`,
		Catch:   "If you have questions, contact us by post.",
		Miss:    "Our contacts in the industry like us."},
}

// verbList continues a verb with the other verbs of its list, up to the space before their
// object: "access(, correct, delete, copy, restrict processing, and withdraw consent to) your
// personal information", "manage (alter, delete) your information". Each verb of such a list
// is its own right: an entry starts at its verb and matches through the rest of the list.
const verbList = `(?:[,/]? (?:and/or |and |or )?\(?\w+\)?){0,7},? `

// zhVerbList is verbList in Chinese: "访问(、更正、删除)您的个人信息".
const zhVerbList = `(?:(?:、|，|,|/|或者|或|和|以及|及|与)\p{Han}{2,4}?){0,6}?`

// countryPattern and countryPatternZH name the places where policies say data is stored.
const (
	countryPattern   = `(?:united states|u\.s\.|usa|\bus\b|singapore|china|people'?s republic of china|hong kong|taiwan|japan|korea|india|european union|\beu\b|european economic area|\beea\b|ireland|germany|france|netherlands|united kingdom|\buk\b|canada|australia|brazil|switzerland|sweden|finland|russia|israel|indonesia|vietnam|malaysia|thailand|philippines|mexico)`
	countryPatternZH = `中华人民共和国境内|中国境内|境内|中国|新加坡|美国|香港|台湾|日本|韩国|印度|欧盟|欧洲|德国|爱尔兰|英国|加拿大|澳大利亚|马来西亚|印度尼西亚`
)

// branches holds the vocabulary compiled for matching, one branch per top-level alternative
// of each entry's pattern; pf is the literal prefilter over the branches.
var (
	branches []branch
	pf       *prefilter
)

// compiled guards the compilation of the vocabulary and the cue matchers, which takes tens of
// milliseconds and tens of megabytes: it is done on the first Analyze, not when the package is
// loaded, so a program that imports detect but does not analyse (fineprint list, show, the
// reader) starts without paying for it.
var compiled sync.Once

// compile builds branches, pf, the cue matchers and the recipient matchers; call it through
// compiled.Do.
func compile() {
	compileRules()
	branches = compileVocab()
	pf = newPrefilter(branchLiterals(), len(branches))
	negationM = newMatcher(negationRe.String(), cueLen)
	notNegationM = newMatcher(notNegationRe.String(), cueLen)
	negSubjectM = newMatcher(negSubjectRe.String(), cueLen)
	negBlockM = newMatcher(negBlockRe.String(), cueLen)
	exceptionM = newMatcher(exceptionRe.String(), cueLen)
	userCueM = newMatcher(userCueRe.String(), cueLen)
	companySubjectM = newMatcher(companySubjectRe.String(), cueLen)
	companyRightM = newMatcher(companyRightRe.String(), cueLen)
	collectCueM = newMatcher(collectCueRe.String(), cueLen)
	companyWordM = newMatcher(companyWordRe.String(), cueLen)
	rightsCueM = newMatcher(rightsCueRe.String(), cueLen)
	collectSectionM = newMatcher(collectSectionRe.String(), cueLen)
	sentenceScopeM = newMatcher(sentenceScopeRe.String(), cueLen)
	californiaM = newMatcher(californiaRe.String(), cueLen)
	eeaM = newMatcher(eeaRe.String(), cueLen)
	chinaM = newMatcher(chinaRe.String(), cueLen)
	childrenM = newMatcher(childrenRe.String(), cueLen)
	recipients = make([]recipient, len(recipientWords))
	for i, r := range recipientWords {
		recipients[i] = recipient{r.name, newMatcher(r.pattern, cueLen)}
	}
}

// compileVocab splits every entry's pattern into branches and compiles them, on every core
// (compiling some seven hundred regular expressions is most of the detector's start-up); a bad
// pattern is a programming error caught by any test run.
func compileVocab() []branch {
	per := make([][]branch, len(vocab))
	var next atomic.Int32
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(vocab); i = int(next.Add(1)) - 1 {
				e := vocab[i]
				per[i] = splitBranches(i, e.Pattern, e.Unless, e.NotNear)
			}
		})
	}
	wg.Wait()
	return slices.Concat(per...)
}

// branchLiterals returns the prefilter's literal sets: for branch i, at index i the literals
// one of which it starts with or holds (nil: none), and at len(branches)+i those of its
// requires set (nil: none).
func branchLiterals() [][]string {
	lits := make([][]string, 2*len(branches))
	for i, b := range branches {
		lits[i] = b.literals
		lits[len(branches)+i] = b.requires
	}
	return lits
}
