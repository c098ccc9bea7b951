// Command oracle sanitises strings with the real bluemonday, for fineprint's tests of the
// stand-in in the folder above (ui/nobluemonday_test.go). It is its own module, without
// fineprint's replace directive, so it links github.com/microcosm-cc/bluemonday itself.
//
// It reads a JSON array of strings on standard input and writes the JSON array of what
// bluemonday.StrictPolicy().Sanitize returns for each: what glamour's ansi.RenderContext calls.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/microcosm-cc/bluemonday"
)

func main() {
	var in []string
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	p := bluemonday.StrictPolicy()
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = p.Sanitize(s)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
}
