package lint

import (
	"encoding/json"
	"fmt"
)

// A Severity ranks a finding. The zero value, Off, disables a rule.
type Severity int

// Severities, lowest first. The numeric order is what --fail-on compares.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Info: "info", Warning: "warning", Error: "error"}

// SeverityNames lists the words a rule set may use for a severity.
var SeverityNames = []string{"error", "warning", "info", "off"}

func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads one of SeverityNames.
func ParseSeverity(s string) (Severity, error) {
	for i, name := range severityNames {
		if name == s {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q (valid: error, warning, info, off)", s)
}

// MarshalJSON writes the severity as its name.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a severity name.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, err := ParseSeverity(name)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
