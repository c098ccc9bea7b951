package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// timers records the status timers the App starts, so a test can fire them when it likes.
type timers struct {
	ttl  []time.Duration
	msgs []tea.Msg
}

// install makes a start its status timers here.
func (tm *timers) install(a *App) {
	a.statusAfter = func(d time.Duration, msg tea.Msg) tea.Cmd {
		tm.ttl = append(tm.ttl, d)
		tm.msgs = append(tm.msgs, msg)
		return nil
	}
}

// TestErrMsgShowsAndExpires sends an error the way a failing command does (errCmd): it shows in
// the status line of the screen shown, marked ✗, goes after statusErrorTTL, and the timer of an
// older message never clears a newer one.
func TestErrMsgShowsAndExpires(t *testing.T) {
	t.Parallel()
	for _, screen := range []string{"library", "reader", "side-by-side", "compare"} {
		t.Run(screen, func(t *testing.T) {
			t.Parallel()
			a := newTestApp(t, 100, 30)
			var tm timers
			tm.install(a)
			switch screen {
			case "reader":
				openSeed(t, a, "api7")
			case "side-by-side":
				pressKeys(a, "m", "j", "m", "v")
			case "compare":
				pressKeys(a, "c")
			}
			tm = timers{} // the notes about the marks started theirs
			settle(a, errCmd(errors.New("export /tmp/x.md: disk full")))
			if v := screenText(a); !strings.Contains(v, "✗ export /tmp/x.md: disk full") {
				t.Fatalf("errMsg not shown on the %s screen:\n%s", screen, v)
			}
			if len(tm.ttl) != 1 || tm.ttl[0] != statusErrorTTL || statusErrorTTL < 8*time.Second {
				t.Fatalf("timers %v, want one of %v", tm.ttl, statusErrorTTL)
			}
			old := tm.msgs[0]
			// A newer message, then the old timer fires: the newer one stays.
			settle(a, errCmd(errors.New("second failure")))
			send(a, old)
			if v := screenText(a); !strings.Contains(v, "second failure") {
				t.Fatalf("the first message's timer cleared the second:\n%s", v)
			}
			send(a, tm.msgs[1])
			if v := screenText(a); strings.Contains(v, "second failure") {
				t.Errorf("the message did not expire:\n%s", v)
			}
		})
	}
}

func TestStatusInfoExpiresSooner(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	var tm timers
	tm.install(a)
	pressKeys(a, "m")
	if v := screenText(a); !strings.Contains(v, "marked APISEVEN") {
		t.Fatalf("no mark note:\n%s", v)
	}
	if len(tm.ttl) != 1 || tm.ttl[0] != statusInfoTTL || statusInfoTTL > 6*time.Second || statusInfoTTL < 3*time.Second {
		t.Fatalf("timers %v, want one of about 5 s", tm.ttl)
	}
	send(a, tm.msgs[0])
	if v := screenText(a); strings.Contains(v, "marked APISEVEN") {
		t.Errorf("the note did not expire:\n%s", v)
	}
}

// TestFooterKeepsHelpAndQuit checks at 40x12 that every screen's footer still says how to get
// help and how to quit.
func TestFooterKeepsHelpAndQuit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		screen string
		keys   []string
	}{
		{"library", nil},
		{"library-marked", []string{"m"}},
		{"reader", []string{"enter"}},
		{"side-by-side", []string{"m", "j", "m", "v"}},
		{"compare", []string{"c"}},
		{"changes", []string{"m", "j", "m", "D"}},
	} {
		t.Run(c.screen, func(t *testing.T) {
			t.Parallel()
			a := newTestApp(t, 40, 12)
			pressKeys(a, c.keys...)
			if c.screen == "changes" && a.current != ScreenChanges {
				t.Fatalf("m j m D shows %v, want changes", a.current)
			}
			lines := strings.Split(screenText(a), "\n")
			foot := strings.Join(lines[len(lines)-2:], "\n")
			if !strings.Contains(foot, "? help") || !strings.Contains(foot, "q quit") {
				t.Errorf("40x12 %s footer lacks ? help or q quit:\n%s", c.screen, screenText(a))
			}
			checkSize(t, screenText(a), 40, 12)
		})
	}
}

// TestChangesFullHelp toggles the full help on the changes screen with ?, which its footer
// promises.
func TestChangesFullHelp(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, 100, 30)
	pressKeys(a, "m", "j", "m", "D", "?")
	if v := screenText(a); a.current != ScreenChanges || !strings.Contains(v, "½ page down") || !strings.Contains(v, "next change") {
		t.Errorf("? on the changes screen (%v) shows no full help:\n%s", a.current, v)
	}
	checkSize(t, screenText(a), 100, 30)
}

// TestLibraryMessageKeepsListStill checks that a message in the library takes the place of the
// optional keys on the help line: the list does not move when it comes and goes, and help and
// quit stay.
func TestLibraryMessageKeepsListStill(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		a := newTestApp(t, size[0], size[1])
		pressKeys(a, "j", "j")
		before := strings.Split(screenText(a), "\n")
		settle(a, errCmd(errors.New("export /tmp/x.md: disk full")))
		after := strings.Split(screenText(a), "\n")
		if len(after) != len(before) {
			t.Fatalf("%dx%d: %d lines, then %d", size[0], size[1], len(before), len(after))
		}
		last := len(after) - 1
		for i := 0; i < last; i++ {
			if after[i] != before[i] {
				t.Fatalf("%dx%d: line %d moved when the message came:\n%q\n%q", size[0], size[1], i, before[i], after[i])
			}
		}
		if l := after[last]; !strings.Contains(l, "disk full") || !strings.Contains(l, "? help") || !strings.Contains(l, "q quit") {
			t.Fatalf("%dx%d: footer %q: want the message, ? help and q quit", size[0], size[1], l)
		}
	}
}
