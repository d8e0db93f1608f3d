// Package triage applies an operator's decisions to lint results after the
// rules ran: suppressions from .kyclint.yaml, which mark findings as
// accepted with a reason, and a baseline, which hides the findings a
// repository already had when it adopted kyclint.
package triage

import (
	"fmt"

	"github.com/kyclint/kyclint/pkg/config"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/pack"
)

// A Suppressor marks the findings a configuration's suppressions cover.
// Expired suppressions do not apply. It is not safe for concurrent use;
// lint.Stream emits results one at a time.
type Suppressor struct {
	cfg     *config.Config
	date    pack.Date
	matched map[*config.Suppression]int
}

// NewSuppressor returns a suppressor for cfg's suppressions on the lint date.
func NewSuppressor(cfg *config.Config, date pack.Date) *Suppressor {
	return &Suppressor{cfg: cfg, date: date, matched: map[*config.Suppression]int{}}
}

// Apply marks r's findings that an active suppression covers. A crash is
// never suppressed: it says the result cannot be trusted.
func (s *Suppressor) Apply(r *lint.PackResult) {
	rel, inside := s.cfg.Rel(r.Dir)
	if !inside {
		return
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Crash || f.Suppression != nil {
			continue
		}
		for _, sup := range s.cfg.Suppressions {
			if sup.Expired(s.date) || !sup.Covers(f.Rule) || !config.Match(sup.Packs, rel) || !fileMatches(sup.File, f) {
				continue
			}
			s.matched[sup]++
			f.Suppression = &lint.Suppression{Reason: sup.Reason, Source: sup.Source(s.cfg.File)}
			break
		}
	}
}

// fileMatches matches a suppression's file glob against the file a finding
// is on, or the document file a manifest finding is about.
func fileMatches(glob string, f *lint.Finding) bool {
	return glob == "" || config.Match(glob, f.File) || (f.About != "" && config.Match(glob, f.About))
}

// Notes lists, in file order, the suppressions that expired and those that
// matched no finding in this run, for stderr.
func (s *Suppressor) Notes() []string {
	var notes []string
	for _, sup := range s.cfg.Suppressions {
		switch {
		case sup.Expired(s.date):
			notes = append(notes, fmt.Sprintf("%s: the suppression of %s expired on %s and no longer applies; its findings are reported",
				sup.Source(s.cfg.File), sup.Rule, sup.Expires))
		case s.matched[sup] == 0:
			notes = append(notes, fmt.Sprintf("%s: the suppression of %s matched no finding in the packs linted; remove it if the problem is fixed",
				sup.Source(s.cfg.File), sup.Rule))
		}
	}
	return notes
}
