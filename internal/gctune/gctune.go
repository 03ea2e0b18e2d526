// Package gctune sets the garbage collector of a process that serves from a small
// heap. minebot's live heap is a few megabytes for a corpus of a few hundred articles,
// while each answer allocates a few hundred kilobytes: with the default GOGC=100 the
// collector runs every few dozen answers, and the answers it overlaps are the slowest.
// Letting the heap grow by a fixed floor above the live heap before a collection costs
// that floor in memory and removes most of those collections; a large corpus, whose
// live heap is above the floor, keeps the default.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// DefaultFloor is how much the heap may grow above the live heap before a collection.
const DefaultFloor = 64 << 20

// Percent is the GOGC value that lets a heap of live bytes grow by at least floor
// bytes before the next collection, and never less than the default 100.
func Percent(live, floor uint64) int {
	if live == 0 {
		return 100
	}
	p := (floor*100 + live - 1) / live
	return int(max(p, 100))
}

// Apply sets the collector's percentage for the heap live now (after a collection, so
// the figure is exact) and returns it. A GOGC set in the environment wins: Apply then
// changes nothing and reports false.
func Apply(floor uint64) (percent int, applied bool) {
	if os.Getenv("GOGC") != "" {
		return 0, false
	}
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	var live uint64
	if sample[0].Value.Kind() == metrics.KindUint64 {
		live = sample[0].Value.Uint64()
	}
	percent = Percent(live, floor)
	debug.SetGCPercent(percent)
	return percent, true
}
