package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/minebot/minebot/internal/redact"
)

// doer is the library's HTTP client. The library builds requests without a context,
// so doer attaches one (which lets shutdown abort a long poll); it keeps the token out
// of transport errors, whose text carries the request URL; and it turns an error
// status without a Bot API JSON body (a proxy's 502 page) into a Bot API style error,
// so one classifier sees every failure.
type doer struct {
	ctx    context.Context
	client *http.Client
	redact func(string) string
}

func (a *Adapter) doer(ctx context.Context) doer {
	return doer{ctx: ctx, client: a.client, redact: a.redact}
}

// bind returns a copy of api whose requests run under ctx.
func (a *Adapter) bind(api *tgbotapi.BotAPI, ctx context.Context) *tgbotapi.BotAPI {
	c := *api
	c.Client = a.doer(ctx)
	return &c
}

const maxResponseBytes = 16 << 20

func (d doer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.client.Do(req.WithContext(d.ctx))
	if err != nil {
		return nil, &redactedError{msg: d.redact(err.Error()), cause: err}
	}
	if resp.StatusCode < 400 {
		return resp, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	resp.Body.Close()
	if err != nil {
		return nil, &redactedError{msg: d.redact(err.Error()), cause: err}
	}
	var probe struct {
		Ok *bool `json:"ok"`
	}
	if json.Unmarshal(body, &probe) != nil || probe.Ok == nil {
		body = syntheticError(resp)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	return resp, nil
}

// syntheticError is the Bot API error body for a bare HTTP error status.
func syntheticError(resp *http.Response) []byte {
	e := tgbotapi.APIResponse{ErrorCode: resp.StatusCode, Description: resp.Status}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
		e.Parameters = &tgbotapi.ResponseParameters{RetryAfter: s}
	}
	b, _ := json.Marshal(e)
	return b
}

// redactedError carries an error whose text has the secrets removed. It does not
// unwrap (the cause's text may hold the token) but still answers errors.Is, so
// context.Canceled and friends are recognised.
type redactedError struct {
	msg   string
	cause error
}

func (e *redactedError) Error() string        { return e.msg }
func (e *redactedError) Is(target error) bool { return errors.Is(e.cause, target) }

// tokenShape matches anything that looks like a Bot API token, in case one that is
// not ours (or ours, escaped oddly) turns up in a message.
var tokenShape = regexp.MustCompile(`[0-9]{5,}:[A-Za-z0-9_-]{20,}`)

// newRedactor returns a function that removes the given secrets from a text, in the
// forms they take inside URLs as well, and anything shaped like a Bot API token.
func newRedactor(secrets ...string) func(string) string {
	return redact.New("[redacted]", secrets...).Pattern(tokenShape, "[redacted]").String
}

// safeError names the method and keeps the secrets out of err's text.
func (a *Adapter) safeError(method string, err error) error {
	var re *redactedError
	if errors.As(err, &re) {
		err = re.cause
	}
	return &redactedError{msg: fmt.Sprintf("telegram %s: %s", method, a.redact(err.Error())), cause: err}
}

// retry runs one Bot API request until it succeeds, ctx ends, it fails for good, or
// attempts (0 = no limit) are used up. A 429 waits the retry_after the API asks
// for; 5xx and network errors back off exponentially up to backoffMax; other API
// errors (400, 401, 403, ...) are final. Each attempt gets its own timeout.
func (a *Adapter) retry(ctx context.Context, method string, attempts int, timeout time.Duration, fn func(context.Context) error) error {
	next := a.backoffMin
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, timeout)
		err := fn(actx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait, again := a.retryWait(err, &next)
		err = a.safeError(method, err)
		if !again || (attempts > 0 && attempt >= attempts) {
			return err
		}
		a.log.Warn("Bot API request failed; retrying", "method", method, "attempt", attempt, "wait", wait.Round(time.Millisecond).String(), "err", err)
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}

// retryWait says how long to wait before trying again after err, and whether to.
func (a *Adapter) retryWait(err error, next *time.Duration) (time.Duration, bool) {
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) {
		switch {
		case apiErr.Code == http.StatusTooManyRequests && apiErr.RetryAfter > 0:
			return time.Duration(apiErr.RetryAfter) * time.Second, true
		case apiErr.Code == http.StatusTooManyRequests, apiErr.Code >= 500:
		default:
			return 0, false
		}
	}
	d := *next
	*next = min(2*d, a.backoffMax)
	// A little jitter keeps many chats from retrying in lockstep.
	return d + rand.N(d/5+1), true
}

// sleep waits d or until ctx ends; false means ctx ended.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// libraryLogger is what the telegram-bot-api package logs through (it logs request
// URLs, which hold the token, in debug mode and in GetUpdatesChan; we use neither,
// but whatever it prints goes through here, redacted).
type libraryLogger struct {
	mu      sync.Mutex
	log     *slog.Logger
	secrets []string
	redact  func(string) string
}

var (
	libLog     = &libraryLogger{log: slog.New(slog.DiscardHandler), redact: newRedactor()}
	libLogOnce sync.Once
)

// useLibraryLogger installs the redacting logger (once per process: the library's
// logger is global) and adds these secrets to what it removes.
func useLibraryLogger(logger *slog.Logger, secrets ...string) {
	libLogOnce.Do(func() { _ = tgbotapi.SetLogger(libLog) })
	libLog.mu.Lock()
	defer libLog.mu.Unlock()
	libLog.log = logger
	libLog.secrets = append(libLog.secrets, secrets...)
	libLog.redact = newRedactor(libLog.secrets...)
}

func (l *libraryLogger) Println(v ...any) { l.write(strings.TrimSuffix(fmt.Sprintln(v...), "\n")) }

func (l *libraryLogger) Printf(format string, v ...any) { l.write(fmt.Sprintf(format, v...)) }

func (l *libraryLogger) write(s string) {
	l.mu.Lock()
	logger, redact := l.log, l.redact
	l.mu.Unlock()
	logger.Debug("telegram library: " + redact(s))
}
