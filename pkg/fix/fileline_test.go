package fix

import "testing"

func TestReplaceFileValue(t *testing.T) {
	tests := []struct {
		line, old, want string
		ok              bool
	}{
		{"  - file: scan.jpg", "scan.jpg", "  - file: scan.png", true},
		{"  - file: scan.jpg   # front page", "scan.jpg", "  - file: scan.png   # front page", true},
		{`    file: "scan.jpg"  # quoted`, "scan.jpg", `    file: "scan.png"  # quoted`, true},
		{"    file: 'scan.jpg'", "scan.jpg", "    file: 'scan.png'", true},
		{"  - {file: scan.jpg, type: id_card}", "scan.jpg", "  - {file: scan.png, type: id_card}", true},
		{`    {"file": "scan.jpg", "type": "passport"},`, "scan.jpg", `    {"file": "scan.png", "type": "passport"},`, true},
		{"  - file: scan.jpg\r", "scan.jpg", "  - file: scan.png\r", true},
		{"  - file: dir/my file.jpg", "dir/my file.jpg", "  - file: dir/my file.png", true},
		{"  - file: other.jpg", "scan.jpg", "", false},
		{"    profile: scan.jpg", "scan.jpg", "", false},
		{`    file: "sc\u0061n.jpg"`, "scan.jpg", "", false},
		{"    file: |", "scan.jpg", "", false},
		{"    file:", "scan.jpg", "", false},
	}
	for _, tt := range tests {
		old, want := tt.old, tt.want
		got, ok := replaceFileValue(tt.line, old, withExt(old, ".png"))
		if ok != tt.ok || got != want {
			t.Errorf("replaceFileValue(%q) = %q, %v; want %q, %v", tt.line, got, ok, want, tt.ok)
		}
	}
}
