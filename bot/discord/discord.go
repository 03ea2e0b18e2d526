// Package discord connects minebot to Discord: gateway events and slash commands
// (and, when a public key is set, Discord's signed HTTP interactions) become
// bot.Messages; bot.Replies become Discord messages that quote their sources as links
// and can never ping anyone.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/internal/redact"
)

// DefaultAPIURL is where REST calls go unless Config.APIURL says otherwise.
const DefaultAPIURL = "https://discord.com"

// intents are the gateway events the bot needs: messages in servers and in DMs, with
// their text (Message Content is a privileged intent, switched on in the portal).
const intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent

// After ctx ends, answers in flight get shutdownGrace to finish; then their context
// is cancelled and they get shutdownAbort more before Run returns regardless.
const (
	shutdownGrace = 5 * time.Second
	shutdownAbort = 2 * time.Second
)

// Config holds the adapter's settings; the serve command fills it from the environment.
type Config struct {
	Token      string // DISCORD_TOKEN (secret: never logged, never in an error or a chat)
	APIURL     string // DISCORD_API_URL, default "https://discord.com"
	GuildID    string // DISCORD_GUILD_ID: register commands in this guild only
	PublicKey  string // DISCORD_PUBLIC_KEY (hex): enables POST /discord/interactions
	ShardID    int    // DISCORD_SHARD_ID
	ShardCount int    // DISCORD_SHARD_COUNT (0 or 1 = no sharding)
	Logger     *slog.Logger
}

// Adapter is the Discord adapter.
type Adapter struct {
	session   *discordgo.Session
	guildID   string
	publicKey ed25519.PublicKey
	log       *slog.Logger
	redactor  redactor
	stopped   chan struct{}
	now       func() time.Time

	started atomic.Bool
	botID   atomic.Value // string: the bot user's id, from READY

	mu      sync.Mutex // guards run, closed and adding to work
	run     *running   // nil before Run and after shutdown
	closed  bool
	work    sync.WaitGroup
	stopOne sync.Once
}

// running is what a Run call hands to event handlers. ctx outlives Run's context by
// the shutdown grace period, so that answers in flight can still be delivered.
type running struct {
	ctx    context.Context
	cancel context.CancelFunc
	h      bot.Handler
}

var (
	_ bot.Adapter = (*Adapter)(nil)
	_ bot.Routes  = (*Adapter)(nil)
)

// New checks cfg and prepares a session; nothing is sent to Discord before Run.
func New(cfg Config) (*Adapter, error) {
	fields := strings.Fields(cfg.Token) // tokens have no spaces; "Bot <token>" is accepted too
	if len(fields) > 0 && fields[0] == "Bot" {
		fields = fields[1:]
	}
	token := strings.Join(fields, "")
	if token == "" {
		return nil, errors.New("discord: the bot token is empty")
	}
	target, err := parseAPIURL(cfg.APIURL)
	if err != nil {
		return nil, err
	}
	var pub ed25519.PublicKey
	if cfg.PublicKey != "" {
		key, err := hex.DecodeString(strings.TrimSpace(cfg.PublicKey))
		if err != nil || len(key) != ed25519.PublicKeySize {
			return nil, errors.New("discord: the public key must be 64 hex digits (the application's Public Key)")
		}
		pub = key
	}
	count := max(cfg.ShardCount, 1)
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || cfg.ShardID >= count {
		return nil, fmt.Errorf("discord: shard %d of %d is out of range", cfg.ShardID, cfg.ShardCount)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	r := newRedactor(token)
	a := &Adapter{
		guildID:   strings.TrimSpace(cfg.GuildID),
		publicKey: pub,
		log:       slog.New(redact.Handler(logger.Handler(), r.Redactor)).With("platform", "discord"),
		redactor:  r,
		stopped:   make(chan struct{}),
		now:       time.Now,
	}
	a.session = newSession(token, target, a.stopped)
	a.session.ShardID = cfg.ShardID
	a.session.ShardCount = count
	return a, nil
}

func parseAPIURL(raw string) (*url.URL, error) {
	if strings.TrimSpace(raw) == "" {
		raw = DefaultAPIURL
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
		// The URL itself is not quoted: it could carry credentials for a proxy.
		return nil, errors.New("discord: the API URL must look like https://host[/path]")
	}
	return u, nil
}

// newSession builds a discordgo session whose REST calls (and so its gateway lookup)
// go to target.
func newSession(token string, target *url.URL, stopped chan struct{}) *discordgo.Session {
	s, _ := discordgo.New("Bot " + token) // New never fails
	var base http.RoundTripper = http.DefaultTransport
	if t, ok := base.(*http.Transport); ok {
		base = t.Clone() // our own connection pool, closed with nothing else
	}
	s.Client = &http.Client{
		Timeout:   20 * time.Second,
		Transport: &apiTransport{base: base, target: target, stopped: stopped},
	}
	s.Dialer = newDialer(stopped)
	s.Identify.Intents = intents
	s.StateEnabled = false
	// discordgo logs through the standard logger; we log its events ourselves through
	// the injected (redacting) logger instead.
	s.LogLevel = discordgo.LogError - 1
	return s
}

// Name is the platform name used in bot.Message.Platform.
func (a *Adapter) Name() string { return "discord" }

// Routes returns the signed HTTP interactions endpoint when a public key is set.
func (a *Adapter) Routes() map[string]http.Handler {
	if a.publicKey == nil {
		return map[string]http.Handler{}
	}
	return map[string]http.Handler{"POST /discord/interactions": http.HandlerFunc(a.serveInteractions)}
}

// Run connects to the gateway and answers until ctx ends; then it closes the session,
// waits briefly for answers in flight and returns nil. It returns an error when
// Discord refuses the bot for good (a bad token, intents not enabled).
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("discord: Run may be called only once")
	}
	workCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	run := &running{ctx: workCtx, cancel: cancel, h: h}
	a.mu.Lock()
	a.run = run
	a.mu.Unlock()
	remove := a.addHandlers()
	defer remove()
	if a.publicKey != nil {
		a.log.Info("accepting signed interactions on POST /discord/interactions")
	}

	if err := a.open(ctx); err != nil {
		a.shutdown(run)
		return err
	}
	<-ctx.Done()
	a.log.Info("shutting down")
	a.shutdown(run)
	return nil
}

// open connects, retrying with backoff on errors that may pass.
func (a *Adapter) open(ctx context.Context) error {
	wait := time.Second
	for {
		err := a.session.Open()
		if err == nil {
			return nil
		}
		if fatal := fatalOpenError(err); fatal != "" {
			a.log.Error("discord refused the bot", "reason", fatal, "err", err)
			return fmt.Errorf("discord: %s", fatal)
		}
		a.log.Warn("cannot connect to the gateway; retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Minute)
	}
}

// fatalOpenError says why an error from Open will not go away by retrying, or "".
func fatalOpenError(err error) string {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
		return "the bot token was rejected (HTTP 401); check DISCORD_TOKEN"
	}
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return ""
	}
	switch ce.Code {
	case 4004:
		return "the gateway rejected the bot token (close code 4004); check DISCORD_TOKEN"
	case 4010, 4011:
		return fmt.Sprintf("the gateway rejected the shard settings (close code %d); check DISCORD_SHARD_ID and DISCORD_SHARD_COUNT", ce.Code)
	case 4013, 4014:
		return fmt.Sprintf("the gateway refused the intents (close code %d); switch on the Message Content intent in the Developer Portal", ce.Code)
	}
	return ""
}

// shutdown stops taking work, closes the gateway, lets answers in flight finish
// (bounded), and then stops all REST traffic and reconnection for good.
func (a *Adapter) shutdown(run *running) {
	a.stopOne.Do(func() {
		a.mu.Lock()
		a.closed = true
		a.run = nil
		a.mu.Unlock()
		a.session.Lock()
		a.session.ShouldReconnectOnError = false
		a.session.Unlock()
		if err := a.session.Close(); err != nil {
			a.log.Warn("closing the gateway", "err", a.redactor.wrap("close", err))
		}
		done := make(chan struct{})
		go func() { a.work.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(shutdownGrace):
			a.log.Warn("answers still in flight at shutdown are being cancelled")
			run.cancel()
			select {
			case <-done:
			case <-time.After(shutdownAbort):
				a.log.Warn("answers still in flight at shutdown were abandoned")
			}
		}
		run.cancel()
		close(a.stopped)
	})
}

// begin registers one piece of work (an answer being prepared) unless shutting down;
// the caller must call a.work.Done when it finishes.
func (a *Adapter) begin() (*running, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed || a.run == nil {
		return nil, false
	}
	a.work.Add(1)
	return a.run, true
}

func (a *Adapter) botUserID() string {
	id, _ := a.botID.Load().(string)
	return id
}
