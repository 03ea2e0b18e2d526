package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Ids used by the saved payloads in testdata/.
const (
	testToken   = "MTk4NjIyNDgzNDcxOTI1MjQ4.Gx9k2Q.fake-token-never-real_0123456789"
	testBotID   = "900000000000000001"
	testAppID   = "900000000000000001"
	testGuildID = "800000000000000001"
	testChannel = "700000000000000001"
	testDM      = "700000000000000099"
	testAlice   = "600000000000000001"
	testBob     = "600000000000000002" // the admin in the tests
)

// api is the REST path prefix as discordgo builds it (/api/v<version>); the adapter
// keeps the path and only changes scheme and host.
var api = "/api/v" + discordgo.APIVersion

// wantIntents is what IDENTIFY must ask for: guild messages, direct messages, message content.
const wantIntents = 1<<9 | 1<<12 | 1<<15

// request is one REST call the fake received.
type request struct {
	Method string
	Path   string
	Auth   string
	Body   map[string]any
	Raw    string
}

// gatewayOp is one payload the client sent on the gateway.
type gatewayOp struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

// fakeDiscord is a local Discord: the REST routes discordgo calls and a gateway that
// speaks the real protocol (HELLO, IDENTIFY, READY, heartbeats, dispatches, RESUME).
// Every message, edit and follow-up is checked for allowed_mentions {"parse":[]} and
// the content limit; violations are reported by check.
type fakeDiscord struct {
	t           *testing.T
	srv         *httptest.Server
	heartbeatMS int

	mu         sync.Mutex
	requests   []request
	identifies []map[string]any
	resumes    []map[string]any
	heartbeats int
	violations []string
	sessionID  string
	seq        int64
	sessions   int
	conn       *wsConn
	closed     []int // close codes received from the client
	rateLimit  map[string]int
	status     map[string]int // path -> forced status (e.g. 401 for the gateway lookup)
	closeCode  int            // when set, IDENTIFY is answered by closing with this code
}

// wsConn is one gateway connection; writes are serialized.
type wsConn struct {
	mu sync.Mutex
	c  *websocket.Conn
}

func (w *wsConn) send(v any) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.c.WriteJSON(v)
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, heartbeatMS: 41250, rateLimit: map[string]int{}, status: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway/", f.serveGateway) // discordgo adds the slash
	mux.HandleFunc("GET "+api+"/gateway/bot", f.rest(f.gatewayBot))
	mux.HandleFunc("PUT "+api+"/applications/{app}/commands", f.rest(f.commands))
	mux.HandleFunc("PUT "+api+"/applications/{app}/guilds/{guild}/commands", f.rest(f.commands))
	mux.HandleFunc("POST "+api+"/channels/{channel}/messages", f.rest(f.message))
	mux.HandleFunc("POST "+api+"/channels/{channel}/typing", f.rest(noContent))
	mux.HandleFunc("POST "+api+"/interactions/{id}/{token}/callback", f.rest(f.callback))
	mux.HandleFunc("PATCH "+api+"/webhooks/{app}/{token}/messages/@original", f.rest(f.message))
	mux.HandleFunc("DELETE "+api+"/webhooks/{app}/{token}/messages/@original", f.rest(noContent))
	mux.HandleFunc("POST "+api+"/webhooks/{app}/{token}", f.rest(f.message))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.violate("unexpected request %s %s", r.Method, r.URL.Path)
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) URL() string { return f.srv.URL }

func (f *fakeDiscord) violate(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.violations = append(f.violations, fmt.Sprintf(format, args...))
}

// check fails the test for every protocol violation the fake saw.
func (f *fakeDiscord) check(t *testing.T) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, v := range f.violations {
		t.Error("fake Discord: " + v)
	}
}

// rest records a request, checks its auth and payload, and serves rate limits.
func (f *fakeDiscord) rest(next func(w http.ResponseWriter, r *http.Request, req request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		req := request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Raw: string(raw)}
		if len(raw) > 0 && raw[0] == '{' {
			if err := json.Unmarshal(raw, &req.Body); err != nil {
				f.violate("%s %s: body is not a JSON object: %v", r.Method, r.URL.Path, err)
			}
		}
		if req.Auth != "Bot "+testToken {
			f.violate("%s %s: authorization header is %q", r.Method, r.URL.Path, req.Auth)
			http.Error(w, `{"message": "401: Unauthorized", "code": 0}`, http.StatusUnauthorized)
			return
		}
		f.mu.Lock()
		status, limited := f.status[r.URL.Path], f.rateLimit[r.URL.Path] > 0
		if limited {
			f.rateLimit[r.URL.Path]--
		}
		f.requests = append(f.requests, req)
		f.mu.Unlock()
		switch {
		case status != 0:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			// Quote the request's credentials back, as a careless proxy might, so
			// the tests can show that the adapter's logs redact them.
			fmt.Fprintf(w, `{"message": "%d: forced by the test for %s", "code": 0}`, status, req.Auth)
		case limited:
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		default:
			next(w, r, req)
		}
	}
}

func noContent(w http.ResponseWriter, _ *http.Request, _ request) {
	w.WriteHeader(http.StatusNoContent)
}

func (f *fakeDiscord) gatewayBot(w http.ResponseWriter, _ *http.Request, _ request) {
	writeTestJSON(w, map[string]any{
		"url":    "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/gateway",
		"shards": 1,
		"session_start_limit": map[string]int{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1,
		},
	})
}

func (f *fakeDiscord) commands(w http.ResponseWriter, r *http.Request, req request) {
	if r.PathValue("app") != testAppID {
		f.violate("commands registered for application %q", r.PathValue("app"))
	}
	var cmds []map[string]any
	if err := json.Unmarshal([]byte(req.Raw), &cmds); err != nil {
		f.violate("bulk overwrite body is not a list: %v", err)
	}
	for i, c := range cmds {
		c["id"] = fmt.Sprintf("13000000000000000%02d", i+1)
		c["application_id"] = testAppID
		c["version"] = "1"
	}
	writeTestJSON(w, cmds)
}

// message serves message creates, webhook edits and follow-ups, after checking them.
func (f *fakeDiscord) message(w http.ResponseWriter, r *http.Request, req request) {
	f.checkMessage(req.Method+" "+req.Path, req.Body)
	content, _ := req.Body["content"].(string)
	writeTestJSON(w, map[string]any{
		"id": "1319999999999999999", "type": 0, "content": content,
		"channel_id": r.PathValue("channel"), "author": map[string]any{"id": testBotID, "username": "minebot", "bot": true},
		"timestamp": "2026-11-25T09:00:00.000000+00:00", "mentions": []any{}, "embeds": []any{}, "attachments": []any{},
	})
}

func (f *fakeDiscord) callback(w http.ResponseWriter, r *http.Request, req request) {
	typ, _ := req.Body["type"].(float64)
	data, hasData := req.Body["data"].(map[string]any)
	switch typ {
	case 4, 5:
		if !hasData {
			f.violate("callback %v without data (no allowed_mentions)", typ)
			break
		}
		f.checkMessage(fmt.Sprintf("callback type %v", typ), data)
	default:
		f.violate("unexpected callback type %v", req.Body["type"])
	}
	w.WriteHeader(http.StatusNoContent)
}

// checkMessage enforces the rules every message body must follow.
func (f *fakeDiscord) checkMessage(what string, body map[string]any) {
	am, ok := body["allowed_mentions"].(map[string]any)
	parse, isList := am["parse"].([]any)
	if !ok || !isList || len(parse) != 0 || len(am) != 1 {
		f.violate("%s: allowed_mentions is %v, want {\"parse\":[]}", what, body["allowed_mentions"])
	}
	if c, _ := body["content"].(string); len(c) > 2000 {
		f.violate("%s: content has %d bytes", what, len(c))
	}
}

func writeTestJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

var upgrader = websocket.Upgrader{}

// serveGateway speaks the gateway protocol on one websocket connection.
func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	if q := r.URL.Query(); q.Get("v") != discordgo.APIVersion || q.Get("encoding") != "json" {
		f.violate("gateway query %q, want v=%s&encoding=json", r.URL.RawQuery, discordgo.APIVersion)
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		f.violate("gateway upgrade: %v", err)
		return
	}
	defer c.Close()
	conn := &wsConn{c: c}
	if err := conn.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": f.heartbeatMS}, "s": nil, "t": nil}); err != nil {
		return
	}
	var first gatewayOp
	if err := c.ReadJSON(&first); err != nil {
		return
	}
	if !f.start(conn, first) {
		return
	}
	for {
		var op gatewayOp
		if err := c.ReadJSON(&op); err != nil {
			if ce, ok := err.(*websocket.CloseError); ok {
				f.mu.Lock()
				f.closed = append(f.closed, ce.Code)
				f.mu.Unlock()
			}
			return
		}
		if op.Op == 1 {
			f.mu.Lock()
			f.heartbeats++
			f.mu.Unlock()
			conn.send(map[string]any{"op": 11, "d": nil, "s": nil, "t": nil})
		}
	}
}

// start answers IDENTIFY with READY or RESUME with RESUMED.
func (f *fakeDiscord) start(conn *wsConn, first gatewayOp) bool {
	var d map[string]any
	json.Unmarshal(first.D, &d)
	if d["token"] != "Bot "+testToken {
		f.violate("op %d with token %q", first.Op, d["token"])
		conn.c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closeCode != 0 {
		conn.c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(f.closeCode, "Disallowed intent(s)."))
		return false
	}
	switch first.Op {
	case 2:
		if intents, _ := d["intents"].(float64); int(intents) != wantIntents {
			f.violations = append(f.violations, fmt.Sprintf("IDENTIFY intents %v, want %d", d["intents"], wantIntents))
		}
		f.identifies = append(f.identifies, d)
		f.sessions++
		f.sessionID = fmt.Sprintf("fake-session-%d", f.sessions)
		f.seq = 1
		f.conn = conn
		tmpl, err := os.ReadFile(filepath.Join("testdata", "gateway", "ready.json"))
		if err != nil {
			f.violations = append(f.violations, err.Error())
			return false
		}
		ready := strings.NewReplacer("{{SESSION_ID}}", f.sessionID,
			"{{RESUME_URL}}", "ws"+strings.TrimPrefix(f.srv.URL, "http")).Replace(string(tmpl))
		return conn.send(map[string]any{"op": 0, "t": "READY", "s": f.seq, "d": json.RawMessage(ready)}) == nil
	case 6:
		f.resumes = append(f.resumes, d)
		if d["session_id"] != f.sessionID || int64(d["seq"].(float64)) != f.seq {
			f.violations = append(f.violations, fmt.Sprintf("RESUME %v, want session %s seq %d", d, f.sessionID, f.seq))
			conn.send(map[string]any{"op": 9, "d": false, "s": nil, "t": nil})
			return false
		}
		f.seq++
		f.conn = conn
		return conn.send(map[string]any{"op": 0, "t": "RESUMED", "s": f.seq, "d": map[string]any{}}) == nil
	}
	f.violations = append(f.violations, fmt.Sprintf("first gateway op %d, want 2 or 6", first.Op))
	return false
}

// dispatch sends an event (op 0) with the next sequence number.
func (f *fakeDiscord) dispatch(t *testing.T, event, payload string) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn == nil {
		t.Fatalf("dispatch %s: no gateway connection", event)
	}
	f.seq++
	if err := f.conn.send(map[string]any{"op": 0, "t": event, "s": f.seq, "d": json.RawMessage(payload)}); err != nil {
		t.Fatalf("dispatch %s: %v", event, err)
	}
}

// requestReconnect sends op 7: the client must close and resume on a new connection.
func (f *fakeDiscord) requestReconnect(t *testing.T) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn == nil {
		t.Fatal("op 7: no gateway connection")
	}
	if err := f.conn.send(map[string]any{"op": 7, "d": nil, "s": nil, "t": nil}); err != nil {
		t.Fatal(err)
	}
}

// drop closes the gateway connection abruptly, as a network failure would.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn != nil {
		f.conn.c.NetConn().Close()
		f.conn = nil
	}
}

// requestsTo returns the recorded requests whose "METHOD path" has the given prefix.
func (f *fakeDiscord) requestsTo(prefix string) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, r := range f.requests {
		if strings.HasPrefix(r.Method+" "+r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// waitRequests waits until at least n requests match prefix and returns them.
func (f *fakeDiscord) waitRequests(t *testing.T, prefix string, n int) []request {
	t.Helper()
	var got []request
	waitFor(t, fmt.Sprintf("%d request(s) %q", n, prefix), func() bool {
		got = f.requestsTo(prefix)
		return len(got) >= n
	})
	return got
}

func (f *fakeDiscord) locked(fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn()
}

// waitFor polls cond for up to 5 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func loadTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
