package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/internal/syncbuf"
)

// syncBuffer collects log output from several goroutines.
type syncBuffer = syncbuf.Buffer

// harness runs an Adapter against a fakeDiscord with a fake core.
type harness struct {
	f      *fakeDiscord
	a      *Adapter
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error

	release chan struct{} // a question with "slow" in it waits for this

	mu  sync.Mutex
	got []bot.Message
}

// startHarness starts Run and waits until READY was handled. edit may change the
// config before New.
func startHarness(t *testing.T, f *fakeDiscord, edit func(*Config)) *harness {
	t.Helper()
	h := &harness{f: f, logs: &syncBuffer{}, done: make(chan error, 1), release: make(chan struct{})}
	cfg := Config{
		Token:   testToken,
		APIURL:  f.URL(),
		GuildID: testGuildID,
		Logger:  slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if edit != nil {
		edit(&cfg)
	}
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.a = a
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- a.Run(ctx, bot.HandlerFunc(h.core)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(15 * time.Second):
			t.Error("Run did not return after cancel")
		}
		if strings.Contains(h.logs.String(), testToken) {
			t.Errorf("the token appears in the logs:\n%s", h.logs.String())
		}
		f.check(t)
	})
	waitFor(t, "READY", func() bool { return a.botUserID() != "" })
	return h
}

// stop cancels Run and returns its result.
func (h *harness) stop(t *testing.T) error {
	t.Helper()
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err // for the cleanup
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return after cancel")
		return nil
	}
}

// messages returns the messages the core received.
func (h *harness) messages() []bot.Message {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]bot.Message(nil), h.got...)
}

// core is a fake bot core: it answers by command and, for questions, by keyword.
func (h *harness) core(_ context.Context, m bot.Message) bot.Reply {
	h.mu.Lock()
	h.got = append(h.got, m)
	h.mu.Unlock()
	switch m.Command {
	case bot.CmdHelp:
		return bot.Reply{Text: "Ask me about crypto mining, e.g. is mining banned in Sichuan?"}
	case bot.CmdReindex:
		if m.UserID != testBob {
			return bot.Reply{Text: "Sorry, only the bot's admins may reindex.", Ephemeral: true}
		}
		return bot.Reply{Text: "Reindexed 42 articles in 0.3 s.", Ephemeral: true}
	}
	switch {
	case strings.Contains(m.Text, "long"):
		return bot.Reply{Answer: longAnswer()}
	case strings.Contains(m.Text, "ping"):
		return bot.Reply{Text: "Hi @everyone and @here, <@600000000000000001> <@&800000000000000001> <#700000000000000001> [click](https://evil.example)"}
	case strings.Contains(m.Text, "quiet"):
		return bot.Reply{Silent: true}
	case strings.Contains(m.Text, "secret"):
		return bot.Reply{Text: "You are asking too fast; try again in a minute.", Ephemeral: true}
	case strings.Contains(m.Text, "slow"):
		<-h.release
	}
	return bot.Reply{Answer: sichuanAnswer()}
}

func sichuanAnswer() *bot.Answer {
	return &bot.Answer{
		Question: "Is mining banned in Sichuan?", Kind: bot.KindYesNo, Verdict: bot.VerdictYes, AsOf: "2021-06-18",
		Text: "Yes. On 18 June 2021 Sichuan ordered hydro-powered miners to shut down [1].",
		Citations: []bot.Citation{{
			N: 1, Title: "Sichuan orders miners to stop", URL: "https://example.com/sichuan-2021",
			Publisher: "Example News", Published: "2021-06-18", File: "china/sichuan-2021-06-18.md",
		}},
	}
}

// longAnswer needs several messages: 60 sentences of about 100 bytes and 5 sources.
func longAnswer() *bot.Answer {
	var b strings.Builder
	for i := range 60 {
		b.WriteString("Sentence number " + strings.Repeat("x", i%7) + " talks about hashrate, power prices and policy in mining regions [1]. ")
	}
	a := &bot.Answer{Question: "long", Kind: bot.KindWhat, Text: strings.TrimSpace(b.String())}
	for n := 1; n <= 5; n++ {
		a.Citations = append(a.Citations, bot.Citation{
			N: n, Title: "A rather long article title about mining number " + strings.Repeat("z", n),
			URL: "https://example.com/articles/" + strings.Repeat("p", n), Publisher: "Example Wire", Published: "2024-0" + string(rune('0'+n)) + "-01",
		})
	}
	return a
}

// mention returns the saved mention payload with another message id and text.
func mention(t *testing.T, id, text string) string {
	return strings.NewReplacer("1310000000000000101", id, "Is mining banned in Sichuan?", text).
		Replace(loadTestdata(t, "gateway/message_create_mention.json"))
}

func TestGateway(t *testing.T) {
	f := newFakeDiscord(t)
	f.heartbeatMS = 100
	h := startHarness(t, f, nil)
	channelMessages := "POST " + api + "/channels/" + testChannel + "/messages"

	t.Run("commands registered in the guild", func(t *testing.T) {
		reqs := f.waitRequests(t, "PUT "+api+"/applications/"+testAppID+"/guilds/"+testGuildID+"/commands", 1)
		if len(reqs) != 1 {
			t.Fatalf("got %d bulk overwrites in the guild, want 1", len(reqs))
		}
		for _, want := range []string{`"name":"ask"`, `"name":"question"`, `"required":true`, `"name":"reindex"`, `"default_member_permissions":"32"`} {
			if !strings.Contains(reqs[0].Raw, want) {
				t.Errorf("bulk overwrite %s lacks %s", reqs[0].Raw, want)
			}
		}
	})

	t.Run("mention answered with a reply", func(t *testing.T) {
		f.dispatch(t, "MESSAGE_CREATE", loadTestdata(t, "gateway/message_create_mention.json"))
		msg := f.waitRequests(t, channelMessages, 1)[0]
		ref, _ := msg.Body["message_reference"].(map[string]any)
		if ref["message_id"] != "1310000000000000101" || ref["channel_id"] != testChannel {
			t.Errorf("message_reference = %v, want the question", ref)
		}
		content := msg.Body["content"].(string)
		for _, want := range []string{"Sichuan ordered hydro-powered miners", "[1] [Sichuan orders miners to stop](https://example.com/sichuan-2021) — Example News, 18 June 2021"} {
			if !strings.Contains(content, want) {
				t.Errorf("content %q lacks %q", content, want)
			}
		}
		want := bot.Message{Platform: "discord", UserID: testAlice, UserName: "alice", ChatID: testChannel, Command: bot.CmdAsk, Text: "Is mining banned in Sichuan?"}
		if diff := cmp.Diff([]bot.Message{want}, h.messages()); diff != "" {
			t.Errorf("core got (-want +got):\n%s", diff)
		}
		if len(f.requestsTo("POST "+api+"/channels/"+testChannel+"/typing")) == 0 {
			t.Error("no typing indicator")
		}
	})

	t.Run("ignores unaddressed, own and other bots' messages", func(t *testing.T) {
		before := len(h.messages())
		for _, name := range []string{"message_create_unaddressed", "message_create_other_bot", "message_create_self"} {
			f.dispatch(t, "MESSAGE_CREATE", loadTestdata(t, "gateway/"+name+".json"))
		}
		// An empty mention afterwards is a help request; once it is answered, the
		// messages before it have been seen too (the gateway keeps order).
		f.dispatch(t, "MESSAGE_CREATE", loadTestdata(t, "gateway/message_create_empty_mention.json"))
		f.waitRequests(t, channelMessages, 2)
		got := h.messages()[before:]
		want := []bot.Message{{Platform: "discord", UserID: "600000000000000003", UserName: "carol", ChatID: testChannel, Command: bot.CmdHelp}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("core got (-want +got):\n%s", diff)
		}
	})

	t.Run("DM answered", func(t *testing.T) {
		f.dispatch(t, "MESSAGE_CREATE", loadTestdata(t, "gateway/message_create_dm.json"))
		msg := f.waitRequests(t, "POST "+api+"/channels/"+testDM+"/messages", 1)[0]
		ref, _ := msg.Body["message_reference"].(map[string]any)
		if ref["message_id"] != "1310000000000000201" {
			t.Errorf("message_reference = %v", ref)
		}
		got := h.messages()
		want := bot.Message{Platform: "discord", UserID: testAlice, UserName: "alice", ChatID: testDM, Private: true, Command: bot.CmdAsk, Text: "when did inner mongolia ban mining?"}
		if diff := cmp.Diff(want, got[len(got)-1]); diff != "" {
			t.Errorf("core got (-want +got):\n%s", diff)
		}
	})

	t.Run("slash ask deferred then edited", func(t *testing.T) {
		testSlash(t, h, "interaction_ask", false, "Sichuan ordered hydro-powered miners",
			bot.Message{Platform: "discord", UserID: testAlice, UserName: "alice", ChatID: testChannel, Command: bot.CmdAsk, Text: "Is mining banned in Sichuan?"})
	})
	t.Run("slash ask in a DM", func(t *testing.T) {
		testSlash(t, h, "interaction_ask_dm", false, "Sichuan ordered hydro-powered miners",
			bot.Message{Platform: "discord", UserID: testAlice, UserName: "alice", ChatID: testDM, Private: true, Command: bot.CmdAsk, Text: "Which countries host the most hashrate?"})
	})
	t.Run("reindex by an admin, ephemeral", func(t *testing.T) {
		testSlash(t, h, "interaction_reindex_admin", true, "Reindexed 42 articles",
			bot.Message{Platform: "discord", UserID: testBob, UserName: "bob", ChatID: testChannel, Command: bot.CmdReindex})
	})
	t.Run("reindex by a non-admin refused, ephemeral", func(t *testing.T) {
		testSlash(t, h, "interaction_reindex_user", true, "Sorry, only the bot's admins may reindex.",
			bot.Message{Platform: "discord", UserID: testAlice, UserName: "alice", ChatID: testChannel, Command: bot.CmdReindex})
	})

	t.Run("private reply to a public slash command", func(t *testing.T) {
		token := slashVariant(t, f, "1310000000000000451", "aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDQ1MTpTRUNSRVQ", "a secret question")
		wh := api + "/webhooks/" + testAppID + "/" + token
		follow := f.waitRequests(t, "POST "+wh, 1)[0]
		if flags, _ := follow.Body["flags"].(float64); int(flags)&flagEphemeral == 0 {
			t.Errorf("follow-up %s is not ephemeral", follow.Raw)
		}
		if n := len(f.requestsTo("DELETE " + wh + "/messages/@original")); n != 1 {
			t.Errorf("%d deletes of the public placeholder, want 1", n)
		}
		if n := len(f.requestsTo("PATCH " + wh)); n != 0 {
			t.Errorf("the public placeholder was edited %d times", n)
		}
	})

	t.Run("silent reply to a slash command removes the placeholder", func(t *testing.T) {
		token := slashVariant(t, f, "1310000000000000452", "aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDQ1MjpRVUlFVA", "quiet")
		wh := api + "/webhooks/" + testAppID + "/" + token
		f.waitRequests(t, "DELETE "+wh+"/messages/@original", 1)
		time.Sleep(20 * time.Millisecond)
		if n := len(f.requestsTo("POST "+wh)) + len(f.requestsTo("PATCH "+wh)); n != 0 {
			t.Errorf("%d messages for a silent reply", n)
		}
	})

	t.Run("long answer split into replies", func(t *testing.T) {
		before := len(f.requestsTo(channelMessages))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000000601", "give me the long version"))
		want := renderReply(bot.Reply{Answer: longAnswer()}, 1<<20)[0]
		var parts []string
		waitFor(t, "the whole long answer", func() bool {
			parts = nil
			for _, r := range f.requestsTo(channelMessages)[before:] {
				parts = append(parts, r.Body["content"].(string))
			}
			return len(strings.Join(parts, "")) >= len(want)-len(parts)*2
		})
		checkParts(t, parts, want)
		reqs := f.requestsTo(channelMessages)[before:]
		if ref, _ := reqs[0].Body["message_reference"].(map[string]any); ref["message_id"] != "1310000000000000601" {
			t.Errorf("first part's message_reference = %v", ref)
		}
		for _, r := range reqs[1:] {
			if r.Body["message_reference"] != nil {
				t.Errorf("a later part replies too: %v", r.Body["message_reference"])
			}
		}
	})

	t.Run("long slash answer continues in follow-ups", func(t *testing.T) {
		token := slashVariant(t, f, "1310000000000000701", "aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDcwMTpMT05H", "the long one")
		edit := f.waitRequests(t, "PATCH "+api+"/webhooks/"+testAppID+"/"+token+"/messages/@original", 1)[0]
		want := renderReply(bot.Reply{Answer: longAnswer()}, 1<<20)[0]
		var parts []string
		waitFor(t, "the follow-ups", func() bool {
			parts = []string{edit.Body["content"].(string)}
			for _, r := range f.requestsTo("POST " + api + "/webhooks/" + testAppID + "/" + token) {
				parts = append(parts, r.Body["content"].(string))
				if flags, _ := r.Body["flags"].(float64); int(flags)&flagEphemeral != 0 {
					t.Errorf("a public answer's follow-up is ephemeral")
				}
			}
			return len(strings.Join(parts, "")) >= len(want)-len(parts)*2
		})
		checkParts(t, parts, want)
	})

	t.Run("answers cannot ping or inject markup", func(t *testing.T) {
		before := len(f.requestsTo(channelMessages))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000000801", "ping everyone"))
		content := f.waitRequests(t, channelMessages, before+1)[before].Body["content"].(string)
		for _, bad := range []string{"@everyone", "@here", "[click](", "](https"} {
			if strings.Contains(content, bad) {
				t.Errorf("content %q contains %q", content, bad)
			}
		}
		if m := regexp.MustCompile(`(^|[^\\])<[@#]`).FindString(content); m != "" {
			t.Errorf("content %q has an unescaped mention %q", content, m)
		}
	})

	t.Run("silent reply sends nothing", func(t *testing.T) {
		before := len(f.requestsTo(channelMessages))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000000901", "quiet please"))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000000902", "and now a real question"))
		f.waitRequests(t, channelMessages, before+1)
		time.Sleep(50 * time.Millisecond)
		reqs := f.requestsTo(channelMessages)
		if len(reqs) != before+1 {
			t.Fatalf("got %d new messages, want 1", len(reqs)-before)
		}
		if ref, _ := reqs[before].Body["message_reference"].(map[string]any); ref["message_id"] != "1310000000000000902" {
			t.Errorf("answered %v, want the second question", ref)
		}
	})

	t.Run("rate limited send is retried", func(t *testing.T) {
		before := len(f.requestsTo(channelMessages))
		f.locked(func() { f.rateLimit[api+"/channels/"+testChannel+"/messages"] = 1 })
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000001001", "Is mining banned in Sichuan?"))
		reqs := f.waitRequests(t, channelMessages, before+2)
		if reqs[before].Raw != reqs[before+1].Raw {
			t.Errorf("the retry differs from the rate-limited request")
		}
		waitFor(t, "a rate limit log line", func() bool { return strings.Contains(h.logs.String(), "rate limited") })
	})

	t.Run("REST errors logged without the token", func(t *testing.T) {
		f.locked(func() { f.status[api+"/channels/"+testDM+"/typing"] = 500 })
		defer f.locked(func() { delete(f.status, api+"/channels/"+testDM+"/typing") })
		before := len(f.requestsTo("POST " + api + "/channels/" + testDM + "/messages"))
		f.dispatch(t, "MESSAGE_CREATE", loadTestdata(t, "gateway/message_create_dm.json"))
		f.waitRequests(t, "POST "+api+"/channels/"+testDM+"/messages", before+1)
		waitFor(t, "the typing error in the logs", func() bool { return strings.Contains(h.logs.String(), "typing indicator") })
		logs := h.logs.String()
		if !strings.Contains(logs, "forced by the test for Bot "+redacted) {
			t.Errorf("the logged error does not show the redacted credentials:\n%s", logs)
		}
		if strings.Contains(logs, testToken) {
			t.Errorf("the token is in the logs")
		}
	})

	t.Run("heartbeats acknowledged", func(t *testing.T) {
		waitFor(t, "three heartbeats", func() bool {
			n := 0
			f.locked(func() { n = f.heartbeats })
			return n >= 3
		})
	})

	t.Run("dropped gateway resumes the session", func(t *testing.T) {
		var session string
		var seq int64
		f.locked(func() { session, seq = f.sessionID, f.seq })
		f.drop()
		var resumes []map[string]any
		waitFor(t, "RESUME", func() bool {
			f.locked(func() { resumes = append([]map[string]any(nil), f.resumes...) })
			return len(resumes) == 1
		})
		if resumes[0]["session_id"] != session || int64(resumes[0]["seq"].(float64)) != seq {
			t.Errorf("RESUME with session %v seq %v, want %s %d", resumes[0]["session_id"], resumes[0]["seq"], session, seq)
		}
		waitFor(t, "the resumed connection", func() bool {
			ok := false
			f.locked(func() { ok = f.conn != nil })
			return ok
		})
		before := len(f.requestsTo(channelMessages))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000001101", "still there?"))
		f.waitRequests(t, channelMessages, before+1)
		f.locked(func() {
			if len(f.identifies) != 1 {
				t.Errorf("%d IDENTIFYs, want 1 (a resume, not a new session)", len(f.identifies))
			}
		})
	})

	t.Run("reconnect requested by the gateway resumes", func(t *testing.T) {
		var session string
		var seq int64
		f.locked(func() { session, seq = f.sessionID, f.seq })
		f.requestReconnect(t)
		var resumes []map[string]any
		waitFor(t, "a second RESUME", func() bool {
			f.locked(func() { resumes = append([]map[string]any(nil), f.resumes...) })
			return len(resumes) == 2
		})
		if resumes[1]["session_id"] != session || int64(resumes[1]["seq"].(float64)) != seq {
			t.Errorf("RESUME with session %v seq %v, want %s %d", resumes[1]["session_id"], resumes[1]["seq"], session, seq)
		}
		waitFor(t, "the resumed connection", func() bool {
			ok := false
			f.locked(func() { ok = f.conn != nil && len(f.closed) == 1 })
			return ok
		})
		f.locked(func() {
			if f.closed[0] == 1000 || f.closed[0] == 1001 {
				t.Errorf("closed with %d before resuming; a resumable close must not be 1000/1001", f.closed[0])
			}
		})
	})

	t.Run("graceful shutdown finishes the answer in flight", func(t *testing.T) {
		before := len(f.requestsTo(channelMessages))
		f.dispatch(t, "MESSAGE_CREATE", mention(t, "1310000000000001201", "a slow question"))
		waitFor(t, "the slow question to reach the core", func() bool {
			m := h.messages()
			return m[len(m)-1].Text == "a slow question"
		})
		start := time.Now()
		h.cancel()
		time.Sleep(1200 * time.Millisecond) // closing the gateway takes discordgo a second
		select {
		case err := <-h.done:
			t.Fatalf("Run returned (%v) with an answer in flight", err)
		default:
		}
		close(h.release)
		if err := h.stop(t); err != nil {
			t.Fatalf("Run returned %v, want nil", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("shutdown took %v", d)
		}
		if n := len(f.requestsTo(channelMessages)) - before; n != 1 {
			t.Errorf("%d answers sent during shutdown, want 1", n)
		}
		waitFor(t, "the close frame", func() bool {
			var closed []int
			f.locked(func() { closed = f.closed })
			return len(closed) == 2 && closed[1] == 1000
		})
		time.Sleep(100 * time.Millisecond)
		f.locked(func() {
			if len(f.identifies) != 1 || len(f.resumes) != 2 {
				t.Errorf("reconnected after shutdown: %d identifies, %d resumes", len(f.identifies), len(f.resumes))
			}
		})
	})
}

// slashVariant dispatches the saved /ask interaction with another id, token and
// question, and returns the token.
func slashVariant(t *testing.T, f *fakeDiscord, id, token, question string) string {
	t.Helper()
	payload := strings.NewReplacer("1310000000000000401", id, "aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDQwMTpBU0s", token,
		"Is mining banned in Sichuan?", question).Replace(loadTestdata(t, "gateway/interaction_ask.json"))
	f.dispatch(t, "INTERACTION_CREATE", payload)
	return token
}

// testSlash dispatches a saved interaction and checks the deferred response, the
// edit and what the core received.
func testSlash(t *testing.T, h *harness, name string, ephemeral bool, wantContent string, want bot.Message) {
	t.Helper()
	payload := loadTestdata(t, "gateway/"+name+".json")
	var ids struct{ ID, Token string }
	if err := json.Unmarshal([]byte(payload), &ids); err != nil {
		t.Fatal(err)
	}
	f := h.f
	f.dispatch(t, "INTERACTION_CREATE", payload)
	edit := f.waitRequests(t, "PATCH "+api+"/webhooks/"+testAppID+"/"+ids.Token+"/messages/@original", 1)[0]
	callbacks := f.requestsTo("POST " + api + "/interactions/" + ids.ID + "/" + ids.Token + "/callback")
	if len(callbacks) != 1 {
		t.Fatalf("got %d callbacks, want 1", len(callbacks))
	}
	cb := callbacks[0].Body
	data, _ := cb["data"].(map[string]any)
	flags, _ := data["flags"].(float64)
	if cb["type"] != 5.0 || (int(flags)&flagEphemeral != 0) != ephemeral {
		t.Errorf("callback %s, want type 5 with ephemeral=%v", callbacks[0].Raw, ephemeral)
	}
	if c, _ := edit.Body["content"].(string); !strings.Contains(c, wantContent) {
		t.Errorf("edited content %q lacks %q", c, wantContent)
	}
	got := h.messages()
	if diff := cmp.Diff(want, got[len(got)-1]); diff != "" {
		t.Errorf("core got (-want +got):\n%s", diff)
	}
}

// checkParts checks a split answer: every part fits, and the parts hold the same
// words as the whole (so no word and no link was cut), each link whole in one part.
func checkParts(t *testing.T, parts []string, whole string) {
	t.Helper()
	if len(parts) < 2 {
		t.Fatalf("got %d part(s), want a split", len(parts))
	}
	for i, p := range parts {
		if len(p) > maxContent {
			t.Errorf("part %d has %d bytes", i+1, len(p))
		}
	}
	if diff := cmp.Diff(strings.Fields(whole), strings.Fields(strings.Join(parts, "\n"))); diff != "" {
		t.Errorf("the parts' words differ from the whole (-whole +parts):\n%s", diff)
	}
	for n := 1; n <= 5; n++ {
		link := "](https://example.com/articles/" + strings.Repeat("p", n) + ")"
		count := 0
		for _, p := range parts {
			count += strings.Count(p, link)
		}
		if count != 1 {
			t.Errorf("link %s appears %d times whole", link, count)
		}
	}
}

func TestRunStopsWhenRefused(t *testing.T) {
	tests := []struct {
		name    string
		refuse  func(f *fakeDiscord)
		wantErr string
	}{
		{"token rejected by REST", func(f *fakeDiscord) { f.status[api+"/gateway/bot"] = 401 }, "DISCORD_TOKEN"},
		{"intents disallowed by the gateway", func(f *fakeDiscord) { f.closeCode = 4014 }, "Message Content intent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			f.locked(func() { tc.refuse(f) })
			logs := &syncBuffer{}
			a, err := New(Config{Token: testToken, APIURL: f.URL(), Logger: slog.New(slog.NewTextHandler(logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				done <- a.Run(context.Background(), bot.HandlerFunc(func(context.Context, bot.Message) bot.Reply { return bot.Reply{} }))
			}()
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Run kept going although Discord refused the bot")
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), testToken) {
				t.Errorf("Run error = %v, want one about %s without the token", err, tc.wantErr)
			}
			if strings.Contains(logs.String(), testToken) {
				t.Errorf("logs leak the token:\n%s", logs.String())
			}
		})
	}
}

func TestShards(t *testing.T) {
	for _, shard := range []int{0, 1} {
		t.Run(fmt.Sprintf("shard %d of 2", shard), func(t *testing.T) {
			f := newFakeDiscord(t)
			h := startHarness(t, f, func(c *Config) { c.GuildID, c.ShardID, c.ShardCount = "", shard, 2 })
			f.locked(func() {
				if got := f.identifies[0]["shard"]; !cmp.Equal(got, []any{float64(shard), 2.0}) {
					t.Errorf("IDENTIFY shard = %v, want [%d 2]", got, shard)
				}
			})
			global := "PUT " + api + "/applications/" + testAppID + "/commands"
			if shard == 0 {
				f.waitRequests(t, global, 1)
			} else {
				waitFor(t, "the log line", func() bool { return strings.Contains(h.logs.String(), "registered by shard 0") })
			}
			if err := h.stop(t); err != nil {
				t.Errorf("Run = %v", err)
			}
			want := 1 - shard
			if n := len(f.requestsTo("PUT " + api + "/applications/")); n != want {
				t.Errorf("got %d bulk overwrites, want %d (global, shard 0 only)", n, want)
			}
		})
	}
}

func TestRunTwice(t *testing.T) {
	f := newFakeDiscord(t)
	h := startHarness(t, f, nil)
	err := h.a.Run(context.Background(), bot.HandlerFunc(func(context.Context, bot.Message) bot.Reply { return bot.Reply{} }))
	if err == nil || errors.Is(err, context.Canceled) {
		t.Errorf("second Run = %v, want an error", err)
	}
}
