package model

import (
	"regexp"
	"sync"
)

// lazyRegexp returns a function that compiles expr on its first call and returns the same
// Regexp ever after. Package-level regular expressions are declared with it so that starting
// the program (`fineprint --version`, `fineprint list`) compiles none of them: each is compiled
// by the first parse that needs it.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
