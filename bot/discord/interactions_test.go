package discord

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// signedRequest builds a POST /discord/interactions request signed with priv at ts.
func signedRequest(t *testing.T, url string, priv ed25519.PrivateKey, ts time.Time, body string) *http.Request {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(priv, []byte(stamp+body))
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	return req
}

func TestHTTPInteractions(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	f := newFakeDiscord(t)
	h := startHarness(t, f, func(c *Config) { c.PublicKey = hex.EncodeToString(pub) })
	routes := h.a.Routes()
	if len(routes) != 1 || routes["POST /discord/interactions"] == nil {
		t.Fatalf("Routes() = %v, want POST /discord/interactions", routes)
	}
	mux := http.NewServeMux()
	for pattern, handler := range routes {
		mux.Handle(pattern, handler)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	url := srv.URL + "/discord/interactions"
	ping := loadTestdata(t, "http/ping.json")
	ask := loadTestdata(t, "http/interaction_ask.json")
	now := time.Now()

	do := func(t *testing.T, req *http.Request) (int, string) {
		t.Helper()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	refused := []struct {
		name string
		req  func() *http.Request
		want int
	}{
		{"wrong key", func() *http.Request { return signedRequest(t, url, otherKey, now, ping) }, http.StatusUnauthorized},
		{"stale timestamp", func() *http.Request { return signedRequest(t, url, priv, now.Add(-6*time.Minute), ping) }, http.StatusUnauthorized},
		{"timestamp in the future", func() *http.Request { return signedRequest(t, url, priv, now.Add(6*time.Minute), ping) }, http.StatusUnauthorized},
		{"body changed after signing", func() *http.Request {
			r := signedRequest(t, url, priv, now, ping)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(ping, `"type":1`, `"type":2`, 1)))
			r.ContentLength = -1
			return r
		}, http.StatusUnauthorized},
		{"no signature", func() *http.Request {
			r := signedRequest(t, url, priv, now, ping)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, http.StatusUnauthorized},
		{"garbled signature", func() *http.Request {
			r := signedRequest(t, url, priv, now, ping)
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
			return r
		}, http.StatusUnauthorized},
		{"body too large", func() *http.Request {
			return signedRequest(t, url, priv, now, `{"type":1,"pad":"`+strings.Repeat("x", 70<<10)+`"}`)
		}, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			if code, body := do(t, tc.req()); code != tc.want {
				t.Errorf("status %d (%s), want %d", code, body, tc.want)
			}
		})
	}

	t.Run("ping answered with pong", func(t *testing.T) {
		code, body := do(t, signedRequest(t, url, priv, now, ping))
		if code != http.StatusOK || strings.TrimSpace(body) != `{"type":1}` {
			t.Errorf("got %d %s, want 200 {\"type\":1}", code, body)
		}
	})

	t.Run("slash command deferred, then edited over REST", func(t *testing.T) {
		code, body := do(t, signedRequest(t, url, priv, now.Add(-4*time.Minute), ask))
		var cb struct {
			Type int `json:"type"`
			Data struct {
				Flags           int             `json:"flags"`
				AllowedMentions json.RawMessage `json:"allowed_mentions"`
			} `json:"data"`
		}
		if err := json.Unmarshal([]byte(body), &cb); code != http.StatusOK || err != nil || cb.Type != 5 || cb.Data.Flags&flagEphemeral != 0 {
			t.Fatalf("got %d %s, want 200 with a public deferred response (type 5)", code, body)
		}
		if !bytes.Equal(cb.Data.AllowedMentions, []byte(`{"parse":[]}`)) {
			t.Errorf("allowed_mentions = %s", cb.Data.AllowedMentions)
		}
		edit := f.waitRequests(t, "PATCH "+api+"/webhooks/"+testAppID+"/aW50ZXJhY3Rpb246MTMxMDAwMDAwMDAwMDAwMDUwMTpIVFRQ/messages/@original", 1)[0]
		if c, _ := edit.Body["content"].(string); !strings.Contains(c, "Sichuan ordered hydro-powered miners") {
			t.Errorf("edited content = %q", c)
		}
		if n := len(f.requestsTo("POST " + api + "/interactions/")); n != 0 {
			t.Errorf("%d REST callbacks for an interaction answered over HTTP", n)
		}
	})

	t.Run("refused once stopped", func(t *testing.T) {
		if err := h.stop(t); err != nil {
			t.Fatal(err)
		}
		if code, _ := do(t, signedRequest(t, url, priv, time.Now(), ask)); code != http.StatusServiceUnavailable {
			t.Errorf("status %d after shutdown, want 503", code)
		}
	})
}

func TestNoRoutesWithoutPublicKey(t *testing.T) {
	a, err := New(Config{Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	if r := a.Routes(); len(r) != 0 {
		t.Errorf("Routes() = %v, want none", r)
	}
}
