package pack

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kyclint/kyclint/pkg/internal/yamlerr"
	"github.com/kyclint/kyclint/pkg/redact"
	"github.com/kyclint/kyclint/pkg/suggest"
)

// decoder turns a manifest's YAML into a Manifest and Documents, recording a
// ManifestProblem for each thing it cannot read and carrying on.
type decoder struct {
	file     string
	problems []Problem
}

func (d *decoder) problem(line int, hint string, format string, args ...any) {
	d.problems = append(d.problems, Problem{
		Kind: ManifestProblem, File: d.file, Line: line,
		Text: redact.Textf(format, args...), Hint: hint,
	})
}

const hintFixManifest = "Correct kyc.yaml as the message says; `kyclint explain pack.manifest` shows the format."

// decodeManifest parses data; it returns nil when the YAML cannot be read at all.
func decodeManifest(file string, data []byte) (*Manifest, []*Document, []Problem) {
	d := &decoder{file: file}
	if len(strings.TrimSpace(string(data))) == 0 {
		d.problem(1, "Write the applicant and the documents into the manifest, or delete it to lint the files alone.", "%s is empty", file)
		return nil, nil, d.problems
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := yamlerr.Split(err, data)
		d.problem(line, "Fix the YAML syntax: indent with spaces, not tabs, and close every bracket and quote.", "%s is not valid YAML: %s", file, msg)
		return nil, nil, d.problems
	}
	if len(root.Content) == 0 || root.Content[0].Tag == "!!null" {
		// "---" alone or "~" parse as a null value on the line after the data.
		d.problem(1, hintFixManifest, "%s holds no data", file)
		return nil, nil, d.problems
	}
	m, docs := d.manifest(root.Content[0])
	return m, docs, d.problems
}

var topKeys = []string{"version", "jurisdiction", "platform", "applicant", "documents"}

func (d *decoder) manifest(n *yaml.Node) (*Manifest, []*Document) {
	m := &Manifest{Version: 1, Lines: map[string]int{}}
	var docs []*Document
	d.mapping(n, "the manifest", topKeys, func(key string, line int, v *yaml.Node) {
		m.Lines[key] = line
		switch key {
		case "version":
			if v.Kind != yaml.ScalarNode || v.Value != "1" {
				d.problem(v.Line, "Write `version: 1`.", "unsupported manifest version %q; this kyclint reads version 1", redact.SecretOf(v.Value))
			}
		case "jurisdiction", "platform":
			if s, ok := d.scalar(v, key); ok {
				if key == "jurisdiction" {
					m.Jurisdiction = s
				} else {
					m.Platform = s
				}
			}
		case "applicant":
			m.Applicant = d.applicant(v)
		case "documents":
			docs = d.documents(v)
		}
	})
	return m, docs
}

var applicantKeys = []string{"name", "date_of_birth", "nationality", "address"}

func (d *decoder) applicant(n *yaml.Node) Applicant {
	a := Applicant{Fields: Fields{Line: n.Line}}
	d.mapping(n, "applicant", applicantKeys, func(key string, line int, v *yaml.Node) {
		a.set(key, line)
		switch key {
		case "name":
			a.Name = d.text(&a.Fields, key, v)
		case "address":
			a.Address = d.text(&a.Fields, key, v)
		case "date_of_birth":
			a.DateOfBirth = d.date(&a.Fields, key, v)
		case "nationality":
			a.Nationality = d.country(&a.Fields, key, v)
		}
	})
	return a
}

func (d *decoder) documents(n *yaml.Node) []*Document {
	if n.Kind != yaml.SequenceNode {
		d.problem(n.Line, hintFixManifest, "documents must be a list of entries, each starting with `- file:`")
		return nil
	}
	docs := make([]*Document, 0, len(n.Content))
	for i, item := range n.Content {
		if doc := d.document(i, item); doc != nil {
			docs = append(docs, doc)
		}
	}
	return docs
}

var documentKeys = []string{"file", "type", "side", "name", "name_latin", "date_of_birth", "expiry_date", "issue_date",
	"number", "nationality", "sex", "issuing_country", "address", "mrz"}

func (d *decoder) document(i int, n *yaml.Node) *Document {
	doc := &Document{Index: i, Fields: Fields{Line: n.Line}}
	where := fmt.Sprintf("document %d", i+1)
	d.mapping(n, where, documentKeys, func(key string, line int, v *yaml.Node) {
		doc.set(key, line)
		d.documentField(doc, key, v)
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if !doc.Present("file") {
		d.problem(n.Line, "Name the document's file, relative to the pack folder: `file: passport.jpg`.", "%s has no `file:`", where)
		return nil
	}
	if doc.File == "" {
		return nil // `file:` is not a string; that was reported
	}
	if !doc.Present("type") {
		d.problem(n.Line, "Add `type:`, one of: "+strings.Join(DocTypeNames(), ", ")+".", "%s (%s) has no `type:`", where, redact.FileOf(doc.File))
	}
	if doc.Type == "" {
		doc.Type = Other
	}
	return doc
}

func (d *decoder) documentField(doc *Document, key string, v *yaml.Node) {
	f := &doc.Fields
	switch key {
	case "file":
		doc.File = d.text(f, key, v)
	case "type":
		if s, ok := d.scalar(v, key); ok {
			doc.Type = DocType(s)
			if !doc.Type.Known() {
				d.problem(v.Line, "Use one of: "+strings.Join(DocTypeNames(), ", ")+".",
					"unknown document type %q%s", keyShown(s, DocTypeNames()), suggest.DidYouMean(s, DocTypeNames()))
				doc.Type = Other
				f.markInvalid(key)
			}
		}
	case "side":
		if s, ok := d.scalar(v, key); ok {
			if s != "front" && s != "back" {
				d.problem(v.Line, "Write `side: front` or `side: back`.", "side must be front or back, not %q", redact.SecretOf(s))
				f.markInvalid(key)
			} else {
				doc.Side = s
			}
		}
	case "sex":
		if s, ok := d.scalar(v, key); ok {
			if u := strings.ToUpper(s); u == "M" || u == "F" || u == "X" {
				doc.Sex = u
			} else {
				d.problem(v.Line, "Write the sex as printed on the document: M, F or X.", "sex must be M, F or X, not %q", redact.SecretOf(s))
				f.markInvalid(key)
			}
		}
	case "date_of_birth":
		doc.DateOfBirth = d.date(f, key, v)
	case "expiry_date":
		doc.ExpiryDate = d.date(f, key, v)
	case "issue_date":
		doc.IssueDate = d.date(f, key, v)
	case "nationality":
		doc.Nationality = d.country(f, key, v)
	case "issuing_country":
		doc.IssuingCountry = d.country(f, key, v)
	case "name":
		doc.Name = d.text(f, key, v)
	case "name_latin":
		doc.NameLatin = d.text(f, key, v)
	case "number":
		doc.Number = d.text(f, key, v)
	case "address":
		doc.Address = d.text(f, key, v)
	case "mrz":
		doc.MRZ = d.text(f, key, v)
	}
}
