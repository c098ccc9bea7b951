package diff

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fineprint/model"
	"fineprint/model/detect"
)

// benchPolicy returns a made-up policy of about size bytes, numbered sections of varied
// paragraphs, and a second version of it with five clauses reworded, one section added, one
// removed and one moved.
func benchPolicy(size int) (old, new string) {
	topics := []string{"information we collect", "how we use information", "sharing", "cookies",
		"retention", "security", "your rights", "children", "international transfers", "contact"}
	var secs []string
	for i := 0; ; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "## %d. %s %d\n\n", i+1, strings.ToUpper(topics[i%len(topics)][:1])+topics[i%len(topics)][1:], i)
		for p := range 3 {
			fmt.Fprintf(&b, "We process the %s of section %d, paragraph %d, for the purposes described in this policy, "+
				"and we keep it for %d days unless the law requires a longer period or you ask us to delete it.\n\n",
				topics[(i+p)%len(topics)], i, p, 30+i%7)
		}
		secs = append(secs, b.String())
		if len(strings.Join(secs, "")) >= size {
			break
		}
	}
	old = "# Bench Privacy Policy\n\n" + strings.Join(secs, "")
	edited := append([]string(nil), secs...)
	for k := range 5 {
		i := 10 + k*17
		edited[i] = strings.Replace(edited[i], "for the purposes", "for the limited purposes", 1)
	}
	edited[40], edited[41] = edited[41], edited[40]
	edited = append(edited[:60], edited[61:]...)
	edited = append(edited, "## 999. Biometric Data\n\nWe collect your fingerprint and face scans to verify your identity.\n\n")
	new = "# Bench Privacy Policy\n\n" + strings.Join(edited, "")
	return old, new
}

// BenchmarkCompare200KB diffs two versions of a 200 KB policy, both analysed by the detector
// (the issue asks under 100 ms); parse adds the parsing of both versions.
func BenchmarkCompare200KB(b *testing.B) {
	os, ns := benchPolicy(200 << 10)
	op, np := parse(b, os), parse(b, ns)
	detect.Analyze(op) // the vocabulary compiles on first use: not part of a diff
	b.Run("analyse+diff", func(b *testing.B) {
		b.SetBytes(int64(len(os) + len(ns)))
		cpuBench(b, func() {
			r := Compare(op, np)
			if r.Count(Added) != 1 {
				b.Fatalf("summary %s", r.Summary())
			}
		})
	})
	b.Run("parse+analyse+diff", func(b *testing.B) {
		cpuBench(b, func() {
			o, _ := model.Parse("old.md", []byte(os))
			n, _ := model.Parse("new.md", []byte(ns))
			Compare(o, n)
		})
	})
	b.Run("diff only", func(b *testing.B) {
		or, nr := detect.Analyze(op), detect.Analyze(np)
		cpuBench(b, func() { CompareReports(or, nr) })
	})
}

// cpuBench runs f in the benchmark loop and reports cpu-ms/op besides wall time: on this shared
// machine the wall time says more about the neighbours than about the code.
func cpuBench(b *testing.B, f func()) {
	var cpu time.Duration
	for b.Loop() {
		c0 := cpuTime()
		f()
		cpu += cpuTime() - c0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func TestBenchPolicyEdits(t *testing.T) {
	t.Parallel()
	os, ns := benchPolicy(200 << 10)
	r := Compare(parse(t, os), parse(t, ns))
	if r.Count(Changed) != 5 || r.Count(Added) != 1 || r.Count(Removed) != 1 || r.Count(Moved) != 1 {
		t.Errorf("summary %q: want 5 changed, 1 added, 1 removed, 1 moved", r.Summary())
	}
	if !strings.Contains(r.Summary(), "now collects biometric") {
		t.Errorf("summary %q: want now collects biometric", r.Summary())
	}
}
