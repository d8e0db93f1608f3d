package filecheck

import "github.com/kyclint/kyclint/pkg/redact"

func textf(format string, args ...any) redact.Text { return redact.Textf(format, args...) }
