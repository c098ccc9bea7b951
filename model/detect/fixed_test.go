package detect

import (
	"slices"
	"strings"
	"testing"
)

// TestFixedMatchesRegexp checks that every fixed branch of every lexicon (and of its cues)
// matches exactly as its regular expression does, wherever one of its literals starts in the
// rules' own Catch and Miss sentences, folded, and in texts made to test word boundaries.
func TestFixedMatchesRegexp(t *testing.T) {
	t.Parallel()
	extra := []string{"cookies, cookie_x cookie1 users? user's you-know youth", "wi-fi wifi wifis", "data subject datas"}
	for _, lx := range lexicons {
		c := lx.compiled()
		var texts []string
		for _, r := range c.rules {
			texts = append(texts, lx.fold(r.Catch), lx.fold(r.Miss))
		}
		texts = append(texts, extra...)
		all := append([]branch{}, c.branches...)
		all = append(all, c.clauseCues.bs...)
		fixed := 0
		for bi := range all {
			b := &all[bi]
			if b.fixed == nil {
				continue
			}
			fixed++
			for _, text := range texts {
				for i := 0; i < len(text); i++ {
					w := text[i:min(len(text), i+b.reach)]
					if !slices.ContainsFunc(b.literals, func(l string) bool { return strings.HasPrefix(w, l) }) {
						continue // the prefilter tries a branch only where one of its literals starts
					}
					want, wok := 0, false
					if loc := b.re.FindStringIndex(w); loc != nil {
						want, wok = loc[1], true
					}
					if got, ok := matchFixed(b.fixed, w); got != want || ok != wok {
						t.Fatalf("%s: branch %s on %q: fixed %d %v, regexp %d %v", lx.name, b.re, w, got, ok, want, wok)
					}
				}
			}
		}
		t.Logf("%s: %d of %d branches fixed", lx.name, fixed, len(all))
	}
}
