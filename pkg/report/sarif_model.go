package report

// The SARIF 2.1.0 subset kyclint writes: one run, its rules, and results
// with a physical location. Field names follow the OASIS schema.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     *sarifText  `json:"shortDescription,omitempty"`
	FullDescription      *sarifText  `json:"fullDescription,omitempty"`
	Help                 *sarifText  `json:"help,omitempty"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	// PartialFingerprints keep a code-scanning alert the same alert across
	// runs, whatever the message's day counts say.
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	// Suppressions marks a result the operators accepted; code scanning
	// shows it as dismissed.
	Suppressions []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"` // "external": written outside the pack's files
	Justification string `json:"justification"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"` // only related locations have one, from 1
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"` // always %SRCROOT%: the checkout the job runs in
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

// textOrNil leaves out a description the rule does not have.
func textOrNil(s string) *sarifText {
	if s == "" {
		return nil
	}
	return &sarifText{Text: s}
}
