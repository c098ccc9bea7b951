package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// toc renders a policy's sections one per line as "<level> <number>|<title>", the form the
// table tests compare.
func toc(p *Policy) string {
	var b strings.Builder
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "%d %s|%s\n", s.Level, s.Number, s.Title)
	}
	return b.String()
}

// mustParse parses src or fails the test.
func mustParse(t *testing.T, src string) *Policy {
	t.Helper()
	p, err := Parse("test", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

func TestHeadings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want string // toc()
	}{
		{
			name: "numbered with dot and nested",
			src:  "Privacy Policy\n\n1. Scope\n\nText one.\n\n2. Collection\n\n2.1 Information You Provide\n\nText two.\n\n2.2 Automatic Data\n\nText three.\n",
			want: "1 1|Scope\n1 2|Collection\n2 2.1|Information You Provide\n2 2.2|Automatic Data\n",
		},
		{
			name: "skipped number kept as printed",
			src:  "7. Storage\nWe store it.\n9. Minors\nWe do not serve minors.\n",
			want: "1 7|Storage\n1 9|Minors\n",
		},
		{
			name: "number alone on its line",
			src:  "Title Here\n6.\nData Security\n6.1 We will take strict technical and management measures to protect your data, as the law requires.\n",
			want: "1 6|Data Security\n",
		},
		{
			name: "number alone before a numbered line that is text",
			src:  "Title Here\n\n12\n\n3.1 we may keep logs\n",
			want: "",
		},
		{
			name: "number alone before a sentence",
			src:  "Title Here\n6.\nData Security\n6.1\nWe will take strict technical and management measures to protect your data.\n",
			want: "1 6|Data Security\n",
		},
		{
			name: "numbered sentences stay clauses",
			src:  "2. Scope of Application\n2.1 This Policy applies to the App, the PC client and the web version developed by us.\n2.2 We may formulate separate privacy policies. Special Policies prevail.\n4.1 \"Developer Data\" refers to all data uploaded when you use the features.\n",
			want: "1 2|Scope of Application\n",
		},
		{
			name: "numbered run-in heading with a second sentence is a clause",
			src:  "4. Purpose\n4.1 To provide you with this Service. We will use your personal information to manage users.\n",
			want: "1 4|Purpose\n",
		},
		{
			name: "title-case heading ending in a full stop",
			src:  "5. Rights and Approaches of Personal Information Management Access, Correction or Deletion.\nDepending on where you are, you have rights.\n",
			want: "1 5|Rights and Approaches of Personal Information Management Access, Correction or Deletion.\n",
		},
		{
			name: "short sentence with a full stop is not a heading",
			src:  "1. Scope\nIntro.\n2. We do not sell your data.\nMore text here.\n",
			want: "1 1|Scope\n",
		},
		{
			name: "question heading",
			src:  "11. How this Privacy Policy is Updated?\nWe post changes.\n12. How to Contact Us?\nWrite to us.\n",
			want: "1 11|How this Privacy Policy is Updated?\n1 12|How to Contact Us?\n",
		},
		{
			name: "markdown headings with title",
			src:  "# PRIVACY\n\nIntro text.\n\n## 1. PERSONAL INFORMATION\n\nText.\n\n### Details\n\nMore.\n\n## 2. USE\n\nText.\n",
			want: "1 1|PERSONAL INFORMATION\n2 |Details\n1 2|USE\n",
		},
		{
			name: "markdown headings without title",
			src:  "# One\n\ntext\n\n# Two\n\ntext\n",
			want: "1 |One\n1 |Two\n",
		},
		{
			name: "setext heading",
			src:  "Privacy Policy\n==============\n\nIntro.\n\nCollection\n----------\n\nWe collect.\n\nSharing\n-------\n\nWe share.\n",
			want: "1 |Collection\n1 |Sharing\n",
		},
		{
			name: "chinese ordinal without separator",
			src:  "我们非常重视用户信息的保护。\n一我们如何收集和使用个人信息\n1.1 账号注册、认证及登录\n为平台运营之目的，我们将获取账号信息。\n二对Cookie和同类技术的使用\nCookie是通用技术。\n",
			want: "1 一|我们如何收集和使用个人信息\n2 1.1|账号注册、认证及登录\n1 二|对Cookie和同类技术的使用\n",
		},
		{
			name: "chinese words starting with a numeral are not headings",
			src:  "一、总则\n正文。\n一般情况下我们不会收集信息\n一旦发生安全事件我们会通知你\n",
			want: "1 一|总则\n",
		},
		{
			name: "a name of repeated numerals is no ordinal",
			src:  "七七影视大全隐私政策\n正文内容。\n一、总则\n正文内容。\n十一、信息收集\n正文内容。\n一百零一、附则\n正文内容。\n",
			want: "1 一|总则\n1 十一|信息收集\n1 一百零一|附则\n",
		},
		{
			name: "chinese ordinal with 、 and paren sub-heading",
			src:  "隐私政策\n一、我们如何收集信息\n（一）注册信息\n你注册时我们收集手机号。\n（二）设备信息\n我们收集设备型号。\n二、我们如何使用信息\n用于提供服务。\n",
			want: "1 一|我们如何收集信息\n2 （一）|注册信息\n2 （二）|设备信息\n1 二|我们如何使用信息\n",
		},
		{
			name: "chinese ordinal over arabic over paren",
			src:  "一、总则\n1. 定义\n正文内容。\n（一）术语\n正文内容。\n2. 适用范围\n正文内容。\n二、信息收集\n正文内容。\n",
			// "2." follows "1.", so both are siblings and the （一） between them is inside "1.".
			want: "1 一|总则\n2 1|定义\n3 （一）|术语\n2 2|适用范围\n1 二|信息收集\n",
		},
		{
			name: "full-width digits",
			src:  "１．总则\n正文内容。\n１．１ 定义\n正文内容。\n２、信息收集\n正文内容。\n",
			want: "1 1|总则\n2 1.1|定义\n1 2|信息收集\n",
		},
		{
			name: "half-width parens and 第X条",
			src:  "第一条 总则\n本协议适用于全部服务。\n第二条 信息收集\n(一)注册信息\n你注册时我们收集手机号。\n",
			want: "1 第一条|总则\n1 第二条|信息收集\n2 （一）|注册信息\n",
		},
		{
			name: "short headings ending in a colon, lead-ins stay text",
			src:  "1. Your Rights:\nYou may ask.\n1.1 Information collected to register an account includes but is not limited to:\n- phone\n2. 信息收集：\n正文内容。\n2.1 用户个人信息包括：\n- 手机号\n",
			want: "1 1|Your Rights\n1 2|信息收集\n",
		},
		{
			name: "chinese numbered sentence stays a clause",
			src:  "一、开发者数据\n4.1 \"开发者数据\"指：你利用功能上传的全部数据。\n4.2 你完全拥有你的开发者数据。我们只执行你的指示。\n",
			want: "1 一|开发者数据\n",
		},
		{
			name: "enumerations are clauses",
			src:  "3.2 存储期限\n(1) 完成该业务目的需要留存个人信息的时间\n(2) 用户同意的更长的留存期间\n（3）法律的特殊要求\n1) first\n",
			want: "1 3.2|存储期限\n",
		},
		{
			name: "wrapped numbered sentence and unwrapped long heading",
			src:  "Policy Title\n\n2. Information We Collect from Other Sources\nWe obtain information from other sources and combine it.\n\n2.1 This Policy applies to the App, the PC\nclient and the web version.\n\n3. Use\n\nText.\n",
			want: "1 2|Information We Collect from Other Sources\n1 3|Use\n",
		},
		{
			name: "run of short numbered lines is a list",
			src:  "1. Collection\nWe collect:\n1. Name\n2. Email address\n3. Phone number\nThat is all.\n2. Use\nWe use it.\n",
			want: "1 1|Collection\n1 2|Use\n",
		},
		{
			name: "years and quantities are not numbers",
			src:  "2023 was a good year.\n30 days after deletion we purge backups.\n1.5 million users trust us.\n",
			want: "",
		},
		{
			name: "roman numerals",
			src:  "I. Introduction\nWe care.\nII. Data We Collect\nWe collect data.\n",
			want: "1 I|Introduction\n1 II|Data We Collect\n",
		},
		{
			name: "english division words and letters",
			src:  "Article 1. Scope\nThis applies.\nA. Information We Collect\nWe collect.\nB. How We Use It\nWe use it.\nArticle 2 – Rights\nSection 5 of the GDPR gives you rights.\nA. Smith is not a heading, he said, and wrote more words here to be sure.\n",
			want: "1 Article 1|Scope\n2 A|Information We Collect\n2 B|How We Use It\n1 Article 2|Rights\n",
		},
		{
			name: "arabic without dot",
			src:  "1 How We Collect and Use Personal Information\n1.1 Account Registration, Authentication, and Login\nWe obtain your account.\n2 Use of Cookies and Similar Technologies\nWe use cookies.\n",
			want: "1 1|How We Collect and Use Personal Information\n2 1.1|Account Registration, Authentication, and Login\n1 2|Use of Cookies and Similar Technologies\n",
		},
		{
			name: "bold line heading in markdown source",
			src:  "**1 定义及说明**\n1.1 本协议中的“用户”指使用服务的个人。\n**2 信息收集**\n我们收集信息。\n",
			want: "1 1|定义及说明\n1 2|信息收集\n",
		},
		{
			name: "unnumbered headings when there are no others",
			src:  "Privacy Policy\n\nWe care about privacy.\n\nWhat information do we collect?\n\nWe collect your name.\n\nDevice information:\n\nWe log your device.\n\nYou may not submit Content that is\n\n- illegal\n\nName\nEmail\nPhone\n\nThat is all.\n",
			want: "1 |What information do we collect?\n1 |Device information\n",
		},
		{
			name: "unnumbered chinese headings",
			src:  "隐私政策\n引言\n本单位重视您的隐私。\n我们收集的信息\n我们提供服务时，可能会收集信息。\n",
			want: "1 |引言\n1 |我们收集的信息\n",
		},
		{
			name: "unnumbered lines are not headings beside numbered ones",
			src:  "1. Data\nWe collect.\nDevice information\nWe log devices.\n",
			want: "1 1|Data\n",
		},
		{
			name: "markdown document keeps plain numbered lines as text",
			src:  "# Policy\n\n## 1. Intro\n\n1. Short Item\n\n## 2. More\n\ntext\n",
			want: "1 1|Intro\n1 2|More\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			if got := toc(p); got != tt.want {
				t.Errorf("TOC mismatch\ngot:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestTitleIsNotASection(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "7Ding Privacy Policy\nEffective Date: May 1, 2025\n1. Introduction\nWe collect data.\n")
	if p.Title != "7Ding Privacy Policy" || p.Parts[0].Title != "7Ding Privacy Policy" {
		t.Errorf("Title = %q, Part title = %q", p.Title, p.Parts[0].Title)
	}
	if len(p.Sections) != 1 || p.Sections[0].Title != "Introduction" {
		t.Errorf("sections = %q", toc(p))
	}
	if p.Clauses[0].Text != "Effective Date: May 1, 2025" || p.Clauses[0].Section != -1 {
		t.Errorf("first clause = %+v", p.Clauses[0])
	}
	if p.Date != "2025-05-01" {
		t.Errorf("Date = %q", p.Date)
	}
}

// TestNumeralNamedTitle checks that a title starting with repeated numerals (七七…) is the
// document's title, not a numbered heading, and is not repeated as a clause.
func TestNumeralNamedTitle(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "七七影视大全隐私政策\n更新日期：2020年1月1日\n一、我们如何收集信息\n我们收集您的手机号。\n")
	if p.Title != "七七影视大全隐私政策" {
		t.Errorf("Title = %q", p.Title)
	}
	if p.Clauses[0].Text != "更新日期：2020年1月1日" {
		t.Errorf("first clause = %q, want the date line", p.Clauses[0].Text)
	}
}

func TestBullets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []string // kind|depth|text of each clause
	}{
		{"bullet alone then text", "Intro:\n●\nThe phone number;\n●\nYour profile.\n", []string{"paragraph|0|Intro:", "list item|0|The phone number;", "list item|0|Your profile."}},
		{"inline bullets", "  • Log Information: we log.\n  • Device Information: we see.\n", []string{"list item|0|Log Information: we log.", "list item|0|Device Information: we see."}},
		{"dash star plus", "- one\n* two\n+ three\n", []string{"list item|0|one", "list item|0|two", "list item|0|three"}},
		{"nested by indent", "- outer\n  - inner\n    - innermost\n- back\n", []string{"list item|0|outer", "list item|1|inner", "list item|2|innermost", "list item|0|back"}},
		{"chinese bullets", "· 手机号码；\n·设备信息。\n", []string{"list item|0|手机号码；", "list item|0|设备信息。"}},
		{"enumeration keeps marker", "(1) 完成业务目的\n（2）用户同意\n①法律规定\n", []string{"list item|0|(1) 完成业务目的", "list item|0|（2）用户同意", "list item|0|①法律规定"}},
		{"dash without space is text", "-not a bullet\n", []string{"paragraph|0|-not a bullet"}},
		{"glyph bullet inside emphasis", "Vos droits :\n\n**• Droit au retrait :** vous pouvez retirer votre consentement.\n", []string{"paragraph|0|Vos droits :", "list item|0|Droit au retrait : vous pouvez retirer votre consentement."}},
		{"near miss: an escaped dash inside emphasis is text", "Intro:\n\n**\\- 5 %** de remise.\n", []string{"paragraph|0|Intro:", "paragraph|0|- 5 % de remise."}},
		{"hard-wrapped text without blank lines", "Intro:\nWe collect your name and your e-mail address when you\nregister, and your device model when you\nuse the app.\nNew paragraph here.\n", []string{"paragraph|0|Intro:", "paragraph|0|We collect your name and your e-mail address when you register, and your device model when you use the app.", "paragraph|0|New paragraph here."}},
		{"number alone joins its sentence", "Intro:\n4.1\nWe store data in Singapore.\n", []string{"paragraph|0|Intro:", "paragraph|0|4.1 We store data in Singapore."}},
		// The next line has a number of its own: it is not the lone number's text (in the
		// canonical markdown, "12" over "3.1 we may…" must not become heading "12 3.1 we may…").
		{"number alone before a numbered sentence", "Intro:\n12\n3.1 we may keep logs for a year.\n", []string{"paragraph|0|Intro:", "paragraph|0|12", "paragraph|0|3.1 we may keep logs for a year."}},
		{"wrapped item joins", "Intro:\n\n- This item is wrapped over two source lines because it is long\n  and continues here.\n\nAfter.\n", []string{"paragraph|0|Intro:", "list item|0|This item is wrapped over two source lines because it is long and continues here.", "paragraph|0|After."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			var got []string
			for _, c := range p.Clauses {
				got = append(got, fmt.Sprintf("%s|%d|%s", c.Kind, c.Depth, c.Text))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("clauses\ngot:  %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestTables(t *testing.T) {
	t.Parallel()
	src := "Cookies we use:\nCookie Name | Cookie Provider | Purpose |\nsid deviceid | 7Ding’s first party cookie | Login state\n_ga | Google Analytics | Usage |\nFeeds | HHO Limited | |\n1688 Japan |\nAfter the table.\n"
	p := mustParse(t, src)
	var rows []Clause
	for _, c := range p.Clauses {
		if c.Kind == KindTableRow {
			rows = append(rows, c)
		}
	}
	if len(rows) != 5 {
		t.Fatalf("got %d table rows, want 5: %+v", len(rows), p.Clauses)
	}
	if !rows[0].Header || rows[1].Header {
		t.Errorf("header flags: %v %v", rows[0].Header, rows[1].Header)
	}
	if rows[0].Text != "Cookie Name | Cookie Provider | Purpose" {
		t.Errorf("header text %q", rows[0].Text)
	}
	if got := strings.Join(rows[3].Cells, ","); got != "Feeds,HHO Limited" {
		t.Errorf("ragged row cells %q", got)
	}
	if rows[4].Text != "1688 Japan" {
		t.Errorf("one-cell row %q", rows[4].Text)
	}
	md := p.Markdown()
	for _, want := range []string{
		"| Cookie Name | Cookie Provider | Purpose |\n| --- | --- | --- |\n",
		"| Feeds | HHO Limited |  |\n| 1688 Japan |  |  |\n",
		"| \\_ga | Google Analytics | Usage |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestMarkdownTableWithDelimiter(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "| A | B |\n|---|:-:|\n| 1 | 2 \\| 3 |\n| x |\n")
	if len(p.Clauses) != 3 || !p.Clauses[0].Header || p.Clauses[1].Header {
		t.Fatalf("clauses %+v", p.Clauses)
	}
	if p.Clauses[1].Cells[1] != "2 | 3" {
		t.Errorf("escaped pipe cell %q", p.Clauses[1].Cells[1])
	}
}

func TestGridTable(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "+------+---------+\n| Name | Purpose |\n+======+=========+\n| sid  | login   |\n+------+---------+\n| _ga  | stats   |\n+------+---------+\n")
	var got []string
	for _, c := range p.Clauses {
		got = append(got, fmt.Sprintf("%s|%v|%s", c.Kind, c.Header, c.Text))
	}
	want := []string{"table row|true|Name | Purpose", "table row|false|sid | login", "table row|false|_ga | stats"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("grid table clauses %q, want %q", got, want)
	}
}

func TestMarkupDropped(t *testing.T) {
	t.Parallel()
	src := "---\nlayout: plain\nsitemap: false\n---\n\n# PRIVACY\n{:.no_toc}\n\n* this list will be replaced by the toc\n{:toc .large-only}\n\nWe at **Acme Group** respect [your privacy](https://example.com).\n\n## 1. DATA\n\nText <br> here &amp; there.\n"
	p := mustParse(t, src)
	var texts []string
	for _, c := range p.Clauses {
		texts = append(texts, c.Text)
	}
	want := []string{"We at Acme Group respect your privacy.", "Text here & there."}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("clauses %q, want %q", texts, want)
	}
	if p.Title != "Privacy" || p.Parts[0].Title != "PRIVACY" {
		t.Errorf("title %q part title %q", p.Title, p.Parts[0].Title)
	}
	if p.Company != "Acme Group" {
		t.Errorf("company %q", p.Company)
	}
}

func TestBilingualParts(t *testing.T) {
	t.Parallel()
	zh := "我们非常重视用户信息的保护，并且将勤勉和审慎地保护用户信息安全。\n一我们如何收集和使用个人信息\n1.1 账号注册、认证及登录\n为平台运营之目的，我们将获取您登录平台时的账号信息，包括账号、注册时间。\n二对Cookie和同类技术的使用\nCookie和同类技术是互联网中的通用常用技术。当你使用平台时，我们可能会使用相关技术。\n"
	en := "We attach great importance to the protection of user information and will diligently safeguard it.\n1 How We Collect and Use Personal Information\n1.1 Account Registration, Authentication, and Login\nFor the purpose of platform operation, we will obtain your account information when you log in.\n2 Use of Cookies and Similar Technologies\nWhen you use the Platform, we may use cookies or anonymous identifiers to collect your information.\n"
	p := mustParse(t, zh+en)
	if len(p.Parts) != 2 || p.Parts[0].Lang != LangZH || p.Parts[1].Lang != LangEN {
		t.Fatalf("parts %+v", p.Parts)
	}
	if fmt.Sprint(p.Langs) != fmt.Sprint([]Lang{LangZH, LangEN}) {
		t.Errorf("Langs %v", p.Langs)
	}
	want := "1 一|我们如何收集和使用个人信息\n2 1.1|账号注册、认证及登录\n1 二|对Cookie和同类技术的使用\n1 1|How We Collect and Use Personal Information\n2 1.1|Account Registration, Authentication, and Login\n1 2|Use of Cookies and Similar Technologies\n"
	if got := toc(p); got != want {
		t.Errorf("toc\n%s\nwant\n%s", got, want)
	}
	en0 := p.Parts[1].FirstSection
	if p.Sections[en0].Part != 1 || p.Sections[en0].Lang != LangEN || p.Sections[en0].Parent != -1 {
		t.Errorf("english section %+v", p.Sections[en0])
	}
	if c := p.Clauses[p.Parts[1].FirstClause]; c.Section != -1 || c.Lang != LangEN {
		t.Errorf("english preamble clause %+v", c)
	}
	// Anchors are unique across parts although numbers repeat.
	seen := map[string]bool{}
	for _, s := range p.Sections {
		if seen[s.Anchor] {
			t.Errorf("duplicate anchor %q", s.Anchor)
		}
		seen[s.Anchor] = true
	}
}

func TestEnglishAppendixIsNotAPart(t *testing.T) {
	t.Parallel()
	zh := "隐私政策\n一、我们收集的信息\n你注册账号时，我们收集你的姓名和电子邮箱地址。\n二、我们如何使用信息\n我们使用你的信息提供服务。\n三、共享\n我们不出售你的信息。\n四、联系我们\n请通过邮箱联系我们。\n五、第三方SDK列表\n"
	en := strings.Repeat("SDK Name | Provider Company Limited | Purpose of processing and the data collected by the SDK | https://example.com/privacy\n", 12)
	p := mustParse(t, zh+en)
	if len(p.Parts) != 1 {
		t.Errorf("%d parts: an English table after a Chinese policy is an appendix, not a translation", len(p.Parts))
	}
}

func TestDocumentTitleSharingSectionLevel(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "# Privacy Policy\n\nLast updated: May 1, 2024\n\n# Interpretation\n\nWords.\n\n## Definitions\n\nMore.\n\n# Contact Us\n\nWrite.\n")
	if p.Title != "Privacy Policy" {
		t.Errorf("Title %q", p.Title)
	}
	if got, want := toc(p), "1 |Interpretation\n2 |Definitions\n1 |Contact Us\n"; got != want {
		t.Errorf("toc\n%s\nwant\n%s", got, want)
	}
}

func TestEnglishWithChineseNamesIsOnePart(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "Privacy Policy\n1. Scope\nThis policy covers the 微信 app and the 支付宝 service.\n2. Data\nWe collect your name and email address when you register with us.\n")
	if len(p.Parts) != 1 || p.Parts[0].Lang != LangEN {
		t.Errorf("parts %+v", p.Parts)
	}
}

func TestSectionRanges(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "Title Line\nIntro.\n1. One\nA.\nB.\n1.1 Sub\nC.\n2. Two\nD.\n")
	want := [][2]int{{1, 3}, {3, 4}, {4, 5}}
	for i, s := range p.Sections {
		if [2]int{int(s.FirstClause), int(s.EndClause)} != want[i] {
			t.Errorf("section %d range [%d,%d), want %v", i, s.FirstClause, s.EndClause, want[i])
		}
	}
	if p.Sections[1].Parent != 0 || p.Sections[2].Parent != -1 {
		t.Errorf("parents %d %d", p.Sections[1].Parent, p.Sections[2].Parent)
	}
	if got := p.ClauseLabel(3); got != "1 One › 1.1" {
		t.Errorf("ClauseLabel(3) = %q", got)
	}
	if got := p.ClauseLabel(0); got != "" {
		t.Errorf("ClauseLabel(0) = %q", got)
	}
}

func TestAnchorsAndFindSection(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "2. Information Collection\nx\n2.1 Information You Provide\ny\n3. 我们如何收集信息\nz\n4. Contact\nw\n5. Contact\nv\n")
	wantAnchors := []string{"2-information-collection", "2-1-information-you-provide", "3-我们如何收集信息", "4-contact", "5-contact"}
	for i, s := range p.Sections {
		if s.Anchor != wantAnchors[i] {
			t.Errorf("anchor %d = %q, want %q", i, s.Anchor, wantAnchors[i])
		}
	}
	for q, want := range map[string]int{"2.1": 1, "2.1.": 1, "2-1-information-you-provide": 1, "3": 2, "3-我们如何收集信息": 2, "contact": 3} {
		if got, ok := p.FindSection(q); !ok || got != want {
			t.Errorf("FindSection(%q) = %d, %v; want %d", q, got, ok, want)
		}
	}
	if got, ok := p.FindSectionInPart(0, "4"); !ok || got != 3 {
		t.Errorf("FindSectionInPart(0, 4) = %d, %v", got, ok)
	}
	if _, ok := p.FindSectionInPart(1, "4"); ok {
		t.Error("FindSectionInPart(1, ...) found a section in a part that does not exist")
	}
	if _, ok := p.FindSection("9.9"); ok {
		t.Error("FindSection(9.9) found something")
	}
	if got := uniqueAnchor(map[string]int{"a": 1, "a-2": 1}, "a"); got != "a-3" {
		t.Errorf("uniqueAnchor = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		data []byte
		want error
	}{
		{nil, ErrEmpty},
		{[]byte("  \n\t\r\n"), ErrEmpty},
		{[]byte("\uFEFF\n"), ErrEmpty},
		{[]byte("text\x00more"), ErrBinary},
		{[]byte("caf\xe9 au lait"), ErrEncoding},
	}
	for _, tt := range tests {
		if _, err := Parse("x", tt.data); !errors.Is(err, tt.want) {
			t.Errorf("Parse(%q) error = %v, want %v", tt.data, err, tt.want)
		}
	}
}

func TestClausePositions(t *testing.T) {
	t.Parallel()
	src := "\uFEFFTitle Line\r\n\r\n1. One\r\n\r\n  Indented text here.\r\n"
	p := mustParse(t, src)
	c := p.Clauses[0]
	if c.Line != 5 {
		t.Errorf("Line = %d, want 5", c.Line)
	}
	if !strings.HasPrefix(src[c.Offset:], "Indented text here.") {
		t.Errorf("Offset %d points at %q", c.Offset, src[c.Offset:])
	}
	if p.Sections[0].Line != 3 {
		t.Errorf("section line %d", p.Sections[0].Line)
	}
}

func TestWordsCountHan(t *testing.T) {
	t.Parallel()
	if got := CountWords("We don't sell data 我们不出售数据 API7"); got != 4+7+1 {
		t.Errorf("CountWords = %d", got)
	}
	p := mustParse(t, "隐私政策\n我们收集信息。\n")
	if p.Words != 4+6 {
		t.Errorf("Words = %d, want 10", p.Words)
	}
}

func TestBilingualTitles(t *testing.T) {
	t.Parallel()
	src := "Acme Privacy Policy\nLast updated: May 1, 2024\n1. Data We Collect\nWe collect your name and e-mail address when you register an account with us.\n2. How We Use Data\nWe use your data to provide the service and to keep your account secure.\n" +
		"Acme隐私政策\n更新日期：2024年5月1日\n一、我们收集的信息\n你注册账号时，我们收集你的姓名和电子邮箱地址，用于提供服务和保障账号安全。\n二、我们如何使用信息\n我们使用你的信息提供服务，并保障你的账号安全，不会用于其他目的。\n"
	p := mustParse(t, src)
	if len(p.Parts) != 2 || p.Parts[0].Lang != LangEN || p.Parts[1].Lang != LangZH {
		t.Fatalf("parts %+v", p.Parts)
	}
	if p.Parts[0].Title != "Acme Privacy Policy" || p.Parts[1].Title != "Acme隐私政策" {
		t.Errorf("part titles %q %q", p.Parts[0].Title, p.Parts[1].Title)
	}
	want := "1 1|Data We Collect\n1 2|How We Use Data\n1 一|我们收集的信息\n1 二|我们如何使用信息\n"
	if got := toc(p); got != want {
		t.Errorf("toc\n%s\nwant\n%s", got, want)
	}
	if p.Title != "Acme Privacy Policy" || p.Date != "2024-05-01" {
		t.Errorf("title %q date %q", p.Title, p.Date)
	}
	if got := p.PreambleMarkdown(1); got != "\n# Acme隐私政策\n\n更新日期：2024年5月1日\n" {
		t.Errorf("PreambleMarkdown(1) = %q", got)
	}
}

// TestBoldLine checks which lines read as wholly bold: one span, or spans parted by spaces
// alone, as a converter writes a heading set in several runs; a run-in lead-in, a line with
// text between its spans and an unclosed span are not.
func TestBoldLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"**Your Rights**", true},
		{"__Cookies__", true},
		{"**对** **Cookie** **及** **web beacon** **的使用**", true},
		{"**Vos** **droits**", true},
		{"**Email:** support@example.com", false},
		{"**Cookies** und **Tracking**", false}, // text between the spans
		{"**1)** **根据相关法律法规的要求；** **", false},   // the last span never closes
		{"** **", false},
		{"**a**b**", false},
	}
	for _, tt := range tests {
		if got := boldLine(tt.in); got != tt.want {
			t.Errorf("boldLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// And as a user sees it: the heading in bold runs is a section of the TOC.
	p := mustParse(t, "隐私政策\n\n**个人信息的收集**\n\n我们收集您的手机号码。\n\n**对** **Cookie** **及** **web beacon** **的使用**\n\nCookie 可以帮助网站辨认注册用户。\n\n**个人信息的使用**\n\n我们使用您的信息。\n")
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.Title)
	}
	if want := []string{"个人信息的收集", "对 Cookie 及 web beacon 的使用", "个人信息的使用"}; !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
}
