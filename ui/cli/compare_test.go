package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fineprint/model"
	"fineprint/model/detect"
	"fineprint/policies"
)

// TestAnalyzeInOrder checks that reports come in the order of the policies, each the one of
// its policy, and that an error from emit or a cancelled context stops the work and is
// returned.
func TestAnalyzeInOrder(t *testing.T) {
	t.Parallel()
	var ps []*model.Policy
	for i := range 40 {
		p, err := model.Parse(fmt.Sprintf("p%d.md", i), []byte(fmt.Sprintf("# Policy %d\n\nYou can delete your data.\n", i)))
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	var got []int
	err := AnalyzeInOrder(context.Background(), ps, func(i int, r *detect.Report) error {
		if r.Policy != ps[i] {
			t.Errorf("report %d is for %s", i, r.Policy.Source)
		}
		got = append(got, i)
		return nil
	})
	if err != nil || len(got) != len(ps) {
		t.Fatalf("err %v, %d reports, want %d", err, len(got), len(ps))
	}
	for i, g := range got {
		if g != i {
			t.Fatalf("order %v, want the policies' order", got)
		}
	}

	stop := errors.New("stop")
	n := 0
	err = AnalyzeInOrder(context.Background(), ps, func(int, *detect.Report) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("after an emit error: err %v, %d calls; want stop after 3", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = AnalyzeInOrder(ctx, ps, func(int, *detect.Report) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v, want context.Canceled", err)
	}
}

// StreamCompare writes what WriteCompare writes for the same policies, in JSON and JSON
// lines; a file that fails is reported and skipped; an unknown name fails before anything is
// written.
func TestStreamCompare(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	docs := map[string]string{
		"acme.md":   "# Acme privacy policy\n\n## Your rights\n\nYou can delete your account and your data at any time.\n",
		"zh.txt":    "隐私政策\n一、我们如何收集信息\n我们会收集您的手机号码。\n二、您的权利\n您可以删除您的个人信息。\n",
		"de.md":     "# Datenschutzerklärung\n\n## Ihre Rechte\n\nSie haben das Recht auf Löschung Ihrer Daten.\n",
		"empty.txt": "",
	}
	for name, doc := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := policies.Sources{Args: []string{dir, "api7"}}
	var loadErr bytes.Buffer
	ps, err := Load(context.Background(), &loadErr, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Format{FormatJSON, FormatJSONLines} {
		var want, got, errw bytes.Buffer
		if err := WriteCompare(context.Background(), &want, ps, f); err != nil {
			t.Fatal(err)
		}
		if err := StreamCompare(context.Background(), &got, &errw, src, f); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("format %d: streamed output differs:\n%s\nwant\n%s", f, got.String(), want.String())
		}
		if errw.String() != loadErr.String() || !strings.Contains(errw.String(), "empty.txt") {
			t.Errorf("format %d: errors %q, want %q naming empty.txt", f, errw.String(), loadErr.String())
		}
	}

	var out, errw bytes.Buffer
	err = StreamCompare(context.Background(), &out, &errw, policies.Sources{Args: []string{dir, "no-such-id"}}, FormatJSON)
	var ne *policies.NameError
	if !errors.As(err, &ne) || out.Len() != 0 {
		t.Errorf("unknown name: err %v, output %q; want a NameError and nothing written", err, out.String())
	}
}
