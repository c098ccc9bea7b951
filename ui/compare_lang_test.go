package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"fineprint/model"
	"fineprint/model/detect"
)

// koreanPolicy is a made-up privacy policy in Korean, a language the detector has no lexicon
// for.
const koreanPolicy = `# 개인정보 처리방침

## 수집하는 개인정보

회사는 회원 가입 시 이름, 이메일 주소, 전화번호를 수집합니다. 회사는 귀하의 개인정보를 제3자에게 판매하지 않습니다.

## 이용자의 권리

이용자는 언제든지 자신의 개인정보에 대한 열람, 정정, 삭제를 요청할 수 있습니다.
`

// TestCompareNotAnalysed checks that a policy in a language without a lexicon shows ? in
// every cell of its column, never ·, and that its evidence pane says it was not analysed and
// in which language.
func TestCompareNotAnalysed(t *testing.T) {
	t.Parallel()
	ko, err := model.Parse("korean.md", []byte(koreanPolicy))
	if err != nil {
		t.Fatal(err)
	}
	ko.ID = "p03-korean"
	ps, analyze := fixture(2)
	ps = append(ps, ko)
	s := newCompareOver(func(p *model.Policy) *detect.Report {
		if p == ko {
			return detect.Analyze(p)
		}
		return analyze(p)
	})
	s.setSize(120, 40)
	showCompare(s, ps)
	press(s, "l", "l")
	col, k, _ := s.mx.current()
	if col.policy != ko || col.report.Finding(k).Status != detect.Unknown {
		t.Fatalf("cursor on %s %v: %v, want the Korean policy, unknown", col.policy.ID, k, col.report.Finding(k).Status)
	}
	v := s.view()
	checkSize(t, v, 120, 40)
	checkGolden(t, "compare-not-analysed-korean", v)
	plain := ansi.Strip(v)
	for _, want := range []string{"? unknown", "Not analysed: Korean"} {
		if !strings.Contains(plain, want) {
			t.Errorf("view lacks %q:\n%s", want, plain)
		}
	}
}
