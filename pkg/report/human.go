package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

// humanWriter groups findings by pack, then by file, with hints and a
// summary line; colour only when Style says the output is a terminal.
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
		h.pack(&b, p)
	}
	h.summary(&b, r.Summary)
	if r.noteMasked && anyMasked(r) {
		b.WriteString(h.paint(ansiDim, maskedNote) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (h *humanWriter) pack(b *strings.Builder, p Pack) {
	status := h.paint(ansiGreen, "pass")
	if p.Status == "fail" {
		status = h.paint(ansiRed, "FAIL")
	}
	fmt.Fprintf(b, "%s  %s  %s\n", h.paint(ansiBold, p.Path), status, h.paint(ansiDim, "rules: "+p.Ruleset))
	file := "\x00"
	for _, f := range p.Findings {
		if f.Suppression != nil {
			continue // counted in the summary only
		}
		if f.File != file {
			file = f.File
			name := f.File
			if name == "" {
				name = "(pack)"
			}
			fmt.Fprintf(b, "  %s\n", name)
		}
		loc := "    "
		if f.Line > 0 {
			loc = fmt.Sprintf("%4d", f.Line)
		}
		fmt.Fprintf(b, "  %s  %s  %s  %s\n", h.paint(ansiDim, loc), h.severity(f.Severity), h.paint(ansiBold, f.Rule), f.Message)
		fmt.Fprintf(b, "  %s  %s\n", strings.Repeat(" ", 4+2+7), h.paint(ansiDim, "hint: "+f.Hint))
	}
	b.WriteString("\n")
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
