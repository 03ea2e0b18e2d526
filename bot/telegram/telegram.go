// Package telegram connects minebot to Telegram through the Bot API. It turns updates
// (private messages, group mentions, replies and commands, inline queries) into
// bot.Message values and renders each bot.Reply as Telegram HTML, split at the
// platform's length limit. Updates arrive by long polling, or by webhook when a
// public URL is configured.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/minebot/minebot/bot"
)

// Config is what the serve command reads from the environment.
type Config struct {
	Token         string // TELEGRAM_TOKEN; secret: never logged, never in an error or a chat
	APIURL        string // TELEGRAM_API_URL; requests go to <url>/bot<token>/<method>
	WebhookURL    string // TELEGRAM_WEBHOOK_URL; empty means long polling
	WebhookSecret string // TELEGRAM_WEBHOOK_SECRET, required with WebhookURL
	Logger        *slog.Logger
	HTTPClient    *http.Client // optional, for tests
}

// DefaultAPIURL is the public Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// WebhookPattern is the route the serve command mounts in webhook mode.
const WebhookPattern = "POST /telegram/webhook"

// Adapter is the Telegram adapter. Create it with New and start it with Run.
type Adapter struct {
	cfg      Config
	log      *slog.Logger
	client   *http.Client
	endpoint string // APIURL + "/bot%s/%s", as the library formats it
	redact   func(string) string

	// Timing knobs; tests shorten them.
	pollTimeout   time.Duration // getUpdates long-poll timeout
	callTimeout   time.Duration // every other request
	backoffMin    time.Duration // first wait after a 5xx or network error
	backoffMax    time.Duration // cap of the exponential backoff
	sendAttempts  int           // tries per sendMessage before giving up
	busyPause     time.Duration // pause between polls while updates are still being handled
	idlePause     time.Duration // pause after an empty poll the server did not hold
	typingEvery   time.Duration // how often "typing" is renewed
	webhookWait   time.Duration // how long a webhook call waits for its update to be handled
	shutdownGrace time.Duration // how long Run waits for answers in progress when ctx ends

	mu      sync.Mutex
	running bool
	live    *session // the session serving webhook calls; nil when not ready
}

var _ bot.Adapter = (*Adapter)(nil)
var _ bot.Routes = (*Adapter)(nil)

// The Bot API allows 1-256 characters A-Z, a-z, 0-9, _ and - in a webhook secret.
var webhookSecretPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// New checks cfg and returns an adapter. It makes no request: the first contact with
// the Bot API happens in Run, which keeps retrying while the API is unreachable.
func New(cfg Config) (*Adapter, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: no token")
	}
	if strings.ContainsAny(cfg.Token, " \t\r\n/?#%") {
		return nil, errors.New("telegram: the token has characters a Bot API token never has")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	if err := checkURL(cfg.APIURL); err != nil {
		return nil, fmt.Errorf("telegram: API URL: %w", err)
	}
	if cfg.WebhookURL != "" {
		if err := checkURL(cfg.WebhookURL); err != nil {
			return nil, fmt.Errorf("telegram: webhook URL: %w", err)
		}
		if cfg.WebhookSecret == "" {
			return nil, errors.New("telegram: a webhook needs a secret (TELEGRAM_WEBHOOK_SECRET)")
		}
		if !webhookSecretPattern.MatchString(cfg.WebhookSecret) {
			return nil, errors.New("telegram: the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
		}
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("platform", "telegram")
	client := cfg.HTTPClient
	if client == nil {
		client = &http.Client{}
	}
	base := strings.TrimRight(cfg.APIURL, "/")
	a := &Adapter{
		cfg:           cfg,
		log:           logger,
		client:        client,
		endpoint:      strings.ReplaceAll(base, "%", "%%") + "/bot%s/%s",
		redact:        newRedactor(cfg.Token, cfg.WebhookSecret),
		pollTimeout:   50 * time.Second,
		callTimeout:   30 * time.Second,
		backoffMin:    500 * time.Millisecond,
		backoffMax:    30 * time.Second,
		sendAttempts:  8,
		busyPause:     500 * time.Millisecond,
		idlePause:     200 * time.Millisecond,
		typingEvery:   4 * time.Second,
		webhookWait:   10 * time.Second,
		shutdownGrace: 10 * time.Second,
	}
	useLibraryLogger(logger, cfg.Token, cfg.WebhookSecret)
	return a, nil
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return errors.New("not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("scheme %q: want http or https", u.Scheme)
	}
	if u.Host == "" {
		return errors.New("no host")
	}
	return nil
}

// Name is "telegram".
func (a *Adapter) Name() string { return "telegram" }

// Routes returns the webhook endpoint in webhook mode and nothing otherwise.
func (a *Adapter) Routes() map[string]http.Handler {
	if a.cfg.WebhookURL == "" {
		return map[string]http.Handler{}
	}
	return map[string]http.Handler{WebhookPattern: http.HandlerFunc(a.serveWebhook)}
}

// Run connects to the Bot API (retrying while it is unreachable), registers the
// commands and serves updates until ctx ends; then it finishes or abandons the work in
// hand and returns nil. It returns an error only when the adapter cannot work at all,
// such as a token the API rejects or a webhook URL it refuses.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	if h == nil {
		return errors.New("telegram: no handler")
	}
	a.mu.Lock()
	if a.running {
		a.mu.Unlock()
		return errors.New("telegram: already running")
	}
	a.running = true
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.running = false
		a.mu.Unlock()
	}()

	api, err := a.connect(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	s := newSession(ctx, a, api, h)
	a.setCommands(ctx, api)
	if a.cfg.WebhookURL != "" {
		return a.runWebhook(ctx, s)
	}
	a.runPolling(ctx, s)
	return nil
}

// connect calls getMe until it succeeds, ctx ends, or the token is refused.
func (a *Adapter) connect(ctx context.Context) (*tgbotapi.BotAPI, error) {
	var api *tgbotapi.BotAPI
	err := a.retry(ctx, "getMe", 0, a.callTimeout, func(ctx context.Context) error {
		b, err := tgbotapi.NewBotAPIWithClient(a.cfg.Token, a.endpoint, a.doer(ctx))
		if err != nil {
			return err
		}
		api = b
		return nil
	})
	if err != nil {
		return nil, err
	}
	if api.Self.UserName == "" {
		// Every real bot has one; without it only replies and commands reach us.
		a.log.Warn("getMe returned no username; mentions will not be recognised")
	}
	a.log.Info("connected to the Bot API", "bot", "@"+api.Self.UserName)
	return api, nil
}

// commandList is what setMyCommands registers; the menu users see.
var commandList = []tgbotapi.BotCommand{
	{Command: "ask", Description: "Ask a question about the crypto-mining industry"},
	{Command: "help", Description: "How to use this bot"},
	{Command: "start", Description: "Introduction and help"},
	{Command: "reindex", Description: "Rebuild the article index (admins only)"},
}

// setCommands registers the command menu; a failure is logged, not fatal.
func (a *Adapter) setCommands(ctx context.Context, api *tgbotapi.BotAPI) {
	cfg := tgbotapi.NewSetMyCommands(commandList...)
	err := a.retry(ctx, "setMyCommands", 3, a.callTimeout, func(ctx context.Context) error {
		_, err := a.bind(api, ctx).Request(cfg)
		return err
	})
	if err != nil && ctx.Err() == nil {
		a.log.Warn("could not register the command menu", "err", err)
	}
}

func (a *Adapter) setLive(s *session) {
	a.mu.Lock()
	a.live = s
	a.mu.Unlock()
}

func (a *Adapter) current() *session {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.live
}
