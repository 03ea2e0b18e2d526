package discord

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/minebot/minebot/bot"
)

// Message flags we set.
const (
	flagSuppressEmbeds = int(discordgo.MessageFlagsSuppressEmbeds) // no link previews under an answer
	flagEphemeral      = int(discordgo.MessageFlagsEphemeral)
)

// Interaction callback types.
const (
	callbackPong     = int(discordgo.InteractionResponsePong)
	callbackMessage  = int(discordgo.InteractionResponseChannelMessageWithSource)
	callbackDeferred = int(discordgo.InteractionResponseDeferredChannelMessageWithSource)
)

// typingEvery renews the typing indicator, which Discord shows for about 10 seconds.
const typingEvery = 8 * time.Second

// allowedMentions with an empty parse list: the message may not ping anyone, whatever
// its text says. Every message, edit and follow-up carries it.
type allowedMentions struct {
	Parse []string `json:"parse"`
}

func noMentions() *allowedMentions { return &allowedMentions{Parse: []string{}} }

// messageReference makes a message a reply; fail_if_not_exists=false still sends the
// answer if the question was deleted meanwhile.
type messageReference struct {
	MessageID       string `json:"message_id"`
	ChannelID       string `json:"channel_id,omitempty"`
	GuildID         string `json:"guild_id,omitempty"`
	FailIfNotExists bool   `json:"fail_if_not_exists"`
}

// messagePayload is the body of a message create, a webhook edit or execute, and the
// data of an interaction callback. We build it ourselves (rather than with
// discordgo's structs) so allowed_mentions is exactly {"parse":[]}.
type messagePayload struct {
	Content          string            `json:"content,omitempty"`
	Flags            int               `json:"flags,omitempty"`
	AllowedMentions  *allowedMentions  `json:"allowed_mentions"`
	MessageReference *messageReference `json:"message_reference,omitempty"`
}

type interactionCallback struct {
	Type int             `json:"type"`
	Data *messagePayload `json:"data,omitempty"`
}

// deferredCallback acknowledges an interaction; the answer is edited in later.
func deferredCallback(ephemeral bool) interactionCallback {
	data := &messagePayload{AllowedMentions: noMentions()}
	if ephemeral {
		data.Flags = flagEphemeral
	}
	return interactionCallback{Type: callbackDeferred, Data: data}
}

// answerMessage answers a question asked in a message, as a reply to it.
func (a *Adapter) answerMessage(run *running, dm *discordgo.Message, m bot.Message) {
	stopTyping := a.typing(run.ctx, dm.ChannelID)
	reply := a.handle(run.ctx, run.h, m)
	stopTyping()
	parts := renderReply(reply, maxContent)
	for i, part := range parts {
		p := messagePayload{Content: part, Flags: flagSuppressEmbeds, AllowedMentions: noMentions()}
		if i == 0 {
			p.MessageReference = &messageReference{MessageID: dm.ID, ChannelID: dm.ChannelID, GuildID: dm.GuildID}
		}
		url := discordgo.EndpointChannelMessages(dm.ChannelID)
		if _, err := a.session.RequestWithBucketID(http.MethodPost, url, p, url, discordgo.WithContext(run.ctx)); err != nil {
			a.log.Error("sending an answer", "err", a.redactor.wrap("create message", err), "channel", dm.ChannelID, "part", i+1, "parts", len(parts))
			return
		}
	}
}

// typing shows "minebot is typing…" in a channel until the returned func is called.
// The indicator is sent alongside the work, and stop waits for a request in flight
// (rather than cancelling it) so it can never land after the answer and linger.
func (a *Adapter) typing(ctx context.Context, channelID string) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(typingEvery)
		defer t.Stop()
		for {
			if err := a.session.ChannelTyping(channelID, discordgo.WithContext(ctx)); err != nil && ctx.Err() == nil {
				a.log.Warn("typing indicator", "err", a.redactor.wrap("typing", err), "channel", channelID)
			}
			select {
			case <-ctx.Done():
				return
			case <-quit:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(quit); <-done }
}

// deferResponse acknowledges an interaction over REST (gateway interactions).
func (a *Adapter) deferResponse(ctx context.Context, i *discordgo.Interaction, ephemeral bool) error {
	url := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err := a.session.RequestWithBucketID(http.MethodPost, url, deferredCallback(ephemeral), url, discordgo.WithContext(ctx))
	return err
}

// respondNow answers an interaction at once with a short ephemeral notice.
func (a *Adapter) respondNow(ctx context.Context, i *discordgo.Interaction, text string) {
	url := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	cb := interactionCallback{Type: callbackMessage, Data: &messagePayload{
		Content: escapeMarkdown(text), Flags: flagEphemeral, AllowedMentions: noMentions(),
	}}
	if _, err := a.session.RequestWithBucketID(http.MethodPost, url, cb, url, discordgo.WithContext(ctx)); err != nil {
		a.log.Error("answering an interaction", "err", a.redactor.wrap("interaction callback", err))
	}
}

// answerInteraction runs the core for an acknowledged interaction and delivers the
// reply: the first part edits the deferred response, further parts are follow-ups.
func (a *Adapter) answerInteraction(run *running, i *discordgo.Interaction, m bot.Message, deferredEphemeral bool) {
	reply := a.handle(run.ctx, run.h, m)
	if err := a.deliverInteraction(run.ctx, i, reply, deferredEphemeral); err != nil {
		a.log.Error("delivering a slash command's answer", "err", err, "command", m.Command)
	}
}

func (a *Adapter) deliverInteraction(ctx context.Context, i *discordgo.Interaction, reply bot.Reply, deferredEphemeral bool) error {
	parts := renderReply(reply, maxContent)
	original := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	opt := discordgo.WithContext(ctx)
	// Nothing to say, or a private reply to a public "thinking…": remove the
	// placeholder; the parts (if any) follow as ephemeral follow-ups.
	if len(parts) == 0 || (reply.Ephemeral && !deferredEphemeral) {
		if _, err := a.session.RequestWithBucketID(http.MethodDelete, original, nil, original, opt); err != nil {
			return a.redactor.wrap("delete deferred response", err)
		}
		return a.followUps(ctx, i, parts, true)
	}
	edit := messagePayload{Content: parts[0], Flags: flagSuppressEmbeds, AllowedMentions: noMentions()}
	if err := a.editOriginal(ctx, original, edit); err != nil {
		return err
	}
	return a.followUps(ctx, i, parts[1:], deferredEphemeral)
}

// editOriginal edits the deferred response. An HTTP-endpoint interaction can be
// edited a moment before Discord has taken our deferred reply in, so a 404 is retried.
func (a *Adapter) editOriginal(ctx context.Context, url string, edit messagePayload) error {
	var err error
	for attempt := range 3 {
		_, err = a.session.RequestWithBucketID(http.MethodPatch, url, edit, url, discordgo.WithContext(ctx))
		var rest *discordgo.RESTError
		if err == nil || !errors.As(err, &rest) || rest.Response == nil || rest.Response.StatusCode != http.StatusNotFound {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 300 * time.Millisecond):
		}
	}
	return a.redactor.wrap("edit deferred response", err)
}

// followUps sends extra parts of an interaction's answer as follow-up messages.
func (a *Adapter) followUps(ctx context.Context, i *discordgo.Interaction, parts []string, ephemeral bool) error {
	url := discordgo.EndpointWebhookToken(i.AppID, i.Token)
	for _, part := range parts {
		p := messagePayload{Content: part, Flags: flagSuppressEmbeds, AllowedMentions: noMentions()}
		if ephemeral {
			p.Flags |= flagEphemeral
		}
		if _, err := a.session.RequestWithBucketID(http.MethodPost, url, p, url, discordgo.WithContext(ctx)); err != nil {
			return a.redactor.wrap("follow-up message", err)
		}
	}
	return nil
}
