package pack

import (
	"testing"
	"time"
)

const sidesManifest = `version: 1
documents:
  - file: back.jpg
    type: id_card
    side: back
    issue_date: 2015-03-01
    expiry_date: 2035-03-01
    number: "110101199003074477"
  - file: front.jpg
    type: id_card
    side: front
    name: 张伟
    number: "110101199003074478"
  - file: passport.jpg
    type: passport
  - file: licence-back.jpg
    type: driving_licence
    side: back
    expiry_date: 2030-01-01
`

func TestSidesMergeBackIntoFront(t *testing.T) {
	_, docs, problems := decodeManifest("kyc.yaml", []byte(sidesManifest))
	if len(problems) != 0 {
		t.Fatalf("problems:%s", dumpProblems(problems))
	}
	pairSides(docs)
	back, front, licence := docs[0], docs[1], docs[3]
	if front.Pair != back || back.Pair != front {
		t.Fatalf("front and back not paired: %p %p", front.Pair, back.Pair)
	}
	if front.ExpiryDate != (Date{2035, time.March, 1}) || front.IssueDate != (Date{2015, time.March, 1}) {
		t.Errorf("front dates = %v %v, want the back's", front.IssueDate, front.ExpiryDate)
	}
	if got, want := front.FieldLine("expiry_date"), lineOf(t, sidesManifest, "expiry_date: 2035"); got != want {
		t.Errorf("front expiry_date line %d, want the back's %d", got, want)
	}
	if !front.FromBack("expiry_date") || front.FromBack("name") {
		t.Error("FromBack does not say which keys came from the back")
	}
	if !back.ExpiryDate.IsZero() || back.Present("expiry_date") {
		t.Error("the back still declares expiry_date: rules would check it twice")
	}
	// Both declare a number: each keeps its own.
	if front.Number != "110101199003074478" || back.Number != "110101199003074477" {
		t.Errorf("numbers %q %q: a field both sides declare must stay on both", front.Number, back.Number)
	}
	if licence.Pair != nil || licence.ExpiryDate.IsZero() {
		t.Error("a back without a front of its type must stay as it is")
	}
}
