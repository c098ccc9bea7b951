package ui

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestChromaStandIn checks that the build links the chroma stand-in of ui/nochroma (go.mod's
// replace, see docs/performance.md): a code block, should one reach glamour, shows its code
// line for line, written as it is (the real chroma would colour "func" apart from "main").
func TestChromaStandIn(t *testing.T) {
	t.Parallel()
	for _, style := range []string{"dark", "light"} {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(80))
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render("Before.\n\n```go\nfunc main() {\n\tprintln(\"données 数据\")\n}\n```\n\nAfter.\n")
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		if !strings.Contains(out, "func main() {") {
			t.Errorf("%s: the code was highlighted: the real chroma is linked, and every start pays its initialisation", style)
		}
		plain := ansi.Strip(out)
		for _, want := range []string{"Before.", "func main() {", `println("données 数据")`, "After."} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: the rendered code block lacks %q:\n%s", style, want, plain)
			}
		}
	}
}
