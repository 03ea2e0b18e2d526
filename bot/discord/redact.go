package discord

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
)

// redacted replaces secrets in logs and errors.
const redacted = "[REDACTED]"

// interactionToken matches the token part of interaction callback and webhook URLs
// (/interactions/{id}/{token}/..., /webhooks/{app id}/{token}...): each lets anyone
// answer in the bot's name for 15 minutes.
var interactionToken = regexp.MustCompile(`(/(?:interactions|webhooks)/\d+/)[A-Za-z0-9_.\-]+`)

// redactor removes the bot token, and interaction tokens inside URLs, from text.
type redactor struct{ secret string }

func (r redactor) redact(s string) string {
	if r.secret != "" && strings.Contains(s, r.secret) {
		s = strings.ReplaceAll(s, r.secret, redacted)
	}
	return interactionToken.ReplaceAllString(s, "${1}"+redacted)
}

// safeError hides secrets in an error's text and keeps the chain for errors.Is/As.
type safeError struct {
	msg string
	err error
}

func (e *safeError) Error() string { return e.msg }
func (e *safeError) Unwrap() error { return e.err }

// wrap returns err with a context prefix and every secret removed from its text.
func (r redactor) wrap(context string, err error) error {
	if err == nil {
		return nil
	}
	return &safeError{msg: r.redact(context + ": " + err.Error()), err: err}
}

// redactHandler is a slog.Handler that redacts every message and attribute before
// passing the record on, so a library error that quotes a request cannot leak the
// token into the logs.
type redactHandler struct {
	inner slog.Handler
	r     redactor
}

func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

func (h *redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, h.r.redact(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

func (h *redactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.attr(a)
	}
	return &redactHandler{inner: h.inner.WithAttrs(clean), r: h.r}
}

func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{inner: h.inner.WithGroup(name), r: h.r}
}

func (h *redactHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.r.redact(v.String()))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]any, len(group))
		for i, g := range group {
			clean[i] = h.attr(g)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		s := fmt.Sprint(v.Any())
		if clean := h.r.redact(s); clean != s {
			return slog.String(a.Key, clean)
		}
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, err.Error())
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
