package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"sort"
	"strings"
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
	return slog.New(newRedactHandler(h, secrets))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// redactHandler removes secret values from a record's message and attributes, in any
// form they can take in a log line: as they are, and escaped inside a URL.
type redactHandler struct {
	inner    slog.Handler
	replacer *strings.Replacer // nil when there is nothing to redact
}

func newRedactHandler(inner slog.Handler, secrets []string) *redactHandler {
	seen := map[string]bool{}
	var forms []string
	for _, s := range secrets {
		for _, f := range []string{s, url.QueryEscape(s), url.PathEscape(s)} {
			if f != "" && !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	h := &redactHandler{inner: inner}
	if len(forms) == 0 {
		return h
	}
	// longest first, so a secret that contains another is redacted whole
	sort.Slice(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	var pairs []string
	for _, f := range forms {
		pairs = append(pairs, f, redacted)
	}
	h.replacer = strings.NewReplacer(pairs...)
	return h
}

func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

func (h *redactHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.replacer == nil {
		return h.inner.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, h.replacer.Replace(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

func (h *redactHandler) WithAttrs(as []slog.Attr) slog.Handler {
	if h.replacer == nil {
		return &redactHandler{inner: h.inner.WithAttrs(as)}
	}
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = h.attr(a)
	}
	return &redactHandler{inner: h.inner.WithAttrs(clean), replacer: h.replacer}
}

func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{inner: h.inner.WithGroup(name), replacer: h.replacer}
}

// attr redacts one attribute. Values that are not strings (errors, URLs, structs) are
// formatted first, and replaced by their redacted text when they held a secret.
func (h *redactHandler) attr(a slog.Attr) slog.Attr {
	a.Value = a.Value.Resolve()
	switch a.Value.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(h.replacer.Replace(a.Value.String()))
	case slog.KindGroup:
		group := a.Value.Group()
		clean := make([]slog.Attr, len(group))
		for i, g := range group {
			clean[i] = h.attr(g)
		}
		a.Value = slog.GroupValue(clean...)
	case slog.KindAny:
		var text string
		if err, ok := a.Value.Any().(error); ok {
			text = err.Error()
		} else {
			text = fmt.Sprint(a.Value.Any())
		}
		if clean := h.replacer.Replace(text); clean != text {
			a.Value = slog.StringValue(clean)
		}
	}
	return a
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
