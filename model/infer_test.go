package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindDate(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Last updated: August 15, 2022", "2022-08-15"},
		{"Effective Date: May 1, 2025", "2025-05-01"},
		{"Effective as of 1st March 2021.", "2021-03-01"},
		{"updated on 15 Aug. 2022", "2022-08-15"},
		{"Last revised: Sept 3 2019", "2019-09-03"},
		{"更新日期：2023年5月1日", "2023-05-01"},
		{"生效日期：2019 年 10 月 4 日", "2019-10-04"},
		{"本版本发布日期：2020年12月", "2020-12"},
		{"Last updated 2021-07-09", "2021-07-09"},
		{"Last updated 2021/7/9", "2021-07-09"},
		{"Last modified: 12/23/2014", "2014-12-23"},
		{"Last modified: 23/12/2014", "2014-12-23"},
		{"Last updated: March 2015", "2015-03"},
		{"no date here", ""},
		{"Updated: February 30, 1850", ""},
		{"本版发布日期：2020年【8】月【20】日", "2020-08-20"},
		{"Effective 2024-11-15. This statement explains", "2024-11-15"},
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferDateNeedsKeyword(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "Privacy Policy\nWe have served customers since January 5, 2010.\n1. Data\nWe collect data.\n")
	if p.Date != "" {
		t.Errorf("Date = %q, want none: a date without 'updated' or 'effective' is not the policy's", p.Date)
	}
	p = mustParse(t, "# Privacy Policy (last updated January 1, 2020)\n\nWe collect data.\n")
	if p.Date != "2020-01-01" || p.Title != "Privacy Policy" {
		t.Errorf("Date from the title = %q, title %q", p.Date, p.Title)
	}
	p = mustParse(t, "隐私政策\n我们收集信息。\n本政策更新日期：2021年3月8日\n")
	if p.Date != "2021-03-08" {
		t.Errorf("Date = %q", p.Date)
	}
}

func TestEntityName(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`DingTalk (Singapore) Private Limited (hereinafter referred to as "the Company" or "we") will collect`, "DingTalk (Singapore) Private Limited"},
		{`APISEVEN Ltd. ("API7.ai", "API7", "we") provides this Privacy Policy`, "APISEVEN Ltd."},
		{`We at AIRobotics Group (together with our affiliates, “AIRobotics”) respect your privacy`, "AIRobotics Group"},
		{`This app is operated by Johnson & Johnson Inc. in the US.`, "Johnson & Johnson Inc."},
		{`安化威通科技有限公司及其关联方（以下简称“我们”）作为运营主体`, "安化威通科技有限公司"},
		{`学习通由北京世纪超星信息技术发展有限责任公司开发运营`, "北京世纪超星信息技术发展有限责任公司"},
		{`欢迎您使用赛博龙科技（北京）有限公司的产品`, "赛博龙科技（北京）有限公司"},
		{`Please read the Company policy carefully.`, ""},
		{`Last updated: 2025-03-01. Northwind Traders LLC ("we") operates the app.`, "Northwind Traders LLC"},
		{`Effective 2024-11-15. Contoso Ltd. handles data.`, "Contoso Ltd."},
		{`Copyright 2024 Foo Bar Inc. All rights reserved.`, "Foo Bar Inc."},
		{`"We" means Sociamonials, Inc., a California Corporation.`, "Sociamonials, Inc."},
		{`Acme is a Delaware Corporation.`, ""},
		{`Our store is hosted on Shopify Inc. They provide the platform.`, ""},
		{`This app is operated by Jaxe Grace Ltd. and hosted on Shopify Inc.`, "Jaxe Grace Ltd."},
		{`This statement is provided on behalf of Allstate Insurance Company and its affiliates.`, "Allstate Insurance Company"},
		{`Welcome. Shenzhen Foo Co. Ltd operates the app.`, "Shenzhen Foo Co. Ltd"},
		{`Thank you for choosing our API service.`, ""},
	}
	for _, tt := range tests {
		if got := entityName(tt.in); got != tt.want {
			t.Errorf("entityName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferTitleAndBrand(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "# PRIVACY POLICY\n\nAcme Widgets LLC runs this site.\n\n## Data\n\nWe collect.\n")
	if p.Title != "Privacy Policy" || p.Company != "Acme Widgets LLC" {
		t.Errorf("Title %q Company %q", p.Title, p.Company)
	}
	// No title line and no legal name: the brand the text repeats, and a descriptive title.
	p = mustParse(t, "Welcome to ZapNote, where your notes stay yours.\n1. Data\nZapNote stores notes. ZapNote syncs them.\n2. Sharing\nThis Privacy Policy says ZapNote never sells data.\n")
	if p.Company != "ZapNote" || p.Title != "ZapNote Privacy Policy" {
		t.Errorf("Company %q Title %q", p.Company, p.Title)
	}
	// E-mail addresses and domains are not brands.
	p = mustParse(t, "Privacy\nWrite to help@MyMail7.com or help@MyMail7.com or help@MyMail7.com.\n")
	if p.Company != "" {
		t.Errorf("Company %q from an e-mail address", p.Company)
	}
}

func TestDefinedCompany(t *testing.T) {
	t.Parallel()
	p := mustParse(t, "Privacy Policy\n\nDefinitions\n\nCompany (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Jiffy Apps, Cairo.\n\nDevice means any device.\n")
	if p.Company != "Jiffy Apps" {
		t.Errorf("Company = %q", p.Company)
	}
}

func TestDisplayTitle(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"PRIVACY":                   "Privacy",
		"PRIVACY POLICY OF THE APP": "Privacy Policy of the App",
		"Privacy Policy":            "Privacy Policy",
		"隐私政策":                      "隐私政策",
		"API":                       "API",
	} {
		if got := displayTitle(in); got != want {
			t.Errorf("displayTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInferMetadata parses small policies and checks the company and date a reader would
// write down for each, including near misses that must give nothing.
func TestInferMetadata(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src     string
		company, date string
	}{
		{"bare Effective, sentence after", "# Contoso Cloud Privacy Statement\n\nEffective 2024-11-15. This statement explains how Contoso Ltd. handles personal data.\n\n## 1. Data\n\nWe collect data.\n",
			"Contoso Ltd.", "2024-11-15"},
		{"bare Updated, no colon", "Initech Privacy Policy\n\nUpdated 2024-06-30\n\n1. What we collect\n\nWe collect information.\n",
			"Initech", "2024-06-30"},
		{"Effective with full stop", "# Umbrella Health GmbH — Privacy Policy\n\nEffective 2025-05-05.\n\n## 1 Health data\n\nWe process health data.\n",
			"Umbrella Health GmbH", "2025-05-05"},
		{"Last revised ISO", "# Globex Corporation Privacy Notice\n\nLast revised: 2025-01-20.\n\n## Information we collect\n\nWe collect your location.\n",
			"Globex Corporation", "2025-01-20"},
		{"company after the date's sentence", "# Northwind Traders Privacy Policy\n\nLast updated: 2025-03-01. Northwind Traders LLC (\"we\") operates the Northwind ordering app.\n\n## 1 Data\n\nWe collect data.\n",
			"Northwind Traders LLC", "2025-03-01"},
		{"company before a Chinese kind", "Hooli 隐私政策\n\n更新日期：2025年2月10日\n\n一、我们收集的信息\n\n我们会收集您的手机号码。\n",
			"Hooli", "2025-02-10"},
		{"multi-word name in title", "# Tyrell Data Systems Privacy Policy\n\nLast updated: 2025-08-08\n\n## 1. Cookies\n\nWe use cookies.\n",
			"Tyrell Data Systems", "2025-08-08"},
		{"Privacy Policy of <Name>", "# Privacy Policy of “Child Growth Diary”\n\n## Data\n\nWe keep little.\n\nLatest update: December 09, 2016\n",
			"Child Growth Diary", "2016-12-09"},
		{"Privacy Policy — <Name>", "# Privacy Policy — Acme Rockets\n\nWe build rockets.\n", "Acme Rockets", ""},
		{"Chinese name and tail 起生效", "墨迹天气服务及隐私协议\n\n一、总则\n\n我们重视您的隐私。\n\n二、其他\n\n本协议自2011年05月18日起生效。\n",
			"墨迹天气", "2011-05-18"},
		{"Chinese published and effective: effective wins", "隐私政策\n\n欢迎使用。\n\n一、附则\n\n本政策于2017年9月1日发布，自2017年9月7日起生效。\n",
			"", "2017-09-07"},
		{"Chinese bracketed blanks", "隐私政策\n\n本版发布日期：2020年【8】月【20】日\n\n一、信息\n\n我们收集信息。\n", "", "2020-08-20"},
		{"date in the title", "隐私权政策 2019年9月20日\n\n一、信息\n\n我们收集信息。\n", "", "2019-09-20"},
		{"effective inside the first sentence", "Privacy Policy\n\nThis Privacy Policy, effective December 9, 2014, describes how SIDEARM Sports, LLC uses data.\n\n1. Data\n\nWe collect data.\n",
			"SIDEARM Sports, LLC", "2014-12-09"},
		{"revised heading", "## Privacy Policy Statement\n\n## Revised May 29, 2015\n\nThis statement is provided on behalf of Allstate Insurance Company and its affiliates.\n",
			"Allstate Insurance Company", "2015-05-29"},
		{"updated beats effective", "Privacy Policy\n\nWe collect data.\n\n## Changes\n\nEffective date: July 1, 2004, Updated: December 23, 2013\n", "", "2013-12-23"},
		{"a state corporation is no name", "Privacy Policy\n\n\"We\" means Sociamonials, Inc., a California Corporation, whose address is 5000 Main St.\n",
			"Sociamonials, Inc.", ""},
		{"all-caps title word is not part of the name", "PRIVACY POLICY Freedom Communications, Inc. has agreed to sell its newspapers.\n\nWe collect data.\n",
			"Freedom Communications, Inc.", ""},
		{"name that opens a commitment to privacy", "Privacy Policy\n\nGeekdo takes your privacy seriously. Please read on.\n", "Geekdo", ""},
		{"domain that opens a commitment to privacy", "Privacy Policy\n\nSci-News.com is committed to protecting and respecting your privacy.\n", "Sci-News.com", ""},
		{"Chinese definition of we", "隐私政策\n\n虎牙公司（下称\"我们\"）非常重视用户的隐私。\n", "虎牙公司", ""},
		{"bracketed app defined as we", "隐私权政策\n\n【陌聊APP】（以下简称“我们”）深知个人信息对您的重要性。\n", "陌聊APP", ""},
		{"English definition of we", "Privacy Policy\n\nFulton Sheen TV (\"us\", \"we\", or \"our\") operates the app.\n", "Fulton Sheen TV", ""},
		{"the service is provided by", "# Privacy Policy\n\nMargin Games built the Color Haze app as a Free app. This SERVICE is provided by Margin Games at no cost and is intended for use as is.\n",
			"Margin Games", ""},
		{"we defined after other words", "Privacy Policy\n\nThis is the privacy policy for LatinPost.com (\"Site,\" \"we,\" \"us,\" or \"our\").\n", "LatinPost.com", ""},
		{"lower-case first letter defined as we", "Privacy Policy\n\nThis statement explains how iSmartOffice (“iSmartOffice,” “we,” “us”) handles data.\n", "iSmartOffice", ""},
		{"domain with a legal form", "Privacy Policy\n\nWe are lynda.com, Inc., located in Carpinteria.\n", "lynda.com, Inc.", ""},
		{"kind with Highlights", "CBS Interactive Privacy Policy Highlights\n\nTrust is a cornerstone.\n", "CBS Interactive", ""},
		{"name defined as the developer", "Privacy Policy\n\nYour privacy matters.\n\nNorth Ridge Media (“Developer”) is concerned about the privacy of its users.\n", "North Ridge Media", ""},
		{"name defined as the service provider", "Privacy Policy\n\nThis privacy policy applies to the Foo app for mobile devices that was created by QuillCodes (hereby referred to as \"Service Provider\") as a Free service.\n",
			"QuillCodes", ""},
		{"lower-case domain defined as we", "Privacy Policy\n\nThis agreement is between you and example.life (\"example.life\", \"we\", \"us\" or \"our\").\n", "example.life", ""},
		{"a museum that created its policy", "Privacy Policy\n\nExample.org and its domains are services of a museum.\n\nLakeside Science Museum has created this privacy policy to show our commitment.\n",
			"Lakeside Science Museum", ""},
		{"Co., Inc. is one legal form", "Privacy\n\nFooda Motor Co., Inc. (Fooda) values your privacy. Fooda Finance Corporation lends.\n", "Fooda Motor Co., Inc.", ""},
		{"maker built the app, title names the app", "# Star Notes Privacy Policy\n\nZoe Park built the Star Notes app as a Commercial app. This SERVICE is provided by Zoe Park and is intended for use as is.\n",
			"Zoe Park", ""},
		{"maker built the app, no provider sentence", "# Star Notes Privacy Policy\n\nQuill Works built the Star Notes app as a Free app.\n", "Quill Works", ""},
		{"lower-case maker defined as the service provider", "### Star Notes app Privacy Policy\n\nThis privacy policy applies to the Star Notes app that was created by jo park (hereby referred to as the \"Service Provider\") as a Free service.\n",
			"jo park", ""},
		{"公司名称 at the end", "用户使用协议\n\n" + strings.Repeat("欢迎您使用本软件。\n\n", inferScope+1) + "一、联系我们\n\n如有问题请联系我们。\n\n公司名称：青岛某某文化传播有限公司\n\n地址：青岛市某路1号\n",
			"青岛某某文化传播有限公司", ""},
		{"the other party to the agreement", "服务协议\n\n" + strings.Repeat("欢迎使用。\n\n", inferScope+1) + "一、总则\n\n郑重申明：本协议是用户与杭州某某科技有限公司之间的法律协议。\n", "杭州某某科技有限公司", ""},
		{"copyright holder in the footer", "隐私政策\n\n" + strings.Repeat("本单位重视您的隐私。\n\n", inferScope+1) + "成都某某互动科技有限公司 版权所有 隐私政策\n", "成都某某互动科技有限公司", ""},
		{"copyright sign before the holder", "隐私政策\n\n" + strings.Repeat("本单位重视您的隐私。\n\n", inferScope+1) + "版权所有 © 2020 广州某某网络有限公司\n", "广州某某网络有限公司", ""},
		{"owner and data controller section", "## Policy summary\n\n### Analytics\n\nPersonal Data: Usage Data\n\n## Owner and Data Controller\n\nHarbor Tools S.p.A.\n\nOwner contact email: info@example.com\n",
			"Harbor Tools S.p.A.", ""},
		{"a defined legal Company beats a club the first clause names", "# Privacy Policy\n\nLakeview Golf Group New Privacy Policy describes Our policies.\n\n## Definitions\n\nCompany (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Polaris Apps Inc, 1 Main St.\n",
			"Polaris Apps Inc", ""},
		// Near misses.
		{"a defined app name does not beat a legal name", "# Privacy Policy\n\nStar Notes Ltd. publishes this app.\n\n## Definitions\n\nCompany (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Star Notes.\n",
			"Star Notes Ltd.", ""},
		{"a placeholder built the app", "# Privacy Policy\n\n[Developer/Company name] built the Foo app as a Free app.\n", "", ""},
		{"built something else", "# Privacy Policy\n\nOur Team built the house where we work.\n", "", ""},
		{"created by without a role", "# Privacy Policy\n\nThe icons were created by jo park for us.\n", "", ""},
		{"copyright belongs to a company is no notice", "隐私政策\n\n" + strings.Repeat("欢迎使用。\n\n", inferScope+1) + "本软件的版权所有归某某信息有限公司。\n", "", ""},
		{"公司名称 not labelling a name", "隐私政策\n\n" + strings.Repeat("欢迎使用。\n\n", inferScope+1) + "如公司名称变更为某某信息有限公司，我们将通知您。\n", "", ""},
		{"a party named apart from the user", "隐私政策\n\n" + strings.Repeat("欢迎使用。\n\n", inferScope+1) + "用户与我们及某某支付有限公司之间的争议适用本条。\n", "", ""},
		{"公司名称 with no legal name", "隐私政策\n\n" + strings.Repeat("欢迎使用。\n\n", inferScope+1) + "公司名称：某某工作室\n", "", ""},
		{"a third company between others, past the head", "隐私政策\n\n" + strings.Repeat("我们收集信息。\n\n", inferScope+1) + "我们与某某支付有限公司之间的合作不涉及您的信息。\n", "", ""},
		{"owner section that is a sentence", "## Owner and Data Controller\n\nThe owner is listed below. Contact us for details.\n", "", ""},
		{"an application defined by name is no maker", "Privacy Policy\n\nThis policy applies to Star Notes (the \"Application\") for mobile devices.\n", "", ""},
		{"a URL defined as we is no name", "Privacy Policy\n\nThis policy applies to https://www.example.in/ (hereinafter, \"us\", \"we\").\n", "", ""},
		{"a created policy needs its maker first", "Privacy Policy\n\nThis page has created no cookies; our privacy matters.\n", "", ""},
		{"a template's Company defined as we", "Privacy Policy\n\nCompany (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Jiffy Apps.\n",
			"Jiffy Apps", ""},
		{"provider name runs into lower-case words", "Privacy Policy\n\nThis SERVICE is provided by Sticker maker app & more at no cost.\n", "", ""},
		{"本公司 defined as we names nobody", "隐私政策\n\n本公司（以下简称“我们”）重视隐私。\n", "", ""},
		{"We respect your privacy", "Privacy Policy\n\nWe respect your privacy. This Site values your privacy.\n", "", ""},
		{"Privacy Policy alone", "# Privacy Policy\n\nWe collect data.\n\n## 1. Use\n\nWe use data.\n", "", ""},
		{"隐私政策 alone", "隐私政策\n\n我们收集信息。\n", "", ""},
		{"Privacy alone", "Privacy\n\nWe collect data.\n", "", ""},
		{"generic title words", "# California Privacy Notice\n\nWe collect data.\n", "", ""},
		{"generic Chinese title", "用户隐私政策\n\n我们收集信息。\n", "", ""},
		{"a sentence, not a name", "# Welcome to our Privacy Policy\n\nWe collect data.\n", "", ""},
		{"title with a date after the kind", "# Privacy Policy - Effective January 14, 2015\n\nWe collect data.\n", "", "2015-01-14"},
		{"bare Effective in a later section", "# Privacy Policy\n\nWe collect data.\n\n## 1. Use\n\nWe use data.\n\n## 2. Sharing\n\nWe share data.\n\n## 3. Changes\n\nChanges become effective 2025-01-01 for new users.\n\nRecords updated 2023-04-05 are kept.\n",
			"", ""},
		{"date without a keyword", "# Privacy Policy\n\nWe were founded on 2010-01-05 in Oslo.\n", "", ""},
		{"keyword too far from the date", "# Privacy Policy\n\nLast updated versions of this policy are posted here. Older ones from 2019-01-01 are archived.\n", "", ""},
		{"a product's release date in a later section", "隐私政策\n\n欢迎使用。\n\n一、信息\n\n我们收集信息。\n\n二、产品\n\n新版应用于2021年3月1日发布。\n", "", ""},
		{"ineffective is no keyword", "Privacy Policy\n\nIneffective 2024-01-01 measures are removed.\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			if p.Company != tt.company || p.Date != tt.date {
				t.Errorf("company %q date %q, want %q %q", p.Company, p.Date, tt.company, tt.date)
			}
		})
	}
}

func TestTitleCompany(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Globex Corporation Privacy Notice", "Globex Corporation"},
		{"Hooli 隐私政策", "Hooli"},
		{"Initech Privacy Policy", "Initech"},
		{"A Privacy Policy", ""},
		{"An Online Privacy Notice", ""},
		{"Tyrell Data Systems Privacy Policy", "Tyrell Data Systems"},
		{"Umbrella Health GmbH — Privacy Policy", "Umbrella Health GmbH"},
		{"“美V聊天”隐私政策", "美V聊天"},
		{"绿洲个人信息保护政策", "绿洲"},
		{"元道经纬相机—隐私政策", "元道经纬相机"},
		{"UpToDate online privacy policy", "UpToDate"},
		{"Privacy Policy for NETMAXIN GROUP", "NETMAXIN GROUP"},
		{"Bank of Tokyo Privacy Statement", "Bank of Tokyo"},
		{"eBay Privacy Notice", "eBay"},
		{"Acme's Privacy Policy", "Acme"},
		{"Acme Privacy Policy (last updated 2020)", "Acme"},
		{"Yahoo Privacy Center", "Yahoo"},
		{"Privacy Center", ""},
		{"Privacy Policy", ""},
		{"隐私政策", ""},
		{"Privacy", ""},
		{"PRIVACY POLICY", ""},
		{"Full Privacy Policy", ""},
		{"This Web Site's Privacy Policy", ""},
		{"Children's Privacy Policy", ""},
		{"Privacy Policy for mobile apps", ""},
		{"个人信息保护及隐私政策", ""},
		{"儿童隐私保护指引", ""},
		{"Please Read the Privacy Policy and Terms of Use", ""},
		{"Cookie Policy", ""},
		{"Unprivacy", ""},
	}
	for _, tt := range tests {
		if got := titleCompany(tt.in); got != tt.want {
			t.Errorf("titleCompany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInferOddInput feeds inference titles and clauses whose lower-case forms change length
// (the Kelvin sign, dotted İ), invalid UTF-8 and long bracket runs: it must not panic and must
// return valid UTF-8 taken from the input.
func TestInferOddInput(t *testing.T) {
	t.Parallel()
	inputs := []string{
		"\u212Aelvin Privacy Policy", "İstanbul Privacy Policy", "Privacy Policy of İİİ", "PRIVACY AND COO\u212AIE POLICY",
		"Acme \xff\xfe Privacy Policy", "\xff（以下简称“我们”）", strings.Repeat("（", 5000) + "以下简称“我们”",
		strings.Repeat("Ab (\"we\") ", 2000), "Last updated \xff 2020-01-01", "（以下简称“我们”）",
	}
	for _, in := range inputs {
		for _, got := range []string{titleCompany(in), weNameIn(in), entityName(in)} {
			if !strings.Contains(in, got) || utf8.ValidString(in) && !utf8.ValidString(got) {
				t.Errorf("%q gave %q", in[:min(len(in), 40)], got)
			}
		}
		if d := keyedDate(in, true, false); d != "" && d != "2020-01-01" {
			t.Errorf("%q gave date %q", in[:min(len(in), 40)], d)
		}
		if utf8.ValidString(in) {
			mustParse(t, in+"\n\n"+in+"\n")
		}
	}
	if got := titleCompany("İstanbul Privacy Policy"); got != "İstanbul" {
		t.Errorf("titleCompany = %q, want İstanbul", got)
	}
}

// TestInferTitle parses small documents and checks the title a reader would see in the
// library, with near misses that must keep their title.
func TestInferTitle(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, title string }{
		{"image link broken across lines, then a menu",
			"# [![Acme](http://img.example.cn/logo.gif)](http://www.example.cn\n\"Acme\")\n\n[Acme Games](http://games.example.cn/ \"Acme Games\")\n\n[Acme Shop](http://shop.example.cn/ \"Acme Shop\")\n\n北京某某网络科技有限公司用户服务协议\n\n本协议系由用户与北京某某网络科技有限公司就本软件所订立的相关权利义务规范，请您仔细阅读并充分理解本协议的全部内容以及各项条款的含义与效力。\n\n## 一、定义\n\n本软件指某某游戏。\n",
			"北京某某网络科技有限公司用户服务协议"},
		{"a bare address is no title", "# http://www.example.com/privacy\n\n# Privacy Notice\n\nWe collect data.\n\n## Use\n\nWe use it.\n", "Privacy Notice"},
		{"menu list before the heading", "* 首页\n* 游戏中心\n* 用户协议\n\n您还没有登录，马上登录\n\n## 星河隐私政策\n\n星河重视用户的隐私。您在使用星河的服务时，星河可能会收集和使用您的相关信息，并希望通过本政策向您说明。\n\n## 一、信息\n\n我们收集信息。\n",
			"星河隐私政策"},
		{"navigation line", "# Home | Products | Support | Privacy Policy\n\n## Acme Privacy Policy\n\nWe collect data.\n\n## Use\n\nWe use it.\n", "Acme Privacy Policy"},
		{"an instruction is no title", "### Please Read the Privacy Policy and Terms of Use\n\n# Privacy Policy\n\nWe use your data to serve you.\n", "Privacy Policy"},
		{"a numeral-like first character", "七星相机隐私政策\n\n序言\n\n七星相机是一款拍照应用，本政策说明我们如何收集、使用和保护您的个人信息，请您在使用前仔细阅读并理解本政策的全部内容。\n\n一、信息\n\n我们收集信息。\n",
			"七星相机隐私政策"},
		{"heading after a date line", "Last Updated: March 2015\n\n## Contoso Search Privacy Statement\n\nThis statement applies to Contoso Search.\n\n## Cookies\n\nWe use cookies.\n", "Contoso Search Privacy Statement"},
		{"a privacy heading when nothing names the kind", "## Privacy and Security Commitment\n\nOur promise to you.\n\n## Links\n\nWe link to other sites.\n", "Privacy and Security Commitment"},
		{"Chinese date after the title", "隐私权政策 2019年9月20日\n\n一、信息\n\n我们收集信息。\n", "隐私权政策"},
		{"keyword and date after a dash", "# Privacy Policy - Effective January 14, 2015\n\nWe collect data.\n", "Privacy Policy"},
		{"date in a closing bracket that says more", "STATEMENT OF PRIVACY ( 12/23/2014, UNITED STATES ONLY)\n\nAcme Motor Co., Inc. is considerate of your privacy.\n", "Statement of Privacy (United States Only)"},
		{"a Chinese text that names itself", "## 导言\n\n尊敬的用户：\n\n非常感谢您选择跑跑圈，请您务必认真阅读、充分理解《跑跑圈用户协议》（以下简称「用户协议」），本协议是您与我们之间关于使用产品和服务所订立的协议，请您仔细阅读。\n\n## 一、总则\n\n欢迎。\n",
			"跑跑圈用户协议"},
		{"a tab label above a text that names itself otherwise", "服务协议\n\n隐私政策\n\n引言\n\n弹唱APP的开发者尊重您的隐私。我们希望通过《用户隐私政策》（以下简称“本政策”）向您说明我们如何收集和使用您的信息。\n\n1. 收集的信息\n\n我们收集信息。\n",
			"用户隐私政策"},
		// Near misses.
		{"a privacy policy defining the agreement it refers to", "星河隐私政策\n\n您在使用前应阅读《星河用户协议》（以下简称“协议”）和本政策。本政策说明我们如何处理信息。\n\n一、信息\n\n本政策适用于星河。\n",
			"星河隐私政策"},
		{"an untitled policy defining the agreement it refers to", "## 导言\n\n尊敬的用户：\n\n您在使用前应阅读《星河用户协议》（以下简称“协议”）和本政策。本政策说明我们如何收集、使用、存储和保护您的个人信息，请您仔细阅读本政策的全部内容。\n\n## 一、信息\n\n本政策适用于星河的隐私政策范围。\n",
			"隐私政策"},
		{"a self-name of the same kind keeps the title", "# 乐乐投屏隐私政策\n\n希望您仔细阅读《隐私政策》（以下简称“本政策”）。\n\n## 一、信息\n\n我们收集信息。\n", "乐乐投屏隐私政策"},
		{"another document referred to is no self-name", "## 导言\n\n尊敬的用户：\n\n请您阅读《跑跑圈用户协议》与《隐私政策》，了解我们如何为您提供产品和服务，以及我们如何处理您的个人信息，请您在使用前仔细阅读。\n\n## 一、总则\n\n欢迎。\n",
			"隐私政策"},
		{"a menu entry names no document", "* 首页\n* 用户协议\n\n欢迎使用星河游戏平台，本平台为您提供丰富多彩的游戏内容与社区服务，请您在使用前仔细阅读相关说明与规则。\n\n## 一、规则\n\n请遵守规则。\n", ""},
		{"a notice clause is no title", "### 更新日期：2019年7月16日\n\n### 提示条款\n\n深圳某某科技有限公司（以下简称“我们”）深知个人信息对您的重要性，并会尽力保护您的个人信息安全可靠，请您仔细阅读本隐私权政策。\n",
			"隐私权政策"},
		{"a slogan is no title", "Last updated: 2020-01-01\n\nYour privacy matters\n\nWe at this shop care about the data you give us, and we explain below how we keep it and how long for.\n\n## Data\n\nWe keep little.\n", ""},
		{"a title with two parts is no menu", "# Acme | Privacy Policy\n\nWe collect data.\n", "Acme | Privacy Policy"},
		{"the date completes the title", "# Notice of March 2020\n\nEffective March 2020 we collect data.\n", "Notice of March 2020"},
		{"a date that is not the policy's stays", "# Privacy Policy (Archived Version of 2019-01-01)\n\nLast updated: 2021-05-05\n\nWe collect data.\n", "Privacy Policy (Archived Version of 2019-01-01)"},
		{"Please in the middle", "# What Please Means: Acme Privacy Policy\n\nWe collect data.\n", "What Please Means: Acme Privacy Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p := mustParse(t, tt.src); p.Title != tt.title {
				t.Errorf("title %q, want %q", p.Title, tt.title)
			}
		})
	}
}
