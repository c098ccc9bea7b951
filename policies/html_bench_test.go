package policies

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/model"
)

// benchPage builds a saved policy page of about size bytes: site chrome around sections with
// <h2> and bold-paragraph headings, paragraphs with links, lists and a data table.
func benchPage(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Privacy Policy | Example</title>` +
		`<script>var x = 1;</script></head><body class="page"><header><nav><ul>` +
		`<li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header><main><h1>Privacy Policy</h1>`)
	for i := 1; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<h2 id="s%d">%d. Information we collect</h2><p>We collect your name,&nbsp;<b>email</b> and `+
			`<a href="https://example.com/%d">device data</a> to run the service; 我们收集您的信息。</p>`, i, i, i)
		fmt.Fprintf(&b, `<p><strong>Données collectées %d</strong></p><ul><li>Nom et adresse</li><li>Adresse IP</li></ul>`, i)
		b.WriteString(`<table><tr><th>Data</th><th>Purpose</th></tr><tr><td>Email</td><td>Login</td></tr></table>` +
			`<p>Wir speichern Ihre Daten nur so lange, wie es für den Zweck erforderlich ist.</p>`)
	}
	b.WriteString(`</main><footer><p>© Example</p></footer></body></html>`)
	return []byte(b.String())
}

// BenchmarkHTMLParse measures a saved page's whole import: HTML to markdown, then model.Parse.
// The MB/s of the sizes should match (linear time). Besides MB/s of wall time, which a loaded
// machine slows, it reports MB per second of the process's CPU time (garbage collection
// included): the figure to compare across runs on a shared machine.
func BenchmarkHTMLParse(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 4 << 20} {
		src := benchPage(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			defer reportCPU(b, len(src))()
			for b.Loop() {
				page, err := HTMLToMarkdown(src)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := model.Parse("bench.html", []byte(page.Markdown)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHTMLParseEval runs the same import over the saved pages of ../shared/eval (read at
// test time only; skipped when absent): real pages, with their real share of markup.
func BenchmarkHTMLParseEval(b *testing.B) {
	pages, size := evalPages()
	if len(pages) == 0 {
		b.Skip("no ../shared/eval")
	}
	b.SetBytes(int64(size))
	defer reportCPU(b, size)()
	for b.Loop() {
		for _, p := range pages {
			page, err := HTMLToMarkdown(p)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := model.Parse("bench.html", []byte(page.Markdown)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// evalPages reads the saved pages of ../shared/eval (structure and dev-intl) and returns them
// with their total size in bytes; none when the folder is absent.
func evalPages() (pages [][]byte, size int) {
	for _, dir := range []string{"structure", "dev-intl"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", dir, "*.html"))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				pages = append(pages, data)
				size += len(data)
			}
		}
	}
	return pages, size
}

// reportCPU starts measuring the process's CPU time; the function it returns reports size bytes
// per loop as "MB/cpu-s" (MB per CPU second, garbage collection included). Call it before
// b.Loop and the returned function after.
func reportCPU(b *testing.B, size int) func() {
	start, ok := processCPU()
	return func() {
		end, _ := processCPU()
		if ok && end > start && b.N > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/1e6/(end-start).Seconds(), "MB/cpu-s")
		}
	}
}

// BenchmarkHTMLToMarkdown measures the HTML side of an import alone (parsing the page, finding
// its content, writing markdown), on the pages of BenchmarkHTMLParse.
func BenchmarkHTMLToMarkdown(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 4 << 20} {
		src := benchPage(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			defer reportCPU(b, len(src))()
			for b.Loop() {
				if _, err := HTMLToMarkdown(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHTMLToMarkdownEval measures the HTML side alone on the saved pages of
// BenchmarkHTMLParseEval.
func BenchmarkHTMLToMarkdownEval(b *testing.B) {
	pages, size := evalPages()
	if len(pages) == 0 {
		b.Skip("no ../shared/eval")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer reportCPU(b, size)()
	for b.Loop() {
		for _, p := range pages {
			if _, err := HTMLToMarkdown(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
