// Package policytest generates synthetic privacy policies for tests and benchmarks of the
// loader: realistic shape (title, date, numbered sections and subsections, paragraphs, bullet
// lists, a table) and realistic vocabulary, deterministic for a given seed.
package policytest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	companies = []string{"Acme Analytics Ltd.", "Northwind Cloud Inc.", "Blue Harbor Apps GmbH", "Lumen Data Pte. Ltd.", "Kestrel Labs LLC"}
	topics    = []string{"Information We Collect", "How We Use Your Information", "Cookies and Similar Technologies",
		"Sharing and Disclosure", "Data Retention", "Your Rights and Choices", "International Transfers",
		"Security", "Children's Privacy", "Third-Party Services", "Changes to This Policy", "Contact Us"}
	subtopics = []string{"Information You Provide to Us", "Information Collected Automatically", "Information from Other Sources",
		"Account Data", "Payment Data", "Location Data", "Advertising and Analytics", "Legal Bases for Processing",
		"Access and Portability", "Deletion and Correction", "Opting Out", "Retention Periods"}
	subjects = []string{"We", "Our service providers", "Our affiliates", "Advertising partners", "You", "The Company"}
	verbs    = []string{"collect", "process", "store", "share", "retain", "delete", "use", "disclose", "transfer", "anonymise"}
	objects  = []string{"your name and email address", "device identifiers and IP addresses", "precise location data",
		"payment card details", "usage logs and crash reports", "contacts you choose to upload", "cookie identifiers",
		"the content of messages you send to support", "account credentials", "information about your browser"}
	purposes = []string{"to provide and improve the Services", "for fraud prevention and security", "to comply with legal obligations",
		"for analytics and measurement", "to personalise advertising", "to respond to your requests",
		"with your consent, which you may withdraw at any time", "as permitted under the GDPR and the CCPA"}
)

// Policy returns a synthetic policy of about size bytes, varied by seed.
func Policy(seed uint64, size int) string {
	r := rand.New(rand.NewPCG(seed, seed*7919+1))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	sentence := func() string {
		return fmt.Sprintf("%s may %s %s %s.", pick(subjects), pick(verbs), pick(objects), pick(purposes))
	}
	var b strings.Builder
	company := pick(companies)
	fmt.Fprintf(&b, "%s Privacy Policy\n\nLast updated: %s %d, 20%02d\n\n", strings.Fields(company)[0],
		[]string{"January", "March", "June", "September", "November"}[r.IntN(5)], 1+r.IntN(28), 18+r.IntN(8))
	fmt.Fprintf(&b, "%s (\"we\", \"us\") explains in this Privacy Policy how we handle personal information. %s\n\n", company, sentence())
	for sec := 1; b.Len() < size; sec++ {
		fmt.Fprintf(&b, "%d. %s\n\n", sec, topics[(sec-1)%len(topics)])
		for sub := 1; sub <= 1+r.IntN(3) && b.Len() < size; sub++ {
			fmt.Fprintf(&b, "%d.%d %s\n\n", sec, sub, pick(subtopics))
			for range 1 + r.IntN(3) {
				for range 3 + r.IntN(4) {
					b.WriteString(sentence() + " ")
				}
				b.WriteString("\n\n")
			}
			if r.IntN(3) == 0 {
				for range 2 + r.IntN(4) {
					fmt.Fprintf(&b, "• %s\n", sentence())
				}
				b.WriteString("\n")
			}
		}
		if r.IntN(6) == 0 {
			b.WriteString("| Category | Examples | Retention |\n|---|---|---|\n")
			for range 3 {
				fmt.Fprintf(&b, "| %s | %s | %d months |\n", pick(verbs), pick(objects), 1+r.IntN(36))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// WriteCorpus writes n synthetic policies of about size bytes each into dir, spread over ten
// sub-folders, as .txt and .md files. It returns the total bytes written.
func WriteCorpus(dir string, n, size int) (int64, error) {
	var total int64
	for i := range n {
		ext := ".txt"
		if i%3 == 0 {
			ext = ".md"
		}
		path := filepath.Join(dir, fmt.Sprintf("batch-%d", i%10), fmt.Sprintf("policy-%04d%s", i, ext))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return total, err
		}
		text := Policy(uint64(i), size)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(text))
	}
	return total, nil
}
