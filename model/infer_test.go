package model

import "testing"

func TestFindDate(t *testing.T) {
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
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferDateNeedsKeyword(t *testing.T) {
	p := mustParse(t, "Privacy Policy\nWe have served customers since January 5, 2010.\n1. Data\nWe collect data.\n")
	if p.Date != "" {
		t.Errorf("Date = %q, want none: a date without 'updated' or 'effective' is not the policy's", p.Date)
	}
	p = mustParse(t, "# Privacy Policy (last updated January 1, 2020)\n\nWe collect data.\n")
	if p.Date != "2020-01-01" || p.Title != "Privacy Policy (last updated January 1, 2020)" {
		t.Errorf("Date from the title = %q, title %q", p.Date, p.Title)
	}
	p = mustParse(t, "隐私政策\n我们收集信息。\n本政策更新日期：2021年3月8日\n")
	if p.Date != "2021-03-08" {
		t.Errorf("Date = %q", p.Date)
	}
}

func TestEntityName(t *testing.T) {
	tests := []struct{ in, want string }{
		{`DingTalk (Singapore) Private Limited (hereinafter referred to as "the Company" or "we") will collect`, "DingTalk (Singapore) Private Limited"},
		{`APISEVEN Ltd. ("API7.ai", "API7", "we") provides this Privacy Policy`, "APISEVEN Ltd."},
		{`We at AIRobotics Group (together with our affiliates, “AIRobotics”) respect your privacy`, "AIRobotics Group"},
		{`This app is operated by Johnson & Johnson Inc. in the US.`, "Johnson & Johnson Inc."},
		{`安化威通科技有限公司及其关联方（以下简称“我们”）作为运营主体`, "安化威通科技有限公司"},
		{`学习通由北京世纪超星信息技术发展有限责任公司开发运营`, "北京世纪超星信息技术发展有限责任公司"},
		{`欢迎您使用赛博龙科技（北京）有限公司的产品`, "赛博龙科技（北京）有限公司"},
		{`Please read the Company policy carefully.`, ""},
		{`Thank you for choosing our API service.`, ""},
	}
	for _, tt := range tests {
		if got := entityName(tt.in); got != tt.want {
			t.Errorf("entityName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferTitleAndBrand(t *testing.T) {
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
	p := mustParse(t, "Privacy Policy\n\nDefinitions\n\nCompany (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Jiffy Apps, Cairo.\n\nDevice means any device.\n")
	if p.Company != "Jiffy Apps" {
		t.Errorf("Company = %q", p.Company)
	}
}

func TestDisplayTitle(t *testing.T) {
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
