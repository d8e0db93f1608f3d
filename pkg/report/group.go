package report

import "sort"

// A docGroup is the findings of a pack about one document (or about the
// pack as a whole, or its manifest as a whole), as the human report lists
// them.
type docGroup struct {
	name     string
	order    int // the manifest line that declares the document; 0 for the pack and its manifest
	findings []Finding
}

// groupByDocument gathers a pack's unsuppressed findings under the file
// they are about: a manifest line that describes a document counts for that
// document. The pack and the manifest come first, then documents in the
// order the manifest declares them, then undeclared files by name. Within a
// group, findings keep the report's order (manifest lines first).
func groupByDocument(p Pack) []*docGroup {
	byName := map[string]*docGroup{}
	var groups []*docGroup
	for _, f := range p.Findings {
		if f.Suppression != nil {
			continue // counted in the summary only
		}
		name := documentOf(f)
		g := byName[name]
		if g == nil {
			g = &docGroup{name: name, order: groupOrder(f, name, p.Manifest)}
			byName[name] = g
			groups = append(groups, g)
		}
		if f.ManifestLine > 0 && (g.order == 0 || f.ManifestLine < g.order) && name != p.Manifest && name != "(pack)" {
			g.order = f.ManifestLine
		}
		g.findings = append(g.findings, f)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if rank(a, p.Manifest) != rank(b, p.Manifest) {
			return rank(a, p.Manifest) < rank(b, p.Manifest)
		}
		if a.order != b.order {
			return a.order < b.order
		}
		return a.name < b.name
	})
	return groups
}

// documentOf names the file a finding is about.
func documentOf(f Finding) string {
	switch {
	case f.Document != "":
		return f.Document
	case f.File == "":
		return "(pack)"
	}
	return f.File
}

func groupOrder(f Finding, name, manifest string) int {
	if name == manifest || name == "(pack)" {
		return 0
	}
	return f.ManifestLine
}

// rank puts the pack first, then its manifest, then declared documents,
// then files the manifest does not declare.
func rank(g *docGroup, manifest string) int {
	switch {
	case g.name == "(pack)":
		return 0
	case g.name == manifest && manifest != "":
		return 1
	case g.order > 0:
		return 2
	}
	return 3
}
