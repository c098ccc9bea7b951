package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"fineprint/model"
	"fineprint/ui"
)

// renderStyle is the glamour style `show` renders with.
type renderStyle uint8

const (
	styleAuto  renderStyle = iota // dark or light from the terminal's background; plain markdown when piped
	styleDark                     // glamour's dark style
	styleLight                    // glamour's light style
	styleNoTTY                    // glamour's notty style: layout without colour
)

var renderStyles = []renderStyle{styleAuto, styleDark, styleLight, styleNoTTY}

// String returns the style's flag value: "auto", "dark", "light" or "notty".
func (s renderStyle) String() string {
	switch s {
	case styleDark:
		return "dark"
	case styleLight:
		return "light"
	case styleNoTTY:
		return "notty"
	default:
		return "auto"
	}
}

// glamourName returns the name of the glamour standard style for s (resolved, not auto).
func (s renderStyle) glamourName() string {
	switch s {
	case styleLight:
		return styles.LightStyle
	case styleNoTTY:
		return styles.NoTTYStyle
	default:
		return styles.DarkStyle
	}
}

func parseRenderStyle(v string) (renderStyle, error) {
	names := make([]string, len(renderStyles))
	for i, s := range renderStyles {
		if s.String() == v {
			return s, nil
		}
		names[i] = s.String()
	}
	return styleAuto, Usagef("unknown --style %q; use one of: %s", v, strings.Join(names, ", "))
}

// ShowOptions are the flags of `fineprint show`.
type ShowOptions struct {
	Section string // a section number, anchor or words of its title; "" for all
	Lang    string // a language part's code; "" for all
	Width   int    // wrap width in cells; 0 for the terminal's (at most 120)
	Style   string // "auto", "dark", "light" or "notty"
	NoPager bool   // print straight to a terminal, never through $PAGER
}

// Show prints p, or the part or section o selects, as `fineprint show` does: rendered with
// glamour on a terminal or when a style is chosen, markdown otherwise. A hint about other
// language parts goes to errw. Unknown sections, languages and styles are UsageErrors.
func Show(w, errw io.Writer, p *model.Policy, o ShowOptions) error {
	style, err := parseRenderStyle(o.Style)
	if err != nil {
		return err
	}
	if o.Width < 0 {
		return Usagef("--width must be positive, got %d", o.Width)
	}
	md, err := selectMarkdown(p, o)
	if err != nil {
		return err
	}
	if hint := otherPartsHint(p, o); hint != "" {
		fmt.Fprintln(errw, "fineprint: "+hint)
	}
	md = strings.TrimLeft(model.Sanitize(md), "\n")
	if md != "" && !strings.HasPrefix(md, model.CanonicalMark) {
		// A part or a section is written as the whole policy is: saved and opened again, it
		// reads back with the same headings.
		md = model.CanonicalMark + "\n\n" + md
	}
	return writeShown(w, md, style, o.Width, o.NoPager)
}

// selectMarkdown returns the markdown `show` prints: the whole policy, one language part, or a
// section with its subsections (looked up within the language part when --lang is given).
func selectMarkdown(p *model.Policy, o ShowOptions) (string, error) {
	part := -1
	if o.Lang != "" {
		var err error
		if part, err = findPart(p, o.Lang); err != nil {
			return "", err
		}
	}
	if o.Section != "" {
		i, ok := findSection(p, o.Section, part)
		if !ok {
			byTitle := sectionsTitled(p, o.Section, part)
			switch len(byTitle) {
			case 0:
				return "", Usagef("no section %q in %s%s; there are: %s", o.Section, p.ID, inLang(o.Lang), sectionList(p, part))
			case 1:
				i = byTitle[0]
			default:
				names := make([]string, len(byTitle))
				for k, j := range byTitle {
					names[k] = fmt.Sprintf("%q", model.Sanitize(p.Sections[j].Heading()))
				}
				return "", Usagef("%q matches %d sections of %s: %s; give its number", o.Section, len(byTitle), p.ID, strings.Join(names, ", "))
			}
		}
		var b strings.Builder
		b.WriteString(p.SectionMarkdown(i))
		for j := i + 1; j < len(p.Sections) && isWithin(p, j, i); j++ {
			b.WriteString(p.SectionMarkdown(j))
		}
		return b.String(), nil
	}
	if part < 0 {
		return p.Markdown(), nil
	}
	var b strings.Builder
	b.WriteString(p.PreambleMarkdown(part))
	pt := p.Parts[part]
	for i := pt.FirstSection; i < pt.EndSection; i++ {
		b.WriteString(p.SectionMarkdown(i))
	}
	return b.String(), nil
}

func inLang(lang string) string {
	if lang == "" {
		return ""
	}
	return " (" + lang + ")"
}

// findPart returns the index of p's part in language code, or a usage error naming the
// languages there are.
func findPart(p *model.Policy, code string) (int, error) {
	lang, ok := model.ParseLang(code)
	if ok {
		for i, pt := range p.Parts {
			if pt.Lang == lang {
				return i, nil
			}
		}
	}
	var have []string
	for _, pt := range p.Parts {
		if s := pt.Lang.String(); s != "" {
			have = append(have, s)
		}
	}
	if len(have) == 0 {
		have = []string{"none detected"}
	}
	return -1, Usagef("%s has no %q part; its languages: %s", p.ID, code, strings.Join(have, ", "))
}

// findSection looks a section up by number ("2.1", "2.1.") or anchor, within part (any part
// when part < 0).
func findSection(p *model.Policy, key string, part int) (int, bool) {
	if part < 0 {
		return p.FindSection(key)
	}
	return p.FindSectionInPart(part, key)
}

// sectionsTitled returns the sections of part (any part when part < 0) whose title contains
// words, ignoring case.
func sectionsTitled(p *model.Policy, words string, part int) []int {
	words = strings.ToLower(strings.TrimSpace(words))
	if words == "" {
		return nil
	}
	var out []int
	for i, s := range p.Sections {
		if (part < 0 || int(s.Part) == part) && strings.Contains(strings.ToLower(s.Title), words) {
			out = append(out, i)
		}
	}
	return out
}

// otherPartsHint tells the user, when --section names a number found in several language parts
// and no --lang chose one, which part is shown and how to see the others.
func otherPartsHint(p *model.Policy, o ShowOptions) string {
	if o.Section == "" || o.Lang != "" || len(p.Parts) < 2 {
		return ""
	}
	i, ok := findSection(p, o.Section, -1)
	if !ok {
		return ""
	}
	var others []string
	for pi, pt := range p.Parts {
		if pi == int(p.Sections[i].Part) {
			continue
		}
		if _, ok := findSection(p, o.Section, pi); ok && pt.Lang != model.LangUnknown {
			others = append(others, "--lang "+pt.Lang.String())
		}
	}
	if len(others) == 0 {
		return ""
	}
	shown := p.Parts[p.Sections[i].Part].Lang.String()
	return fmt.Sprintf("section %s is in more than one language part; showing the %s one (for the other: %s)",
		model.Sanitize(o.Section), orDash(shown), strings.Join(others, ", "))
}

// isWithin reports whether section j is nested (at any depth) in section i.
func isWithin(p *model.Policy, j, i int) bool {
	for k := int(p.Sections[j].Parent); k >= 0; k = int(p.Sections[k].Parent) {
		if k == i {
			return true
		}
	}
	return false
}

// sectionList names the sections of part (all when part < 0) for an error message: numbers,
// or anchors for unnumbered sections, grouped by language part.
func sectionList(p *model.Policy, part int) string {
	var groups []string
	for pi, pt := range partsOf(p) {
		if part >= 0 && pi != part {
			continue
		}
		var keys []string
		for i := pt.FirstSection; i < pt.EndSection; i++ {
			s := p.Sections[i]
			if s.Number != "" {
				keys = append(keys, s.Number)
			} else {
				keys = append(keys, s.Anchor)
			}
		}
		g := strings.Join(keys, ", ")
		if g == "" {
			g = "no sections"
		}
		if len(p.Parts) > 1 && part < 0 {
			g = orDash(pt.Lang.String()) + ": " + g
		}
		groups = append(groups, g)
	}
	return model.Sanitize(strings.Join(groups, "; "))
}

// writeShown writes md to w: rendered with glamour when w is a terminal or a style was chosen,
// as markdown otherwise (so `show | less` and `show > file.md` get clean markdown). On a
// terminal, text longer than the screen goes through the pager unless noPager.
func writeShown(w io.Writer, md string, style renderStyle, width int, noPager bool) error {
	f, isFile := w.(*os.File)
	tty := isFile && term.IsTerminal(f.Fd())
	if !tty && style == styleAuto {
		_, err := io.WriteString(w, md)
		return err
	}
	// The marks are for fineprint reading the markdown back; glamour would only drop them.
	md = model.WithoutMarks(md)
	if width == 0 {
		width = 80
		if tty {
			if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
				width = min(cols, 120)
			}
		}
	}
	if style == styleAuto {
		style = styleDark
		if os.Getenv("NO_COLOR") != "" {
			style = styleNoTTY
		} else if !lipgloss.HasDarkBackground(os.Stdin, f) {
			style = styleLight
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style.glamourName()), glamour.WithWordWrap(width))
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	out = ui.BreakLines(out, width)
	if style == styleNoTTY {
		out = ansi.Strip(out) // glamour's notty style still writes OSC 8 hyperlinks; notty is plain text
	}
	if tty && !noPager {
		return page(f, out)
	}
	_, err = io.WriteString(w, out)
	return err
}
