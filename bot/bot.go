// Package bot is minebot's platform-neutral core: the types the chat adapters speak
// (Message, Reply, Handler, Adapter), the answer composer that turns a question into a
// dated, cited Answer, and the service that routes commands, checks admins and limits
// how fast one user may ask.
package bot

import (
	"context"
	"net/http"
	"time"
)

// Command says what a message asks the bot to do. Adapters map their platform's
// commands (a Telegram "/ask@minebot", a Discord slash command) onto these.
type Command string

// The commands every adapter understands.
const (
	CmdAsk     Command = "ask"     // answer Message.Text
	CmdHelp    Command = "help"    // explain how to use the bot (also Telegram's /start)
	CmdReindex Command = "reindex" // rebuild the index (admins only)
)

// Message is one request from a chat user, already stripped of platform markup:
// mentions of the bot and the command word are removed from Text.
type Message struct {
	Platform string // "telegram", "discord", "cli", ...
	UserID   string // the platform's user id, as a string
	UserName string // for logs only
	ChatID   string // where the message was sent
	Private  bool   // a direct message / private chat
	Command  Command
	Text     string // the question, for CmdAsk
}

// Reply is what the core answers. Exactly one of Answer and Text is set, unless
// Silent is true, in which case the adapter sends nothing.
type Reply struct {
	// Answer is a composed answer to a question, with its citations; adapters render
	// it in their own markup (see Answer.Text and Answer.Citations).
	Answer *Answer
	// Text is a plain notice (help, a refusal, a reindex report, a rate-limit notice).
	// It contains no markup; adapters escape it.
	Text string
	// Ephemeral asks adapters that can (Discord) to show the reply to the asker only.
	Ephemeral bool
	// Silent means: send nothing (e.g. a user who is still over the rate limit).
	Silent bool
}

// Handler answers messages. Handle may take a while (a reindex does); adapters that
// must acknowledge quickly do so before calling it.
type Handler interface {
	Handle(ctx context.Context, m Message) Reply
}

// HandlerFunc lets an ordinary function serve as a Handler.
type HandlerFunc func(ctx context.Context, m Message) Reply

// Handle calls f(ctx, m).
func (f HandlerFunc) Handle(ctx context.Context, m Message) Reply { return f(ctx, m) }

// Adapter connects one chat platform to a Handler. Run blocks until ctx ends (then it
// returns nil after a graceful shutdown) or the adapter fails for good.
type Adapter interface {
	Name() string
	Run(ctx context.Context, h Handler) error
}

// Kind is the kind of a question.
type Kind string

// Question kinds, as in the ask --json contract.
const (
	KindYesNo  Kind = "yesno"
	KindWhen   Kind = "when"
	KindWho    Kind = "who"
	KindWhere  Kind = "where"
	KindNumber Kind = "number"
	KindWhat   Kind = "what"
	KindOther  Kind = "other"
)

// Verdict is the answer to a yes/no question.
type Verdict string

// Verdicts, as in the ask --json contract.
const (
	VerdictNone    Verdict = ""
	VerdictYes     Verdict = "yes"
	VerdictNo      Verdict = "no"
	VerdictPartly  Verdict = "partly"
	VerdictUnknown Verdict = "unknown"
)

// Answer is a composed answer. It marshals to the `ask --json` shape.
type Answer struct {
	Question string  `json:"question"`
	Kind     Kind    `json:"kind"`
	Verdict  Verdict `json:"verdict,omitempty"`
	AsOf     string  `json:"as_of,omitempty"`
	// Text is what a chat user sees, without platform markup, with [n] markers that
	// refer to Citations[].N.
	Text      string     `json:"answer"`
	Abstained bool       `json:"abstained"`
	Citations []Citation `json:"citations"`
	// Lang is the language the answer's frame is written in ("en" or "zh").
	Lang string `json:"-"`
}

// Citation is one numbered source of an answer.
type Citation struct {
	N         int    `json:"n"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published"` // YYYY-MM-DD
	File      string `json:"file"`      // relative to the content folder
	Quote     string `json:"quote"`
}

// PublishedTime parses Published; the zero time when it is malformed.
func (c Citation) PublishedTime() time.Time {
	t, _ := time.Parse(time.DateOnly, c.Published)
	return t
}

// Routes is implemented by adapters that also receive platform calls over HTTP (a
// Telegram webhook, Discord's signed interactions endpoint). The serve command mounts
// each pattern (e.g. "POST /telegram/webhook") on its HTTP server.
type Routes interface {
	Routes() map[string]http.Handler
}
