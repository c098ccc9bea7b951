// Command gencorpus writes a corpus of synthetic policies (policytest.WriteCorpus) into a
// folder, for the whole-process measurements of docs/measure.sh:
//
//	go run ./policies/policytest/gencorpus -n 1000 -size 30720 DIR
//
// The policies are the ones the benchmarks generate: the same seed gives the same text.
package main

import (
	"flag"
	"fmt"
	"os"

	"fineprint/policies/policytest"
)

func main() {
	n := flag.Int("n", 1000, "number of policies")
	size := flag.Int("size", 30<<10, "size of each policy in bytes (about)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-n N] [-size BYTES] DIR")
		os.Exit(2)
	}
	total, err := policytest.WriteCorpus(flag.Arg(0), *n, *size)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d policies, %d bytes in %s\n", *n, total, flag.Arg(0))
}
