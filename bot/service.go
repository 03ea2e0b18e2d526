package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/minebot/minebot/index"
)

// Outcome is how the Service dealt with one message.
type Outcome string

// The outcomes metrics and logs count.
const (
	OutcomeAnswered    Outcome = "answered"     // an answer with sources, or the help or a reindex report
	OutcomeAbstained   Outcome = "abstained"    // the articles do not support an answer
	OutcomeRefused     Outcome = "refused"      // not allowed (reindex by a non-admin), empty, or shutting down
	OutcomeRateLimited Outcome = "rate_limited" // over the per-user limit
	OutcomeError       Outcome = "error"        // an internal failure; the user got a plain apology
)

// Observer hears what the core does, so that metrics need not live in the core.
// Implementations must be safe for concurrent use and quick.
type Observer interface {
	// Handled is called once per message, after its reply is ready.
	Handled(platform string, cmd Command, outcome Outcome, latency time.Duration)
	// Reindexed is called once per rebuild, good or bad.
	Reindexed(r ReindexReport)
}

// Answerer answers questions; *Engine is one.
type Answerer interface {
	Answer(ctx context.Context, question string) (*Answer, error)
}

// UserRef names one user of one platform, written "telegram:12345".
type UserRef struct {
	Platform string
	ID       string
}

func (u UserRef) String() string { return u.Platform + ":" + u.ID }

// ServiceConfig wires a Service. Only Engine is required.
type ServiceConfig struct {
	Engine    Answerer
	Reindexer *Reindexer   // nil: /reindex is not available
	Store     *index.Store // optional: the help text says what it covers
	Admins    []UserRef    // who may reindex
	Limiter   *RateLimiter // nil: no per-user limit
	Observer  Observer     // optional
	Logger    *slog.Logger

	// AnswerTimeout bounds one answer (default 10 s). Answers run to the end even
	// when the adapter's context ends, so that a shutdown finishes them.
	AnswerTimeout time.Duration
	// ReindexWait is how long an admin's /reindex waits for its report before
	// replying that it still runs (default 5 min).
	ReindexWait time.Duration
}

// Service is the core every adapter talks to: it routes commands, answers questions,
// checks admins, limits how fast each user may ask, and logs and counts every message.
type Service struct {
	cfg    ServiceConfig
	log    *slog.Logger
	admins map[UserRef]bool

	mu       sync.Mutex // guards closing and adding to inflight
	closing  bool
	inflight sync.WaitGroup
}

var _ Handler = (*Service)(nil)

// NewService returns a Service with cfg.
func NewService(cfg ServiceConfig) *Service {
	if cfg.AnswerTimeout <= 0 {
		cfg.AnswerTimeout = 10 * time.Second
	}
	if cfg.ReindexWait <= 0 {
		cfg.ReindexWait = 5 * time.Minute
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: log, admins: map[UserRef]bool{}}
	for _, a := range cfg.Admins {
		s.admins[a] = true
	}
	return s
}

// The plain sentences users see.
const (
	textEmptyQuestion = "Ask me a question about crypto mining, for example: /ask Is Sichuan banned?"
	textNotReady      = "I'm still reading my articles. Please ask again in a minute."
	textInternalError = "Sorry, something went wrong while I was looking that up. Please try again in a moment."
	textShuttingDown  = "minebot is restarting. Please ask again in a minute."
	textNotAdmin      = "Sorry, only minebot's admins can reindex. Questions are always welcome, though."
	textNoReindex     = "Reindexing is not available here."
	textQueued        = "A reindex is already running; yours will run right after it."
	textStillRunning  = "The reindex is still running; its report will be in the server's log."
	textUnknown       = "I don't know that command. Try /help."
)

// Handle answers one message. It is safe for concurrent use.
func (s *Service) Handle(ctx context.Context, m Message) Reply {
	start := time.Now()
	if !s.enter() {
		s.observe(m, OutcomeRefused, start, nil)
		return Reply{Text: textShuttingDown}
	}
	defer s.inflight.Done()
	var (
		reply   Reply
		outcome Outcome
		ans     *Answer
	)
	switch m.Command {
	case CmdAsk, "":
		reply, outcome = s.ask(ctx, m)
		ans = reply.Answer
	case CmdHelp:
		reply, outcome = Reply{Text: s.helpText()}, OutcomeAnswered
	case CmdReindex:
		reply, outcome = s.reindex(ctx, m)
	default:
		reply, outcome = Reply{Text: textUnknown}, OutcomeRefused
	}
	s.observe(m, outcome, start, ans)
	return reply
}

func (s *Service) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.inflight.Add(1)
	return true
}

// Drain stops taking messages (new ones get a short "restarting" notice) and waits
// until those in flight are answered, or ctx ends.
func (s *Service) Drain(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	done := make(chan struct{})
	go func() {
		s.inflight.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("messages still in flight: %w", ctx.Err())
	}
}

// observe logs one line per message and tells the observer.
func (s *Service) observe(m Message, outcome Outcome, start time.Time, ans *Answer) {
	latency := time.Since(start)
	cmd := m.Command
	if cmd == "" {
		cmd = CmdAsk
	}
	attrs := []any{"platform", m.Platform, "user", m.UserID, "command", string(cmd), "outcome", string(outcome),
		"latency_ms", float64(latency.Microseconds()) / 1000}
	if ans != nil {
		attrs = append(attrs, "kind", string(ans.Kind), "citations", len(ans.Citations))
	}
	s.log.Info("message", attrs...)
	if s.cfg.Observer != nil {
		s.cfg.Observer.Handled(m.Platform, cmd, outcome, latency)
	}
}

func (s *Service) ask(ctx context.Context, m Message) (Reply, Outcome) {
	q := strings.TrimSpace(m.Text)
	if q == "" {
		return Reply{Text: textEmptyQuestion}, OutcomeRefused
	}
	if s.cfg.Limiter != nil {
		switch s.cfg.Limiter.Allow(UserRef{m.Platform, m.UserID}.String()) {
		case RateNotify:
			return Reply{Text: s.rateNotice(), Ephemeral: true}, OutcomeRateLimited
		case RateSilent:
			return Reply{Silent: true}, OutcomeRateLimited
		}
	}
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.AnswerTimeout)
	defer cancel()
	a, err := s.cfg.Engine.Answer(actx, q)
	switch {
	case errors.Is(err, index.ErrNotReady):
		return Reply{Text: textNotReady}, OutcomeError
	case err != nil:
		s.log.Error("answering a question failed", "platform", m.Platform, "user", m.UserID, "err", err)
		return Reply{Text: textInternalError}, OutcomeError
	case a == nil:
		s.log.Error("the engine returned no answer and no error", "platform", m.Platform)
		return Reply{Text: textInternalError}, OutcomeError
	case a.Abstained:
		return Reply{Answer: a}, OutcomeAbstained
	}
	return Reply{Answer: a}, OutcomeAnswered
}

func (s *Service) rateNotice() string {
	return fmt.Sprintf("You're asking faster than I can keep up: up to %d questions a minute. "+
		"Please wait a little, then ask again.", s.cfg.Limiter.PerMinute())
}

// IsAdmin says whether u may reindex.
func (s *Service) IsAdmin(u UserRef) bool { return s.admins[u] }

func (s *Service) reindex(ctx context.Context, m Message) (Reply, Outcome) {
	if s.cfg.Reindexer == nil {
		return Reply{Text: textNoReindex, Ephemeral: true}, OutcomeRefused
	}
	if !s.IsAdmin(UserRef{m.Platform, m.UserID}) {
		s.log.Info("reindex refused: not an admin", "platform", m.Platform, "user", m.UserID)
		return Reply{Text: textNotAdmin, Ephemeral: true}, OutcomeRefused
	}
	ticket := s.cfg.Reindexer.Request("admin")
	wctx, cancel := context.WithTimeout(ctx, s.cfg.ReindexWait)
	defer cancel()
	var parts []string
	if ticket.Queued {
		parts = append(parts, textQueued)
	}
	if rep, err := ticket.Wait(wctx); err != nil {
		parts = append(parts, textStillRunning)
	} else {
		parts = append(parts, rep.Text())
	}
	return Reply{Text: strings.Join(parts, "\n"), Ephemeral: true}, OutcomeAnswered
}

// helpText says what the bot does, its commands, and what its articles cover.
func (s *Service) helpText() string {
	var b strings.Builder
	b.WriteString("I answer questions about crypto mining and the rules around it: bans, moratoria, " +
		"power limits, taxes, and where the miners and the hashrate went.")
	if s.cfg.Store != nil {
		if info := s.cfg.Store.Info(); info.Ready {
			fmt.Fprintf(&b, " I know %s", plural(info.Articles, "curated article"))
			if regions := topRegions(s.cfg.Store.Articles(), 8); len(regions) > 0 {
				fmt.Fprintf(&b, ", most of them about %s", strings.Join(regions, ", "))
			}
			b.WriteString(".")
		}
	}
	b.WriteString(" Every answer cites its sources, with links and dates, and I say so plainly when my articles do not cover a question.\n\n")
	b.WriteString("Commands:\n")
	b.WriteString("/ask <question>: ask a question (in a private chat, just write it)\n")
	b.WriteString("/help: this text\n")
	b.WriteString("/reindex: reload the articles (admins only)\n\n")
	b.WriteString("Example: /ask Is Sichuan banned?")
	return b.String()
}

// topRegions lists the n regions most articles are about, most first.
func topRegions(arts []*index.Article, n int) []string {
	count := map[string]int{}
	for _, a := range arts {
		for _, r := range a.Regions {
			count[r]++
		}
	}
	regions := make([]string, 0, len(count))
	for r := range count {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool {
		if count[regions[i]] != count[regions[j]] {
			return count[regions[i]] > count[regions[j]]
		}
		return regions[i] < regions[j]
	})
	if len(regions) > n {
		regions = regions[:n]
	}
	return regions
}
