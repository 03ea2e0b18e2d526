package telegram

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/minebot/minebot/bot"
)

// Inline results for answers may be cached by Telegram for everyone asking the same
// query; notices (help, rate limits) are personal and kept briefly.
const (
	inlineAnswerCache = 60
	inlineNoticeCache = 1
)

// answerInline answers "@botname question" typed in any chat with one article whose
// message is the full cited answer. An empty query gets the core's hint on how to ask.
func (s *session) answerInline(ctx context.Context, q *tgbotapi.InlineQuery) bool {
	if s.superseded(q) {
		return true
	}
	text := strings.ToValidUTF8(q.Query, "\uFFFD")
	text = question(text, mentionSpans(text, nil, s.me))
	msg := bot.Message{
		Platform: "telegram",
		UserID:   strconv.FormatInt(q.From.ID, 10),
		UserName: userName(q.From),
		Private:  q.ChatType == "sender",
		Command:  bot.CmdAsk,
		Text:     text, // empty: the core says how to ask, which makes a fine hint
	}
	reply := s.h.Handle(ctx, msg)
	ctx = s.drain // see session.drain
	cfg := tgbotapi.InlineConfig{
		InlineQueryID: q.ID,
		Results:       inlineResults(reply, text),
		CacheTime:     inlineAnswerCache,
	}
	if reply.Answer == nil {
		cfg.CacheTime, cfg.IsPersonal = inlineNoticeCache, true
	}
	// An inline query expires within seconds, so retrying long is pointless.
	err := s.a.retry(ctx, "answerInlineQuery", 2, s.a.callTimeout, func(ctx context.Context) error {
		_, err := s.a.bind(s.api, ctx).Request(cfg)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		s.a.log.Warn("could not answer an inline query", "err", err)
	}
	return true
}

// superseded reports an inline query the user has already replaced by typing on.
// Skipping it spares the core (and the user's rate limit) a question nobody will
// see the answer to. The latest query is forgotten once it is taken up.
func (s *session) superseded(q *tgbotapi.InlineQuery) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inline[q.From.ID] != q.ID {
		return true
	}
	delete(s.inline, q.From.ID)
	return false
}

// inlineResults is the result list for a reply: one article, or none when the core
// stays silent. Abstentions are offered too, with a title that says so.
func inlineResults(r bot.Reply, question string) []any {
	results := []any{} // never nil: the API wants "[]", not "null"
	switch {
	case r.Silent:
	case r.Answer != nil:
		a := r.Answer
		title := clip(question, 64)
		if a.Abstained {
			title = "⚠️ " + noAnswerLabel(a.Lang) + ": " + clip(question, 48)
		}
		results = append(results, article(title, snippet(a.Text), inlineAnswerHTML(a), len(a.Citations) == 1))
	case strings.TrimSpace(r.Text) != "":
		first, rest, _ := strings.Cut(strings.TrimSpace(r.Text), "\n")
		parts := pack(textBlocks(r.Text, "\n\n"), maxMessageUTF16)
		results = append(results, article(clip(first, 64), snippet(rest), parts[0], false))
	}
	return results
}

func noAnswerLabel(lang string) string {
	if lang == "zh" {
		return "没有可靠来源的答案"
	}
	return "No sourced answer"
}

// inputText is InputTextMessageContent with link_preview_options beside the
// library's disable_web_page_preview, as messageParams does for sendMessage.
type inputText struct {
	Text                  string       `json:"message_text"`
	ParseMode             string       `json:"parse_mode"`
	DisableWebPagePreview bool         `json:"disable_web_page_preview,omitempty"`
	LinkPreviewOptions    *linkPreview `json:"link_preview_options,omitempty"`
}

type linkPreview struct {
	IsDisabled bool `json:"is_disabled"`
}

func article(title, description, content string, preview bool) tgbotapi.InlineQueryResultArticle {
	sum := sha256.Sum256([]byte(content))
	r := tgbotapi.NewInlineQueryResultArticleHTML(hex.EncodeToString(sum[:16]), title, content)
	r.Description = description
	in := inputText{Text: content, ParseMode: tgbotapi.ModeHTML}
	if !preview {
		in.DisableWebPagePreview, in.LinkPreviewOptions = true, &linkPreview{IsDisabled: true}
	}
	r.InputMessageContent = in
	return r
}

var markers = regexp.MustCompile(`\s*\[\d+\]`)

// snippet is the start of a text, without citation markers, for a result's description.
func snippet(text string) string {
	return clip(strings.Join(strings.Fields(markers.ReplaceAllString(text, "")), " "), 120)
}

// inlineAnswerHTML is the answer as one message: an inline result carries a single
// message, so a long answer's text is shortened (at a word) to leave room for the
// sources, which are never dropped.
func inlineAnswerHTML(a *bot.Answer) string {
	parts := pack(answerBlocks(a, a.Text), maxMessageUTF16)
	if len(parts) == 1 {
		return parts[0]
	}
	rs := []rune(a.Text)
	fits := func(n int) bool {
		return len(pack(answerBlocks(a, shorten(rs, n)), maxMessageUTF16)) == 1
	}
	n := sort.Search(len(rs)+1, func(n int) bool { return !fits(n) }) - 1
	if n < 0 {
		n = 0
	}
	return pack(answerBlocks(a, shorten(rs, n)), maxMessageUTF16)[0]
}

// shorten keeps the first n runes of rs, cut back to a space when there is one
// nearby, and marks the cut with an ellipsis.
func shorten(rs []rune, n int) string {
	if n >= len(rs) {
		return string(rs)
	}
	s := string(rs[:n])
	if i := strings.LastIndexAny(s, " \n"); i >= 0 && len(s)-i < 200 {
		s = s[:i]
	}
	return strings.TrimSpace(s) + " …"
}
