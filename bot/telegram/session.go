package telegram

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/minebot/minebot/bot"
)

// session is one connected run: the bound API client, who the bot is, the core's
// handler and the per-chat workers.
type session struct {
	a       *Adapter
	api     *tgbotapi.BotAPI
	me      identity
	h       bot.Handler
	workers *workers
	// drain is what replies are sent under. It outlives ctx, so that a reply is
	// neither cut off halfway (was it delivered?) nor dropped once the core has
	// answered; stop cancels it when the shutdown grace is over.
	drain       context.Context
	cancelDrain context.CancelFunc

	mu     sync.Mutex
	inline map[int64]string // each user's latest inline query id
}

func newSession(ctx context.Context, a *Adapter, api *tgbotapi.BotAPI, h bot.Handler) *session {
	drain, cancel := context.WithCancel(context.WithoutCancel(ctx))
	return &session{
		a:           a,
		api:         api,
		me:          identity{id: api.Self.ID, username: api.Self.UserName},
		h:           h,
		workers:     newWorkers(ctx),
		drain:       drain,
		cancelDrain: cancel,
		inline:      map[int64]string{},
	}
}

// stop ends the workers: the updates already taken are still answered (the core
// sees the ended context and answers or declines quickly), for up to the adapter's
// shutdown grace. Taking no loss, and leaving no gap that would make Telegram send
// later updates again, is worth that short wait.
func (s *session) stop() {
	if !s.workers.close(s.a.shutdownGrace) {
		s.a.log.Warn("stopped while the core was still answering; those updates will come again", "grace", s.a.shutdownGrace)
	}
	s.cancelDrain()
}

// dispatch queues the work for one update on its chat's worker. done is called
// exactly once: handled is true when the update needs no further attention (answered,
// ignored, or failed for good) and false when shutdown interrupted it, so that
// Telegram should deliver it again.
func (s *session) dispatch(u tgbotapi.Update, done func(handled bool)) {
	switch {
	case u.Message != nil:
		msg, ok := fromMessage(u.Message, s.me)
		if !ok {
			done(true)
			return
		}
		m := u.Message
		s.submit("chat:"+msg.ChatID, done, func(ctx context.Context) bool {
			return s.answerMessage(ctx, m, msg)
		})
	case u.InlineQuery != nil && u.InlineQuery.From != nil:
		q := u.InlineQuery
		s.mu.Lock()
		s.inline[q.From.ID] = q.ID
		s.mu.Unlock()
		s.submit("inline:"+strconv.FormatInt(q.From.ID, 10), done, func(ctx context.Context) bool {
			return s.answerInline(ctx, q)
		})
	default:
		done(true)
	}
}

// submit runs job on the worker for key, reporting through done, and survives a
// panic in the core so that one bad update cannot stall the others.
func (s *session) submit(key string, done func(bool), job func(context.Context) bool) {
	ok := s.workers.submit(key, func(ctx context.Context) {
		handled := true
		defer func() {
			if r := recover(); r != nil {
				s.a.log.Error("panic while handling an update", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			}
			done(handled)
		}()
		handled = job(ctx)
	})
	if !ok {
		done(false)
	}
}

// answerMessage asks the core and sends its reply. In groups the answer replies to
// the question, so it is clear whom it answers.
func (s *session) answerMessage(ctx context.Context, m *tgbotapi.Message, msg bot.Message) bool {
	stop := s.typing(ctx, m.Chat.ID, msg.Command)
	reply := s.h.Handle(ctx, msg)
	stop()
	replyTo := 0
	if !msg.Private {
		replyTo = m.MessageID
	}
	if err := s.send(s.drain, m.Chat.ID, replyTo, reply); err != nil {
		if s.drain.Err() != nil {
			return false
		}
		s.a.log.Error("could not send a reply", "chat", m.Chat.ID, "command", msg.Command, "err", err)
	}
	return true
}

// send renders reply and sends its parts in order, each with retries.
func (s *session) send(ctx context.Context, chatID int64, replyTo int, reply bot.Reply) error {
	parts, preview := renderReply(reply)
	// In a group every part replies to the question: it keeps the parts together and
	// in the question's forum topic, if any.
	for i, part := range parts {
		err := s.sendMessage(ctx, messageParams(chatID, part, preview, replyTo))
		if to := migratedTo(err); to != 0 {
			// The group became a supergroup: the same conversation under a new id.
			s.a.log.Info("chat migrated; answering in the new chat", "from", chatID, "to", to)
			chatID, replyTo = to, 0
			err = s.sendMessage(ctx, messageParams(chatID, part, preview, 0))
		}
		if err != nil {
			return fmt.Errorf("part %d of %d: %w", i+1, len(parts), err)
		}
	}
	return nil
}

func (s *session) sendMessage(ctx context.Context, params tgbotapi.Params) error {
	return s.a.retry(ctx, "sendMessage", s.a.sendAttempts, s.a.callTimeout, func(ctx context.Context) error {
		_, err := s.a.bind(s.api, ctx).MakeRequest("sendMessage", params)
		return err
	})
}

// messageParams are sendMessage's parameters: those the library's MessageConfig sends
// (disable_web_page_preview, reply_to_message_id), which every Bot API server still
// accepts, and their successors (link_preview_options, reply_parameters), which
// current servers read first.
func messageParams(chatID int64, html string, preview bool, replyTo int) tgbotapi.Params {
	p := tgbotapi.Params{
		"chat_id":    strconv.FormatInt(chatID, 10),
		"text":       html,
		"parse_mode": tgbotapi.ModeHTML,
	}
	if !preview {
		p["disable_web_page_preview"] = "true"
		p["link_preview_options"] = `{"is_disabled":true}`
	}
	if replyTo != 0 {
		id := strconv.Itoa(replyTo)
		p["reply_to_message_id"] = id
		p["allow_sending_without_reply"] = "true"
		p["reply_parameters"] = `{"message_id":` + id + `,"allow_sending_without_reply":true}`
	}
	return p
}

// migratedTo is the new chat id when err says the group moved to a supergroup.
func migratedTo(err error) int64 {
	var re *redactedError
	var apiErr *tgbotapi.Error
	if errors.As(err, &re) && errors.As(re.cause, &apiErr) {
		return apiErr.MigrateToChatID
	}
	return 0
}

// typing shows "typing…" while a question or a reindex is being handled: once before
// the core is asked (so it shows before the answer, never after it) and again every
// typingEvery until stop is called. Help needs none. Failures only cost the indicator.
func (s *session) typing(ctx context.Context, chatID int64, cmd bot.Command) (stop func()) {
	if cmd != bot.CmdAsk && cmd != bot.CmdReindex {
		return func() {}
	}
	s.sendTyping(ctx, chatID)
	ctx, cancel := context.WithCancel(ctx)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(s.a.typingEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				s.sendTyping(ctx, chatID)
			}
		}
	}()
	return func() {
		cancel()
		<-finished
	}
}

func (s *session) sendTyping(ctx context.Context, chatID int64) {
	err := s.a.retry(ctx, "sendChatAction", 1, typingTimeout, func(ctx context.Context) error {
		_, err := s.a.bind(s.api, ctx).Request(tgbotapi.NewChatAction(chatID, tgbotapi.ChatTyping))
		return err
	})
	if err != nil && ctx.Err() == nil {
		s.a.log.Debug("typing indicator failed", "chat", chatID, "err", err)
	}
}

// typingTimeout bounds the wait for the indicator, which delays the answer.
const typingTimeout = 2 * time.Second
