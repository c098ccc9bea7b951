package ui

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

// seedOrder is the order the bundled seeds are listed in, as the loader lists them.
var seedOrder = []string{"api7.txt", "7ding.txt", "api-service.txt", "aiwellflow.txt", "airobotics.md"}

// seedMeta is the metadata the bundled manifest (policies/manifest.go) gives the seeds, applied
// here as policies.Bundled applies it, so the golden screens do not change when the parser's
// inference of company, title or date does.
var seedMeta = map[string][3]string{ // ID: company, title, date
	"api7":        {"APISEVEN Ltd. (API7.ai)", "Privacy Policy", "2022-08-15"},
	"7ding":       {"DingTalk (Singapore) Private Limited", "7Ding Privacy Policy", "2025-05-01"},
	"api-service": {"", "Privacy Policy", ""},
	"aiwellflow":  {"AiWellFlow", "AiWellFlow Privacy Policy", ""},
	"airobotics":  {"AIRobotics Group", "Privacy", ""},
}

var (
	seedOnce sync.Once
	seedPols []*model.Policy
	seedErr  error
)

// testRenders is the render cache the test Apps share, as they share the seed policies: a
// rendering is made once per test run instead of once per test.
var testRenders = &renderCache{size: 512, docs: map[renderKey]*renderedDoc{}}

// testReports are the detector's reports of the policies the test Apps share (the seeds),
// each computed once per test run instead of once per test: detect.Analyze is a pure function
// of the policy and screens only read reports. Tests that count or change analyses give their
// store their own analyze.
var testReports sync.Map // *model.Policy -> func() *detect.Report

// testAnalyze is detect.Analyze through testReports.
func testAnalyze(p *model.Policy) *detect.Report {
	once, _ := testReports.LoadOrStore(p, sync.OnceValue(func() *detect.Report { return detect.Analyze(p) }))
	return once.(func() *detect.Report)()
}

// newTestStore returns an empty store for a test App: sharing testRenders and testReports, and
// with a resize debounce of a millisecond (the commands of a resize run in the tests' own loop,
// which waits for their timers).
func newTestStore() *store {
	s := newStore(newStyles(true, false))
	s.renders, s.debounce, s.analyze = testRenders, time.Millisecond, testAnalyze
	return s
}

// seeds parses the bundled seed documents from ../policies/seeds (the ui package does not import
// policies). Each call returns fresh copies of the parsed policies' pointers' targets are shared,
// which is fine: the UI never modifies a Policy.
func seeds(tb testing.TB) []*model.Policy {
	tb.Helper()
	seedOnce.Do(func() {
		for _, name := range seedOrder {
			data, err := os.ReadFile(filepath.Join("..", "policies", "seeds", name))
			if err != nil {
				seedErr = err
				return
			}
			p, err := model.Parse("bundled:"+name, data)
			if err != nil {
				seedErr = err
				return
			}
			p.ID = strings.TrimSuffix(name, filepath.Ext(name))
			m := seedMeta[p.ID]
			p.Company, p.Title, p.Date = m[0], m[1], m[2]
			seedPols = append(seedPols, p)
		}
	})
	if seedErr != nil {
		tb.Fatalf("seeds: %v", seedErr)
	}
	return seedPols
}

// seed returns the seed policy with the given ID.
func seed(tb testing.TB, id string) *model.Policy {
	tb.Helper()
	for _, p := range seeds(tb) {
		if p.ID == id {
			return p
		}
	}
	tb.Fatalf("no seed %q", id)
	return nil
}

// newTestApp returns an App over the seeds, sized width x height, with its start-up commands run.
func newTestApp(tb testing.TB, width, height int) *App {
	tb.Helper()
	a := newApp(Options{Policies: seeds(tb)}, newTestStore())
	a.statusAfter = func(time.Duration, tea.Msg) tea.Cmd { return nil } // messages stay until a test expires them
	settle(a, a.Init())
	send(a, tea.WindowSizeMsg{Width: width, Height: height})
	return a
}

// newQuiet is New for tests: status messages stay until a test expires them, as a real timer
// would hold settle for a message's 5 or 10 s (status_test.go installs its own timers).
func newQuiet(o Options) *App { return quiet(New(o)) }

// quiet gives a the status timer of the tests (newQuiet) and returns it.
func quiet(a *App) *App {
	a.statusAfter = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	return a
}

// send gives msg to the App and runs the commands that follow.
func send(a *App, msg tea.Msg) {
	_, cmd := a.Update(msg)
	settle(a, cmd)
}

// settle runs cmd and the commands its messages lead to, feeding the messages to the App, until
// nothing is left. Spinner ticks are dropped (they would tick forever while a pane renders);
// a command that does not answer within 10 s (this machine may be busy) is abandoned.
func settle(a *App, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 10000; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := runWithTimeout(c, 10*time.Second)
		switch msg := msg.(type) {
		case nil, spinner.TickMsg, tea.QuitMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			_, next := a.Update(msg)
			queue = append(queue, next)
		}
	}
}

// runWithTimeout runs c, returning nil when it takes longer than d.
func runWithTimeout(c tea.Cmd, d time.Duration) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case m := <-ch:
		return m
	case <-time.After(d):
		return nil
	}
}

// press sends key presses to the App, one per name ("enter", "tab", "j", "ctrl+d", "space").
func pressKeys(a *App, keys ...string) {
	for _, k := range keys {
		send(a, keyMsg(k))
	}
}

// typeText sends each rune of s as a key press.
func typeText(a *App, s string) {
	for _, r := range s {
		send(a, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// runCmds runs cmd and the commands that follow from it, breadth first, unpacking batches and
// skipping nil messages: handle gets every other message and returns the command it leads to.
// It stops after limit messages (no limit when negative) and reports whether the commands
// settled before that.
func runCmds(cmd tea.Cmd, limit int, handle func(tea.Msg) tea.Cmd) bool {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if limit == 0 {
				return false
			}
			limit--
			queue = append(queue, handle(msg))
		}
	}
	return true
}

// keyMsg returns the key press for a key name as bubbles/key spells it ("enter", "left",
// "ctrl+d") or for a single character.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "ctrl+r":
		return tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screenText returns what the App shows, without styling.
func screenText(a *App) string { return ansi.Strip(a.View().Content) }
