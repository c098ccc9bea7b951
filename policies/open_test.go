package policies

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"fineprint/model"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // no config file
	doc := "Politique de confidentialité\n1. Données\nNous collectons votre nom.\n"
	for _, name := range []string{"b.md", "a.md", "über.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "b.md")
	tests := []struct {
		name    string
		src     Sources
		want    []string // IDs in order
		wantErr func(error) bool
	}{
		{"bundled first, then args in order, folders sorted", Sources{Bundled: true, Args: []string{file, dir}},
			[]string{"api7", "7ding", "api-service", "aiwellflow", "airobotics", "b", "a", "über"}, nil},
		{"an ID names a bundled policy", Sources{Args: []string{"7ding", file, "api7"}}, []string{"7ding", "b", "api7"}, nil},
		{"an ID loaded already adds nothing", Sources{Bundled: true, Args: []string{"api7"}},
			[]string{"api7", "7ding", "api-service", "aiwellflow", "airobotics"}, nil},
		{"unknown ID", Sources{Args: []string{"nope"}}, nil,
			func(err error) bool { var ne *NameError; return errors.As(err, &ne) && ne.Name == "nope" }},
		{"a missing path is a file error, not an ID", Sources{Args: []string{"./nope.md"}}, nil,
			func(err error) bool { var fe *FileError; return errors.As(err, &fe) }},
		{"nothing named", Sources{}, nil, func(err error) bool { return errors.Is(err, ErrNothingToRead) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, errs := Open(context.Background(), tt.src, nil)
			var ids []string
			for _, p := range ps {
				ids = append(ids, p.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("IDs %q, want %q", ids, tt.want)
			}
			if tt.wantErr == nil && len(errs) > 0 || tt.wantErr != nil && (len(errs) != 1 || !tt.wantErr(errs[0])) {
				t.Errorf("errors %v", errs)
			}
		})
	}
}

// TestOpenEventOrder makes the files finish in the reverse of their order (the parser is slowest
// on the first ones) and checks that each event's Order is the policy's place in the returned
// list: bundled first, then the arguments in the order given, folders sorted, an ID in its
// place; so a caller that lists policies by Order (the TUI) gets the same order as the commands
// however the files finish.
func TestOpenEventOrder(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // no config file
	names := []string{"a.md", "b.md", "c.md", "d.md"}
	must(t, os.MkdirAll(filepath.Join(dir, "folder"), 0o755))
	delay := map[string]time.Duration{}
	for i, name := range names {
		text := "Privacy Policy of " + strings.TrimSuffix(name, ".md") + "\n1. Data\nWe collect your name.\n"
		must(t, os.WriteFile(filepath.Join(dir, "folder", name), []byte(text), 0o644))
		delay[name] = time.Duration(len(names)-i) * 30 * time.Millisecond
	}
	lone := filepath.Join(dir, "lone.txt")
	must(t, os.WriteFile(lone, []byte("Privacy Policy\n1. Data\nWe collect your email.\n"), 0o644))
	parse := func(source string, data []byte) (*model.Policy, error) {
		time.Sleep(delay[filepath.Base(source)])
		return model.Parse(source, data)
	}

	var arrived []*model.Policy
	order := map[*model.Policy]int{}
	ps, errs := Open(context.Background(), Sources{Bundled: true, Args: []string{lone, "api7", filepath.Join(dir, "folder"), "./missing.md"}, parse: parse},
		func(e Event) {
			if e.Policy != nil {
				arrived = append(arrived, e.Policy)
				order[e.Policy] = e.Order
			}
		})
	if len(errs) != 1 {
		t.Errorf("errors %v, want the missing file's", errs)
	}
	want := []string{"api7", "7ding", "api-service", "aiwellflow", "airobotics", "lone", "a", "b", "c", "d"}
	if got := ids(ps); !slices.Equal(got, want) {
		t.Fatalf("Open returned %q, want %q", got, want)
	}
	if got := ids(arrived); slices.Equal(got, want) {
		t.Fatalf("files finished in the order given (%q): the test proves nothing", got)
	}
	byOrder := slices.Clone(arrived)
	slices.SortStableFunc(byOrder, func(p, q *model.Policy) int { return order[p] - order[q] })
	if got := ids(byOrder); !slices.Equal(got, want) {
		t.Errorf("events sorted by Order give %q, want %q (arrived %q)", got, want, ids(arrived))
	}
}

// OpenEach gives the policies in Open's order, keeps none, and loads only a few ahead of the
// one its caller is busy with: a command that writes one policy at a time holds a few
// policies, not the corpus.
func TestOpenEachStreams(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	folder := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	const n = 120
	for i := range n {
		doc := fmt.Sprintf("# Policy %03d\n\n## Data\n\nWe collect your name and your e-mail address.\n", i)
		if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("p%03d.md", i)), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(folder, "p050.md.broken.md"), []byte{0xff, 0xfe, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	src := Sources{Bundled: true, Args: []string{folder, "api7", "7ding"}}
	want, wantErrs := Open(context.Background(), src, nil)

	var got []*model.Policy
	loaded, maxAhead := 0, 0
	errs := OpenEach(context.Background(), src, func(e Event) {
		if e.Policy != nil {
			loaded++
		}
	}, func(p *model.Policy) bool {
		got = append(got, p)
		maxAhead = max(maxAhead, loaded-len(got))
		return true
	})
	if len(got) != len(want) || len(errs) != len(wantErrs) {
		t.Fatalf("OpenEach gave %d policies and %d errors; Open %d and %d", len(got), len(errs), len(want), len(wantErrs))
	}
	for i := range got {
		if got[i].ID != want[i].ID || got[i].Source != want[i].Source {
			t.Errorf("policy %d: %s (%s), Open gives %s (%s)", i, got[i].ID, got[i].Source, want[i].ID, want[i].Source)
		}
	}
	// Ahead of the caller: the files being parsed, the results waiting to be taken, and those
	// finished before one that was slower.
	if bound := aheadPerWorker * runtime.GOMAXPROCS(0); maxAhead > bound {
		t.Errorf("%d policies were loaded ahead of the one given; want at most %d", maxAhead, bound)
	}

	// Stopping early stops the load.
	calls := 0
	OpenEach(context.Background(), src, nil, func(*model.Policy) bool {
		calls++
		return calls < 10
	})
	if calls != 10 {
		t.Errorf("yield called %d times after it returned false at 10", calls)
	}
}
