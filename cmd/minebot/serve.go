package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/bot/discord"
	"github.com/minebot/minebot/bot/telegram"
	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/gctune"
)

const serveUsage = `Usage: minebot serve [--config FILE]

Runs the Telegram and Discord adapters whose tokens are set, and an HTTP server with
GET /healthz, GET /readyz and GET /metrics (plus the adapters' webhook routes). The index
is rebuilt in the background at start, on an admin's /reindex, on SIGHUP, and when an
article changes while watching; questions are answered throughout.

Settings come from the environment. --config FILE (or MINEBOT_CONFIG=FILE) names a YAML
file with the same keys, e.g. "MINEBOT_HTTP_ADDR: 127.0.0.1:9090"; the environment wins.

  MINEBOT_CONTENT          content folder to index and watch (default: the embedded corpus)
  MINEBOT_INDEX            folder for the on-disk index (default: in memory)
  MINEBOT_WATCH            rebuild when an article changes (default: true with MINEBOT_CONTENT)
  MINEBOT_HTTP_ADDR        HTTP address (default: 127.0.0.1:8080)
  MINEBOT_ADMINS           who may /reindex: telegram:<user id>,discord:<user id>,...
  TELEGRAM_TOKEN           turns the Telegram adapter on
  TELEGRAM_API_URL         Bot API server (default: https://api.telegram.org)
  TELEGRAM_WEBHOOK_URL     public URL: webhook mode instead of long polling
  TELEGRAM_WEBHOOK_SECRET  required with TELEGRAM_WEBHOOK_URL
  DISCORD_TOKEN            turns the Discord adapter on
  DISCORD_API_URL          REST base URL (default: https://discord.com)
  DISCORD_GUILD_ID         register slash commands in this guild only
  DISCORD_PUBLIC_KEY       enables POST /discord/interactions
  DISCORD_SHARD_ID, DISCORD_SHARD_COUNT   gateway sharding

SIGINT or SIGTERM shuts down gracefully; SIGHUP rebuilds the index.
`

// shutdownTimeout bounds a graceful shutdown: the process exits within 10 s.
const shutdownTimeout = 9 * time.Second

func (m *Main) serve(ctx context.Context, args []string) error {
	fl := m.newFlags("serve", "serve [--config FILE]")
	fl.help = func() { fmt.Fprint(m.Stdout, serveUsage) }
	configPath := fl.String("config", "", "YAML file with settings (the environment wins)")
	if rest, err := parse(fl, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageErrorf("serve: unexpected argument %q; settings come from the environment or --config FILE", rest[0])
	}
	if *configPath == "" {
		*configPath = m.Getenv("MINEBOT_CONFIG")
	}
	cfg, err := loadServeConfig(m.Getenv, *configPath)
	if err != nil {
		return usageErrorf("serve: %v", err)
	}
	metrics := newServeMetrics()
	s, err := newServer(cfg, newServeLogger(m.Stderr, cfg.Secrets, metrics.adapterError), metrics)
	if err != nil {
		return err
	}
	return s.run(ctx)
}

// server is one running `minebot serve`.
type server struct {
	cfg      serveConfig
	log      *slog.Logger
	metrics  *serveMetrics
	debounce time.Duration // for the content watcher

	store     *index.Store
	reindexer *bot.Reindexer
	service   *bot.Service
	adapters  []bot.Adapter
	routes    []bot.Routes
	listener  net.Listener
	http      *http.Server
	closing   atomic.Bool
}

// newServer checks the adapters' settings, opens the index and listens; it starts
// nothing yet. Bad settings are usage errors (exit 2), the rest failures (exit 1).
func newServer(cfg serveConfig, log *slog.Logger, metrics *serveMetrics) (*server, error) {
	s := &server{cfg: cfg, log: log, metrics: metrics, debounce: defaultDebounce}
	if err := s.newAdapters(); err != nil {
		return nil, usageErrorf("serve: %v", err)
	}
	store, err := index.Open(cfg.Index, index.Options{})
	if errors.Is(err, index.ErrInUse) {
		return nil, failf("serve: the index folder %s is in use by another minebot process", cfg.Index)
	} else if err != nil {
		return nil, failf("serve: open the index folder %s: %v", cfg.Index, err)
	}
	s.store = store
	engine := bot.NewEngine(store)
	s.reindexer = bot.NewReindexer(bot.ReindexerConfig{Store: store, Content: s.contentFS(), Observer: metrics, Logger: log,
		Ready: func(ctx context.Context) error {
			// read every passage of the new generation now, so no question pays for it,
			// and size the collector for the heap that serves it
			if err := engine.Prepare(ctx, true); err != nil {
				return err
			}
			if percent, ok := gctune.Apply(gctune.DefaultFloor); ok {
				log.Debug("collector set for the new index", "gogc", percent)
			}
			return nil
		}})
	s.service = bot.NewService(bot.ServiceConfig{
		Engine:    engine,
		Reindexer: s.reindexer,
		Store:     store,
		Admins:    cfg.Admins,
		Limiter:   bot.NewRateLimiter(bot.DefaultQuestionsPerMinute, bot.DefaultQuestionBurst),
		Observer:  metrics,
		Logger:    log,
	})
	if s.http, err = s.newHTTPServer(); err != nil {
		store.Close()
		return nil, failf("serve: %v", err)
	}
	if s.listener, err = net.Listen("tcp", cfg.HTTPAddr); err != nil {
		store.Close()
		return nil, failf("serve: cannot listen on %s: %v", cfg.HTTPAddr, err)
	}
	return s, nil
}

func (s *server) contentFS() fs.FS {
	if s.cfg.Content == "" {
		return content.Embedded()
	}
	return os.DirFS(s.cfg.Content)
}

// newAdapters makes an adapter for every platform whose token is set, and logs why
// the others are off.
func (s *server) newAdapters() error {
	c := s.cfg
	if c.TelegramToken == "" {
		s.log.Info("telegram adapter off", "reason", "TELEGRAM_TOKEN is not set")
	} else {
		a, err := telegram.New(telegram.Config{Token: c.TelegramToken, APIURL: c.TelegramAPIURL,
			WebhookURL: c.TelegramWebhookURL, WebhookSecret: c.TelegramWebhookSecret, Logger: s.log})
		if err != nil {
			return err
		}
		s.adapters, s.routes = append(s.adapters, a), append(s.routes, a)
	}
	if c.DiscordToken == "" {
		s.log.Info("discord adapter off", "reason", "DISCORD_TOKEN is not set")
	} else {
		a, err := discord.New(discord.Config{Token: c.DiscordToken, APIURL: c.DiscordAPIURL, GuildID: c.DiscordGuildID,
			PublicKey: c.DiscordPublicKey, ShardID: c.DiscordShardID, ShardCount: c.DiscordShardCount, Logger: s.log})
		if err != nil {
			return err
		}
		s.adapters, s.routes = append(s.adapters, a), append(s.routes, a)
	}
	return nil
}

// Addr is the address the HTTP server listens on.
func (s *server) Addr() net.Addr { return s.listener.Addr() }

// run serves until ctx ends, then shuts down gracefully.
func (s *server) run(ctx context.Context) error {
	s.logStart()
	bgCtx, stopBackground := context.WithCancel(context.WithoutCancel(ctx))
	defer stopBackground()
	var background sync.WaitGroup
	background.Go(func() { s.reindexer.Run(bgCtx) })
	s.reindexer.Request("startup")
	s.startWatching(bgCtx, &background)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP) // before anything is ready, so an early SIGHUP cannot kill us
	defer signal.Stop(hup)
	background.Go(func() { s.reindexOnHangup(bgCtx, hup) })

	httpErr := make(chan error, 1)
	go func() { httpErr <- s.http.Serve(s.listener) }()
	adaptersDone := s.runAdapters(ctx)

	var failure error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down")
	case err := <-httpErr:
		s.log.Error("the HTTP server stopped", "err", err)
		failure = failf("serve: the HTTP server stopped: %v", err)
	}
	s.shutdown(stopBackground, &background, adaptersDone)
	return failure
}

func (s *server) logStart() {
	if info := s.store.Info(); info.Ready {
		s.metrics.serving(info.Articles, info.Passages, info.Generation)
		s.log.Info("serving the index on disk until the rebuild is in", "generation", info.Generation,
			"articles", info.Articles, "built_at", info.BuiltAt)
	}
	names := make([]string, 0, len(s.adapters))
	for _, a := range s.adapters {
		names = append(names, a.Name())
	}
	contentDir, indexDir := s.cfg.Content, s.cfg.Index
	if contentDir == "" {
		contentDir = "(embedded corpus)"
	}
	if indexDir == "" {
		indexDir = "(in memory)"
	}
	s.log.Info("minebot serving", "http", s.Addr().String(), "adapters", names, "content", contentDir,
		"index", indexDir, "watch", s.cfg.Watch, "admins", len(s.cfg.Admins))
}

func (s *server) startWatching(ctx context.Context, wg *sync.WaitGroup) {
	if !s.cfg.Watch {
		return
	}
	w, err := newContentWatcher(s.cfg.Content, s.debounce, func() { s.reindexer.Request("watch") }, s.log)
	if err != nil {
		s.log.Error("cannot watch the content folder; use /reindex or SIGHUP after changes", "err", err)
		return
	}
	wg.Go(func() { w.Run(ctx) })
}

// reindexOnHangup asks for a rebuild on every SIGHUP until ctx ends.
func (s *server) reindexOnHangup(ctx context.Context, hup <-chan os.Signal) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			s.log.Info("SIGHUP: reindexing")
			s.reindexer.Request("signal")
		}
	}
}

// runAdapters runs every adapter with s.service; the channel closes when all returned.
func (s *server) runAdapters(ctx context.Context) <-chan struct{} {
	var wg sync.WaitGroup
	for _, a := range s.adapters {
		wg.Go(func() {
			if err := a.Run(ctx, s.service); err != nil {
				s.metrics.adapterError(a.Name(), slog.LevelError)
				s.log.Error("adapter stopped; the others go on", "platform", a.Name(), "err", err)
			}
		})
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	return done
}

// shutdown stops taking questions, lets those in flight finish, stops the adapters,
// the HTTP server and the background work, and closes the index, within
// shutdownTimeout.
func (s *server) shutdown(stopBackground func(), background *sync.WaitGroup, adaptersDone <-chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	s.closing.Store(true)
	stopBackground() // a rebuild in progress stops; the serving index stays
	select {
	case <-adaptersDone:
	case <-ctx.Done():
		s.log.Warn("adapters did not stop in time")
	}
	if err := s.service.Drain(ctx); err != nil {
		s.log.Warn("shutdown: some answers were abandoned", "err", err)
	}
	if err := s.http.Shutdown(ctx); err != nil {
		s.log.Warn("shutdown: HTTP requests were abandoned", "err", err)
		s.http.Close()
	}
	waitGroup(ctx, background)
	if err := s.store.Close(); err != nil {
		s.log.Warn("closing the index", "err", err)
	}
	s.log.Info("stopped")
}

func waitGroup(ctx context.Context, wg *sync.WaitGroup) {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}
