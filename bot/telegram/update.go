package telegram

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/minebot/minebot/bot"
)

// identity is who the bot is, from getMe.
type identity struct {
	id       int64
	username string // without the @
}

// commandNames maps the words after "/" onto the core's commands.
var commandNames = map[string]bot.Command{
	"ask":     bot.CmdAsk,
	"start":   bot.CmdHelp,
	"help":    bot.CmdHelp,
	"reindex": bot.CmdReindex,
}

// fromMessage maps a Telegram message onto a bot.Message. ok is false when the bot
// should stay silent: a group message not meant for it, a command for another bot,
// a message without text, a message from a bot.
//
// Private chats: any text is a question, /start and /help ask for help.
// Groups: the bot answers a command addressed to it (/ask@thisbot) or a bare command
// of its own (with privacy mode on, Telegram delivers a bare command only when it is
// meant for this bot), a message mentioning @thisbot, and a reply to its own message.
func fromMessage(m *tgbotapi.Message, me identity) (bot.Message, bool) {
	if m == nil || m.From == nil || m.From.IsBot || m.Chat == nil || m.Chat.Type == "channel" {
		return bot.Message{}, false
	}
	text := strings.ToValidUTF8(m.Text, "\uFFFD")
	if strings.TrimSpace(text) == "" {
		return bot.Message{}, false
	}
	out := bot.Message{
		Platform: "telegram",
		UserID:   strconv.FormatInt(m.From.ID, 10),
		UserName: userName(m.From),
		ChatID:   strconv.FormatInt(m.Chat.ID, 10),
		Private:  m.Chat.Type == "private",
	}
	mentions := mentionSpans(text, m.Entities, me)
	if name, target, end, ok := leadingCommand(text, m.Entities); ok {
		if target != "" && !strings.EqualFold(target, me.username) {
			return bot.Message{}, false
		}
		cmd, known := commandNames[strings.ToLower(name)]
		switch {
		case known:
		case out.Private || target != "":
			cmd = bot.CmdHelp // our unknown command: say what we do understand
		default:
			return bot.Message{}, false // probably another bot's command
		}
		out.Command = cmd
		if cmd == bot.CmdAsk {
			// Possibly empty: the core then says how to ask.
			out.Text = question(text, append(mentions, span{0, end}))
		}
		return out, true
	}
	repliedTo := m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.ID == me.id
	if !out.Private && len(mentions) == 0 && !repliedTo {
		return bot.Message{}, false
	}
	out.Command = bot.CmdAsk
	out.Text = question(text, mentions)
	return out, true
}

func userName(u *tgbotapi.User) string {
	if u.UserName != "" {
		return "@" + u.UserName
	}
	return strings.TrimSpace(u.FirstName + " " + u.LastName)
}

// span is a byte range [start, end) of a message text.
type span struct{ start, end int }

// commandWord is a command at the start of a text, for messages whose entities are
// missing: "/ask", "/ask@some_bot".
var commandWord = regexp.MustCompile(`^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s|$)`)

// leadingCommand finds a bot command at the start of text: its name, the bot it is
// addressed to (empty if none) and the byte offset where it ends.
func leadingCommand(text string, entities []tgbotapi.MessageEntity) (name, target string, end int, ok bool) {
	var word string
	if len(entities) > 0 {
		e := entities[0]
		if e.Type != "bot_command" || e.Offset != 0 {
			return "", "", 0, false
		}
		s, ok := entitySpan(text, e)
		if !ok {
			return "", "", 0, false
		}
		word, end = text[s.start:s.end], s.end
	} else {
		m := commandWord.FindStringSubmatchIndex(text)
		if m == nil {
			return "", "", 0, false
		}
		end = m[3]
		if m[4] >= 0 {
			end = m[5]
		}
		word = text[:end]
	}
	name, target, _ = strings.Cut(strings.TrimPrefix(word, "/"), "@")
	return name, target, end, name != ""
}

// mentionSpans finds the mentions of this bot in text: "mention" entities naming it,
// "text_mention" entities pointing at it, and plain "@name" words (clients that send
// no entities).
func mentionSpans(text string, entities []tgbotapi.MessageEntity, me identity) []span {
	var spans []span
	for _, e := range entities {
		s, ok := entitySpan(text, e)
		if !ok {
			continue
		}
		switch {
		case e.Type == "mention" && strings.EqualFold(text[s.start:s.end], "@"+me.username):
			spans = append(spans, s)
		case e.Type == "text_mention" && e.User != nil && e.User.ID == me.id:
			spans = append(spans, s)
		}
	}
	// Bot usernames are ASCII, so a byte-wise case-insensitive match keeps offsets right.
	name := me.username
	for i := 0; name != "" && i+1+len(name) <= len(text); i++ {
		end := i + 1 + len(name)
		if text[i] != '@' || !strings.EqualFold(text[i+1:end], name) {
			continue
		}
		if (i == 0 || !isNameByte(text[i-1])) && (end == len(text) || !isNameByte(text[end])) {
			spans = append(spans, span{i, end})
		}
	}
	return spans
}

func isNameByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// entitySpan converts an entity's UTF-16 offset and length into a byte range.
func entitySpan(text string, e tgbotapi.MessageEntity) (span, bool) {
	start := utf16ToByte(text, e.Offset)
	end := utf16ToByte(text, e.Offset+e.Length)
	if start < 0 || end < 0 || e.Length <= 0 {
		return span{}, false
	}
	return span{start, end}, true
}

// utf16ToByte is the byte offset in s of UTF-16 offset u, or -1 if u is out of range
// or inside a surrogate pair.
func utf16ToByte(s string, u int) int {
	if u < 0 {
		return -1
	}
	n := 0
	for i, r := range s {
		if n == u {
			return i
		}
		if n > u {
			return -1
		}
		n += utf16.RuneLen(r)
	}
	if n == u {
		return len(s)
	}
	return -1
}

// question is text without the given spans (the command word, mentions of the bot),
// with whitespace tidied and leading punctuation ("@bot, is ...") dropped.
func question(text string, cut []span) string {
	sort.Slice(cut, func(i, j int) bool { return cut[i].start < cut[j].start })
	var b strings.Builder
	pos := 0
	for _, s := range cut {
		if s.start < pos {
			s.start = pos
		}
		if s.end <= s.start {
			continue
		}
		b.WriteString(text[pos:s.start])
		b.WriteByte(' ')
		pos = s.end
	}
	b.WriteString(text[pos:])
	q := strings.Join(strings.Fields(b.String()), " ")
	q = spaceBeforePunct.ReplaceAllString(q, "$1") // "hey @bot, is" -> "hey, is"
	return strings.TrimSpace(strings.TrimLeft(q, ",:;- "))
}

var spaceBeforePunct = regexp.MustCompile(` ([,;:!?])`)
