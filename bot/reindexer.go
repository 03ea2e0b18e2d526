package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

// ErrReindexerClosed is the error of a reindex asked for after the reindexer stopped.
var ErrReindexerClosed = errors.New("the reindexer has stopped")

// reportProblems is how many problems a reindex report lists before it only counts.
const reportProblems = 5

// ReindexReport is what one rebuild did.
type ReindexReport struct {
	Trigger  string     // what asked for it ("startup", "admin", "signal", "watch"; several joined by "+")
	Before   index.Info // what served before
	After    index.Info // what serves now (the same as Before when the rebuild failed)
	Duration time.Duration
	// Problems are the bad articles that stopped the rebuild; safe to show a curator.
	Problems content.Problems
	// Err is any other failure. It is internal: log it, never show it in a chat.
	Err error
}

// OK says whether the rebuild replaced the serving index.
func (r ReindexReport) OK() bool { return r.Problems == nil && r.Err == nil }

// Text is the report as an admin reads it in a chat: plain text, no internals.
func (r ReindexReport) Text() string {
	if r.OK() {
		if !r.Before.Ready {
			return fmt.Sprintf("Indexed %d articles, %d passages, %s.", r.After.Articles, r.After.Passages, seconds(r.Duration))
		}
		return fmt.Sprintf("Reindexed: %d → %d articles, %d passages, %s.", r.Before.Articles, r.After.Articles, r.After.Passages, seconds(r.Duration))
	}
	var b strings.Builder
	switch {
	case r.Problems != nil:
		fmt.Fprintf(&b, "Reindex failed: %s in the content.\n", plural(len(r.Problems), "problem"))
		for i, p := range r.Problems {
			if i == reportProblems {
				fmt.Fprintf(&b, "… and %d more.\n", len(r.Problems)-reportProblems)
				break
			}
			b.WriteString(p.String() + "\n")
		}
	case errors.Is(r.Err, context.Canceled) || errors.Is(r.Err, ErrReindexerClosed):
		b.WriteString("Reindex stopped: minebot is shutting down.\n")
	default:
		b.WriteString("Reindex failed: the index could not be built (the reason is in the server's log).\n")
	}
	if r.Before.Ready {
		fmt.Fprintf(&b, "The previous index (%s) is still serving.", plural(r.Before.Articles, "article"))
	} else {
		b.WriteString("No index is serving yet.")
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// seconds writes a duration the way an admin reads it: "340 ms", "1.2 s".
func seconds(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// ReindexerConfig is what a Reindexer rebuilds, from what, and whom it tells.
type ReindexerConfig struct {
	Store    *index.Store
	Content  fs.FS    // read afresh on every rebuild
	Observer Observer // optional
	Logger   *slog.Logger
	// Ready, if set, runs after each rebuild that put a new generation in service:
	// serving readies the engine for it there (see Engine.Prepare). Its error is
	// logged; the new generation serves either way.
	Ready func(ctx context.Context) error
}

// ReindexStats counts what a Reindexer did, for tests and status pages.
type ReindexStats struct {
	Requests  int  // Request calls
	Coalesced int  // requests that joined one already waiting
	Runs      int  // rebuilds finished, good or bad
	Failures  int  // rebuilds that left the previous index serving
	Running   bool // a rebuild is running now
}

// Reindexer rebuilds the index one rebuild at a time. Requests that arrive while a
// rebuild runs are coalesced into one follow-up rebuild, which starts when the running
// one ends and so sees every change made before the requests.
type Reindexer struct {
	cfg  ReindexerConfig
	log  *slog.Logger
	kick chan struct{}

	mu      sync.Mutex
	running bool
	closed  bool
	next    *reindexBatch // requests waiting for the next rebuild to start
	stats   ReindexStats
	last    *ReindexReport // the latest rebuild's report
}

// reindexBatch is the set of requests one rebuild answers.
type reindexBatch struct {
	triggers []string
	done     chan struct{}
	report   ReindexReport
}

// NewReindexer returns a reindexer; nothing is rebuilt until Run runs and a request
// arrives.
func NewReindexer(cfg ReindexerConfig) *Reindexer {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Reindexer{cfg: cfg, log: log, kick: make(chan struct{}, 1)}
}

// ReindexTicket follows one request to the rebuild that answers it.
type ReindexTicket struct {
	// Queued is true when a rebuild was already running: this request waits for the
	// follow-up rebuild that starts right after it.
	Queued bool
	batch  *reindexBatch
}

// Done is closed when the rebuild that answers the request has ended.
func (t ReindexTicket) Done() <-chan struct{} { return t.batch.done }

// Wait waits for the rebuild's report, or for ctx to end.
func (t ReindexTicket) Wait(ctx context.Context) (ReindexReport, error) {
	select {
	case <-t.batch.done:
		return t.batch.report, nil
	case <-ctx.Done():
		return ReindexReport{}, ctx.Err()
	}
}

// Request asks for a rebuild that starts after this call; trigger says why.
func (r *Reindexer) Request(trigger string) ReindexTicket {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Requests++
	if r.closed {
		b := &reindexBatch{triggers: []string{trigger}, done: make(chan struct{})}
		b.report = r.closedReport(b)
		close(b.done)
		return ReindexTicket{batch: b}
	}
	if r.next == nil {
		r.next = &reindexBatch{done: make(chan struct{})}
	} else {
		r.stats.Coalesced++
	}
	r.next.triggers = append(r.next.triggers, trigger)
	select {
	case r.kick <- struct{}{}:
	default:
	}
	return ReindexTicket{Queued: r.running, batch: r.next}
}

// Stats says what the reindexer has done so far.
func (r *Reindexer) Stats() ReindexStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.stats
	s.Running = r.running
	return s
}

// Last is the report of the latest rebuild; false before the first one ends.
func (r *Reindexer) Last() (ReindexReport, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		return ReindexReport{}, false
	}
	return *r.last, true
}

// Run rebuilds on request until ctx ends; a rebuild in progress then stops and
// leaves the serving index as it was. Requests still waiting are answered with
// ErrReindexerClosed. Run returns nil.
func (r *Reindexer) Run(ctx context.Context) error {
	defer r.close()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-r.kick:
		}
		for {
			r.mu.Lock()
			b := r.next
			r.next, r.running = nil, b != nil
			r.mu.Unlock()
			if b == nil || ctx.Err() != nil {
				if b != nil {
					r.finish(b, r.closedReport(b))
				}
				break
			}
			r.finish(b, r.rebuild(ctx, strings.Join(b.triggers, "+")))
		}
	}
}

func (r *Reindexer) finish(b *reindexBatch, rep ReindexReport) {
	r.mu.Lock()
	r.running = false
	r.mu.Unlock()
	b.report = rep
	close(b.done)
}

func (r *Reindexer) close() {
	r.mu.Lock()
	b := r.next
	r.next, r.closed = nil, true
	r.mu.Unlock()
	if b != nil {
		r.finish(b, r.closedReport(b))
	}
}

func (r *Reindexer) closedReport(b *reindexBatch) ReindexReport {
	info := r.cfg.Store.Info()
	return ReindexReport{Trigger: strings.Join(b.triggers, "+"), Before: info, After: info, Err: ErrReindexerClosed}
}

// rebuild runs one rebuild and reports it to the log, the observer and the stats.
func (r *Reindexer) rebuild(ctx context.Context, trigger string) ReindexReport {
	rep := ReindexReport{Trigger: trigger, Before: r.cfg.Store.Info()}
	start := time.Now()
	_, err := Rebuild(ctx, r.cfg.Store, r.cfg.Content)
	rep.Duration = time.Since(start)
	rep.After = r.cfg.Store.Info()
	if !errors.As(err, &rep.Problems) {
		rep.Err = err
	}
	if !rep.OK() && rep.After.Generation != rep.Before.Generation {
		// the new generation serves; only the clean-up of the old one failed
		rep.Err = nil
		r.log.Warn("reindexed, but the previous index could not be removed", "err", err)
	}
	r.mu.Lock()
	r.stats.Runs++
	if !rep.OK() {
		r.stats.Failures++
	}
	r.last = &rep
	r.mu.Unlock()
	r.logReport(rep)
	if r.cfg.Observer != nil {
		r.cfg.Observer.Reindexed(rep)
	}
	if r.cfg.Ready != nil && rep.After.Generation != rep.Before.Generation {
		// the new generation already serves; reading it now spares the questions to come
		if err := r.cfg.Ready(ctx); err != nil && !errors.Is(err, context.Canceled) {
			r.log.Warn("reindexed, but the engine could not be readied; questions read the new index as they come", "err", err)
		}
	}
	return rep
}

func (r *Reindexer) logReport(rep ReindexReport) {
	attrs := []any{"trigger", rep.Trigger, "articles_before", rep.Before.Articles, "articles", rep.After.Articles,
		"passages", rep.After.Passages, "generation", rep.After.Generation, "duration_ms", rep.Duration.Milliseconds()}
	switch {
	case rep.OK():
		r.log.Info("reindexed", attrs...)
	case rep.Problems != nil:
		r.log.Warn("reindex failed: the content has problems; the previous index still serves",
			append(attrs, "problems", len(rep.Problems), "details", rep.Problems.Error())...)
	case errors.Is(rep.Err, context.Canceled):
		r.log.Info("reindex stopped by shutdown", attrs...)
	default:
		r.log.Error("reindex failed; the previous index still serves", append(attrs, "err", rep.Err)...)
	}
}
