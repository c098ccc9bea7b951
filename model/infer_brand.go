package model

import (
	"strings"
)

// brandStop are capitalised tokens that are not brands.
var brandStop = map[string]bool{"iOS": true, "IP": true, "SDK": true, "SDKs": true, "ID": true, "IDs": true, "APP": true,
	"App": true, "API": true, "APIs": true, "GDPR": true, "CCPA": true, "URL": true, "HTTPS": true, "IMEI": true,
	"MAC": true, "GPS": true, "PC": true, "AI": true, "EU": true, "EEA": true, "UK": true, "USA": true, "US": true,
	"WiFi": true, "Wi-Fi": true, "IDFA": true, "OAID": true, "Android": true, "Apple": true, "Google": true,
	"IPv4": true, "IPv6": true, "SSL": true, "TLS": true, "PIPL": true, "SMS": true, "QQ": true, "WeChat": true,
	// Services a policy says it uses: named often, but another company's brand.
	"MailChimp": true, "YouTube": true, "LinkedIn": true, "PayPal": true, "GitHub": true, "WhatsApp": true,
	"DoubleClick": true, "AdMob": true, "AdSense": true, "AdWords": true, "AppsFlyer": true, "OneSignal": true,
	"TikTok": true, "SendGrid": true, "HubSpot": true, "SurveyMonkey": true, "DocuSign": true, "SoundCloud": true,
	"WordPress": true, "JavaScript": true, "CloudFlare": true, "AppLovin": true, "IronSource": true,
	"GameAnalytics": true, "AppMetrica": true, "MoPub": true, "InMobi": true, "StartApp": true, "AdColony": true,
	"PostHog": true, "MixPanel": true, "FaceBook": true}

// inferBrand returns the product or brand name the policy uses most: a token like "AiWellFlow",
// "7Ding" or "API7" (mixed case or letters with digits) that occurs at least three times, or "".
func inferBrand(p *Policy) string {
	counts := map[string]int{}
	var order []string
	for ci := range p.Clauses {
		// Every word of the policy passes here: bytes are classed by table, and a word opening
		// in lower case (most of them; never a brand) is skipped before any other test.
		text := p.Clauses[ci].Text
		for i := 0; i < len(text); {
			if byteClass[text[i]]&classWord == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(text) && byteClass[text[j]]&(classWord|classHyphen) != 0 {
				j++
			}
			w := text[i:j]
			if c := w[0]; c >= 'a' && c <= 'z' {
				i = j
				continue
			}
			// Parts of e-mail addresses, domains and paths are not names.
			inAddr := (i > 0 && strings.ContainsRune("@./_", rune(text[i-1]))) || (j < len(text) && strings.ContainsRune("@_/", rune(text[j])))
			i = j
			if !inAddr && brandLike(w) && !brandStop[w] {
				if counts[w] == 0 {
					order = append(order, w)
				}
				counts[w]++
			}
		}
	}
	// A brand is named early: in a part's title or first clauses.
	var eb strings.Builder
	for _, pt := range p.Parts {
		eb.WriteString(pt.Title)
		eb.WriteByte('\n')
		for i := pt.FirstClause; i < min(pt.EndClause, pt.FirstClause+inferScope); i++ {
			eb.WriteString(p.Clauses[i].Text)
			eb.WriteByte('\n')
		}
	}
	early := eb.String()
	best := ""
	for _, w := range order {
		if counts[w] >= 3 && counts[w] > counts[best] && strings.Contains(early, w) {
			best = w
		}
	}
	return best
}

// The classes of bytes inferBrand reads words by.
const (
	classWord   = 1 << iota // an ASCII letter or digit (isWordByte)
	classHyphen             // '-', which joins words into one token
)

// byteClass classes every byte value for inferBrand.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		if isWordByte(byte(c)) {
			t[c] |= classWord
		}
	}
	t['-'] |= classHyphen
	return t
}()

// brandLike reports whether w looks like a coined name: an inner capital after a lower-case
// letter ("AiWellFlow") or letters mixed with digits ("7Ding", "API7").
func brandLike(w string) bool {
	if len(w) < 3 || strings.Contains(w, "-") {
		return false
	}
	// The first letter is a capital: "7Ding", "API7", "AiWellFlow" (not "take2games").
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		} else if c >= 'A' && c <= 'Z' {
			break
		}
	}
	lower, upper, digit, inner := false, false, false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if lower {
				inner = true
			}
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return inner || (digit && (lower || upper) && !(w[0] >= '0' && w[0] <= '9' && !upper))
}

// titleBrand returns the brand a descriptive title may name: brand, unless the policy names
// the company's own name more often than the brand, in which case the brand is a partner's or
// a product's it speaks of ("Stocard GmbH" throughout, "DeutschlandCard" in one section) and the
// title names no brand ("").
func titleBrand(p *Policy, brand, company string) string {
	if brand == "" || company == "" || strings.Contains(strings.ToLower(company), strings.ToLower(brand)) {
		return brand
	}
	lead, _, _ := strings.Cut(company, " ")
	lead = strings.TrimRight(lead, ",.")
	if len(lead) < 3 || nameStops[strings.ToLower(lead)] || strings.IndexFunc(lead, isHan) >= 0 {
		return brand
	}
	if strings.Contains(strings.ToLower(brand), strings.ToLower(lead)) {
		return brand
	}
	ownName, brandName := 0, 0
	for _, c := range p.Clauses {
		ownName += strings.Count(c.Text, lead)
		brandName += strings.Count(c.Text, brand)
	}
	if ownName > brandName {
		return ""
	}
	return brand
}
