package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// monkeyKeys are the keys a user may press anywhere: every screen's bindings, text for the
// inputs and keys no screen binds. q and ctrl+c are left out (they end the program).
var monkeyKeys = []string{
	"j", "k", "h", "l", "g", "G", "up", "down", "left", "right", "pgdown", "ctrl+d",
	"enter", "esc", "tab", "space", "backspace", "/", "n", "N", "]", "[", "t", "L", "v",
	"c", "s", "?", "f", "e", "=", "y", "x", "#", "@", "删", "除", "a", "1",
}

// monkeySeeds are the random sequences TestMonkey plays, monkeySteps long each; 100 seeds of
// 300 steps and 30 of 1,500 pass too (run them after changing a screen).
var (
	monkeySeeds = []uint64{1, 2, 3, 17, 23}
	monkeySteps = 300
)

// TestMonkey drives the App over the bundled policies with long random sequences of key
// presses, pastes (Chinese text and escape sequences among them), mouse wheel turns and
// resizes down to below the smallest usable size, and checks after every step that the
// program has not panicked and that the screen fills the terminal exactly without a line too
// wide. The sequences are fixed by their seeds, so a failure can be replayed.
func TestMonkey(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("monkey test skipped in -short mode")
	}
	exportDir := t.TempDir() // e in the compare screen writes its export here
	sizes := [][2]int{{120, 40}, {80, 24}, {40, 10}, {30, 8}, {200, 60}, {61, 17}}
	pastes := []string{"删除 个人信息", "delete account", "\x1b]52;c;AAAA\x07x", "\u202eevil", "a\nb\tc"}
	for _, seed := range monkeySeeds {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 0))
			a := newTestApp(t, 120, 40)
			a.compare.exportDir = exportDir
			w, h := 120, 40
			var trail []string
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("panic %v after: %s", p, strings.Join(trail, " "))
				}
			}()
			for step := 0; step < monkeySteps; step++ {
				var msg tea.Msg
				switch n := r.IntN(100); {
				case n < 4:
					s := sizes[r.IntN(len(sizes))]
					w, h = s[0], s[1]
					msg = tea.WindowSizeMsg{Width: w, Height: h}
					trail = append(trail, fmt.Sprintf("%dx%d", w, h))
				case n < 7:
					p := pastes[r.IntN(len(pastes))]
					msg = tea.PasteMsg{Content: p}
					trail = append(trail, fmt.Sprintf("paste%q", p))
				case n < 10:
					msg = tea.MouseWheelMsg{X: r.IntN(w), Y: r.IntN(h), Button: tea.MouseWheelDown}
					trail = append(trail, "wheel")
				default:
					k := monkeyKeys[r.IntN(len(monkeyKeys))]
					msg = keyMsg(k)
					trail = append(trail, k)
				}
				send(a, msg)
				view := a.View().Content
				if strings.Contains(view, "\x1b]52") || strings.ContainsRune(view, '\u202e') {
					t.Fatalf("raw escape or bidi override on screen after: %s", strings.Join(trail, " "))
				}
				lines := strings.Split(ansi.Strip(view), "\n")
				if len(lines) != h {
					t.Fatalf("screen %v has %d lines at %dx%d after: %s\n%s", a.current, len(lines), w, h, strings.Join(trail, " "), strings.Join(lines, "\n"))
				}
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Fatalf("line %d is %d cells wide at %dx%d after: %s\n%q", i+1, lw, w, h, strings.Join(trail, " "), l)
					}
				}
			}
		})
	}
}
