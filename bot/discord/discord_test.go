package discord

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/minebot/minebot/internal/redact"
)

func TestNew(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"defaults", Config{Token: testToken}, ""},
		{"Bot prefix accepted", Config{Token: "Bot " + testToken}, ""},
		{"everything", Config{Token: testToken, APIURL: "http://127.0.0.1:9/proxy", GuildID: "1", PublicKey: key, ShardID: 3, ShardCount: 4}, ""},
		{"no token", Config{}, "token is empty"},
		{"only a prefix", Config{Token: "Bot "}, "token is empty"},
		{"API URL scheme", Config{Token: testToken, APIURL: "ftp://discord.com"}, "API URL"},
		{"API URL without host", Config{Token: testToken, APIURL: "https://"}, "API URL"},
		{"API URL with a query", Config{Token: testToken, APIURL: "https://x.example/?a=1"}, "API URL"},
		{"public key not hex", Config{Token: testToken, PublicKey: "xyz"}, "public key"},
		{"public key short", Config{Token: testToken, PublicKey: "abcd"}, "public key"},
		{"shard beyond count", Config{Token: testToken, ShardID: 2, ShardCount: 2}, "shard 2 of 2"},
		{"shard without count", Config{Token: testToken, ShardID: 1}, "shard 1 of 0"},
		{"negative count", Config{Token: testToken, ShardCount: -1}, "out of range"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(tc.cfg)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("New: %v", err)
				}
				if a.Name() != "discord" || a.session.Token != "Bot "+testToken {
					t.Errorf("name %q, session token prefixed: %v", a.Name(), strings.HasPrefix(a.session.Token, "Bot "))
				}
				if a.session.ShardCount != max(tc.cfg.ShardCount, 1) || a.session.ShardID != tc.cfg.ShardID {
					t.Errorf("shard %d/%d", a.session.ShardID, a.session.ShardCount)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("New error = %v, want one about %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("the error shows the token: %v", err)
			}
		})
	}
}

// pathRecorder is a server that records request paths and answers 404 to paths in missing.
type pathRecorder struct {
	mu      sync.Mutex
	paths   []string
	missing map[string]bool
}

func (p *pathRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.paths = append(p.paths, r.Method+" "+r.URL.Path)
	missing := p.missing[r.URL.Path]
	p.mu.Unlock()
	if missing {
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprint(w, `{"url": "ws://127.0.0.1:1/gw", "shards": 1}`)
}

func TestTransport(t *testing.T) {
	tests := []struct {
		name    string
		base    string // path after the server's address in APIURL
		missing []string
		call    func(s *discordgo.Session) error
		want    []string
	}{
		{"REST call keeps the path", "", nil,
			func(s *discordgo.Session) error { return s.ChannelTyping("42") },
			[]string{"POST " + api + "/channels/42/typing"}},
		{"base path prefixed", "/proxy/", nil,
			func(s *discordgo.Session) error { return s.ChannelTyping("42") },
			[]string{"POST /proxy" + api + "/channels/42/typing"}},
		{"gateway lookup asks /gateway/bot", "", nil,
			func(s *discordgo.Session) error { _, err := s.Gateway(); return err },
			[]string{"GET " + api + "/gateway/bot"}},
		{"gateway lookup falls back to /gateway", "", []string{api + "/gateway/bot"},
			func(s *discordgo.Session) error { _, err := s.Gateway(); return err },
			[]string{"GET " + api + "/gateway/bot", "GET " + api + "/gateway"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := &pathRecorder{missing: map[string]bool{}}
			for _, m := range tc.missing {
				rec.missing[m] = true
			}
			srv := httptest.NewServer(rec)
			defer srv.Close()
			a, err := New(Config{Token: testToken, APIURL: srv.URL + tc.base})
			if err != nil {
				t.Fatal(err)
			}
			if err := tc.call(a.session); err != nil {
				t.Fatal(err)
			}
			rec.mu.Lock()
			defer rec.mu.Unlock()
			if strings.Join(rec.paths, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("server saw %q, want %q", rec.paths, tc.want)
			}
		})
	}
}

func TestTransportStopped(t *testing.T) {
	rec := &pathRecorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	a, err := New(Config{Token: testToken, APIURL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	close(a.stopped)
	if err := a.session.ChannelTyping("1"); !errors.Is(err, errStopped) {
		t.Errorf("REST after stop: %v, want errStopped", err)
	}
	if _, _, err := a.session.Dialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http"), nil); !errors.Is(err, errStopped) {
		t.Errorf("dial after stop: %v, want errStopped", err)
	}
}

func TestRedactHandler(t *testing.T) {
	var buf bytes.Buffer
	r := newRedactor(testToken)
	log := slog.New(redact.Handler(slog.NewJSONHandler(&buf, nil), r.Redactor))
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/x", nil)
	req.Header.Set("Authorization", "Bot "+testToken)

	log.With("who", "Bot "+testToken).WithGroup("g").Info("message with "+testToken,
		"str", testToken,
		"err", errors.New("HTTP 401, body quoted Bot "+testToken),
		"req", req,
		slog.Group("nested", "deep", "x"+testToken+"x"),
		"url", "https://discord.com/api/v9/webhooks/900000000000000001/aW50ZXJhY3Rpb24.tok-en_1/messages/@original",
		"n", 3,
	)
	out := buf.String()
	if strings.Contains(out, testToken) {
		t.Errorf("the token survived: %s", out)
	}
	if strings.Contains(out, "aW50ZXJhY3Rpb24") {
		t.Errorf("the interaction token survived: %s", out)
	}
	for _, want := range []string{`"n":3`, "/webhooks/900000000000000001/" + redacted + "/messages/@original", `"msg":"message with ` + redacted} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s: %s", want, out)
		}
	}
}

func TestSafeErrorKeepsTheChain(t *testing.T) {
	r := newRedactor(testToken)
	inner := &discordgo.RESTError{Response: &http.Response{Status: "401 Unauthorized", StatusCode: 401}, ResponseBody: []byte("Bot " + testToken)}
	err := r.wrap("open", inner)
	if strings.Contains(err.Error(), testToken) {
		t.Errorf("error text shows the token: %v", err)
	}
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || fatalOpenError(err) == "" {
		t.Errorf("the wrapped error lost its cause: %v", err)
	}
	if r.wrap("x", nil) != nil {
		t.Error("wrap(nil) is not nil")
	}
}
