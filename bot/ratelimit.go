package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Default per-user limits: ten questions a minute, with a burst of three so a user can
// ask a quick follow-up or two.
const (
	DefaultQuestionsPerMinute = 10
	DefaultQuestionBurst      = 3
)

// RateDecision is what RateLimiter.Allow decides about one question.
type RateDecision int

// The decisions.
const (
	RateAllow  RateDecision = iota // answer the question
	RateNotify                     // over the limit: tell the user once
	RateSilent                     // still over the limit: say nothing
)

// RateLimiter limits how often each user may ask, with one token bucket per key
// (platform and user id). A user over the limit is told so once; after that their
// questions are dropped silently until the bucket has filled up again, so a user who
// floods the bot does not get a flood of notices back.
type RateLimiter struct {
	limit rate.Limit
	burst int
	now   func() time.Time // tests move the clock

	mu        sync.Mutex
	users     map[string]*userBucket
	lastSweep time.Time
}

type userBucket struct {
	lim      *rate.Limiter
	notified bool // told about the limit since the bucket was last full
	last     time.Time
}

// NewRateLimiter allows perMinute questions a minute per key, burst at once.
func NewRateLimiter(perMinute, burst int) *RateLimiter {
	if burst < 1 {
		burst = 1
	}
	return &RateLimiter{
		limit: rate.Limit(float64(perMinute) / 60),
		burst: burst,
		now:   time.Now,
		users: map[string]*userBucket{},
	}
}

// refill is how long an untouched bucket takes to fill up from empty; a bucket idle
// that long is the same as a new one, so it can be forgotten.
func (r *RateLimiter) refill() time.Duration {
	if r.limit <= 0 {
		return time.Hour
	}
	return time.Duration(float64(r.burst) / float64(r.limit) * float64(time.Second))
}

// Allow takes one question from key's bucket and says what to do with it.
func (r *RateLimiter) Allow(key string) RateDecision {
	now := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sweep(now)
	u := r.users[key]
	if u == nil {
		u = &userBucket{lim: rate.NewLimiter(r.limit, r.burst)}
		r.users[key] = u
	}
	u.last = now
	if u.notified && u.lim.TokensAt(now) >= float64(r.burst) {
		u.notified = false
	}
	if u.lim.AllowN(now, 1) {
		return RateAllow
	}
	if u.notified {
		return RateSilent
	}
	u.notified = true
	return RateNotify
}

// Len is how many users the limiter remembers.
func (r *RateLimiter) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.users)
}

// sweep forgets users idle for longer than a refill, at most once per refill period so
// that Allow stays cheap.
func (r *RateLimiter) sweep(now time.Time) {
	idle := r.refill()
	if now.Sub(r.lastSweep) < idle {
		return
	}
	r.lastSweep = now
	for k, u := range r.users {
		if now.Sub(u.last) >= idle {
			delete(r.users, k)
		}
	}
}

// PerMinute is how many questions a minute the limiter lets each user ask.
func (r *RateLimiter) PerMinute() int { return int(float64(r.limit)*60 + 0.5) }
