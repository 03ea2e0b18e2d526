package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"time"

	"github.com/minebot/minebot/bot"
)

// HTTP server timeouts: generous enough for a Telegram webhook call that waits for its
// answer, short enough that a slow client cannot hold a connection.
const (
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 15 * time.Second
	httpWriteTimeout      = 60 * time.Second
	httpIdleTimeout       = 90 * time.Second
)

// newHTTPServer serves the health, readiness and metrics endpoints and every adapter's
// routes.
func (s *server) newHTTPServer() (*http.Server, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", s.metrics.handler())
	for _, a := range s.routes {
		for pattern, h := range a.Routes() {
			if err := mount(mux, pattern, h); err != nil {
				return nil, err
			}
			s.log.Info("HTTP route mounted", "route", pattern)
		}
	}
	return &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       httpIdleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}, nil
}

// mount adds one route; ServeMux panics on a bad or duplicate pattern, which here is a
// programming error in an adapter, reported as an error instead.
func mount(mux *http.ServeMux, pattern string, h http.Handler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("mount HTTP route %q: %v", pattern, r)
		}
	}()
	mux.Handle(pattern, h)
	return nil
}

func (s *server) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// readiness is the body of /readyz.
type readiness struct {
	Ready      bool    `json:"ready"`
	Reason     string  `json:"reason,omitempty"`
	Articles   int     `json:"articles"`
	Passages   int     `json:"passages"`
	Generation int     `json:"generation"`
	AgeSeconds float64 `json:"index_age_seconds"`
	BuiltAt    string  `json:"built_at,omitempty"`
	Reindexing bool    `json:"reindexing"`
}

func (s *server) readiness() readiness {
	info := s.store.Info()
	r := readiness{Reindexing: s.reindexer.Stats().Running}
	if info.Ready {
		r.Ready = true
		r.Articles, r.Passages, r.Generation = info.Articles, info.Passages, info.Generation
		r.AgeSeconds = math.Round(time.Since(info.BuiltAt).Seconds()*1000) / 1000
		r.BuiltAt = info.BuiltAt.UTC().Format(time.RFC3339)
	}
	switch {
	case s.closing.Load():
		r.Ready, r.Reason = false, "shutting down"
	case !info.Ready:
		r.Reason = "the first index is being built"
		if last, ok := s.reindexer.Last(); ok && !last.OK() && !r.Reindexing {
			r.Reason = "the first index could not be built: " + failureReason(last)
		}
	}
	return r
}

func failureReason(rep bot.ReindexReport) string {
	if rep.Problems != nil {
		return fmt.Sprintf("the content has %d problem(s); fix them and reindex", len(rep.Problems))
	}
	return "the reason is in the log"
}

func (s *server) readyz(w http.ResponseWriter, _ *http.Request) {
	r := s.readiness()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !r.Ready {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(r)
}
