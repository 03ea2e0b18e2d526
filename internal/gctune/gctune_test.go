package gctune

import (
	"runtime/debug"
	"testing"
)

func TestPercent(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		live, floor uint64
		want        int
	}{
		{6 * mb, 64 * mb, 1067}, // a small corpus: the heap may grow by the floor
		{64 * mb, 64 * mb, 100},
		{640 * mb, 64 * mb, 100}, // a large corpus keeps the default
		{0, 64 * mb, 100},        // nothing measured yet
		{1, 0, 100},
	}
	for _, tt := range tests {
		if got := Percent(tt.live, tt.floor); got != tt.want {
			t.Errorf("Percent(%d, %d) = %d, want %d", tt.live, tt.floor, got, tt.want)
		}
	}
}

func TestApplyLeavesGOGCToTheEnvironment(t *testing.T) {
	old := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(old) })

	t.Setenv("GOGC", "200")
	if _, applied := Apply(DefaultFloor); applied {
		t.Error("Apply changed the collector though GOGC is set")
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent = %d after Apply with GOGC set, want it unchanged (100)", got)
	}

	t.Setenv("GOGC", "")
	percent, applied := Apply(DefaultFloor)
	if !applied || percent < 100 {
		t.Fatalf("Apply = %d, %v; want a percentage of at least 100", percent, applied)
	}
	if got := debug.SetGCPercent(100); got != percent {
		t.Errorf("GC percent = %d, want the %d Apply returned", got, percent)
	}
}
