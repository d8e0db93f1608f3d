package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
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
		seen := map[string]int{}
		for _, f := range p.Findings {
			res := sarifResultOf(p, f, index[f.Rule])
			key := fingerprint(p, f)
			seen[key]++
			res.PartialFingerprints = map[string]string{"kyclint/v1": fmt.Sprintf("%s:%d", key, seen[key])}
			run.Results = append(run.Results, res)
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

// sarifResultOf places a finding where code scanning can show it: GitHub
// needs a line, so a finding on a photo points at the manifest line that
// declares the photo, with the photo as a related location; a file with no
// line to point at (a pack without a manifest) gets line 1.
func sarifResultOf(p Pack, f Finding, ruleIndex int) sarifResult {
	primary := at(p, f)
	d, onDocument := declared(p, f)
	if onDocument {
		primary = d
	}
	res := sarifResult{RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message: sarifText{Text: f.Message}, Locations: []sarifLocation{sarifLocationOf(primary)}}
	if f.Suppression != nil {
		res.Suppressions = []sarifSuppression{{Kind: "external", Justification: f.Suppression.Reason}}
	}
	if onDocument {
		rel := sarifLocationOf(spot{packFile(p.Path, f.File), 0})
		rel.ID = 1
		rel.PhysicalLocation.Region = nil // the whole file
		rel.Message = &sarifText{Text: "the file " + f.File}
		res.RelatedLocations = []sarifLocation{rel}
	}
	return res
}

func sarifLocationOf(s spot) sarifLocation {
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: sarifURI(s.file), URIBaseID: "%SRCROOT%"},
		Region:           &sarifRegion{StartLine: max(s.line, 1)}}}
}

// workDir is the folder SARIF locations are relative to (tests replace it).
var workDir = os.Getwd

// sarifURI turns a slash-separated path into a relative URI reference
// against %SRCROOT%, the working directory: an absolute path (a pack given
// as /srv/packs/x) is made relative to it, since code scanning refuses
// absolute file URIs; characters a URI cannot hold are percent-encoded.
func sarifURI(file string) string {
	if filepath.IsAbs(filepath.FromSlash(file)) {
		if wd, err := workDir(); err == nil {
			if rel, err := filepath.Rel(wd, filepath.FromSlash(file)); err == nil {
				file = filepath.ToSlash(rel)
			}
		}
	}
	file = strings.TrimPrefix(file, "./")
	u := url.URL{Path: file}
	s := u.String()
	if i := strings.IndexByte(s, ':'); i >= 0 && !strings.ContainsAny(s[:i], "/") {
		s = "./" + s // a first segment with a colon would read as a scheme
	}
	return s
}

// fingerprint identifies a finding across runs: its rule, pack, file and
// what it is about (the manifest key, else its line), never the message,
// whose day counts change daily. Equal keys in one pack are numbered.
func fingerprint(p Pack, f Finding) string {
	where := f.Subject
	if where == "" {
		where = fmt.Sprint(f.Line)
	}
	sum := sha256.Sum256([]byte(strings.Join([]string{f.Rule, filepath.ToSlash(p.Path), f.File, f.Document, where}, "\x00")))
	return hex.EncodeToString(sum[:16])
}

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
