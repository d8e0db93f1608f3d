package pack

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/kyclint/kyclint/pkg/redact"
)

// MaxDocuments is the most documents of one pack kyclint checks; the rest
// are reported once and left unread. A real pack holds a handful, and every
// document costs a decode and the memory its analyses keep until the pack
// is done, so without a cap one manifest could exhaust a batch's worker.
const MaxDocuments = 100

// linesShown is how many manifest lines a message about repeated entries
// lists before saying how many more there are.
const linesShown = 5

// dropRepeatedFiles keeps, for each file, the first entry of each
// category and drops the others, with one problem per group dropped: a
// file is read and analysed once per role it plays, however many entries
// name it. One role each is kept because a rule set may accept an identity
// document that also proves the address, listed once as each (see
// address.same-document). Names are compared as the pack opens them
// (cleaned, so "a/../p.jpg" is p.jpg); entries without a file are each
// reported as such, not grouped.
func (p *Pack) dropRepeatedFiles() {
	first := map[string]int{}
	var groups [][]*Document
	for _, d := range p.Documents {
		key := path.Clean(filepath.ToSlash(d.File)) + "\x00" + string(d.Category())
		if i, ok := first[key]; ok && d.File != "" {
			groups[i] = append(groups[i], d)
			continue
		}
		first[key] = len(groups)
		groups = append(groups, []*Document{d})
	}
	if len(groups) == len(p.Documents) {
		return
	}
	kept := make([]*Document, 0, len(groups))
	for _, g := range groups {
		kept = append(kept, g[0])
		if len(g) > 1 {
			p.markListed(g[1:])
			p.problem(ManifestProblem, p.ManifestFile, g[1].FieldLine("file"),
				"List each file once (an identity document that also proves the address may be listed once as each); "+
					"a document with two sides is two photos, each listed with its side.",
				"%s is listed by %d entries as %s (lines %s); only the first is checked", redact.FileOf(g[0].File), len(g), roleOf(g[0]), entryLines(g))
		}
	}
	p.Documents = kept
}

// roleOf names a document's category for messages.
func roleOf(d *Document) string {
	switch d.Category() {
	case Identity:
		return "an identity document"
	case AddressProof:
		return "a proof of address"
	case SelfieCat:
		return "a selfie"
	}
	return "another document"
}

// entryLines lists the lines of a group's entries, the first few of them.
func entryLines(g []*Document) string {
	var b strings.Builder
	for i, d := range g {
		if i == linesShown {
			fmt.Fprintf(&b, " and %d more", len(g)-linesShown)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, d.FieldLine("file"))
	}
	return b.String()
}

// capDocuments keeps the first MaxDocuments documents, with one problem
// saying how many were left unchecked.
func (p *Pack) capDocuments() {
	if len(p.Documents) <= MaxDocuments {
		return
	}
	n, first := len(p.Documents), p.Documents[MaxDocuments]
	p.markListed(p.Documents[MaxDocuments:])
	p.Documents = p.Documents[:MaxDocuments:MaxDocuments]
	if p.Manifest == nil {
		p.problem(ManifestProblem, "", 0, "Lint a folder per applicant; a pack holds a handful of documents.",
			"the folder holds %d document files; only the first %d (by name) are checked", n, MaxDocuments)
		return
	}
	p.problem(ManifestProblem, p.ManifestFile, first.FieldLine("file"), "List one applicant's documents; a pack holds a handful.",
		"the manifest lists %d documents; only the first %d are checked", n, MaxDocuments)
}

// limitDocuments applies dropRepeatedFiles and capDocuments, before any
// document's path is resolved.
func (p *Pack) limitDocuments() {
	p.dropRepeatedFiles()
	p.capDocuments()
}

// markListed marks the files that dropped entries name as listed, so that
// they are not reported as files the manifest forgot.
func (p *Pack) markListed(dropped []*Document) {
	names := map[string]bool{}
	for _, d := range dropped {
		names[path.Clean(filepath.ToSlash(d.File))] = true
	}
	for _, f := range p.Files {
		if names[f.Name] {
			f.Listed = true
		}
	}
}
