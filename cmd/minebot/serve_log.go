package main

import (
	"context"
	"io"
	"log/slog"
	"os"

	"github.com/minebot/minebot/internal/redact"
)

// redacted replaces a secret wherever it would be logged.
const redacted = "[REDACTED]"

// newServeLogger logs to w: as text for a person at a terminal, as JSON lines for a
// log collector otherwise. Every secret is redacted from every record, and warnings
// and errors of the adapters are counted through adapterError.
func newServeLogger(w io.Writer, secrets []string, adapterError func(platform string, level slog.Level)) *slog.Logger {
	var h slog.Handler
	if isTerminal(w) {
		h = slog.NewTextHandler(w, nil)
	} else {
		h = slog.NewJSONHandler(w, nil)
	}
	if adapterError != nil {
		h = &adapterErrorHandler{inner: h, count: adapterError}
	}
	return slog.New(redact.Handler(h, redact.New(redacted, secrets...)))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// adapterErrorHandler counts warnings and errors logged by an adapter. Adapters log
// through logger.With("platform", name); the core names the platform per record
// instead, so only a platform set with With counts: the core's own errors are not the
// adapters'.
type adapterErrorHandler struct {
	inner    slog.Handler
	platform string
	count    func(platform string, level slog.Level)
}

func (h *adapterErrorHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

func (h *adapterErrorHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.platform != "" && r.Level >= slog.LevelWarn {
		h.count(h.platform, r.Level)
	}
	return h.inner.Handle(ctx, r)
}

func (h *adapterErrorHandler) WithAttrs(as []slog.Attr) slog.Handler {
	platform := h.platform
	for _, a := range as {
		if a.Key == "platform" {
			platform = a.Value.String()
		}
	}
	return &adapterErrorHandler{inner: h.inner.WithAttrs(as), platform: platform, count: h.count}
}

func (h *adapterErrorHandler) WithGroup(name string) slog.Handler {
	return &adapterErrorHandler{inner: h.inner.WithGroup(name), platform: h.platform, count: h.count}
}
