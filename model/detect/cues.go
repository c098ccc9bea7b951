package detect

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// The context cues the detector reads around a trigger. Like the vocabulary they work on folded
// text (see fold): lower-case English, simplified Chinese.
var (
	// negationRe finds a negation. Matches inside an exclusion (notNegationRe) do not count.
	negationRe = regexp.MustCompile(`\b(?:not|never|no|none|neither|nor|cannot)\b|(?:do|does|did|wo|would|ca|could|should|is|are|was|were|have|has|sha|must|need)n['’]t\b|不会|不得|绝不|决不|并不|从不|不再|不曾|没有|从未|不(?:收集|共享|出售|售卖|使用|提供|存储|保存|转让|披露|跟踪|追踪|响应|对外|主动|涉及|存在|采用|进行|获取|采集|包含)|未(?:收集|共享|出售|售卖|使用|提供|存储|保存|转让|披露|跟踪|追踪|涉及|采用|进行|获取|采集)`)

	// notNegationRe marks phrases that contain a negation word without negating what follows:
	// "including but not limited to", "whether or not", "the right not to be subject to",
	// "no longer than necessary", "包括但不限于".
	notNegationRe = regexp.MustCompile(`not (?:only|limited|just|necessarily|always|all)\b|not (?:personally |directly |by itself |itself )?identif\w*|whether or not|\bor not\b|\bif not\b|right not to|no (?:longer|more|later) than|not (?:more|longer|later) than|not exceed|no (?:matter|doubt)|不限于|不仅|不超过|不少于|不晚于`)

	// negSubjectRe finds the subject words that tell, when nearest before a negation, whether
	// it is the company's ("we do not sell", "the site does not collect") or the user's or a
	// condition's ("if you do not want", "you cannot"), which deny nothing.
	negSubjectRe = regexp.MustCompile(`\b(?:you|users?|if|unless|whether|should|in case|when you|please|kindly)\b|请|如果|若|假如|您|你|用户|\bwe\b|我们`)

	// negBlockRe finds what ends a negation's reach before the trigger: a contrast, an
	// exception or a new subject ("we do not sell your data, but we share it with ...").
	negBlockRe = regexp.MustCompile(`\b(?:but|however|although|though|while|whereas|instead|rather|except|unless|other than|apart from|only|we)\b|[;；)）]|，(?:而|并且|且)|但|然而|除|只|仅|我们`)

	// exceptionRe finds an exception after a negation, which turns "will not share … except"
	// into a declaration with conditions rather than a denial.
	exceptionRe = regexp.MustCompile(`\b(?:except|unless|other than|apart from|save (?:for|as|where)|excluding|without (?:\w+ ){0,4}(?:consent|permission|authori[sz]ation|approval|agreement|notice)|but (?:may|will|only|we))\b|除非|除外|以外|例外|未经|征得|事先|但(?:是)?(?:以下|下列|法律|在|经)`)

	// userCueRe finds the user as the one who acts ("you can", "users may", "your right",
	// "request", "how to", "您可以") before a right's trigger. The people a policy serves go by
	// many names; the rarer ones (students, patients, subscribers, players) count with a modal
	// after them ("students may"), not as a modifier ("student test attempts").
	userCueRe = regexp.MustCompile(`\b(?:you|users?|individuals?|data subjects?|consumers?|residents?|customers?|visitors?|members?|parents?|guardians?|right|rights|request(?:s|ed|ing)?|ask|entitled|option|choose|choice|able to|how to)\b|\b(?:students?|patients?|subscribers?|players?|participants?|applicants?|account holders?) (?:may|can|could|have the right|are entitled|are able)\b|您|你|用户|个人信息主体|权利|有权|申请|请求|要求|可以|可通过`)

	// companySubjectRe finds the company as the subject of an action ("we may delete", "我们会删除").
	// Other actors count too: "these third parties have access to your information" grants
	// the user nothing.
	companySubjectRe = regexp.MustCompile(`\bwe\b|\bour (?:company|team|staff)\b|\bthey\b|third[- ]part(?:y|ies)|\bpartners\b|providers\b|employees|\bstaff\b|\bteams\b|personnel|vendors\b|affiliates\b|我们|本公司|本平台|第三方`)

	// companyRightRe finds a right the company keeps for itself: "we reserve the right to
	// delete" grants the user nothing.
	companyRightRe = regexp.MustCompile(`\bwe (?:\w+ ){0,2}(?:reserve|retain|have|keep) the right\b|\breserves? the right\b|\bat (?:our|its) (?:sole )?discretion\b|我们(?:有权|保留)|本公司有权|本平台有权`)

	// onRequestRe finds, after a trigger, a phrase that makes a company action the answer to a
	// user's request: "we will delete it upon your request".
	onRequestRe = regexp.MustCompile(`^.{0,80}?\b(?:(?:upon|at|on|following) (?:your |a |the user'?s |written )?request|if you (?:ask|request|wish|want)|when you (?:ask|request)|at your (?:request|option|choice))\b`)

	// rightsCueRe finds a lead-in or heading about the user's rights or choices.
	rightsCueRe = regexp.MustCompile(`\b(?:rights?|choices?|you (?:can|may|have)|your (?:options|controls?)|access(?:ing)?,|opt(?:ing)?[- ]out|request)\b|权利|权益|有权|您可以|管理您的|如何(?:访问|管理)`)

	// collectCueRe finds the company collecting, receiving, keeping or using data, or the user
	// giving it.
	collectCueRe = regexp.MustCompile(`\b(?:collect|gather|obtain|receiv|record|log|store|retain|keep|process|use|uses|used|using|access|ask|request|provid|submit|enter|input|supply|give|send|share|disclos|transfer|track|captur|infer|derive|upload|register|sign(?:ing)? up|automatically|hold|maintain|analy[sz])\w*|\b(?:place[sd]?|deploy(?:s|ed)?|employ(?:s|ed)?|utili[sz]e[sd]?|serve[sd]?)\b|收集|获取|采集|获得|记录|存储|储存|保存|使用|提供|填写|上传|读取|调用|访问|获悉|处理|共享|授权|申请|开启|权限|绑定|输入`)

	// collectSectionRe finds a section title about what is collected.
	collectSectionRe = regexp.MustCompile(`collect|information (?:we|you|that)|data (?:we|you|that)|what (?:\w+ )?(?:information|data)|types? of|categor|personal (?:data|information)|information (?:about|from) you|收集|获取|信息类型|个人信息`)

	// definesRe, right after a trigger that opens its sentence, recognises a definition:
	// "Cookies are small text files", "A web beacon (pixel) is…", "Cookie是指…".
	definesRe = regexp.MustCompile(`^[\w'’-]*\s*(?:\([^)]{0,80}\)\s*)?(?:is|are|refers? to|means?|consists? of)\b|^[\w'’-]*\s*(?:（[^）]{0,40}）)?(?:是指|是一种|是一个|是一些|指的是|是)`)

	// passiveRe, right after a trigger, is a passive that reports an action rather than a
	// definition: "Device information is collected automatically", "are stored on our servers".
	passiveRe *regexp.Regexp // compiled by compileRules from passivePattern

	// definingSentenceRe is the start of a sentence, up to a trigger inside it, that defines a
	// term of one to three words: "a cookie is a small amount of data, which often includes …",
	// "web beacons are tiny graphics that …".
	definingSentenceRe *regexp.Regexp // compiled by compileRules from definingSentencePattern

	// notTermRe is a sentence start whose subject is no term being defined: a pronoun or a
	// conjunction ("if you are a resident", "it is a small app").
	notTermRe *regexp.Regexp // compiled by compileRules from notTermPattern

	// definitionLeadRe is what may stand before a defining trigger: nothing, an article, "what
	// are" or a bullet-like prefix.
	definitionLeadRe = regexp.MustCompile(`^[\s"“'*-]*(?:(?:a|an|the|what (?:are|is)|about)\s+)?[\s"“']*$`)

	// companyWordRe finds the company in a sentence, which keeps a definition-shaped sentence
	// a declaration: "Cookies are small files that we place on your device".
	companyWordRe = regexp.MustCompile(`\b(?:we|us|our)\b|我们|本公司|本平台`)

	// hypotheticalRe finds a hypothetical ("if we learn that we have collected…").
	hypotheticalRe = regexp.MustCompile(`\bif (?:we|it|you)\b|\bin the event\b|\binadvertently\b|\bshould we\b|如果|若|一旦|如发现|发现`)
)

// Patterns of the definition cues above, compiled by compileRules on the first Analyze.
const (
	passivePattern          = `^[\w'’-]*\s*(?:\([^)]{0,80}\)\s*)?(?:is|are)\s+(?:\w+ly\s+)?(?:\w+ed|being|kept|held|sent|taken|given|shown|known|read|built|made)\b`
	definingSentencePattern = `^[\s"“'*-]*(?:(?:a|an|the)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*(?:\([^)]{0,80}\)\s*)?(?:is|are)\s+(?:a|an|small|tiny|little|simple|short|files?|pieces?|strings?)\s`
	notTermPattern          = `^[\s"“'*-]*(?:if|when|where|as|you|we|it|this|that|there|they|he|she|i|our|your|their)\b`
)

// Scope cues: in a section title they scope everything under it; in a sentence they scope the
// rights it grants.
var (
	eeaRe        = regexp.MustCompile(`\b(?:eea|european economic area|european union|eu|gdpr|united kingdom|uk|switzerland|swiss|europe|european)\b|欧洲|欧盟|英国`)
	californiaRe = regexp.MustCompile(`california|\bccpa\b|\bcpra\b|加州|加利福尼亚`)
	chinaRe      = regexp.MustCompile(`mainland china|people['’]s republic of china|\bprc\b|\bpipl\b|中国大陆|中国内地|大陆地区|境内用户`)
	childrenRe   = regexp.MustCompile(`\bchild(?:ren)?\b|\bminors?\b|\bkids?\b|\bcoppa\b|儿童|未成年|青少年`)
)

// scopeOf returns the scope a folded text names, ScopeAll when none. California is tested
// first: a US-state notice often mentions the EU only in passing.
func scopeOf(s string) Scope {
	switch {
	case californiaM.matchString(s):
		return ScopeCalifornia
	case eeaM.matchString(s):
		return ScopeEEAUK
	case chinaM.matchString(s):
		return ScopeChina
	case childrenM.matchString(s):
		return ScopeChildren
	}
	return ScopeAll
}

// sentenceScopeRe finds a sentence that limits what it grants to a region or an audience:
// "If you are a California resident", "for users in the EEA", "under the GDPR".
var sentenceScopeRe = regexp.MustCompile(`\b(?:if you (?:are|live|reside)|(?:residents?|users?|individuals?|consumers?|people|visitors?) (?:of|in|from|located in|based in)|for (?:\w+ )?(?:residents|users|individuals|consumers)|under (?:the )?(?:gdpr|ccpa|cpra|uk gdpr)|(?:gdpr|ccpa|cpra) (?:gives|grants|provides)|california (?:residents|consumers|law)|(?:eea|eu|uk) (?:residents|users|individuals|data subjects))\b|(?:如果|若)您(?:是|位于|居住在)`)

// Matchers for the cues newCues finds in whole clauses: the same patterns, anchored at their
// literals (see matcher), which is many times faster than scanning with the regular
// expressions on long clauses. A cue is a few words: cueLen bounds its length in bytes.
const cueLen = 96

var (
	negationM       *matcher
	notNegationM    *matcher
	negSubjectM     *matcher
	negBlockM       *matcher
	exceptionM      *matcher
	userCueM        *matcher
	companySubjectM *matcher
	companyRightM   *matcher
	collectCueM     *matcher
	companyWordM    *matcher
)

// temporalWords, as the word right before a user cue, make it a time or a manner rather than
// the user exercising a right: "when you change your account information".
var temporalWords = map[string]bool{"when": true, "whenever": true, "once": true, "after": true,
	"before": true, "by": true, "while": true, "as": true, "that": true, "which": true, "who": true,
	"当": true, "在": true}

// requestWords, as the word right before a company subject, make it the object of the user's
// request, refusal or contact: "request that we delete", "ask us to", "要求我们删除",
// "向我们提出删除的请求", "与我们联系", "拒绝我们仅凭自动化决策作出决定", "request confirmation of
// whether we process your data".
var requestWords = map[string]bool{"request": true, "ask": true, "require": true, "instruct": true,
	"direct": true, "that": true, "whether": true, "要求": true, "请求": true, "通知": true, "联系": true, "让": true,
	"拒绝": true, "反对": true, "向": true, "与": true}

// wordBefore returns the word that ends right before byte offset i of f, spaces and light
// punctuation skipped: an ASCII word, or the last one or two Han characters.
func wordBefore(f string, i int) (one, two string) {
	j := i
	for j > 0 && (f[j-1] == ' ' || f[j-1] == ',' || f[j-1] == '"') {
		j--
	}
	k := j
	for k > 0 && isWordByte(f[k-1]) {
		k--
	}
	if k < j {
		return f[k:j], ""
	}
	r1, n1 := utf8.DecodeLastRuneInString(f[:j])
	if n1 <= 1 || !isHan(r1) {
		return "", ""
	}
	r2, n2 := utf8.DecodeLastRuneInString(f[:j-n1])
	if n2 <= 1 || !isHan(r2) {
		return string(r1), ""
	}
	return string(r1), f[j-n1-n2 : j]
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// Matchers for the heading and scope cues, which run on every section title and on the
// sentences of rights.
var (
	rightsCueM      *matcher
	collectSectionM *matcher
	sentenceScopeM  *matcher
	californiaM     *matcher
	eeaM            *matcher
	chinaM          *matcher
	childrenM       *matcher
)
