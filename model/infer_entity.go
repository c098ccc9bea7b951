package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entitySuffixes end the names of organisations.
var entitySuffixes = []string{"GmbH & Co. KG", "GmbH & Co KG", "GmbH & Co. KGaA", "Co., Inc.", "Private Limited", "Pte. Ltd.", "Pte. Ltd", "Pte Ltd", "Co., Ltd.", "Co., Ltd", "Co. Ltd.",
	"Co. Ltd", "Co Ltd", "Pvt. Ltd", "Ltd.", "Ltd",
	"Limited", "Inc.", "Inc", "Incorporated", "Company", "Foundation", "LLC", "L.L.C.", "LLP", "GmbH", "Corp.", "Corporation", "PLC", "plc", "S.A.", "B.V.", "AG",
	"Group", "Holdings", "Technologies", "Pty Ltd", "Pvt. Ltd.", "Pvt Ltd", "PVT LTD", "PRIVATE LIMITED", "LIMITED", "LTD",
	"INC.", "INC", "Sarl", "SARL", "S.r.l.", "S.L.", "SAS", "GROUP",
	"S.A.S.", "S.p.A.", "SpA", "Srl", "S.L.U.", "S.A.U.", "Oy", "Oyj", "ApS", "A/S", "KG", "e.V.", "N.V.", "Ltda", "Lda", "PBC"}

// zhEntitySuffixes end the names of Chinese organisations.
var zhEntitySuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团"}

// entityName finds the first organisation name with a legal suffix in text.
func entityName(text string) string {
	bestAt, best := -1, ""
	for _, suf := range entitySuffixes {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], suf)
			if i < 0 {
				break
			}
			i += from
			from = i + len(suf)
			end := i + len(suf)
			// The suffix must be a whole word.
			if end < len(text) && isWordByte(text[end]) && !strings.HasSuffix(suf, ".") {
				continue
			}
			if i > 0 && isWordByte(text[i-1]) {
				continue
			}
			start := nameStart(text, i)
			if i >= 2 && text[i-2:i] == ", " && commaSuffixes[suf] {
				start = nameStart(text, i-2) // "Sociamonials, Inc."
			}
			if start < 0 || isArticle(lastWord(text[:start])) {
				continue // "a California Corporation" describes, it does not name
			}
			if thirdPartyWords[strings.ToLower(lastWord(text[:start]))] {
				continue // "hosted on Shopify Inc.": a service the policy's maker uses
			}
			if bestAt < 0 || start < bestAt || (start == bestAt && end-start > len(best)) {
				bestAt, best = start, text[start:end]
			}
			break
		}
	}
	for _, suf := range zhEntitySuffixes {
		i := strings.Index(text, suf)
		if i < 0 {
			continue
		}
		start := zhNameStart(text, i)
		if start < i && (bestAt < 0 || start < bestAt) {
			bestAt, best = start, text[start:i+len(suf)]
		}
	}
	return best
}

// commaSuffixes are the legal forms that may follow a name after a comma ("Acme, Inc.").
var commaSuffixes = map[string]bool{"Inc.": true, "Inc": true, "INC.": true, "INC": true, "LLC": true, "L.L.C.": true,
	"LLP": true, "Ltd.": true, "Ltd": true, "Limited": true, "Corp.": true, "GmbH": true, "PLC": true, "S.A.": true,
	"B.V.": true, "AG": true, "Co., Ltd.": true, "Pty Ltd": true, "PBC": true}

// thirdPartyWords come before the name of a service a policy's maker uses rather than of the
// maker itself ("hosted on Shopify Inc.", "payments via Stripe, Inc.").
var thirdPartyWords = map[string]bool{"on": true, "via": true, "through": true, "using": true, "with": true,
	"including": true, "like": true, "as": true}

// isDomain reports whether w looks like a domain name used as a company name ("lynda.com").
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot-1 < 2 || len(w)-dot-1 > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(isWordByte(c) || c == '.' || c == '-') {
			return false
		}
	}
	return !strings.ContainsAny(w[dot+1:], "0123456789")
}

// nameStart walks back from a suffix at text[i] over capitalised words, parenthesised
// capitalised words ("(Singapore)") and connectors ("&", "and", "of"), and returns where the
// name starts, or -1 when no capitalised word precedes the suffix.
func nameStart(text string, i int) int {
	words := 0
	start := i
	pos := i
	for pos > 0 {
		j := pos
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && text[k-1] != ' ' {
			k--
		}
		w := text[k:j]
		if w == "" {
			break
		}
		core := strings.Trim(w, "(),")
		if apo := strings.LastIndexAny(core, "'’"); apo > 0 && apo+1 < len(core) && !unicode.IsUpper(firstRune(core)) {
			// An elided article or preposition before the name: "dall'Internet Security Research
			// Group", "d'Exemplia SAS". The name starts after the apostrophe.
			_, size := utf8.DecodeRuneInString(core[apo:])
			if after := core[apo+size:]; unicode.IsUpper(firstRune(after)) && apo <= 5 {
				words++
				start = k + strings.LastIndex(w, after)
			}
			break
		}
		switch {
		case core == "&" || core == "and" || core == "of" || core == "de":
			pos = k
			continue
		case core == "" || strings.HasSuffix(w, ",") || strings.ContainsAny(w, `"“”'`):
		case strings.ContainsAny(w[len(w)-1:], ".:;!?") || strings.IndexFunc(core, unicode.IsLetter) < 0:
			// A sentence or a date ends before the name: "Last updated: 2025-03-01. Acme LLC".
		case unicode.IsUpper(firstRune(core)) || unicode.IsDigit(firstRune(core)) || isDomain(core):
			if nameStops[strings.ToLower(core)] {
				break
			}
			words++
			start = k
			pos = k
			continue
		}
		break
	}
	if words == 0 {
		return -1
	}
	return start
}

// nameStops are capitalised words that begin a sentence or a title rather than a name ("We
// at Acme Inc.", "PRIVACY POLICY Acme Inc. sells …"), in lower case.
var nameStops = map[string]bool{"we": true, "the": true, "our": true, "this": true, "at": true, "privacy": true,
	"policy": true, "notice": true, "statement": true, "welcome": true, "copyright": true, "dear": true, "by": true,
	"terms": true, "if": true, "when": true, "you": true, "your": true, "to": true, "with": true, "from": true,
	// German articles and the other languages' "we", "at": "Die TenMedia GmbH" is TenMedia GmbH.
	"die": true, "der": true, "das": true, "chez": true, "bei": true, "nous": true, "wir": true}

// zhNameStart walks back from a Chinese suffix at text[i] over the Han characters (and
// brackets) of the name, stopping at punctuation and at words that introduce a name (由 是 为 …).
func zhNameStart(text string, i int) int {
	start := i
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !(isHan(r) || r == '（' || r == '）' || r == '(' || r == ')') {
			break
		}
		if strings.ContainsRune(zhNameStops, r) && !inZhNameWord(text, start-size, size) {
			// A stop character may be part of the name after its place: 深圳市和讯华谷… (和 is
			// "and" elsewhere). The name then starts at the place.
			if p := zhPlaceBefore(text, start); p >= 0 {
				start = p
				continue
			}
			break
		}
		start -= size
	}
	// A closing bracket left at the front belongs to text before the name.
	for start < i {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r != '）' && r != ')' {
			break
		}
		start += size
	}
	return start
}

// zhNameWords are words of organisation names that hold one of zhNameStops: 系统 ("system",
// not 系 "is") in 深圳市腾讯计算机系统有限公司, 在线 ("online"), 应用 ("application"), 日本 ("Japan").
var zhNameWords = []string{"系统", "体系", "在线", "应用", "信用", "通用", "实用", "商用", "用友", "日本", "资本", "基本",
	"本地", "即时", "自由", "指南", "读者", "作者", "天和", "人和", "平和", "和平", "以太", "向日葵", "为民", "受众", "对外"}

// inZhNameWord reports whether the stop character at text[at:at+size] is part of one of
// zhNameWords with the characters around it.
func inZhNameWord(text string, at, size int) bool {
	for _, w := range zhNameWords {
		for k := strings.Index(w, text[at:at+size]); k >= 0; k = -1 {
			lo := at - k
			if lo >= 0 && lo+len(w) <= len(text) && text[lo:lo+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// zhPlaces are the provinces and large cities a Chinese organisation name most often starts
// with (深圳市…, 北京…, 浙江…).
var zhPlaces = []string{"北京", "上海", "天津", "重庆", "深圳", "广州", "杭州", "成都", "武汉", "南京", "西安", "苏州",
	"厦门", "青岛", "大连", "宁波", "长沙", "郑州", "济南", "福州", "合肥", "珠海", "东莞", "佛山", "无锡", "昆明", "南昌",
	"贵阳", "哈尔滨", "沈阳", "长春", "石家庄", "太原", "南宁", "海口", "三亚", "兰州", "乌鲁木齐", "香港", "台湾", "澳门",
	"安徽", "浙江", "江苏", "广东", "福建", "山东", "河南", "河北", "湖南", "湖北", "四川", "云南", "海南", "江西", "辽宁",
	"吉林", "黑龙江", "陕西", "山西", "甘肃", "青海", "贵州", "内蒙古", "新疆", "西藏", "宁夏", "广西", "中国"}

// zhPlaceMaxRunes is how far back from a stop character a place may open the name.
const zhPlaceMaxRunes = 12

// zhPlaceBefore returns where a place of zhPlaces that opens an organisation name stands in the
// Han characters just before text[at] (the place must follow a boundary: punctuation, a
// non-Han character or one of zhNameStops), or -1.
func zhPlaceBefore(text string, at int) int {
	lo := at
	for n := 0; lo > 0 && n < zhPlaceMaxRunes; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:lo])
		if !isHan(r) {
			break
		}
		lo -= size
	}
	best := -1
	for _, pl := range zhPlaces {
		for k := strings.Index(text[lo:at], pl); k >= 0; {
			i := lo + k
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			if i == 0 || !isHan(before) || strings.ContainsRune(zhNameStops, before) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			next := strings.Index(text[i+len(pl):at], pl)
			if next < 0 {
				break
			}
			k = i + len(pl) + next - lo
		}
	}
	// Between the place and the stop there is no other organisation's name: in
	// "北京某某公司的上海某某有限公司" 的 ends 北京某某公司.
	if best < 0 || strings.Contains(text[best:at], "公司") || strings.Contains(text[best:at], "集团") {
		return -1
	}
	return best
}

// zhNameStops are characters that end the words before a Chinese organisation name (由 "by",
// 是 "is", 使用 "use", 提供者 "provider", 您 "you" …) and so mark where the name starts.
const zhNameStops = "由是为即系与和及在指者用您你我们请迎被向于从将本受以对的"
