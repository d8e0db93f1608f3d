package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// humanWriter prints, per pack, one list per document: what kyc.yaml says
// wrong about it and what is wrong in the file itself, together. A hint
// several findings share is printed once per pack; with Verbose, the rules
// that ran and found nothing are listed too. Colour only when Style says
// the output is a terminal.
type humanWriter struct {
	style Options
}

var _ Writer = (*humanWriter)(nil)

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
)

func (h *humanWriter) paint(code, s string) string {
	if !h.style.Color {
		return s
	}
	return code + s + ansiReset
}

func (h *humanWriter) Write(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, p := range r.Packs {
		h.pack(&b, p, r.verbose)
	}
	h.summary(&b, r.Summary)
	if r.noteMasked && anyMasked(r) {
		b.WriteString(h.paint(ansiDim, h.style.Lang.String(maskedNote)) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (h *humanWriter) pack(b *strings.Builder, p Pack, verbose bool) {
	tr := h.style.Lang
	status := h.paint(ansiGreen, tr.String("pass"))
	if p.Status == "fail" {
		status = h.paint(ansiRed, tr.String("FAIL"))
	}
	// Every text from the report is cleaned again: a report read back by
	// reformat may hold control characters no kyclint run wrote.
	fmt.Fprintf(b, "%s  %s  %s\n", h.paint(ansiBold, cleanName(p.Path)), status, h.paint(ansiDim, tr.Sprintf("rules: %s", cleanName(p.Ruleset))))
	groups := groupByDocument(p)
	width := locWidth(p)
	hinted := map[string]bool{}
	for _, g := range groups {
		name := g.name
		if name == "(pack)" {
			name = tr.String(name)
		}
		fmt.Fprintf(b, "  %s\n", cleanName(name))
		for _, f := range g.findings {
			loc := fmt.Sprintf("%-*s", width, location(p, f))
			fmt.Fprintf(b, "    %s  %s  %s  %s\n", h.paint(ansiDim, loc), h.severity(f.Severity), h.paint(ansiBold, cleanName(f.Rule)), h.message(f))
			if f.Hint != "" && !hinted[f.Hint] {
				hinted[f.Hint] = true
				fmt.Fprintf(b, "    %s  %s\n", strings.Repeat(" ", width+2+7), h.paint(ansiDim, tr.Sprintf("hint: %s", cleanName(tr.String(f.Hint)))))
			}
		}
	}
	if verbose && len(p.passed) > 0 {
		fmt.Fprintf(b, "  %s\n", tr.Sprintf("checked and passed (%d rules):", len(p.passed)))
		for _, line := range wrap(p.passed, 96) {
			fmt.Fprintf(b, "    %s\n", h.paint(ansiDim, line))
		}
	}
	b.WriteString("\n")
}

// wrap joins words with ", " into lines of at most width bytes (a longer
// word gets a line of its own).
func wrap(words []string, width int) []string {
	var lines []string
	line := ""
	for i, w := range words {
		if i < len(words)-1 {
			w += ","
		}
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// location is where a finding points: "kyc.yaml:19" for a manifest line,
// "" for a finding on a file's content.
func location(p Pack, f Finding) string {
	if f.Line == 0 {
		return ""
	}
	file := f.File
	if file == "" {
		file = p.Manifest
	}
	return fmt.Sprintf("%s:%d", cleanName(file), f.Line)
}

func locWidth(p Pack) int {
	w := 0
	for _, f := range p.Findings {
		w = max(w, len(location(p, f)))
	}
	return w
}

// message is a finding's message in the report's language, cleaned of
// control characters: rendered again from the rule's format and arguments,
// in the rendering the report chose, when the finding has them (a report
// read back from JSON has only the English text, translated as a whole).
func (h *humanWriter) message(f Finding) string {
	tr := h.style.Lang
	if tr == nil {
		return cleanName(f.Message)
	}
	if f.text.Format == "" && f.text.Plain == "" {
		return cleanName(tr.String(f.Message))
	}
	return cleanName(tr.Text(f.text, f.mode))
}

func (h *humanWriter) severity(s lint.Severity) string {
	word := padRight(h.style.Lang.String(s.String()), 7)
	switch s {
	case lint.Error:
		return h.paint(ansiRed, word)
	case lint.Warning:
		return h.paint(ansiYellow, word)
	}
	return h.paint(ansiBlue, word)
}

func (h *humanWriter) summary(b *strings.Builder, s Summary) {
	passed := s.Packs - s.Failed
	if tr := h.style.Lang; tr != nil {
		// Chinese has a single plural form (CLDR): one line for any count.
		b.WriteString(tr.Sprintf("%d packs: %d passed, %d failed; %d errors, %d warnings, %d infos",
			s.Packs, passed, s.Failed, s.Errors, s.Warnings, s.Infos))
		if s.Suppressed > 0 {
			b.WriteString(tr.Sprintf("; %d suppressed", s.Suppressed))
		}
		if s.Baselined > 0 {
			b.WriteString(tr.Sprintf("; %d baselined", s.Baselined))
		}
		b.WriteString("\n")
		return
	}
	fmt.Fprintf(b, "%d %s: %d passed, %d failed; %d %s, %d %s, %d %s",
		s.Packs, plural(s.Packs, "pack"), passed, s.Failed,
		s.Errors, plural(s.Errors, "error"), s.Warnings, plural(s.Warnings, "warning"), s.Infos, plural(s.Infos, "info"))
	if s.Suppressed > 0 {
		fmt.Fprintf(b, "; %d suppressed", s.Suppressed)
	}
	if s.Baselined > 0 {
		fmt.Fprintf(b, "; %d baselined", s.Baselined)
	}
	b.WriteString("\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// maskedNote tells a person once how to see what --redact auto hid.
const maskedNote = "Personal values are masked (--redact auto masks them unless the report goes to a terminal outside CI); " +
	"add --redact never to show them."

func anyMasked(r *Report) bool {
	for _, p := range r.Packs {
		for _, f := range p.Findings {
			if f.masked && f.Suppression == nil {
				return true
			}
		}
	}
	return false
}

// padRight pads s with spaces to cols terminal columns, counting a wide
// (East Asian) character as two.
func padRight(s string, cols int) string {
	w := 0
	for _, r := range s {
		w += RuneWidth(r)
	}
	if w >= cols {
		return s
	}
	return s + strings.Repeat(" ", cols-w)
}

// RuneWidth is the columns a terminal gives r: two for the East Asian wide
// and full-width ranges, one otherwise.
func RuneWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}
