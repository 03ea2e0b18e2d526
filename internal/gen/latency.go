package gen

import (
	"sort"
	"testing"
	"time"
)

// Latency is the body of a latency benchmark: one question per iteration, the
// questions in turn, and the 50th and 99th percentiles of the calls reported as
// p50-ms and p99-ms.
func Latency(b *testing.B, qs []string, ask func(q string) error) {
	var took []time.Duration
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		start := time.Now()
		if err := ask(q); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(percentileMS(took, 50), "p50-ms")
	b.ReportMetric(percentileMS(took, 99), "p99-ms")
}

// percentileMS is the p-th percentile of sorted durations, in milliseconds.
func percentileMS(sorted []time.Duration, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(max((len(sorted)*p+99)/100-1, 0), len(sorted)-1)
	return float64(sorted[i].Microseconds()) / 1000
}
