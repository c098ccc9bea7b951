package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldASCII returns s with ASCII letters lower-cased: the fold of the English lexicon. It keeps
// every byte's offset.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

// foldZH returns s with ASCII letters lower-cased and traditional Chinese characters mapped to
// their simplified forms, so that one lower-case, simplified vocabulary serves both Chinese
// scripts and the English loanwords Chinese policies use. Every replacement keeps the byte
// length of the rune it replaces, so byte offsets found in the folded text are valid in s and
// rune boundaries do not move.
func foldZH(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + ('a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if simp, ok := tradToSimp[r]; ok {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:i+n], simp)
		}
		i += n
	}
	if b == nil {
		return s
	}
	for _, w := range tradWordPairs {
		for i := strings.Index(s, w[0]); i >= 0; {
			copy(b[i:], w[1])
			j := strings.Index(s[i+len(w[0]):], w[0])
			if j < 0 {
				break
			}
			i += len(w[0]) + j
		}
	}
	out := string(b)
	for _, w := range wordPairs {
		if strings.Contains(out, w[0]) {
			out = strings.ReplaceAll(out, w[0], w[1])
		}
	}
	return out
}

// wordPairs are words of traditional usage folded to the simplified vocabulary's word, after
// the characters are folded: Taiwan's 資訊 and 訊息 are the mainland's 信息. Both words of a
// pair have the same byte length, which fold relies on.
var wordPairs = [][2]string{{"资讯", "信息"}, {"讯息", "信息"}}

// tradWordPairs are words folded only when written in traditional characters: Taiwan's and Hong
// Kong's 個人資料 is personal data (the mainland's 个人信息), while the mainland's 个人资料 is
// often a profile. Both words of a pair have the same byte length.
var tradWordPairs = [][2]string{{"個人資料", "个人信息"}}

// tradPairs lists traditional characters, each followed by its simplified form. Only
// characters that occur in the vocabulary matter; both members of a pair are three bytes in
// UTF-8, which fold relies on. A test checks both properties.
const tradPairs = "" +
	"個个們们這这與与為为於于從从會会對对將将讓让說说關关資资訊讯號号碼码帳账帐账戶户權权刪删" +
	"銷销註注變变護护衛卫係系聯联絡络郵邮電电話话網网設设備备識识別别處处儲储時时間间訂订閱阅" +
	"隱隐許许務务業业廣广薦荐轉转傳传輸输國国內内歲岁兒儿監监滿满週周併并購购訴诉舉举報报絕绝" +
	"導导複复製制詢询訪访問问補补動动決决畫画頁页瀏浏覽览記记錄录誌志銀银單单證证實实認认臉脸" +
	"紋纹聲声醫医療疗齡龄種种觀观點点興兴標标籤签獲获採采夥伙應应構构執执機机門门維维響响蹤踪" +
	"營营運运標标礎础據据級级區区發发給给該该項项條条範范圍围經经屬属組组織织擁拥權权雜杂" +
	"當当並并開开啟启關关閉闭選选擇择項项數数線线庫库舊旧態态請请權权勢势構构義义務务歸归還还" +
	"構构適适續续導导讀读寫写繫系賬账戶户刪删銷销調调閱阅權权聽听視视頻频圖图貼贴員员職职稱称" +
	"齡龄婦妇歷历壓压療疗藥药診诊斷断險险費费買买賣卖貨货價价額额幣币財财產产稅税總总協协議议" +
	"約约責责規规準准護护衛卫與与環环節节結结構构評评價价統统計计測测試试驗验優优質质審审" +
	"計计劃划場场銷销廣广傳传達达戲戏遊游樂乐緊紧繼继終终絲丝鏈链鍵键錢钱鐘钟陸陆漢汉灣湾" +
	"門门專专屆届韓韩歐欧羅罗馬马亞亚紐纽蘭兰愛爱爾尔華华書书體体憑凭臺台" +
	"擊击參参後后牆墙頭头學学無无術术來来溝沟沒没狀状現现類类緯纬練练綁绑訓训訟讼軟软過过進进違违長长僅仅潰溃洩泄暱昵徵征託托攜携況况匯汇"

// tradToSimp maps each traditional character of tradPairs to its simplified form.
var tradToSimp = func() map[rune]rune {
	m := map[rune]rune{}
	rs := []rune(tradPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// foldLower returns s in Unicode lower case, rune by rune, where the lower-case rune has the
// same UTF-8 length as the upper-case one (É and é, Ü and ü, Ñ and ñ all do), so that byte
// offsets found in the folded text are valid in s. It is the fold of alphabetic lexicons.
func foldLower(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + ('a' - 'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:i+n], l)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}
