package cli

import (
	"fmt"
	"sync"
	"time"
)

// progress draws "done/total, rate, ETA" on stderr while a batch runs. It
// draws only for a person: stderr a terminal, more than one pack, not in
// CI and not with --quiet; otherwise every call does nothing.
type progress struct {
	io      *IOStreams
	total   int
	done    int
	start   time.Time
	last    time.Time
	enabled bool
	now     func() time.Time
	mu      sync.Mutex
}

func newProgress(io *IOStreams, total int, quiet bool, now func() time.Time) *progress {
	p := &progress{io: io, total: total, now: now}
	p.enabled = !quiet && total > 1 && io.IsStderrTTY() && !io.InCI()
	p.start = now()
	return p
}

// tick counts one pack done and redraws at most ten times a second.
func (p *progress) tick() {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	t := p.now()
	if p.done < p.total && t.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = t
	elapsed := t.Sub(p.start).Seconds()
	rate := float64(p.done) / max(elapsed, 1e-9)
	eta := "--:--"
	if rate > 0 {
		left := time.Duration(float64(p.total-p.done)/rate) * time.Second
		eta = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	}
	fmt.Fprintf(p.io.ErrOut, "\r\x1b[Klinting %d/%d packs, %.1f packs/s, ETA %s", p.done, p.total, rate, eta)
}

// finish clears the progress line so the report starts on a clean line.
func (p *progress) finish() {
	if p.enabled {
		fmt.Fprint(p.io.ErrOut, "\r\x1b[K")
	}
}
