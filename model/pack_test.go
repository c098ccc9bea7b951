package model

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// packDocs are documents with what makes a policy's strings: a title, a date, numbered and
// unnumbered headings, paragraphs wrapped over several lines (joined by parsing), list items,
// a table, markdown markers, and text in Chinese, French and German.
var packDocs = map[string]string{
	"policy.md": "# Acme Privacy Policy\n\nLast updated: March 3, 2024\n\n## 1. Information We Collect\n\n" +
		"We collect your **name**, your email\naddress and the [pages](https://example.com) you visit.\n\n" +
		"- account data\n  - nested item\n- device data\n\n" +
		"| Category | Examples |\n|---|---|\n| Contact | name, email |\n| Usage | logs |\n\n" +
		"## 2. Vos droits\n\nVous pouvez demander la suppression de vos données à caractère personnel.\n\n" +
		"## 3. Ihre Rechte\n\nSie können die Löschung Ihrer personenbezogenen Daten verlangen.\n",
	"policy.txt": "隐私政策\n\n一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码，\n以便为您提供服务。\n\n" +
		"二、您的权利\n\n您可以要求删除您的个人信息。\n",
}

// stringSpan returns the lowest and highest addresses the non-empty strings of p (the ones pack
// packs, and every cell) occupy, and their total length in bytes.
func stringSpan(p *Policy) (lo, hi uintptr, total int) {
	lo = ^uintptr(0)
	see := func(s string) {
		if s == "" {
			return
		}
		a := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		lo, hi = min(lo, a), max(hi, a+uintptr(len(s)))
	}
	p.eachString(func(s *string) { see(*s); total += len(*s) })
	for _, c := range p.Clauses {
		for _, cell := range c.Cells {
			see(cell)
		}
	}
	return lo, hi, total
}

// TestParseHoldsTextOnce checks what a parsed policy keeps: every string of it lies in one
// block exactly as long as its text, so it holds neither the source nor copies beside it, and a
// table row's cells are views of the row's text.
func TestParseHoldsTextOnce(t *testing.T) {
	for name, doc := range packDocs {
		t.Run(name, func(t *testing.T) {
			p, err := Parse(name, []byte(doc))
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Clauses) < 3 || len(p.Sections) < 2 {
				t.Fatalf("%d clauses, %d sections: the document did not parse as expected", len(p.Clauses), len(p.Sections))
			}
			lo, hi, total := stringSpan(p)
			if int(hi-lo) != total {
				t.Errorf("the policy's strings span %d bytes for %d bytes of text", hi-lo, total)
			}
			for i, c := range p.Clauses {
				if len(c.Cells) == 0 {
					continue
				}
				text := uintptr(unsafe.Pointer(unsafe.StringData(c.Text)))
				for _, cell := range c.Cells {
					a := uintptr(unsafe.Pointer(unsafe.StringData(cell)))
					if cell != "" && (a < text || a+uintptr(len(cell)) > text+uintptr(len(c.Text))) {
						t.Errorf("clause %d: cell %q is not a view of the row's text %q", i, cell, c.Text)
					}
				}
			}
		})
	}
}

// clonePolicy returns a copy of p sharing no memory with it, every string copied on its own.
func clonePolicy(p *Policy) *Policy {
	q := *p
	q.Langs = append([]Lang(nil), p.Langs...)
	q.Parts = append([]Part(nil), p.Parts...)
	q.Sections = append([]Section(nil), p.Sections...)
	q.Clauses = append([]Clause(nil), p.Clauses...)
	for i := range q.Clauses {
		q.Clauses[i].Cells = append([]string(nil), p.Clauses[i].Cells...)
	}
	q.eachString(func(s *string) { *s = strings.Clone(*s) })
	for i := range q.Clauses {
		for j, cell := range q.Clauses[i].Cells {
			q.Clauses[i].Cells[j] = strings.Clone(cell)
		}
	}
	return &q
}

// TestPackKeepsEveryValue packs a policy whose strings are each allocated apart, cells that
// are not their row's text joined among them, and compares it with the original field for field.
func TestPackKeepsEveryValue(t *testing.T) {
	for name, doc := range packDocs {
		p, err := Parse(name, []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		want := clonePolicy(p)
		// A row whose cells are not its text joined by CellSep keeps them apart.
		want.Clauses = append(want.Clauses, Clause{Kind: KindTableRow, Text: "a | b", Cells: []string{"a", "c"}, Section: -1})
		got := clonePolicy(want)
		got.pack()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: packing changed the policy:\n got %+v\nwant %+v", name, got, want)
		}
		if lo, hi, total := stringSpan(got); int(hi-lo) != total {
			t.Errorf("%s: strings span %d bytes for %d bytes of text", name, hi-lo, total)
		}
	}
}

// TestCellsJoinText checks when a table row's cells can be cut from its text.
func TestCellsJoinText(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		text  string
		want  bool
	}{
		{[]string{"Données", "个人信息"}, "Données | 个人信息", true},
		{[]string{"a", "", "b"}, "a |  | b", true},
		{[]string{"Löschung"}, "Löschung", true},
		{nil, "", false},
		{[]string{"a", "b"}, "a | b | c", false},
		{[]string{"a", "b"}, "a |b", false},
		{[]string{"a | b"}, "a | b", true},
		{[]string{"a", "b"}, "a | c", false},
	} {
		if got := CellsJoinText(tc.cells, tc.text); got != tc.want {
			t.Errorf("CellsJoinText(%q, %q) = %v, want %v", tc.cells, tc.text, got, tc.want)
		}
	}
}
