// Package redact keeps secrets out of text and out of log records: each secret is
// replaced wherever it appears as written or escaped inside a URL, and patterns can
// catch secrets that are not known in advance (another bot's token, an interaction
// token in a callback URL).
package redact

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Redactor replaces secrets in text. The zero value and a nil *Redactor change
// nothing.
type Redactor struct {
	replacer *strings.Replacer // nil when there is no secret
	patterns []pattern
}

type pattern struct {
	re   *regexp.Regexp
	repl string // may refer to the pattern's groups, as in regexp.Expand
}

// New redacts each secret, as written and as escaped for a URL path or query, by
// marker. Longer forms go first, so a secret that contains another is redacted whole.
func New(marker string, secrets ...string) *Redactor {
	seen := map[string]bool{}
	var forms []string
	for _, s := range secrets {
		for _, f := range []string{s, url.PathEscape(s), url.QueryEscape(s)} {
			if f != "" && !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	r := &Redactor{}
	if len(forms) == 0 {
		return r
	}
	sort.Slice(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, marker)
	}
	r.replacer = strings.NewReplacer(pairs...)
	return r
}

// Pattern also replaces every match of re by repl, after the secrets; it returns r.
func (r *Redactor) Pattern(re *regexp.Regexp, repl string) *Redactor {
	r.patterns = append(r.patterns, pattern{re, repl})
	return r
}

// String returns s without its secrets.
func (r *Redactor) String(s string) string {
	if r == nil {
		return s
	}
	if r.replacer != nil {
		s = r.replacer.Replace(s)
	}
	for _, p := range r.patterns {
		s = p.re.ReplaceAllString(s, p.repl)
	}
	return s
}

// Handler redacts every record's message and attributes before inner sees them, so
// a library error that quotes a request cannot leak a secret into the logs.
func Handler(inner slog.Handler, r *Redactor) slog.Handler {
	return &handler{inner: inner, r: r}
}

type handler struct {
	inner slog.Handler
	r     *Redactor
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.inner.Enabled(ctx, l) }

func (h *handler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, h.r.String(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

func (h *handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.attr(a)
	}
	return &handler{inner: h.inner.WithAttrs(clean), r: h.r}
}

func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{inner: h.inner.WithGroup(name), r: h.r}
}

// attr redacts one attribute. Values that are not strings (errors, requests, URLs) are
// formatted first, and replaced by their redacted text when they held a secret; an
// error becomes its text.
func (h *handler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.r.String(v.String()))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]slog.Attr, len(group))
		for i, g := range group {
			clean[i] = h.attr(g)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(clean...)}
	case slog.KindAny:
		text := fmt.Sprint(v.Any())
		if err, ok := v.Any().(error); ok {
			text = err.Error()
		}
		if clean := h.r.String(text); clean != text {
			return slog.String(a.Key, clean)
		}
		if _, ok := v.Any().(error); ok {
			return slog.String(a.Key, text)
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
