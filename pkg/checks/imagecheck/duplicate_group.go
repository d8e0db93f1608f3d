package imagecheck

import (
	"strings"

	"github.com/kyclint/kyclint/pkg/analysis"
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// A duplicateGroup is documents that are one picture, in manifest order.
type duplicateGroup struct {
	members  []analyzed
	distance int // for near-identical pictures, the largest distance that joined two of them
}

// namesShown is how many of a group's files a message names.
const namesShown = 5

// names lists the group's files, masked as file names: "a and b",
// "a, b and c", "a, b, … and 7 more".
func (g duplicateGroup) names() redact.Text {
	var verbs []string
	var files []any
	for _, m := range g.members {
		verbs = append(verbs, "%s")
		files = append(files, redact.FileOf(m.doc.File))
	}
	if len(files) > namesShown {
		verbs = append(verbs[:namesShown], "%d more")
		files = append(files[:namesShown], len(g.members)-namesShown)
	}
	return redact.Textf(strings.Join(verbs[:len(verbs)-1], ", ")+" and "+verbs[len(verbs)-1], files...)
}

// data is the finding's data: the first document, and the group's size
// when it is more than a pair.
func (g duplicateGroup) data() map[string]any {
	d := map[string]any{"same_as": g.members[0].doc.File}
	if len(g.members) > 2 {
		d["documents"] = len(g.members)
	}
	return d
}

// groupDuplicates joins documents with identical bytes into groups, then
// joins those (one document standing for each) whose perceptual hashes are
// within maxDistance into groups of near-identical pictures. Groups of one
// are left out. Joining is transitive: each group is reported once however
// many pairs it holds.
func groupDuplicates(p *lint.Pass, imgs []analyzed, maxDistance int) (same, near []duplicateGroup) {
	exact := newUnion(len(imgs))
	for i := range imgs {
		for j := 0; j < i; j++ {
			hi, hj := analysis.SHA256.Of(p, imgs[i].doc), analysis.SHA256.Of(p, imgs[j].doc)
			if hi != nil && hj != nil && *hi == *hj {
				exact.join(j, i, 0)
			}
		}
	}
	var heads []analyzed
	for _, g := range exact.groups(imgs) {
		heads = append(heads, g.members[0])
		if len(g.members) > 1 {
			same = append(same, g)
		}
	}
	similar := newUnion(len(heads))
	for i := range heads {
		for j := 0; j < i; j++ {
			a, b := heads[j].a.Metrics, heads[i].a.Metrics
			if a == nil || b == nil {
				continue
			}
			if d := a.Hash.Distance(b.Hash); d <= maxDistance {
				similar.join(j, i, d)
			}
		}
	}
	for _, g := range similar.groups(heads) {
		if len(g.members) > 1 {
			near = append(near, g)
		}
	}
	return same, near
}

// union is a disjoint-set forest over indexes, each set led by its lowest
// index, remembering the largest distance that joined it.
type union struct {
	parent []int
	dist   []int
}

func newUnion(n int) *union {
	u := &union{parent: make([]int, n), dist: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *union) join(i, j, d int) {
	a, b := u.find(i), u.find(j)
	if a > b {
		a, b = b, a
	}
	if a != b {
		u.parent[b] = a
		u.dist[a] = max(u.dist[a], u.dist[b])
	}
	u.dist[a] = max(u.dist[a], d)
}

// groups returns the sets in the order of their lowest index, members in
// index order.
func (u *union) groups(items []analyzed) []duplicateGroup {
	at := map[int]int{}
	var out []duplicateGroup
	for i, it := range items {
		r := u.find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, duplicateGroup{distance: u.dist[r]})
		}
		out[k].members = append(out[k].members, it)
	}
	return out
}
