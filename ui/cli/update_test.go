package cli

// go test ./... -update passes -update to the test binary of every package, and a binary that
// does not define a flag it is given fails; importing x/exp/golden (the module's one golden
// helper, used by ./ui and ./policies) defines it here, where there are no golden files.
import _ "github.com/charmbracelet/x/exp/golden"
