package search

import (
	"slices"
	"testing"

	"fineprint/model"
)

// qualityFixture is a made-up policy of clauses that the quality rules tell apart: typos,
// phrases, function words, header rows and headings, Chinese words standing apart.
func qualityFixture(t *testing.T) ([]*model.Policy, *Index) {
	t.Helper()
	en := newPolicy("qa", "QA Ltd", model.LangEN,
		"We keep records for the retention period set out below, then erase them.",      // 0
		"Cookie Name | Cookie Provider | Purpose",                                       // 1 (a header row)
		"We use cookies to remember your settings and to measure how the site is used.", // 2
		"Cookies", // 3 (a heading set as a paragraph)
		"You may opt out of marketing emails at any time.",                                     // 4
		"We operate the service and tell you about changes.",                                   // 5
		"Third party providers process data on our behalf.",                                    // 6
		"You can delete your account in the settings of the app at any time, from any device.", // 7
		"Your account: we delete it when you ask us to.",                                       // 8
		"The party after the third week of the year is cancelled.",                             // 9
		"Intentions of the detention center are not covered here.",                             // 10
		"Deletion requests are handled by our support team within thirty days.",                // 11
	)
	en.Clauses[1].Kind, en.Clauses[1].Header = model.KindTableRow, true
	zh := newPolicy("qa-zh", "", model.LangZH,
		"您可以在设置中删除您的账户。",         // 0
		"我们会删除账户中的全部数据。",         // 1
		"账户信息用于登录；删除请求会在十五日内处理。", // 2
		"我们不会出售您的数据。",            // 3
	)
	ps := []*model.Policy{en, zh}
	return ps, NewIndex(ps, nil)
}

// TestQualityRules checks each ranking rule with a clause it must find or put first, and a near
// miss it must leave out or put after.
func TestQualityRules(t *testing.T) {
	t.Parallel()
	ps, ix := qualityFixture(t)
	tests := []struct {
		name    string
		query   string
		first   string   // the clause that must rank first; "" for no hit at all
		before  []string // pairs: the first clause of each pair must rank above the second
		without []string // clauses that must not match
	}{
		// Typos of five letters and more: one edit, two from ten letters, below exact matches.
		{"typo: dropped letter", "retension", "qa:0", nil, []string{"qa:10"}},
		{"typo: swapped letters", "thrid party", "qa:6", []string{"qa:6", "qa:9"}, nil},
		{"typo: two words", "delte acount", "qa:7", nil, nil},
		{"typo: other forms of the word meant", "delte", "qa:8", []string{"qa:7", "qa:11"}, nil},
		{"typo: four letters are too short", "dleet", "", nil, nil},
		{"typo: two edits in a short word", "rettenshun", "", nil, nil},
		{"typo: below exact", "cookie", "qa:2", []string{"qa:2", "qa:1"}, nil},
		// Phrases: terms standing together rank first; short terms do not match inside words.
		{"phrase: opt out", "opt out", "qa:4", nil, []string{"qa:5"}},
		{"phrase: adjacent first", "third party", "qa:6", []string{"qa:6", "qa:9"}, nil},
		{"phrase: one word apart", "delete account", "qa:7", []string{"qa:7", "qa:8"}, nil},
		// Statements above table header rows and headings.
		{"statement above header row", "cookies", "qa:2", []string{"qa:2", "qa:3", "qa:2", "qa:1"}, nil},
		// Function words are optional, and rank a clause that has them higher.
		{"function word optional", "delete my account", "qa:7", nil, nil},
		{"function word alone", "my", "", nil, nil},
		// Chinese words of a long term may stand apart; together they rank first.
		{"han: apart", "删除账户", "qa-zh:1", []string{"qa-zh:1", "qa-zh:0"}, []string{"qa-zh:3"}},
		{"han: apart, traditional", "刪除賬戶", "qa-zh:1", []string{"qa-zh:1", "qa-zh:2"}, nil},
		{"han: a repeated word is no two words", "删除删除", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := refs(ps, search(t, ix, tt.query))
			if tt.first == "" {
				if len(got) > 0 {
					t.Fatalf("%q matched %v, want nothing", tt.query, got)
				}
				return
			}
			if len(got) == 0 || got[0] != tt.first {
				t.Fatalf("%q: hits %v, want %s first", tt.query, got, tt.first)
			}
			for i := 0; i+1 < len(tt.before); i += 2 {
				a, b := slices.Index(got, tt.before[i]), slices.Index(got, tt.before[i+1])
				if a < 0 || b >= 0 && b < a {
					t.Errorf("%q: hits %v, want %s before %s", tt.query, got, tt.before[i], tt.before[i+1])
				}
			}
			for _, w := range tt.without {
				if slices.Contains(got, w) {
					t.Errorf("%q: %s should not match, got %v", tt.query, w, got)
				}
			}
		})
	}
}

func TestTypoMatcher(t *testing.T) {
	t.Parallel()
	tests := []struct {
		term, word string
		want       int // the distance, -1 when not within
	}{
		{"retension", "retention", 1},
		{"thrid", "third", 1},
		{"acount", "account", 1},
		{"delte", "delete", 1},
		{"privacyy", "privacy", 1},
		{"informaton", "information", 1},
		{"infromaiton", "information", 2},
		{"retension", "detention", -1}, // two edits in a word under ten letters
		{"retension", "retension", -1}, // the same word is no typo
		{"delte", "date", -1},          // too short a word
		{"delte", "title", -1},         // both first letters wrong
		{"widerpruch", "widerspruch", 1},
		{"ccount", "account", 1},
		{"accountt", "account", 1},
		{"acocunt", "account", 1},
		{"informaiton", "information", 1},
		{"informatoin", "information", 1},
		{"infromatoin", "information", 2},
		{"xnformatioy", "information", 2},
		{"nformatio", "information", -1}, // a term under ten letters: one edit
	}
	for _, tt := range tests {
		m := newTypoMatcher(tt.term, runeCount(tt.term), modeFuzzy)
		got := -1
		if m.within(tt.word) {
			got = m.dist
		}
		if got != tt.want {
			t.Errorf("%q ~ %q: distance %d, want %d", tt.term, tt.word, got, tt.want)
		}
	}
	if newTypoMatcher("data", 4, modeFuzzy) != nil || newTypoMatcher("retension", 9, modeExact) != nil ||
		newTypoMatcher("删除删除删除", 6, modeFuzzy) != nil {
		t.Error("a typo matcher for a short, exact or Chinese term")
	}
}

func TestNumbered(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"8.9 儿童个人信息的更正、删除。": true,
		"4 个人信息的存储":         true,
		"七、我们如何处理儿童的个人信息":   true,
		"（一）收集信息":           true,
		"2.1 Information":   true,
		"4) Cookies":        true,
		"30 days after you": false,
		"2024年1月1日生效":       false,
		"Cookies":           false,
	} {
		if got := numbered(text); got != want {
			t.Errorf("numbered(%q) = %v, want %v", text, got, want)
		}
	}
}
