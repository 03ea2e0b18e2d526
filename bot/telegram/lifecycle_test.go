package telegram

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minebot/minebot/bot"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"defaults", Config{Token: testToken}, ""},
		{"no token", Config{}, "no token"},
		{"token with a slash", Config{Token: "1/2"}, "characters"},
		{"bad API URL", Config{Token: testToken, APIURL: "ftp://x"}, "scheme"},
		{"webhook without secret", Config{Token: testToken, WebhookURL: "https://x.example/telegram/webhook"}, "needs a secret"},
		{"webhook with a bad secret", Config{Token: testToken, WebhookURL: "https://x.example/h", WebhookSecret: "no spaces allowed"}, "1-256"},
		{"webhook", Config{Token: testToken, WebhookURL: "https://x.example/h", WebhookSecret: "s3cret_-X"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(tt.cfg)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if a.Name() != "telegram" || a.endpoint != "https://api.telegram.org/bot%s/%s" {
					t.Errorf("name %q, endpoint %q", a.Name(), a.endpoint)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "no spaces allowed") {
				t.Errorf("the error shows a secret: %v", err)
			}
		})
	}
}

func TestWebhook(t *testing.T) {
	const secret = "wh_secret-123"
	f := newFakeAPI(t)
	hs := start(t, f, fakeCore(), func(c *Config) {
		c.WebhookURL = "https://bot.example.com/telegram/webhook"
		c.WebhookSecret = secret
	})
	routes := hs.a.Routes()
	h, ok := routes["POST /telegram/webhook"]
	if len(routes) != 1 || !ok {
		t.Fatalf("routes %v", routes)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /telegram/webhook", h)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	post := func(t *testing.T, secretHeader, payload string) int {
		t.Helper()
		body, err := os.ReadFile(filepath.Join("testdata", payload+".json"))
		if err != nil {
			body = []byte(payload)
		}
		body = bytes.Replace(body, []byte("{"), []byte(`{"update_id": 7001, `), 1)
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/telegram/webhook", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secretHeader != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretHeader)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}

	set := f.waitFor("setWebhook", 1, nil, wait)[0]
	if set.Form.Get("url") != "https://bot.example.com/telegram/webhook" || set.Form.Get("secret_token") != secret ||
		!strings.Contains(set.Form.Get("allowed_updates"), "inline_query") {
		t.Errorf("setWebhook form %v", set.Form)
	}
	// Serving starts right after setWebhook succeeds; give it a moment.
	deadline := time.Now().Add(wait)
	for hs.a.current() == nil && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}

	t.Run("wrong secret", func(t *testing.T) {
		for _, s := range []string{"", "wh_secret-12", "wh_secret-1234", strings.ToUpper(secret)} {
			if code := post(t, s, "private_question"); code != http.StatusUnauthorized {
				t.Errorf("secret %q: status %d, want 401", s, code)
			}
		}
		if n := len(f.callsOf("sendMessage")); n != 0 {
			t.Errorf("%d messages sent for unauthenticated calls", n)
		}
	})
	t.Run("right secret", func(t *testing.T) {
		if code := post(t, secret, "private_question"); code != http.StatusOK {
			t.Fatalf("status %d, want 200", code)
		}
		// The call returns once the update is handled.
		if n := len(f.callsOf("sendMessage")); n != 1 {
			t.Errorf("%d messages sent, want 1", n)
		}
	})
	t.Run("not an update", func(t *testing.T) {
		if code := post(t, secret, "{not json"); code != http.StatusBadRequest {
			t.Errorf("status %d, want 400", code)
		}
	})
	t.Run("after shutdown", func(t *testing.T) {
		hs.stop()
		if code := post(t, secret, "private_question"); code != http.StatusServiceUnavailable {
			t.Errorf("status %d, want 503", code)
		}
		for _, m := range []string{"getUpdates", "deleteWebhook"} {
			if n := len(f.callsOf(m)); n != 0 {
				t.Errorf("%d %s calls in webhook mode", n, m)
			}
		}
		if strings.Contains(hs.logs.String(), secret) {
			t.Error("the webhook secret is in the logs")
		}
	})
}

// A handler busy with one update holds back neither other chats nor shutdown. At
// shutdown the updates already taken are still answered and confirmed, so a restart
// answers nothing twice.
func TestShutdownAndOffsets(t *testing.T) {
	f := newFakeAPI(t)
	entered := make(chan struct{})
	var calls atomic.Int32
	busy := bot.HandlerFunc(func(ctx context.Context, m bot.Message) bot.Reply {
		if m.ChatID == anaChat && calls.Add(1) == 1 {
			close(entered)
			<-ctx.Done() // a long reindex, say, that stops when asked to
			return bot.Reply{Text: "minebot is restarting. Please ask again in a minute."}
		}
		return fakeCore().Handle(ctx, m)
	})
	hs := start(t, f, busy, nil)
	first := f.push("private_question")
	<-entered
	f.push("private_ask") // same chat: waits for the first
	last := f.push("group_mention")
	f.waitFor("sendMessage", 1, chatIs(groupChat), wait)
	// While the first update is in hand, polling goes on without confirming it.
	f.waitFor("getUpdates", 3, func(c apiCall) bool { return c.Form.Get("offset") == strconv.Itoa(first) }, wait)

	if took := hs.stop(); took > time.Second {
		t.Errorf("Run took %v to return", took)
	}
	noLeaks(t)
	f.waitFor("sendMessage", 1, textHas("minebot is restarting"), wait)
	f.waitFor("sendMessage", 1, textHas("what is hashprice?"), wait)
	// The confirming call carries the highest offset. A long poll that started before
	// the shutdown may reach the fake server after it, with the older offset, so the
	// order the calls were recorded in proves nothing.
	polls := f.callsOf("getUpdates")
	highest := 0
	for _, c := range polls {
		if off, err := strconv.Atoi(c.Form.Get("offset")); err == nil && off > highest {
			highest = off
		}
	}
	if highest != last+1 {
		t.Errorf("highest offset %d; want %d, all handled; %s", highest, last+1, f.summary())
	}

	// A restart answers nothing twice.
	hs2 := start(t, f, busy, nil)
	f.waitFor("getUpdates", len(polls)+1, nil, wait)
	hs2.stop()
	noLeaks(t)
	if n := len(f.callsOf("sendMessage")); n != 3 {
		t.Errorf("%d messages sent in all, want 3: %s", n, f.summary())
	}
}

// A core that ignores cancellation delays shutdown by the grace period at most.
func TestShutdownGrace(t *testing.T) {
	f := newFakeAPI(t)
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	deaf := bot.HandlerFunc(func(ctx context.Context, m bot.Message) bot.Reply {
		entered <- struct{}{}
		<-release
		return bot.Reply{Text: "too late"}
	})
	hs := start(t, f, deaf, nil)
	hs.a.shutdownGrace = 100 * time.Millisecond
	first := f.push("private_question")
	<-entered
	if took := hs.stop(); took < 100*time.Millisecond || took > time.Second {
		t.Errorf("Run returned after %v; want the 100 ms grace", took)
	}
	if !strings.Contains(hs.logs.String(), "still answering") {
		t.Error("the abandoned answer was not logged")
	}
	close(release)
	noLeaks(t)
	if n := len(f.callsOf("sendMessage")); n != 0 {
		t.Errorf("%d messages sent after shutdown", n)
	}
	for _, c := range f.callsOf("getUpdates") {
		if off, _ := strconv.Atoi(c.Form.Get("offset")); off > first {
			t.Errorf("offset %d confirmed the abandoned update %d", off, first)
		}
	}
}

func TestTypingWhileAnswering(t *testing.T) {
	f := newFakeAPI(t)
	slow := bot.HandlerFunc(func(ctx context.Context, m bot.Message) bot.Reply {
		if m.Command == bot.CmdAsk {
			time.Sleep(180 * time.Millisecond) // typingEvery is 50 ms in tests
		}
		return fakeCore().Handle(ctx, m)
	})
	start(t, f, slow, nil)
	f.push("private_start")
	f.waitFor("sendMessage", 1, nil, wait)
	if n := len(f.callsOf("sendChatAction")); n != 0 {
		t.Errorf("%d typing actions for /start", n)
	}
	f.push("private_question")
	answer := f.waitFor("sendMessage", 2, nil, wait)[1]
	typing := f.callsOf("sendChatAction")
	if len(typing) < 3 || len(typing) > 5 {
		t.Errorf("%d typing actions during a 180 ms answer; want one at once and one per 50 ms", len(typing))
	}
	for _, c := range typing {
		if c.Form.Get("action") != "typing" || c.Form.Get("chat_id") != anaChat || c.At.After(answer.At) {
			t.Errorf("typing action %v at %v; answer at %v", c.Form, c.At, answer.At)
		}
	}
}

// An API that cannot be reached keeps the adapter retrying (not failing), with the
// token kept out of the logged errors, until it is stopped.
func TestUnreachableAPI(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	f := newFakeAPI(t)
	hs := start(t, f, fakeCore(), func(c *Config) { c.APIURL = "http://" + addr })
	deadline := time.Now().Add(wait)
	for strings.Count(hs.logs.String(), "method=getMe") < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("no retries logged:\n%s", hs.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-hs.done:
		t.Fatalf("Run gave up: %v", err)
	default:
	}
	hs.stop()
	if !strings.Contains(hs.logs.String(), "/bot[redacted]/getMe") {
		t.Errorf("want the redacted URL in the logs:\n%s", hs.logs.String())
	}
	noLeaks(t)
}

func TestRejectedToken(t *testing.T) {
	f := newFakeAPI(t)
	f.setFail(func(method string, form url.Values) *fault {
		return &fault{401, `{"ok":false,"error_code":401,"description":"Unauthorized"}`}
	})
	a, err := New(Config{Token: testToken, APIURL: f.srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	err = a.Run(ctx, fakeCore())
	if err == nil || !strings.Contains(err.Error(), "Unauthorized") || strings.Contains(err.Error(), testToken) {
		t.Errorf("Run = %v; want an Unauthorized error without the token", err)
	}
	if n := len(f.callsOf("getMe")); n != 1 {
		t.Errorf("%d getMe calls; a rejected token is not retried", n)
	}
}

func TestRedactor(t *testing.T) {
	redact := newRedactor("wh_secret-123", "", "a b/c")
	tests := []struct{ in, want string }{
		{"no secrets here", "no secrets here"},
		{"header wh_secret-123 twice wh_secret-123", "header [redacted] twice [redacted]"},
		{"path a%20b%2Fc and query a+b%2Fc", "path [redacted] and query [redacted]"},
		{"a token 111111:abcdefghijklmnopqrstuvwxyz_-", "a token [redacted]"},
		{"a time 12:30 is not a token", "a time 12:30 is not a token"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedaction(t *testing.T) {
	var logs syncBuffer
	a, err := New(Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	// What the library prints in debug mode goes through the redacting logger.
	libLog.Printf("Endpoint: %s, params: %v\n", "https://api.telegram.org/bot"+testToken+"/getMe", nil)
	libLog.Println("Post", url.PathEscape("https://x/bot"+testToken), "other token 987654321:ZZZ-abcdefghijklmnopqrstuvwxyz")
	out := logs.String()
	if strings.Contains(out, "AAF-test_token") || strings.Contains(out, "ZZZ-abcdef") || strings.Count(out, "[redacted]") != 3 {
		t.Errorf("library log not redacted:\n%s", out)
	}
	err = a.safeError("sendMessage", errors.New(`Post "http://h/bot`+testToken+`/sendMessage": EOF`))
	if err.Error() != `telegram sendMessage: Post "http://h/bot[redacted]/sendMessage": EOF` {
		t.Errorf("safeError = %q", err)
	}
	wrapped := a.safeError("getMe", &redactedError{msg: "x", cause: context.Canceled})
	if !errors.Is(wrapped, context.Canceled) {
		t.Error("a redacted error no longer matches context.Canceled")
	}
}
