package report

import (
	"encoding/json"
	"io"
	"net/url"
	"sort"
	"strings"

	"github.com/kyclint/kyclint/pkg/lint"
)

const (
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	homepage    = "https://github.com/kyclint/kyclint"
)

// sarifWriter writes SARIF 2.1.0 for code-scanning uploads. Rules come from
// Options; locations are relative to the working directory, so that the
// repository a CI job lints from is the base GitHub resolves them against.
type sarifWriter struct {
	rules []RuleDoc
}

var _ Writer = sarifWriter{}

func (s sarifWriter) Write(w io.Writer, r *Report) error {
	rules, index := sarifRules(s.rules, r)
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: "kyclint", Version: r.Tool.Version,
		InformationURI: homepage, Rules: rules}}, Results: []sarifResult{}}
	for _, p := range r.Packs {
		for _, f := range p.Findings {
			run.Results = append(run.Results, sarifResultOf(p, f, index[f.Rule]))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRules describes every known rule and any other rule the report
// names (a report read back may come from another version), sorted by id,
// with each id's index in the list.
func sarifRules(docs []RuleDoc, r *Report) ([]sarifRule, map[string]int) {
	byID := map[string]RuleDoc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for _, p := range r.Packs {
		for _, f := range p.Findings {
			if _, ok := byID[f.Rule]; !ok {
				byID[f.Rule] = RuleDoc{ID: f.Rule, Severity: f.Severity}
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rules := make([]sarifRule, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		d := byID[id]
		rules[i] = sarifRule{ID: id, Name: id, ShortDescription: textOrNil(d.Title),
			FullDescription: textOrNil(d.Why), Help: textOrNil(d.Hint),
			DefaultConfiguration: sarifConfig{Level: sarifLevel(d.Severity)}}
		index[id] = i
	}
	return rules, index
}

func sarifResultOf(p Pack, f Finding, ruleIndex int) sarifResult {
	res := sarifResult{RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message: sarifText{Text: f.Message}, Locations: []sarifLocation{sarifLocationOf(at(p, f))}}
	if f.Suppression != nil {
		res.Suppressions = []sarifSuppression{{Kind: "external", Justification: f.Suppression.Reason}}
	}
	if d, ok := declared(p, f); ok {
		rel := sarifLocationOf(d)
		rel.ID = 1
		rel.Message = &sarifText{Text: f.File + " is declared here"}
		res.RelatedLocations = []sarifLocation{rel}
	}
	return res
}

func sarifLocationOf(s spot) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(s.file)}}}
	if s.line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: s.line}
	}
	return loc
}

// sarifURI turns a slash-separated path into a URI reference: relative
// paths stay relative, absolute ones (a pack given as /srv/packs/x) become
// file URIs, and characters a URI cannot hold are percent-encoded.
func sarifURI(file string) string {
	u := url.URL{Path: file}
	if strings.HasPrefix(file, "/") {
		u.Scheme = "file"
	} else if len(file) > 2 && file[1] == ':' && file[2] == '/' && isLetter(file[0]) {
		u.Scheme, u.Path = "file", "/"+file // a Windows drive letter
	}
	return u.String()
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	case lint.Info:
		return "note"
	}
	return "none"
}
