package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minebot/minebot/bot"
)

// getJSON fetches url and decodes its JSON body into v; it returns the status.
func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", url, err)
		}
	}
	return resp.StatusCode
}

// metricValue reads one sample, e.g. `minebot_reindex_total{result="failed"}`, from
// /metrics; -1 when absent.
func metricValue(t *testing.T, base, sample string) float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			v, err := strconv.ParseFloat(rest, 64)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
	}
	return -1
}

// eventually polls cond every 10 ms for up to 15 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 15 s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startServer runs serve in-process with cfg until the test ends.
func startServer(t *testing.T, cfg serveConfig) (s *server, base string, logs *syncBuffer, stop func() error) {
	t.Helper()
	logs = &syncBuffer{}
	metrics := newServeMetrics()
	s, err := newServer(cfg, newServeLogger(logs, cfg.Secrets, metrics.adapterError), metrics)
	if err != nil {
		t.Fatal(err)
	}
	s.debounce = 100 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.run(ctx) }()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(10 * time.Second):
				runErr = fmt.Errorf("serve did not stop within 10 s")
			}
		})
		return runErr
	}
	t.Cleanup(func() { stop() })
	return s, "http://" + s.Addr().String(), logs, stop
}

func TestServe(t *testing.T) {
	contentDir, indexDir := t.TempDir(), t.TempDir()
	writeServeArticles(t, contentDir, 0, 5)
	cfg := serveConfig{Content: contentDir, Index: indexDir, Watch: true, HTTPAddr: "127.0.0.1:0",
		Admins: []bot.UserRef{{Platform: "telegram", ID: "42"}}}
	s, base, logs, stop := startServer(t, cfg)

	var ready readiness
	eventually(t, "ready", func() bool { return getJSON(t, base+"/readyz", &ready) == http.StatusOK })
	if ready.Articles != 5 || ready.Generation != 1 || ready.BuiltAt == "" || ready.AgeSeconds < 0 {
		t.Errorf("/readyz = %+v", ready)
	}
	if code := getJSON(t, base+"/healthz", nil); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	handle := func(m bot.Message) bot.Reply { return s.service.Handle(context.Background(), m) }

	t.Run("questions are counted by outcome", func(t *testing.T) {
		for range 3 {
			if r := handle(bot.Message{Platform: "test", UserID: "1", Command: bot.CmdAsk, Text: "Did Testland district 2 stop crypto miners?"}); r.Answer == nil {
				t.Fatalf("no answer: %+v", r)
			}
		}
		handle(bot.Message{Platform: "test", UserID: "1", Command: bot.CmdAsk, Text: " "})
		handle(bot.Message{Platform: "test", UserID: "9", Command: bot.CmdReindex})
		answered := metricValue(t, base, `minebot_questions_total{command="ask",outcome="answered",platform="test"}`) +
			metricValue(t, base, `minebot_questions_total{command="ask",outcome="abstained",platform="test"}`) + 1 // absent = -1
		if answered != 3 {
			t.Errorf("answered+abstained = %v; want 3", answered)
		}
		if v := metricValue(t, base, `minebot_questions_total{command="reindex",outcome="refused",platform="test"}`); v != 1 {
			t.Errorf("refused reindex = %v; want 1", v)
		}
		if v := metricValue(t, base, `minebot_answer_duration_seconds_count{platform="test"}`); v != 4 {
			t.Errorf("latency samples = %v; want 4", v)
		}
		if v := metricValue(t, base, "minebot_articles_indexed"); v != 5 {
			t.Errorf("articles gauge = %v; want 5", v)
		}
	})

	t.Run("an edited article is rebuilt while questions go on", func(t *testing.T) {
		done := make(chan struct{})
		failed := make(chan bot.Reply, 1000)
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				for i := 0; ; i++ {
					select {
					case <-done:
						return
					default:
					}
					m := bot.Message{Platform: "load", UserID: fmt.Sprint(w), Command: bot.CmdAsk, Text: "Which Testland district stopped miners?"}
					if r := s.service.Handle(context.Background(), m); r.Answer == nil && !r.Silent && !strings.Contains(r.Text, "faster than") {
						failed <- r
					}
				}
			})
		}
		writeServeArticles(t, contentDir, 5, 7)
		eventually(t, "the watcher's rebuild", func() bool {
			return getJSON(t, base+"/readyz", &ready) == http.StatusOK && ready.Articles == 7
		})
		close(done)
		wg.Wait()
		close(failed)
		for r := range failed {
			t.Errorf("a question failed during the rebuild: %+v", r)
		}
		if v := metricValue(t, base, `minebot_questions_total{command="ask",outcome="error",platform="load"}`); v != -1 {
			t.Errorf("%v questions ended in an error", v)
		}
	})

	t.Run("a failed rebuild is counted and the old index serves", func(t *testing.T) {
		writeFile(t, filepath.Join(contentDir, "bad.md"), "---\ntitle: Bad\n---\n")
		eventually(t, "the failure counted", func() bool {
			return metricValue(t, base, `minebot_reindex_total{result="failed"}`) == 1
		})
		if getJSON(t, base+"/readyz", &ready); ready.Articles != 7 || !ready.Ready {
			t.Errorf("/readyz after a failed rebuild = %+v; want the 7 articles still serving", ready)
		}
		r := handle(bot.Message{Platform: "telegram", UserID: "42", Command: bot.CmdReindex})
		if !strings.Contains(r.Text, "bad.md:") || !strings.Contains(r.Text, "The previous index (7 articles) is still serving.") {
			t.Errorf("admin's report = %q", r.Text)
		}
	})

	t.Run("shutdown", func(t *testing.T) {
		start := time.Now()
		if err := stop(); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("shutdown took %s", d)
		}
		if _, err := http.Get(base + "/healthz"); err == nil {
			t.Error("the HTTP server still answers after shutdown")
		}
		if !strings.Contains(logs.String(), `"msg":"stopped"`) {
			t.Errorf("no stop in the log:\n%s", logs)
		}
	})
}

func TestServeNotReady(t *testing.T) {
	contentDir := t.TempDir()
	writeFile(t, filepath.Join(contentDir, "bad.md"), "no front matter\n")
	metrics := newServeMetrics()
	s, err := newServer(serveConfig{Content: contentDir, HTTPAddr: "127.0.0.1:0"}, slog.New(slog.DiscardHandler), metrics)
	if err != nil {
		t.Fatal(err)
	}
	// before run: nothing serves yet
	rec := httptest.NewRecorder()
	s.http.Handler.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	var ready readiness
	if err := json.Unmarshal(rec.Body.Bytes(), &ready); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusServiceUnavailable || ready.Ready || ready.Reason != "the first index is being built" {
		t.Errorf("/readyz before the first index: %d %+v", rec.Code, ready)
	}
	s.listener.Close()
	s.store.Close()

	_, base, _, _ := startServer(t, serveConfig{Content: contentDir, HTTPAddr: "127.0.0.1:0"})
	eventually(t, "the failure reported", func() bool {
		return getJSON(t, base+"/readyz", &ready) == http.StatusServiceUnavailable && strings.Contains(ready.Reason, "could not be built")
	})
	if !strings.Contains(ready.Reason, "1 problem(s)") {
		t.Errorf("reason = %q", ready.Reason)
	}
	if v := metricValue(t, base, `minebot_reindex_total{result="failed"}`); v != 1 {
		t.Errorf("failed rebuilds = %v; want 1", v)
	}
}

// TestServeCommand runs `minebot serve` as main does, with a Telegram adapter in
// webhook mode talking to a fake Bot API that fails: the webhook route is mounted, the
// adapter's errors are counted, the token never reaches the log, and the process
// stops cleanly when its context ends.
func TestServeCommand(t *testing.T) {
	const token = "123456:SERVE-test-token"
	fakeAPI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"ok":false,"error_code":500,"description":"down"}`, http.StatusInternalServerError)
	}))
	defer fakeAPI.Close()
	contentDir := t.TempDir()
	writeServeArticles(t, contentDir, 0, 2)
	env := map[string]string{
		"MINEBOT_CONTENT": contentDir, "MINEBOT_HTTP_ADDR": "127.0.0.1:0",
		"TELEGRAM_TOKEN": token, "TELEGRAM_API_URL": fakeAPI.URL,
		"TELEGRAM_WEBHOOK_URL": "https://bot.example.com/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET": "hook_secret_1",
	}
	stderr := &syncBuffer{}
	m := &Main{Stdout: io.Discard, Stderr: stderr, Getenv: envMap(env)}
	ctx, cancel := context.WithCancel(context.Background())
	exit := make(chan int, 1)
	go func() { exit <- m.Run(ctx, []string{"serve"}) }()

	addr := regexp.MustCompile(`"msg":"minebot serving","http":"([0-9.:]+)"`)
	var base string
	eventually(t, "the serving line", func() bool {
		if mm := addr.FindStringSubmatch(stderr.String()); mm != nil {
			base = "http://" + mm[1]
			return true
		}
		return false
	})
	eventually(t, "ready", func() bool { return getJSON(t, base+"/readyz", nil) == http.StatusOK })
	resp, err := http.Post(base+"/telegram/webhook", "application/json", strings.NewReader(`{"update_id":1}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound || resp.StatusCode < 400 {
		t.Errorf("webhook call without the secret: %d; want it refused by the mounted route", resp.StatusCode)
	}
	eventually(t, "adapter errors counted", func() bool {
		return metricValue(t, base, `minebot_adapter_errors_total{level="warn",platform="telegram"}`) > 0
	})
	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("exit %d; want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s")
	}
	for _, secret := range []string{token, "SERVE-test-token", "hook_secret_1"} {
		if strings.Contains(stderr.String(), secret) {
			t.Errorf("the log holds a secret %q", secret)
		}
	}
	if !strings.Contains(stderr.String(), `"msg":"discord adapter off","reason":"DISCORD_TOKEN is not set"`) {
		t.Errorf("the log does not say why Discord is off:\n%s", stderr)
	}
}
