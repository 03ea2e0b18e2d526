package bot

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// rateClock is a clock tests move by hand.
type rateClock struct{ t time.Time }

func (c *rateClock) now() time.Time          { return c.t }
func (c *rateClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestRateLimiter(t *testing.T) {
	// 10 a minute = one token every 6 s; burst 3; a full refill takes 18 s.
	type step struct {
		wait time.Duration // before asking
		key  string
		want RateDecision
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"burst then notice once then silent", []step{
			{0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateAllow},
			{0, "u", RateNotify}, {time.Second, "u", RateSilent}, {time.Second, "u", RateSilent},
		}},
		{"users are separate", []step{
			{0, "telegram:1", RateAllow}, {0, "telegram:1", RateAllow}, {0, "telegram:1", RateAllow},
			{0, "telegram:1", RateNotify}, {0, "discord:1", RateAllow}, {0, "telegram:1", RateSilent},
		}},
		{"a token comes back, but the notice waits for a full bucket", []step{
			{0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateNotify},
			{6 * time.Second, "u", RateAllow}, {0, "u", RateSilent},
		}},
		{"after a full refill the notice comes again", []step{
			{0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateNotify},
			{18 * time.Second, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateAllow}, {0, "u", RateNotify},
		}},
		{"ten a minute go through at a steady pace", []step{
			{0, "u", RateAllow}, {6 * time.Second, "u", RateAllow}, {6 * time.Second, "u", RateAllow},
			{6 * time.Second, "u", RateAllow}, {6 * time.Second, "u", RateAllow}, {6 * time.Second, "u", RateAllow},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &rateClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
			r := NewRateLimiter(10, 3)
			r.now = clock.now
			var got, want []RateDecision
			for _, s := range tt.steps {
				clock.advance(s.wait)
				got = append(got, r.Allow(s.key))
				want = append(want, s.want)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("decisions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRateLimiterForgetsIdleUsers(t *testing.T) {
	clock := &rateClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	r := NewRateLimiter(10, 3)
	r.now = clock.now
	for _, k := range []string{"a", "b", "c"} {
		r.Allow(k)
	}
	clock.advance(10 * time.Second)
	r.Allow("d")
	if n := r.Len(); n != 4 {
		t.Fatalf("remembered %d users; want 4 before any is idle long enough", n)
	}
	clock.advance(15 * time.Second) // a, b, c idle 25 s; d 15 s
	r.Allow("e")
	if n := r.Len(); n != 2 {
		t.Errorf("remembered %d users; want 2 (d and e)", n)
	}
	if r.PerMinute() != 10 {
		t.Errorf("PerMinute() = %d; want 10", r.PerMinute())
	}
}
