package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"

	"fineprint/model"
)

// The vocabulary of generated policy prose: sentences are composed of one choice from each
// list, so that the corpus reads like a policy and has a policy's word frequencies.
var (
	enSubjects = []string{"We", "Our service providers", "The Company", "Third-party partners", "Our affiliates",
		"Advertising partners", "You", "Authorised personnel", "Payment processors", "Analytics providers"}
	enVerbs = []string{"collect", "may share", "retain", "process", "store", "use", "disclose", "delete",
		"transfer", "encrypt", "anonymise", "may access", "receive", "aggregate", "review"}
	enObjects = []string{"your personal information", "device identifiers", "precise location data",
		"the email address you provide", "payment card details", "usage statistics",
		"cookies and similar technologies", "account credentials", "contact information",
		"biometric data", "information about your browsing activity", "the content you upload",
		"your IP address", "records of your communications with us", "information from social networks"}
	enPurposes = []string{"to provide and improve our services", "for marketing purposes",
		"to comply with legal obligations", "to prevent fraud and abuse", "for analytics and research",
		"to personalise content and advertising", "when you request deletion of your account",
		"to respond to your enquiries", "to train and evaluate our models", "to secure our systems"}
	enQualifiers = []string{"in accordance with applicable law.", "for as long as necessary.",
		"unless you withdraw your consent.", "within 30 days of your request.",
		"on servers located in Singapore and the United States.", "subject to appropriate safeguards.",
		"where permitted by the GDPR.", "as described in Section %d.%d.", "for a period of %d months.",
		"and you may opt out at any time."}
	zhSubjects = []string{"我们", "第三方合作伙伴", "本公司", "我们的服务提供商", "关联公司", "您"}
	zhVerbs    = []string{"收集", "共享", "存储", "使用", "删除", "转移", "加密", "处理", "保留", "披露"}
	zhObjects  = []string{"您的个人信息", "设备标识符", "精确位置信息", "支付信息", "账户信息", "联系方式",
		"浏览记录", "生物识别信息", "您上传的内容", "通讯录"}
	zhPurposes = []string{"以提供和改进服务", "用于营销目的", "以遵守法律法规", "以防止欺诈", "用于统计分析",
		"以响应您的请求", "在您注销账户时"}
	zhQualifiers = []string{"，并采取适当的安全措施。", "，保存期限为%d个月。", "，存储于中华人民共和国境内。",
		"，除非您撤回同意。", "，详见第%d.%d条。", "。"}
)

// syllables make up generated names, so that the vocabulary grows with the corpus as in real
// policies (product and company names, e-mail domains): 36^3 possible names.
var syllables = []string{"ka", "lo", "mi", "ne", "su", "ta", "vi", "ro", "ze", "pa", "qu", "dor",
	"fen", "gal", "hum", "jin", "lex", "mor", "nax", "pol", "ras", "sen", "tor", "ul", "ven", "wix",
	"yor", "zen", "bri", "cal", "dex", "ely", "fyn", "gro", "hal", "ist"}

// name returns a generated name of two or three syllables.
func name(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	return b.String()
}

// pick returns a random element of list, with any %d verbs filled with small numbers.
func pick(r *rand.Rand, list []string) string {
	s := list[r.IntN(len(list))]
	if strings.Contains(s, "%d") {
		n := strings.Count(s, "%d")
		args := make([]any, n)
		for i := range args {
			args[i] = 1 + r.IntN(24)
		}
		s = fmt.Sprintf(s, args...)
	}
	return s
}

// generateClause returns one clause of policy prose: one to three sentences, Chinese in about a
// third of the clauses.
func generateClause(r *rand.Rand) (string, model.Lang) {
	var b strings.Builder
	n := 1 + r.IntN(3)
	if r.IntN(3) == 0 {
		for range n {
			b.WriteString(pick(r, zhSubjects) + pick(r, zhPurposes) + pick(r, zhVerbs) + pick(r, zhObjects) + pick(r, zhQualifiers))
		}
		return b.String(), model.LangZH
	}
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s %s %s %s %s", pick(r, enSubjects), pick(r, enVerbs), pick(r, enObjects),
			pick(r, enPurposes), pick(r, enQualifiers))
	}
	if r.IntN(2) == 0 {
		p := name(r)
		fmt.Fprintf(&b, " Questions about %s%s go to privacy@%s.com.", strings.ToUpper(p[:1]), p[1:], name(r))
	}
	return b.String(), model.LangEN
}

// generated is a corpus of twice parallelBuildMin generated clauses and its index, built on 4
// workers, made once for the tests that need a large corpus (they only read it).
var generated = sync.OnceValues(func() ([]*model.Policy, *Index) {
	ps := generatePolicies(parallelBuildMin*2, 7)
	return ps, newIndex(ps, nil, 4)
})

// generatePolicies returns n generated clauses in policies of up to 200 clauses each, the
// same for the same seed.
func generatePolicies(n int, seed uint64) []*model.Policy {
	r := rand.New(rand.NewPCG(seed, 42))
	var ps []*model.Policy
	for len(ps)*200 < n {
		k := min(200, n-len(ps)*200)
		p := &model.Policy{ID: fmt.Sprintf("gen-%d", len(ps)), Company: fmt.Sprintf("Generated Company %d", len(ps))}
		p.Sections = []model.Section{{Number: "1", Title: "Information We Collect", Level: 1, Parent: -1, EndClause: int32(k)}}
		for i := range k {
			text, lang := generateClause(r)
			p.Clauses = append(p.Clauses, model.Clause{Section: 0, Text: text, Lang: lang, Line: int32(i + 1)})
		}
		p.Parts = []model.Part{{EndSection: 1, EndClause: k}}
		ps = append(ps, p)
	}
	return ps
}
