package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestReaderEndToEnd(t *testing.T) {
	t.Parallel()
	s := startTmux(t, 120, 40)
	s.waitMatch(`fineprint · library`)

	// Open the first policy (api7) and jump through the TOC to section 3.
	s.send("g", "Enter")
	s.waitMatch(`1 Purpose and Scope`)
	s.send("Tab")
	for range 5 {
		s.send("j")
	}
	s.send("Enter")
	scr := s.waitMatch(`APISEVEN Ltd\. \(API7\.ai\) +3 Our use of cookies`)
	lines := strings.Split(scr, "\n")
	if !strings.Contains(lines[0], "## 3 Our use of cookies") {
		t.Errorf("after the TOC jump the text does not start with section 3:\n%s", scr)
	}

	// Search a word in the document: matches counted in the status bar, n moves on.
	s.send("Tab", "/", "c", "o", "o", "k", "i", "e", "s", "Enter")
	// The first match is the first one from the top of the screen on.
	count := regexp.MustCompile(`\b(\d+)/(\d+) +\d+%`)
	m := count.FindStringSubmatch(s.waitMatch(`n next match`)) // the help once the search is entered
	if m == nil {
		t.Fatalf("no match count on screen:\n%s", s.capture())
	}
	cur, _ := strconv.Atoi(m[1])
	total, _ := strconv.Atoi(m[2])
	if total < 5 || cur < 1 || cur > total {
		t.Errorf("search count %s/%s", m[1], m[2])
	}
	s.send("n")
	scr = s.waitMatch(`\b` + strconv.Itoa(cur%total+1) + "/" + m[2] + ` +\d+%`)
	if !strings.Contains(strings.ToLower(scr), "cookies") {
		t.Errorf("no 'cookies' on screen with the second match current:\n%s", scr)
	}

	// Quit: the program ends and tmux closes the session.
	s.send("q")
	for end := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if !s.running() {
			break
		}
		if time.Now().After(end) {
			t.Fatalf("q did not quit; screen:\n%s", s.capture())
		}
	}
}
