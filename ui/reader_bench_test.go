package ui

import (
	"os"
	"path/filepath"
	"testing"

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
// first frame showing its rendered text, at 120x40, with an empty render cache.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	id := largestSeed(b)
	a := newTestApp(b, 120, 40)
	for i, it := range a.library.shown {
		if it.policy.ID == id {
			a.library.cursor = i
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		renders = &renderCache{docs: map[renderKey]*renderedDoc{}}
		a.current = ScreenLibrary
		a.reader.panes[0] = NewReaderPane(a.styles)
		send(a, keyMsg("enter"))
		if !a.reader.panes[0].Ready() {
			b.Fatal("not rendered")
		}
		_ = a.View()
	}
}

// BenchmarkScrollKey measures one scroll key press (Update) and the next frame (View) in the
// reader at 200x60 on the largest bundled policy.
func BenchmarkScrollKey(b *testing.B) {
	a := newTestApp(b, 200, 60)
	id := largestSeed(b)
	send(a, openPolicyMsg{policy: seed(b, id)})
	if !a.reader.panes[0].Ready() {
		b.Fatal("not rendered")
	}
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := down
		if i%400 >= 200 {
			k = up
		}
		i++
		a.Update(k)
		_ = a.View()
	}
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
		a := New(Options{Policies: ps})
		a.Init()
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = a.View()
	}
}
