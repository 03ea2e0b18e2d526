package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the update kinds the bot asks Telegram for.
var allowedUpdates = []string{"message", "inline_query"}

// runPolling serves updates by long polling until ctx ends. An update is confirmed to
// Telegram (the offset moves past it) only once it has been handled, so one that is
// still unanswered when the shutdown grace runs out comes again on the next start.
func (a *Adapter) runPolling(ctx context.Context, s *session) {
	a.deleteWebhook(ctx, s)
	a.log.Info("receiving updates by long polling")
	t := newTracker()
	sent := 0 // the offset the last getUpdates confirmed
	next := a.backoffMin
	pause := time.Duration(0)
	for ctx.Err() == nil {
		if pause > 0 && !t.waitChange(ctx, pause) {
			break
		}
		offset, began := t.offset(), time.Now()
		updates, err := a.getUpdates(ctx, s.api, offset, int(a.pollTimeout/time.Second), 100)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			wait, _ := a.retryWait(err, &next)
			a.log.Warn("getUpdates failed; retrying", "wait", wait.Round(time.Millisecond).String(), "err", a.safeError("getUpdates", err))
			if webhookConflict(err) {
				a.deleteWebhook(ctx, s)
			}
			sleep(ctx, wait)
			pause = 0
			continue
		}
		sent, next, pause = offset, a.backoffMin, 0
		fresh := 0
		for _, u := range updates {
			if !t.start(u.UpdateID) {
				continue // already being handled
			}
			fresh++
			id := u.UpdateID
			s.dispatch(u, func(handled bool) { t.finish(id, handled) })
		}
		switch {
		case fresh == 0 && t.busy():
			// Telegram answers at once while an unconfirmed update is pending, so
			// pause instead of spinning until something finishes.
			pause = a.busyPause
		case fresh == 0 && time.Since(began) < a.pollTimeout/2:
			// A server that does not hold long polls (or repeats old updates) must
			// not be hammered.
			pause = a.idlePause
		}
	}
	s.stop()
	a.confirm(s, t.offset(), sent)
}

// deleteWebhook removes a webhook left over from a webhook-mode run, which would
// make getUpdates fail.
func (a *Adapter) deleteWebhook(ctx context.Context, s *session) {
	err := a.retry(ctx, "deleteWebhook", 0, a.callTimeout, func(ctx context.Context) error {
		_, err := a.bind(s.api, ctx).Request(tgbotapi.DeleteWebhookConfig{})
		return err
	})
	if err != nil && ctx.Err() == nil {
		a.log.Warn("could not delete the webhook; polling anyway", "err", err)
	}
}

// webhookConflict reports the 409 getUpdates gets while a webhook is set.
func webhookConflict(err error) bool {
	var apiErr *tgbotapi.Error
	return errors.As(err, &apiErr) && apiErr.Code == http.StatusConflict &&
		strings.Contains(strings.ToLower(apiErr.Message), "webhook")
}

// confirm tells Telegram about updates handled since the last getUpdates, so a
// restart does not answer them twice. limit=1 and timeout=0 make it cheap; whatever
// it returns is left unconfirmed and comes again next time.
func (a *Adapter) confirm(s *session, offset, sent int) {
	if offset <= sent {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := a.getUpdates(ctx, s.api, offset, 0, 1); err != nil {
		a.log.Warn("could not confirm the last handled updates", "err", a.safeError("getUpdates", err))
	}
}

// getUpdates asks for updates from offset on. Each update is decoded on its own, so
// one the library cannot read is logged and skipped instead of blocking all others.
func (a *Adapter) getUpdates(ctx context.Context, api *tgbotapi.BotAPI, offset, timeout, limit int) ([]tgbotapi.Update, error) {
	cfg := tgbotapi.UpdateConfig{Offset: offset, Limit: limit, Timeout: timeout, AllowedUpdates: allowedUpdates}
	ctx, cancel := context.WithTimeout(ctx, time.Duration(timeout)*time.Second+a.callTimeout)
	defer cancel()
	resp, err := a.bind(api, ctx).Request(cfg)
	if err != nil {
		return nil, err
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(resp.Result, &raw); err != nil {
		return nil, err
	}
	updates := make([]tgbotapi.Update, 0, len(raw))
	for _, r := range raw {
		var u tgbotapi.Update
		if err := json.Unmarshal(r, &u); err != nil {
			var id struct {
				UpdateID int `json:"update_id"`
			}
			_ = json.Unmarshal(r, &id)
			a.log.Warn("skipping an update that cannot be read", "update_id", id.UpdateID, "err", err)
			u = tgbotapi.Update{UpdateID: id.UpdateID}
		}
		updates = append(updates, u)
	}
	return updates, nil
}

// tracker knows which updates are being handled and so how far the offset may move.
type tracker struct {
	mu      sync.Mutex
	next    int          // one past the highest update id taken
	pending map[int]bool // taken and not done; false once abandoned at shutdown
	changed chan struct{}
}

func newTracker() *tracker {
	return &tracker{pending: map[int]bool{}, changed: make(chan struct{}, 1)}
}

// start takes an update id; false if it was taken before.
func (t *tracker) start(id int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if id < t.next {
		return false
	}
	t.next = id + 1
	t.pending[id] = true
	return true
}

func (t *tracker) finish(id int, handled bool) {
	t.mu.Lock()
	if handled {
		delete(t.pending, id)
	} else {
		t.pending[id] = false
	}
	t.mu.Unlock()
	select {
	case t.changed <- struct{}{}:
	default:
	}
}

// offset is the lowest update id not yet handled, or one past the last taken.
func (t *tracker) offset() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	off := t.next
	for id := range t.pending {
		off = min(off, id)
	}
	return off
}

func (t *tracker) busy() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, inFlight := range t.pending {
		if inFlight {
			return true
		}
	}
	return false
}

// waitChange waits until an update finishes or d passes; false if ctx ended.
func (t *tracker) waitChange(ctx context.Context, d time.Duration) bool {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.changed:
	case <-timer.C:
	}
	return true
}
