package ui

import (
	"fmt"
	"runtime"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"fineprint/model"
	"fineprint/model/detect"
)

// analyzeFunc runs the detector on one policy; tests give the store their own.
type analyzeFunc func(*model.Policy) *detect.Report

// store is what the App has loaded, shared by every screen (the shape of soft-serve's
// common.Common and gh-dash's ProgramContext): the policies in library order, the detector's
// report for each, the policies marked for side-by-side reading, the render cache and the
// styles. The App owns it and changes it only in Update; screens hold a pointer and read it.
//
// Each policy is analysed exactly once per run, in the background from the moment it joins,
// on as many commands at a time as there are cores; every report reaches every screen as a
// reportAnalyzedMsg as soon as it is computed.
type store struct {
	policies []*model.Policy
	styles   *Styles
	marks    *policyMarks
	renders  *renderCache

	analyze analyzeFunc
	workers int                              // analyses run at once
	reports map[*model.Policy]*detect.Report // one per policy analysed
	failed  map[*model.Policy]error          // policies whose analysis failed, and why
	queue   []*model.Policy                  // waiting for analysis, in order
	queued  map[*model.Policy]bool           // in queue or being analysed
	running int                              // analysis commands out

	paneIDs  int64         // the last ID given to a reader pane
	debounce time.Duration // how long reader panes wait after a resize (resizeDebounce)
}

// newStore returns an empty store drawing with st and analysing with detect.Analyze on every
// core.
func newStore(st *Styles) *store {
	return &store{
		styles:   st,
		marks:    &policyMarks{},
		renders:  newRenderCache(),
		analyze:  detect.Analyze,
		workers:  runtime.GOMAXPROCS(0),
		reports:  map[*model.Policy]*detect.Report{},
		failed:   map[*model.Policy]error{},
		queued:   map[*model.Policy]bool{},
		debounce: resizeDebounce,
	}
}

// reportAnalyzedMsg carries the detector's report for one policy, or why there is none. The App
// records it in the store and gives it to every screen.
type reportAnalyzedMsg struct {
	policy *model.Policy
	report *detect.Report
	err    error
}

// add appends ps to the policies and queues them for analysis; analyzeNext starts it.
func (s *store) add(ps ...*model.Policy) {
	for _, p := range ps {
		if p == nil {
			continue
		}
		s.policies = append(s.policies, p)
		s.enqueue(p, false)
	}
}

// enqueue puts p in the analysis queue unless it is analysed or on its way; first puts it at
// the head (a screen waits for it), moving it there when it is waiting already.
func (s *store) enqueue(p *model.Policy, first bool) {
	if p == nil || s.reports[p] != nil || s.failed[p] != nil {
		return
	}
	if s.queued[p] {
		i := slices.Index(s.queue, p)
		if !first || i < 0 {
			return // waiting its turn, or being analysed
		}
		s.queue = slices.Delete(s.queue, i, i+1)
	}
	s.queued[p] = true
	if first {
		s.queue = slices.Insert(s.queue, 0, p)
	} else {
		s.queue = append(s.queue, p)
	}
}

// need asks for the reports of ps before the others (a screen is waiting for them) and returns
// the commands that analyse them. Policies analysed already cost nothing.
func (s *store) need(ps ...*model.Policy) tea.Cmd {
	for i := len(ps) - 1; i >= 0; i-- {
		s.enqueue(ps[i], true)
	}
	return s.analyzeNext()
}

// report returns p's report, nil until it is analysed.
func (s *store) report(p *model.Policy) *detect.Report { return s.reports[p] }

// complete reports whether every policy has a report or an error.
func (s *store) complete() bool { return len(s.reports)+len(s.failed) >= len(s.policies) }

// take records the result of an analysis and returns the commands for the next ones.
func (s *store) take(msg reportAnalyzedMsg) tea.Cmd {
	s.running = max(s.running-1, 0)
	switch {
	case msg.err != nil:
		s.failed[msg.policy] = msg.err
	case msg.report != nil:
		s.reports[msg.policy] = msg.report
	}
	return s.analyzeNext()
}

// analyzeNext returns the commands that keep s.workers analyses running while policies wait.
func (s *store) analyzeNext() tea.Cmd {
	if s.analyze == nil {
		return nil
	}
	var cmds []tea.Cmd
	for s.running < max(s.workers, 1) && len(s.queue) > 0 {
		p := s.queue[0]
		s.queue = s.queue[1:]
		s.running++
		cmds = append(cmds, analyzeCmd(s.analyze, p))
	}
	return tea.Batch(cmds...)
}

// analyzeCmd returns a command that analyses p with analyze. A panic in the detector becomes
// an error for that policy rather than the end of the program.
func analyzeCmd(analyze analyzeFunc, p *model.Policy) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = reportAnalyzedMsg{policy: p, err: fmt.Errorf("analyse %s: %v", p.DisplayName(), r)}
			}
		}()
		r := analyze(p)
		if r == nil {
			return reportAnalyzedMsg{policy: p, err: fmt.Errorf("analyse %s: no report", p.DisplayName())}
		}
		return reportAnalyzedMsg{policy: p, report: r}
	}
}

// newPaneID returns a new reader pane's ID, so that its timer messages reach only it.
func (s *store) newPaneID() int64 {
	s.paneIDs++
	return s.paneIDs
}
