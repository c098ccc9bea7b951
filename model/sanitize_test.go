package model

import (
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Hello, 世界", "Hello, 世界"},
		{"keeps newline and tab", "a\tb\nc", "a\tb\nc"},
		{"csi colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"csi cursor and erase", "a\x1b[2J\x1b[10;20Hb", "ab"},
		{"osc title bel", "\x1b]0;pwned\x07after", "after"},
		{"osc 52 clipboard bel", "x\x1b]52;c;cm0gLXJmIC8K\x07y", "xy"},
		{"osc 52 clipboard st", "x\x1b]52;c;cm0gLXJmIC8K\x1b\\y", "xy"},
		{"osc 8 hyperlink", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"unterminated osc stops at newline", "a\x1b]0;title\nnext", "a\nnext"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"c1 csi", "a\u009b31mb", "ab"},
		{"c1 osc with c1 st", "a\u009d52;c;AAAA\u009cb", "ab"},
		{"two-char escape", "a\x1bcb\x1b7c", "abc"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"other c0", "a\x00b\x07c\x08d\re\x7ff", "abcdef"},
		{"bidi override and isolates", "abc\u202edcba\u202c \u2066x\u2069", "abcdcba x"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"trailing esc", "abc\x1b", "abc"},
		{"csi broken by rune", "a\x1b[3中文", "a中文"},
		{"chinese untouched", "我们非常重视用户信息的保护。", "我们非常重视用户信息的保护。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseSanitizesHostileText(t *testing.T) {
	t.Parallel()
	src := "Privacy\x1b]0;owned\x07 Policy\n1. Data\x1b[2J\nWe \x1b]52;c;ZWNobyBoaQ==\x1b\\collect \u202eatad\u202c data.\n- item\x1b[31m red\n"
	p := mustParse(t, src)
	check := func(what, s string) {
		for _, r := range s {
			if r == 0x1b || r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%s %q holds control rune %U", what, s, r)
			}
		}
	}
	check("title", p.Title)
	for _, s := range p.Sections {
		check("section", s.Heading())
	}
	for _, c := range p.Clauses {
		check("clause", c.Text)
	}
	check("markdown", strings.ReplaceAll(p.Markdown(), "\n", ""))
	if p.Clauses[0].Text != "We collect atad data." {
		t.Errorf("clause = %q", p.Clauses[0].Text)
	}
}

func BenchmarkSanitizeClean(b *testing.B) {
	s := strings.Repeat("We collect your name, 我们收集你的姓名。 ", 50)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sanitize(s)
	}
}
