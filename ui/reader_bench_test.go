package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"fineprint/model"
)

// largestSeed returns the ID of the bundled policy with the most words.
func largestSeed(b *testing.B) string {
	best := seeds(b)[0]
	for _, p := range seeds(b) {
		if p.Words > best.Words {
			best = p
		}
	}
	return best.ID
}

// BenchmarkOpenToFirstFrame measures enter on the largest bundled policy in the library to the
// first frame showing its rendered text (the first batch of a long document), at 120x40, with
// an empty render cache.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	benchmarkOpen(b, false)
}

// BenchmarkOpenToFullRender is BenchmarkOpenToFirstFrame until the whole document is rendered.
func BenchmarkOpenToFullRender(b *testing.B) {
	benchmarkOpen(b, true)
}

// benchmarkOpen opens the largest bundled policy from the library until its first rendered
// frame, or until the whole document is rendered when full is set.
func benchmarkOpen(b *testing.B, full bool) {
	id := largestSeed(b)
	a := newTestApp(b, 120, 40)
	for i, it := range a.library.shown {
		if it.policy.ID == id {
			a.library.cursor = i
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		a.store.renders = newRenderCache()
		a.current = ScreenLibrary
		a.reader.pane = newReaderPane(a.store)
		pane := &a.reader.pane
		_, cmd := a.Update(keyMsg("enter"))
		settleUntil(a, cmd, func() bool { return pane.Ready() && (!full || pane.doc.complete) })
		if !pane.Ready() {
			b.Fatal("not rendered")
		}
		_ = a.View()
	}
}

// settleUntil is settle that stops as soon as done reports true.
func settleUntil(a *App, cmd tea.Cmd, done func() bool) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 && !done() {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil, spinner.TickMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			_, next := a.Update(msg)
			queue = append(queue, next)
		}
	}
}

// BenchmarkScrollKey measures one scroll key press (Update) and the next frame (View) in the
// reader at 200x60 on the largest bundled policy.
func BenchmarkScrollKey(b *testing.B) {
	a := newTestApp(b, 200, 60)
	id := largestSeed(b)
	send(a, openPolicyMsg{policy: seed(b, id)})
	if !a.reader.pane.Ready() {
		b.Fatal("not rendered")
	}
	benchUpDown(b, a, 200)
}

// BenchmarkStartToLibraryFrame measures what the process does before its first frame, from
// the bundled documents' bytes: parsing them, building the App, the first resize and View.
func BenchmarkStartToLibraryFrame(b *testing.B) {
	var data [][]byte
	for _, name := range seedOrder {
		d, err := os.ReadFile(filepath.Join("..", "policies", "seeds", name))
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		var ps []*model.Policy
		for i, d := range data {
			p, err := model.Parse("bundled:"+seedOrder[i], d)
			if err != nil {
				b.Fatal(err)
			}
			ps = append(ps, p)
		}
		a := newQuiet(Options{Policies: ps})
		a.Init()
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = a.View()
	}
}

// BenchmarkFirstBatchLargeDocument measures the first rendered batch of a 240 KB policy (the
// api7 seed twelve times over) at width 120: what a user waits for before reading a long file.
func BenchmarkFirstBatchLargeDocument(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "policies", "seeds", "api7.txt"))
	if err != nil {
		b.Fatal(err)
	}
	big := bytes.Repeat(append(data, '\n'), 12)
	p, err := model.Parse("big.txt", big)
	if err != nil {
		b.Fatal(err)
	}
	k := renderKey{policy: p, part: 0, width: 120, style: "dark"}
	b.ReportAllocs()
	for b.Loop() {
		msg := renderCmd(newRenderCache(), k)().(renderedMsg)
		if msg.doc == nil || msg.doc.complete {
			b.Fatal("no partial first batch")
		}
	}
}

// BenchmarkLibraryKey1000 measures a cursor key and the next frame in the library over 1,000
// policies at 120x40.
func BenchmarkLibraryKey1000(b *testing.B) {
	var ps []*model.Policy
	for i := range 1000 {
		p := *seeds(b)[i%len(seeds(b))]
		p.ID = fmt.Sprintf("%s-%d", p.ID, i)
		ps = append(ps, &p)
	}
	a := newQuiet(Options{Policies: ps})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	benchUpDown(b, a, 1000)
}

// benchUpDown measures a key press (Update) and the next frame (View): j period times, then k
// as many, over and over, so the cursor or the text stays inside what it moves over.
func benchUpDown(b *testing.B, a *App, period int) {
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := down
		if i%(2*period) >= period {
			k = up
		}
		i++
		a.Update(k)
		_ = a.View()
	}
}

// BenchmarkTOCJumpLargeDocument measures a TOC jump to the last section of a 240 KB policy
// (api7 twelve times over) at width 120, made as soon as the first batch is shown: from the
// jump to the document holding the target section, which is rendered ahead of the sections
// before it. The rest of the document is left unrendered. For comparison, "whole" renders the
// whole document, which is what a jump waited for before.
func BenchmarkTOCJumpLargeDocument(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "policies", "seeds", "api7.txt"))
	if err != nil {
		b.Fatal(err)
	}
	p, err := model.Parse("big.txt", bytes.Repeat(append(data, '\n'), 12))
	if err != nil {
		b.Fatal(err)
	}
	k := renderKey{policy: p, part: 0, width: 120, style: "dark"}
	last := p.Parts[0].EndSection - 1
	b.Run("ahead", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			first := renderCmd(newRenderCache(), k)().(renderedMsg)
			b.StartTimer()
			first.doc.ahead(last)
			msg := first.more().(renderedMsg)
			if _, ok := msg.doc.sectionStart(last); !ok {
				b.Fatal("the target section is not in the document")
			}
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			if _, err := renderDoc(k); err != nil {
				b.Fatal(err)
			}
		}
	})
}
