package discord

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/minebot/minebot/bot"
)

// The slash commands' names and the /ask option.
const (
	cmdAsk      = "ask"
	cmdReindex  = "reindex"
	cmdHelp     = "help"
	optQuestion = "question"
)

// commands are registered with one bulk overwrite on every READY, so the set on
// Discord is exactly this one (stale commands disappear).
func commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	everywhere := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return []*discordgo.ApplicationCommand{
		{
			Name:        cmdAsk,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Ask about the crypto-mining industry; the answer cites its sources",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        optQuestion,
				Description: "Your question, e.g. is mining banned in Sichuan?",
				Required:    true,
				MaxLength:   1000,
			}},
		},
		{
			Name:                     cmdReindex,
			Type:                     discordgo.ChatApplicationCommand,
			Description:              "Rebuild the article index (bot admins only)",
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 &guildOnly,
			Options:                  []*discordgo.ApplicationCommandOption{},
		},
	}
}

// addHandlers subscribes to the gateway events; the returned func unsubscribes.
func (a *Adapter) addHandlers() func() {
	removers := []func(){
		a.session.AddHandler(a.onReady),
		a.session.AddHandler(a.onMessageCreate),
		a.session.AddHandler(a.onInteractionCreate),
		a.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) {
			a.log.Info("gateway connected")
		}),
		a.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			a.mu.Lock()
			closing := a.closed
			a.mu.Unlock()
			if !closing {
				a.log.Warn("gateway disconnected; reconnecting")
			}
		}),
		a.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
			a.log.Info("gateway session resumed")
		}),
		a.session.AddHandler(func(_ *discordgo.Session, rl *discordgo.RateLimit) {
			a.log.Warn("rate limited by Discord; waiting", "url", rl.URL, "retry_after", rl.RetryAfter)
		}),
	}
	return func() {
		for _, remove := range removers {
			remove()
		}
	}
}

// onReady remembers who we are and registers the slash commands (once per
// application: on shard 0 only).
func (a *Adapter) onReady(s *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		a.botID.Store(r.User.ID)
	}
	appID := ""
	if r.Application != nil {
		appID = r.Application.ID
	}
	if appID == "" && r.User != nil {
		appID = r.User.ID // a bot's application id is its user id
	}
	shard := "none"
	if r.Shard != nil {
		shard = fmt.Sprintf("%d/%d", r.Shard[0], r.Shard[1])
	}
	a.log.Info("gateway ready", "guilds", len(r.Guilds), "shard", shard)
	if s.ShardID != 0 {
		a.log.Info("slash commands are registered by shard 0")
		return
	}
	run, ok := a.begin()
	if !ok {
		return
	}
	defer a.work.Done()
	_, err := s.ApplicationCommandBulkOverwrite(appID, a.guildID, commands(), discordgo.WithContext(run.ctx))
	if err != nil {
		a.log.Error("registering slash commands", "err", a.redactor.wrap("bulk overwrite", err), "guild", a.guildID)
		return
	}
	scope := "globally"
	if a.guildID != "" {
		scope = "in guild " + a.guildID
	}
	a.log.Info("slash commands registered " + scope)
}

// onMessageCreate answers a message that mentions the bot in a server, or any
// message in a DM, replying to it with a typing indicator while the answer is made.
func (a *Adapter) onMessageCreate(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	m, ok := a.questionMessage(mc.Message)
	if !ok {
		return
	}
	run, ok := a.begin()
	if !ok {
		return
	}
	defer a.work.Done()
	a.answerMessage(run, mc.Message, m)
}

// questionMessage maps a Discord message to a question, or reports that the bot is
// not addressed (its own or another bot's message, a guild message without a mention).
func (a *Adapter) questionMessage(dm *discordgo.Message) (bot.Message, bool) {
	me := a.botUserID()
	if dm == nil || dm.Author == nil || dm.Author.Bot || dm.Author.System || dm.WebhookID != "" || me == "" || dm.Author.ID == me {
		return bot.Message{}, false
	}
	if dm.Type != discordgo.MessageTypeDefault && dm.Type != discordgo.MessageTypeReply {
		return bot.Message{}, false
	}
	private := dm.GuildID == ""
	if !private && !mentions(dm, me) {
		return bot.Message{}, false
	}
	text := stripMention(dm.Content, me)
	cmd := bot.CmdAsk
	if text == "" {
		cmd = bot.CmdHelp
	}
	return bot.Message{
		Platform: "discord",
		UserID:   dm.Author.ID,
		UserName: dm.Author.Username,
		ChatID:   dm.ChannelID,
		Private:  private,
		Command:  cmd,
		Text:     text,
	}, true
}

// mentions reports whether the message mentions the user id me.
func mentions(m *discordgo.Message, me string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == me {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+me+">") || strings.Contains(m.Content, "<@!"+me+">")
}

// stripMention removes the bot's mentions from a question.
func stripMention(content, me string) string {
	if me != "" {
		content = strings.ReplaceAll(content, "<@!"+me+">", " ")
		content = strings.ReplaceAll(content, "<@"+me+">", " ")
	}
	return strings.Join(strings.Fields(content), " ")
}

// onInteractionCreate acknowledges a slash command at once (a deferred response, so
// the 3-second deadline is met) and edits the answer in when it is ready.
func (a *Adapter) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	i := ic.Interaction
	if i == nil || i.Type != discordgo.InteractionApplicationCommand {
		return
	}
	run, ok := a.begin()
	if !ok {
		return
	}
	defer a.work.Done()
	m, ephemeral, known := commandMessage(i)
	if !known {
		a.respondNow(run.ctx, i, "I don't know that command. Try /ask.")
		return
	}
	if err := a.deferResponse(run.ctx, i, ephemeral); err != nil {
		a.log.Error("acknowledging a slash command", "err", a.redactor.wrap("interaction callback", err), "command", m.Command)
		return
	}
	a.answerInteraction(run, i, m, ephemeral)
}

// commandMessage maps a slash command to a question; ephemeral says whether its
// answer is for the caller only (/reindex); known is false for a command we lack.
func commandMessage(i *discordgo.Interaction) (m bot.Message, ephemeral, known bool) {
	data := i.ApplicationCommandData()
	m = bot.Message{Platform: "discord", ChatID: i.ChannelID, Private: i.GuildID == ""}
	switch {
	case i.Member != nil && i.Member.User != nil:
		m.UserID, m.UserName = i.Member.User.ID, i.Member.User.Username
	case i.User != nil:
		m.UserID, m.UserName = i.User.ID, i.User.Username
	}
	switch data.Name {
	case cmdAsk:
		m.Command = bot.CmdAsk
		for _, o := range data.Options {
			if o != nil && o.Name == optQuestion {
				if s, ok := o.Value.(string); ok {
					m.Text = strings.Join(strings.Fields(s), " ")
				}
			}
		}
		if m.Text == "" {
			m.Command = bot.CmdHelp
		}
		return m, false, true
	case cmdHelp:
		m.Command = bot.CmdHelp
		return m, true, true
	case cmdReindex:
		m.Command = bot.CmdReindex
		return m, true, true
	}
	return m, false, false
}

// handle calls the core, turning a panic into a polite reply.
func (a *Adapter) handle(ctx context.Context, h bot.Handler, m bot.Message) (r bot.Reply) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("the handler panicked", "panic", p, "command", m.Command)
			r = bot.Reply{Text: "Sorry, something went wrong while answering. Please try again later."}
		}
	}()
	return h.Handle(ctx, m)
}
