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
		b.WriteString(h.paint(ansiDim, maskedNote) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (h *humanWriter) pack(b *strings.Builder, p Pack, verbose bool) {
	status := h.paint(ansiGreen, "pass")
	if p.Status == "fail" {
		status = h.paint(ansiRed, "FAIL")
	}
	// Every text from the report is cleaned again: a report read back by
	// reformat may hold control characters no kyclint run wrote.
	fmt.Fprintf(b, "%s  %s  %s\n", h.paint(ansiBold, cleanName(p.Path)), status, h.paint(ansiDim, "rules: "+cleanName(p.Ruleset)))
	groups := groupByDocument(p)
	width := locWidth(p)
	hinted := map[string]bool{}
	for _, g := range groups {
		fmt.Fprintf(b, "  %s\n", cleanName(g.name))
		for _, f := range g.findings {
			loc := fmt.Sprintf("%-*s", width, location(p, f))
			fmt.Fprintf(b, "    %s  %s  %s  %s\n", h.paint(ansiDim, loc), h.severity(f.Severity), h.paint(ansiBold, cleanName(f.Rule)), cleanName(f.Message))
			if f.Hint != "" && !hinted[f.Hint] {
				hinted[f.Hint] = true
				fmt.Fprintf(b, "    %s  %s\n", strings.Repeat(" ", width+2+7), h.paint(ansiDim, "hint: "+cleanName(f.Hint)))
			}
		}
	}
	if verbose && len(p.passed) > 0 {
		fmt.Fprintf(b, "  checked and passed (%d rules):\n", len(p.passed))
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

func (h *humanWriter) severity(s lint.Severity) string {
	word := fmt.Sprintf("%-7s", s.String())
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
