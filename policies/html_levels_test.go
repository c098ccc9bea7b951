package policies

import (
	"slices"
	"strings"
	"testing"
)

// outline returns the table of contents a reader sees for a saved page: one "level title" line
// per section, after the whole import (HTML to markdown, then the parser).
func outline(t *testing.T, src string) []string {
	t.Helper()
	p, err := parseDocument("page.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range p.Sections {
		title := s.Title
		if s.Number != "" {
			title = s.Number + " " + title
		}
		out = append(out, strings.Repeat("  ", int(s.Level)-1)+title)
	}
	return out
}

// TestHTMLNumberLevels checks that heading levels come from numbering where markup gives every
// heading the same rank, and from markup where the numbering does not nest. Each rule has a
// near miss.
func TestHTMLNumberLevels(t *testing.T) {
	t.Parallel()
	const para = `<p>We keep this data for as long as your account is open, and delete it within thirty days after that.</p>`
	const zh = `<p>我们会按照法律法规的要求保存您的个人信息，并在期限届满后删除或匿名化处理。</p>`
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"all <h2>: （一） sections nest in 一、 sections",
			`<h2>一、我们如何收集信息</h2>` + zh + `<h2>（一）注册账号</h2>` + zh + `<h2>（二）设备信息</h2>` + zh + `<h2>二、您的权利</h2>` + zh,
			[]string{"一 我们如何收集信息", "  （一） 注册账号", "  （二） 设备信息", "二 您的权利"}},
		{"all <h2>: 3.1 nests in 3, and 4 is outer again",
			`<h2>3. Sharing</h2>` + para + `<h2>3.1 Service providers</h2>` + para + `<h2>4. Your rights</h2>` + para,
			[]string{"3 Sharing", "  3.1 Service providers", "4 Your rights"}},
		{"near miss: an unnumbered heading does not take the numbered ones after it",
			`<h2>Introduction</h2>` + para + `<h2>1. Data we collect</h2>` + para + `<h2>2. How we use it</h2>` + para,
			[]string{"Introduction", "1 Data we collect", "2 How we use it"}},
		{"near miss: a subsection numbered before its section's number is met is not inverted",
			`<h2>1.1 Scope</h2>` + para + `<h2>2. Data we collect</h2>` + para + `<h2>2.1 Account data</h2>` + para,
			[]string{"1.1 Scope", "2 Data we collect", "  2.1 Account data"}},
		{"near miss: a year or an ordinal opening a title is no section number",
			`<h2>1. Data we collect</h2>` + para + `<h2>2015 changes to this policy</h2>` + para + `<h2>3rd parties</h2>` + para +
				`<h2>2. Your rights</h2>` + para,
			[]string{"1 Data we collect", "2015 changes to this policy", "3rd parties", "2 Your rights"}},
		{"markup that agrees with the numbering keeps its levels",
			`<h2>1. Data</h2>` + para + `<h3>1.1 Account</h3>` + para + `<h4>a. Name</h4>` + para + `<h2>2. Rights</h2>` + para,
			[]string{"1 Data", "  1.1 Account", "    a Name", "2 Rights"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outline(t, "<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1>"+tt.body+"</body></html>")
			if !slices.Equal(got, tt.want) {
				t.Errorf("TOC\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestHTMLPreHeadings checks how a policy saved as text inside <pre> is read: the headings it
// marks with "#" rank by their numbering, with near misses for each rule.
func TestHTMLPreHeadings(t *testing.T) {
	t.Parallel()
	page := func(text string) string {
		return "<html><head><title>0559_com_example.txt</title></head><body><pre>" + text + "</pre></body></html>"
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"every heading marked ### : levels from 一、, （一） and 1、",
			"### 一、我们如何收集信息\n正文。\n### （一）注册账号\n正文。\n### 1、您提供的信息\n正文。\n### （二）设备信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"一 我们如何收集信息", "  （一） 注册账号", "    1 您提供的信息", "  （二） 设备信息", "二 您的权利"}},
		{"a marked lead-in to the text's own contents is not a heading",
			"### 本政策将帮助您了解以下内容：\n1、我们如何收集信息\n2、您的权利\n\n### 一、我们如何收集信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"一 我们如何收集信息", "二 您的权利"}},
		{"near miss: a marked heading ending in a colon with text under it stays",
			"### 一、我们如何收集信息\n正文。\n### 联系方式：\n您可以通过电子邮件联系我们。\n### 二、您的权利\n正文。",
			[]string{"一 我们如何收集信息", "联系方式：", "二 您的权利"}},
		{"a title block: the company above the policy's name is not a section",
			"Apkid:com.example\n### 示例科技有限公司\n### 个人信息保护政策\n示例科技有限公司非常重视您的个人信息。\n### 一、我们收集的信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"一 我们收集的信息", "二 您的权利"}},
		{"a title block may have blank lines between its lines",
			"### 示例科技有限公司\n\n### 隐私政策\n示例科技有限公司非常重视您的个人信息。\n### 一、我们收集的信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"一 我们收集的信息", "二 您的权利"}},
		{"near miss: a numbered heading right under the policy's name is a section, not part of a title block",
			"### 隐私政策\n### 一、我们收集的信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"一 我们收集的信息", "二 您的权利"}},
		{"near miss: a section marked below the policy's name stays a section",
			"### 隐私政策\n### 引言\n我们非常重视您的个人信息。\n### 一、我们收集的信息\n正文。\n### 二、您的权利\n正文。",
			[]string{"引言", "一 我们收集的信息", "二 您的权利"}},
		{"near miss: a numbered marked heading ending in a colon stays, list or not",
			"### 一、我们收集的信息：\n1、手机号码\n2、设备信息\n### 二、您的权利\n正文。\n### 三、联系我们\n正文。",
			[]string{"一 我们收集的信息：", "二 您的权利", "三 联系我们"}},
		{"an unmarked numbered title with text under it is a subsection",
			"## 二、我们如何使用信息\n正文。\n## 1\\. 向您提供服务\n（1）用户体验改进计划\n我们会统计使用数据。\n（2）开展营销活动\n我们会使用您的电话号码。\n## 2\\. 安全保障\n正文。",
			[]string{"二 我们如何使用信息", "  1 向您提供服务", "    (1) 用户体验改进计划", "    (2) 开展营销活动", "  2 安全保障"}},
		{"near miss: numbered clauses and lists under a marked heading stay text",
			"## 一、征得授权同意的例外\n以下情形中，我们可能会依法收集您的个人信息：\n（1）与国家安全、国防安全直接相关的；\n（2）与公共安全直接相关的；\n（3）姓名\n（4）电话\n## 二、您的权利\n正文。",
			[]string{"一 征得授权同意的例外", "二 您的权利"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outline(t, page(tt.text))
			if !slices.Equal(got, tt.want) {
				md, _ := HTMLToMarkdown([]byte(page(tt.text)))
				t.Errorf("TOC\n%s\nwant\n%s\nmarkdown:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), md.Markdown)
			}
		})
	}
}
