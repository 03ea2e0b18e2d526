package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// secretHeader carries the webhook secret on every call Telegram makes.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

const maxUpdateBytes = 1 << 20

// runWebhook registers the webhook and serves calls until ctx ends.
func (a *Adapter) runWebhook(ctx context.Context, s *session) error {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{
		"url":             a.cfg.WebhookURL,
		"secret_token":    a.cfg.WebhookSecret,
		"allowed_updates": string(allowed),
	}
	// The library's WebhookConfig predates secret_token, so the call is made by hand.
	err := a.retry(ctx, "setWebhook", 0, a.callTimeout, func(ctx context.Context) error {
		_, err := a.bind(s.api, ctx).MakeRequest("setWebhook", params)
		return err
	})
	if err != nil {
		s.stop()
		if ctx.Err() != nil {
			return nil
		}
		return err // e.g. a URL Telegram will not call
	}
	a.setLive(s)
	a.log.Info("receiving updates by webhook", "path", WebhookPattern)
	<-ctx.Done()
	a.setLive(nil)
	s.stop()
	return nil
}

// serveWebhook takes one update from Telegram. It checks the secret, then waits
// (up to webhookWait) for the update to be handled: a 200 tells Telegram it is done,
// a 503 during shutdown makes Telegram deliver it again later.
func (a *Adapter) serveWebhook(w http.ResponseWriter, r *http.Request) {
	got := []byte(r.Header.Get(secretHeader))
	if subtle.ConstantTimeCompare(got, []byte(a.cfg.WebhookSecret)) != 1 {
		http.Error(w, "wrong or missing secret token", http.StatusUnauthorized)
		return
	}
	s := a.current()
	if s == nil {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	var u tgbotapi.Update
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes)).Decode(&u); err != nil {
		http.Error(w, "not an update", http.StatusBadRequest)
		return
	}
	result := make(chan bool, 1)
	s.dispatch(u, func(handled bool) { result <- handled })
	t := time.NewTimer(a.webhookWait)
	defer t.Stop()
	select {
	case handled := <-result:
		if !handled {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
	case <-t.C: // still working; it finishes in the background
	case <-r.Context().Done():
		return
	}
	w.WriteHeader(http.StatusOK)
}
