package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/minebot/minebot/internal/syncbuf"
)

// syncBuffer collects log output from several goroutines.
type syncBuffer = syncbuf.Buffer

func TestLogRedactsSecrets(t *testing.T) {
	const token = "123456:AAH-secret/token+x"
	const hookSecret = "hook_SECRET_42"
	apiURL := "https://api.telegram.org/bot" + token + "/getUpdates"
	parsed, err := url.Parse("https://api.telegram.org/bot" + url.PathEscape(token) + "/getMe?s=" + url.QueryEscape(token))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		log  func(l *slog.Logger)
	}{
		{"message", func(l *slog.Logger) { l.Info("calling " + apiURL) }},
		{"string attr", func(l *slog.Logger) { l.Info("call", "url", apiURL) }},
		{"error attr", func(l *slog.Logger) {
			l.Error("failed", "err", fmt.Errorf("Post %q: %w", apiURL, errors.New("connection refused")))
		}},
		{"URL value, escaped", func(l *slog.Logger) { l.Warn("call", "url", parsed) }},
		{"group", func(l *slog.Logger) { l.Info("call", slog.Group("req", "secret", hookSecret, "n", 3)) }},
		{"With attrs", func(l *slog.Logger) { l.With("token", token).Info("start") }},
		{"With group", func(l *slog.Logger) { l.WithGroup("g").Info("start", "header", "X-Secret: "+hookSecret) }},
		{"struct", func(l *slog.Logger) {
			l.Info("cfg", "cfg", struct{ Token, Name string }{token, "bot"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out syncBuffer
			tt.log(newServeLogger(&out, []string{token, hookSecret}, nil))
			got := out.String()
			for _, secret := range []string{token, hookSecret, url.PathEscape(token), url.QueryEscape(token), "AAH-secret"} {
				if strings.Contains(got, secret) {
					t.Errorf("log line holds a secret %q: %s", secret, got)
				}
			}
			if !strings.Contains(got, redacted) {
				t.Errorf("log line has no %s: %s", redacted, got)
			}
		})
	}
	t.Run("nothing else changes", func(t *testing.T) {
		var out syncBuffer
		newServeLogger(&out, []string{token}, nil).Info("hello", "n", 3, "url", "https://example.com/x")
		if got := out.String(); strings.Contains(got, redacted) || !strings.Contains(got, `"url":"https://example.com/x"`) {
			t.Errorf("log line = %s", got)
		}
	})
}

func TestLogCountsAdapterErrors(t *testing.T) {
	var got []string
	count := func(platform string, level slog.Level) { got = append(got, platform+" "+level.String()) }
	var out syncBuffer
	log := newServeLogger(&out, nil, count)
	tg := log.With("platform", "telegram")
	tg.Info("polling")                                              // not an error
	tg.Warn("getUpdates failed; retrying")                          // counted
	tg.WithGroup("call").Error("could not send a reply")            // counted
	log.Error("answering a question failed", "platform", "discord") // the core's: not counted
	log.With("platform", "discord").Error("gateway")                // counted
	want := []string{"telegram WARN", "telegram ERROR", "discord ERROR"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counted (-want +got):\n%s", diff)
	}
	if lines := strings.Count(out.String(), "\n"); lines != 5 {
		t.Errorf("%d log lines; want all 5", lines)
	}
}
