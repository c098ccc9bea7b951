package model

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		src      []int // nil: one rune for one
	}{
		// Case, accents, width.
		{"Delete YOUR Account", "delete your account", nil},
		{"Données personnelles, Übermittlung, Ørsted, Łódź", "donnees personnelles, ubermittlung, orsted, lodz", nil},
		{"ＡＰＩ７　Ｐｒｉｖａｃｙ！", "api7 privacy!", nil},
		// Traditional Chinese to simplified; simplified and punctuation stay.
		{"刪除個人資料。", "删除个人资料。", nil},
		{"删除个人信息", "删除个人信息", nil},
		{"隱私權政策（繁體）", "隐私权政策(繁体)", nil},
		// Variant spellings are one: 帳號, 帐号 and 账号 all fold to 账号; 暱稱 to 昵称.
		{"帳號 帐号 账号 暱稱", "账号 账号 账号 昵称", nil},
		// Near misses: Japanese kana, Korean and digits are not changed.
		{"プライバシー 개인정보 2024", "プライバシー 개인정보 2024", nil},
		// Letters that stand for two: the source offsets say where each folded rune came from.
		{"Straße", "strasse", []int{0, 1, 2, 3, 4, 4, 5}},
		{"ẞ刪", "ss删", []int{0, 0, 1}},
		{"Œuvre, æ", "oeuvre, ae", []int{0, 0, 1, 2, 3, 4, 5, 6, 7, 7}},
		{"ﬁle", "file", []int{0, 0, 1, 2}},
		{"", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, src := Fold(tt.in)
			if got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !slices.Equal(src, tt.src) {
				t.Errorf("Fold(%q) src = %v, want %v", tt.in, src, tt.src)
			}
			if src == nil && utf8.RuneCountInString(got) != utf8.RuneCountInString(tt.in) {
				t.Errorf("Fold(%q): nil src but %d runes from %d", tt.in, utf8.RuneCountInString(got), utf8.RuneCountInString(tt.in))
			}
			if src != nil && len(src) != utf8.RuneCountInString(got) {
				t.Errorf("Fold(%q): %d source offsets for %d runes", tt.in, len(src), utf8.RuneCountInString(got))
			}
			if again := FoldString(got); again != got {
				t.Errorf("Fold is not idempotent on %q: %q", got, again)
			}
		})
	}
}

// TestFoldTable checks the traditional to simplified table: pairs of two different runes,
// each traditional character once, and no folded form that folds again (so that Fold is
// idempotent and a folded query meets a folded text).
func TestFoldTable(t *testing.T) {
	t.Parallel()
	rs := []rune(tradSimpPairs)
	if len(rs)%2 != 0 || len(rs) < 2000 {
		t.Fatalf("table has %d runes", len(rs))
	}
	seen := map[rune]bool{}
	for i := 0; i < len(rs); i += 2 {
		trad, simp := rs[i], rs[i+1]
		if trad == simp || seen[trad] {
			t.Errorf("pair %c%c: same rune or repeated", trad, simp)
		}
		seen[trad] = true
		f := FoldRune(trad)
		if f != simp && f != FoldRune(simp) {
			t.Errorf("FoldRune(%c) = %c, want %c", trad, f, simp)
		}
		if g := FoldRune(f); g != f {
			t.Errorf("FoldRune(%c) = %c folds again to %c", trad, f, g)
		}
	}
}

func TestFoldInvalidUTF8(t *testing.T) {
	t.Parallel()
	got, src := Fold("a\xffB")
	if got != "a\uFFFDb" || src != nil {
		t.Errorf("Fold = %q %v", got, src)
	}
}

func BenchmarkFold(b *testing.B) {
	text := "我们会依据法律法规删除您的個人資料。You can delete your account; Données supprimées. Straße."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fold(text)
	}
}
