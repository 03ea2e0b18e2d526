package telegram

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/internal/syncbuf"
)

// syncBuffer collects log output from several goroutines.
type syncBuffer = syncbuf.Buffer

// harness runs one adapter against a fake API until stop (or the test's end).
type harness struct {
	t         *testing.T
	f         *fakeAPI
	a         *Adapter
	logs      *syncBuffer
	transport *http.Transport
	cancel    context.CancelFunc
	done      chan error
	once      sync.Once
	runErr    error
}

// start runs an adapter for the fake with short timings; edit may change the config.
func start(t *testing.T, f *fakeAPI, h bot.Handler, edit func(*Config)) *harness {
	t.Helper()
	logs := &syncBuffer{}
	transport := &http.Transport{}
	cfg := Config{
		Token:      testToken,
		APIURL:     f.srv.URL,
		Logger:     slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		HTTPClient: &http.Client{Transport: transport},
	}
	if edit != nil {
		edit(&cfg)
	}
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a.pollTimeout = 5 * time.Second
	a.callTimeout = 5 * time.Second
	a.backoffMin = 20 * time.Millisecond
	a.backoffMax = 200 * time.Millisecond
	a.busyPause = 20 * time.Millisecond
	a.typingEvery = 50 * time.Millisecond
	a.webhookWait = 2 * time.Second
	a.shutdownGrace = 2 * time.Second
	ctx, cancel := context.WithCancel(context.Background())
	hs := &harness{t: t, f: f, a: a, logs: logs, transport: transport, cancel: cancel, done: make(chan error, 1)}
	go func() { hs.done <- a.Run(ctx, h) }()
	t.Cleanup(func() { hs.stop() })
	return hs
}

// stop cancels Run, checks that it returns promptly and without error, and that the
// token never reached the logs.
func (hs *harness) stop() time.Duration {
	hs.t.Helper()
	var took time.Duration
	hs.once.Do(func() {
		began := time.Now()
		hs.cancel()
		select {
		case hs.runErr = <-hs.done:
		case <-time.After(3 * time.Second):
			hs.t.Fatal("Run did not return within 3 s of cancellation")
		}
		took = time.Since(began)
		hs.transport.CloseIdleConnections()
		if hs.runErr != nil {
			hs.t.Errorf("Run returned %v after cancellation; want nil", hs.runErr)
		}
		if strings.Contains(hs.logs.String(), testToken) || strings.Contains(hs.logs.String(), "AAF-test_token") {
			hs.t.Errorf("the token appears in the logs:\n%s", hs.logs.String())
		}
	})
	return took
}

// fakeCore answers like the core does: help, an admin check for reindex, a hint for
// an empty question, and a cited answer that echoes the question (so escaping is
// visible).
func fakeCore(admins ...string) bot.HandlerFunc {
	return func(ctx context.Context, m bot.Message) bot.Reply {
		switch m.Command {
		case bot.CmdHelp:
			return bot.Reply{Text: "Ask me about crypto mining: /ask <question>\n\nIn groups, mention me."}
		case bot.CmdReindex:
			if slices.Contains(admins, m.Platform+":"+m.UserID) {
				return bot.Reply{Text: "Reindexed 42 articles in 1.2 s."}
			}
			return bot.Reply{Text: "Sorry, only admins can reindex.", Ephemeral: true}
		}
		if m.Text == "" {
			return bot.Reply{Text: "Ask me a question about crypto mining, for example: /ask Is Sichuan banned?"}
		}
		return bot.Reply{Answer: answerFor(m.Text)}
	}
}

func answerFor(q string) *bot.Answer {
	return &bot.Answer{
		Question: q,
		Kind:     bot.KindYesNo,
		Verdict:  bot.VerdictYes,
		Text:     "You asked: " + q + "\n\nSichuan told miners to stop in June 2021 [1].",
		Citations: []bot.Citation{{N: 1, Title: "Sichuan & the <hydro> exodus", URL: "https://example.com/sichuan?a=1&b=2",
			Publisher: "Example News", Published: "2021-06-20", File: "cn/sichuan.md", Quote: "stop"}},
	}
}

// visible parses a sendMessage call's HTML like Telegram would.
func visible(t *testing.T, c apiCall) htmlDoc {
	t.Helper()
	if c.Form.Get("parse_mode") != "HTML" {
		t.Errorf("parse_mode = %q, want HTML", c.Form.Get("parse_mode"))
	}
	doc, err := parseTelegramHTML(c.Form.Get("text"))
	if err != nil {
		t.Fatalf("Telegram would reject %q: %v", c.Form.Get("text"), err)
	}
	return doc
}

func textHas(s string) func(apiCall) bool {
	return func(c apiCall) bool { return strings.Contains(c.Form.Get("text"), s) }
}

// inlineArticle is an article result as answerInlineQuery sends it.
type inlineArticle struct {
	Type        string `json:"type"`
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Content     struct {
		Text      string `json:"message_text"`
		ParseMode string `json:"parse_mode"`
		NoPreview bool   `json:"disable_web_page_preview"`
	} `json:"input_message_content"`
}

func articlesOf(t *testing.T, c apiCall) []inlineArticle {
	t.Helper()
	var out []inlineArticle
	if err := json.Unmarshal([]byte(c.Form.Get("results")), &out); err != nil {
		t.Fatalf("results %q: %v", c.Form.Get("results"), err)
	}
	return out
}

// ownGoroutines lists goroutines running code of this package (tests aside).
func ownGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var own []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		for _, line := range strings.Split(g, "\n") {
			line = strings.TrimSpace(line)
			if strings.Contains(line, "/bot/telegram/") && strings.Contains(line, ".go:") && !strings.Contains(line, "_test.go:") {
				own = append(own, g)
				break
			}
		}
	}
	return own
}

// noLeaks fails if goroutines of this package outlive the adapter.
func noLeaks(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for {
		own := ownGoroutines()
		if len(own) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutine(s) left behind:\n%s", len(own), strings.Join(own, "\n\n"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
