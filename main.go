// Command fineprint reads and compares privacy policies in the terminal.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "fineprint: under construction")
	os.Exit(2)
}
