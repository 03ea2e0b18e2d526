package telegram

import (
	"context"
	"sync"
	"time"
)

// workers runs jobs one at a time per key (a chat), many keys at once, so a slow
// answer or a 429 pause in one chat never holds up another, and a chat's replies keep
// their order. A key's goroutine ends when its queue is empty.
type workers struct {
	ctx    context.Context
	mu     sync.Mutex
	queues map[string][]func(context.Context)
	closed bool
	wg     sync.WaitGroup
}

func newWorkers(ctx context.Context) *workers {
	return &workers{ctx: ctx, queues: map[string][]func(context.Context){}}
}

// submit queues job for key; false after close.
func (w *workers) submit(key string, job func(context.Context)) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return false
	}
	q, running := w.queues[key]
	w.queues[key] = append(q, job)
	if !running {
		w.wg.Add(1)
		go w.run(key)
	}
	return true
}

func (w *workers) run(key string) {
	defer w.wg.Done()
	for {
		w.mu.Lock()
		q := w.queues[key]
		if len(q) == 0 {
			delete(w.queues, key)
			w.mu.Unlock()
			return
		}
		job := q[0]
		w.queues[key] = q[1:]
		w.mu.Unlock()
		job(w.ctx)
	}
}

// close refuses new jobs and waits up to grace for the queued ones, which see the
// ended context and normally return at once. false means some are still running
// (a core that does not heed its context): they finish in the background, and
// their updates, unconfirmed, come again after a restart.
func (w *workers) close(grace time.Duration) bool {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	idle := make(chan struct{})
	go func() {
		w.wg.Wait()
		close(idle)
	}()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-idle:
		return true
	case <-t.C:
		return false
	}
}
