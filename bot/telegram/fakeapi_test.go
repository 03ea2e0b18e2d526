package telegram

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

// The fake Bot API server speaks the wire format the real one does: POSTs with
// form-encoded (or multipart) parameters to /bot<token>/<method>, answers shaped
// {"ok":true,"result":...} or {"ok":false,"error_code":...,"description":...,
// "parameters":{...}}, getUpdates with offset and long-poll timeout, and HTML
// parse-mode checking as strict as Telegram's.

const (
	testToken   = "123456789:AAF-test_token_never_in_logs_0123456789"
	testBotID   = 777000111
	testBotName = "minebot_test_bot"
)

// apiCall is one request the fake received.
type apiCall struct {
	Method string
	Form   url.Values
	At     time.Time
}

// fault is an injected failure: the HTTP status, and the body to send.
type fault struct {
	status int
	body   string
}

type fakeAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	calls   []apiCall
	updates []json.RawMessage // pending, each with its update_id
	ids     []int
	nextID  int
	nextMsg int
	wake    chan struct{} // closed and replaced on every push and call
	// fail, when set, may turn a call into a failure; it runs under mu.
	fail func(method string, form url.Values) *fault
	// noHold makes getUpdates answer at once, ignoring its timeout; sticky makes it
	// ignore the offset and send every update ever pushed.
	noHold, sticky bool
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{t: t, nextID: 500, nextMsg: 9000, wake: make(chan struct{})}
	f.srv = httptest.NewServer(f)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) setFail(fn func(method string, form url.Values) *fault) {
	f.mu.Lock()
	f.fail = fn
	f.mu.Unlock()
}

// push queues an update read from testdata/<name>.json and returns its update_id.
func (f *fakeAPI) push(name string) int {
	f.t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		f.t.Fatal(err)
	}
	return f.pushRaw(b)
}

func (f *fakeAPI) pushRaw(b []byte) int {
	f.t.Helper()
	var u map[string]any
	if err := json.Unmarshal(b, &u); err != nil {
		f.t.Fatalf("update payload: %v", err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	u["update_id"] = f.nextID
	raw, _ := json.Marshal(u)
	f.updates = append(f.updates, raw)
	f.ids = append(f.ids, f.nextID)
	f.wakeLocked()
	return f.nextID
}

func (f *fakeAPI) wakeLocked() {
	close(f.wake)
	f.wake = make(chan struct{})
}

// calls returns the recorded calls of one method (all methods if empty).
func (f *fakeAPI) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// waitFor waits until n calls of method match pred and returns them.
func (f *fakeAPI) waitFor(method string, n int, pred func(apiCall) bool, timeout time.Duration) []apiCall {
	f.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		f.mu.Lock()
		var got []apiCall
		for _, c := range f.calls {
			if c.Method == method && (pred == nil || pred(c)) {
				got = append(got, c)
			}
		}
		wake := f.wake
		f.mu.Unlock()
		if len(got) >= n {
			return got
		}
		left := time.Until(deadline)
		if left <= 0 {
			f.t.Fatalf("timed out waiting for %d %s call(s); have %d; all calls: %s", n, method, len(got), f.summary())
		}
		select {
		case <-wake:
		case <-time.After(min(left, 50*time.Millisecond)):
		}
	}
}

func (f *fakeAPI) summary() string {
	var parts []string
	for _, c := range f.callsOf("") {
		parts = append(parts, c.Method+"("+c.Form.Encode()+")")
	}
	return strings.Join(parts, "; ")
}

func chatIs(id string) func(apiCall) bool {
	return func(c apiCall) bool { return c.Form.Get("chat_id") == id }
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+testToken+"/")
	if !ok {
		writeError(w, http.StatusUnauthorized, "Unauthorized", 0)
		return
	}
	if err := parseForm(r); err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: "+err.Error(), 0)
		return
	}
	f.mu.Lock()
	f.calls = append(f.calls, apiCall{Method: method, Form: r.Form, At: time.Now()})
	f.wakeLocked()
	var flt *fault
	if f.fail != nil {
		flt = f.fail(method, r.Form)
	}
	f.mu.Unlock()
	if flt != nil {
		w.WriteHeader(flt.status)
		fmt.Fprint(w, flt.body)
		return
	}
	switch method {
	case "getMe":
		writeResult(w, map[string]any{"id": testBotID, "is_bot": true, "first_name": "Minebot", "username": testBotName,
			"can_join_groups": true, "supports_inline_queries": true})
	case "getUpdates":
		f.getUpdates(w, r)
	case "sendMessage":
		f.sendMessage(w, r.Form)
	case "answerInlineQuery":
		if r.Form.Get("inline_query_id") == "" || r.Form.Get("results") == "" {
			writeError(w, http.StatusBadRequest, "Bad Request: inline_query_id and results are required", 0)
			return
		}
		writeResult(w, true)
	case "setMyCommands", "setWebhook", "deleteWebhook", "sendChatAction":
		writeResult(w, true)
	default:
		writeError(w, http.StatusNotFound, "Not Found: method not found", 0)
	}
}

func parseForm(r *http.Request) error {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" {
		return r.ParseMultipartForm(1 << 20)
	}
	return r.ParseForm()
}

func writeResult(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeError(w http.ResponseWriter, code int, desc string, retryAfter int) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	body := map[string]any{"ok": false, "error_code": code, "description": desc}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	_ = json.NewEncoder(w).Encode(body)
}

// tooMany is the body of a real 429.
func tooMany(retryAfter int) *fault {
	return &fault{status: 429, body: fmt.Sprintf(
		`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after %d","parameters":{"retry_after":%d}}`,
		retryAfter, retryAfter)}
}

func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.Form.Get("offset"))
	limit, _ := strconv.Atoi(r.Form.Get("limit"))
	timeout, _ := strconv.Atoi(r.Form.Get("timeout"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	deadline := time.After(time.Duration(timeout) * time.Second)
	for {
		f.mu.Lock()
		// Like Telegram: an offset confirms (forgets) every update below it.
		for len(f.ids) > 0 && offset > 0 && f.ids[0] < offset && !f.sticky {
			f.ids, f.updates = f.ids[1:], f.updates[1:]
		}
		var out []json.RawMessage
		for i, id := range f.ids {
			if (id >= offset || f.sticky) && len(out) < limit {
				out = append(out, f.updates[i])
			}
		}
		wake, noHold := f.wake, f.noHold
		f.mu.Unlock()
		if len(out) > 0 || timeout == 0 || noHold {
			if out == nil {
				out = []json.RawMessage{}
			}
			writeResult(w, out)
			return
		}
		select {
		case <-wake:
		case <-deadline:
			timeout = 0
		case <-r.Context().Done():
			return
		}
	}
}

func (f *fakeAPI) sendMessage(w http.ResponseWriter, form url.Values) {
	chatID, err := strconv.ParseInt(form.Get("chat_id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: chat_id is empty", 0)
		return
	}
	text := form.Get("text")
	if form.Get("parse_mode") == "HTML" {
		doc, err := parseTelegramHTML(text)
		if err != nil {
			writeError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error(), 0)
			return
		}
		text = doc.text
	}
	if n := len(utf16.Encode([]rune(text))); n == 0 || n > 4096 {
		writeError(w, http.StatusBadRequest, "Bad Request: message text is empty or too long", 0)
		return
	}
	f.mu.Lock()
	f.nextMsg++
	id := f.nextMsg
	f.mu.Unlock()
	writeResult(w, map[string]any{
		"message_id": id,
		"from":       map[string]any{"id": testBotID, "is_bot": true, "first_name": "Minebot", "username": testBotName},
		"chat":       map[string]any{"id": chatID, "type": "private"},
		"date":       time.Now().Unix(),
		"text":       text,
	})
}

// htmlDoc is a parsed Telegram HTML message: its visible text and its tags.
type htmlDoc struct {
	text  string
	tags  []string // tag names in order of opening
	hrefs []string
}

var telegramTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true, "s": true, "strike": true,
	"del": true, "a": true, "code": true, "pre": true, "tg-spoiler": true, "span": true, "blockquote": true,
}

// parseTelegramHTML checks text the way Telegram's HTML parse mode does: only its
// tags, balanced; only the named entities &lt; &gt; &amp; &quot; and numeric ones;
// no bare < > or &.
func parseTelegramHTML(s string) (htmlDoc, error) {
	var doc htmlDoc
	var text strings.Builder
	var open []string
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return doc, errors.New("unclosed start tag")
			}
			tag := s[i+1 : i+j]
			i += j + 1
			if name, ok := strings.CutPrefix(tag, "/"); ok {
				if len(open) == 0 || open[len(open)-1] != name {
					return doc, fmt.Errorf("unexpected end tag %q", name)
				}
				open = open[:len(open)-1]
				continue
			}
			name, attrs, _ := strings.Cut(tag, " ")
			if !telegramTags[name] {
				return doc, fmt.Errorf("unsupported start tag %q", name)
			}
			if name == "a" {
				href, ok := hrefOf(attrs)
				if !ok {
					return doc, errors.New("a tag without a quoted href")
				}
				doc.hrefs = append(doc.hrefs, href)
			}
			doc.tags = append(doc.tags, name)
			open = append(open, name)
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j < 0 {
				return doc, errors.New("unclosed entity")
			}
			r, ok := entity(s[i+1 : i+j])
			if !ok {
				return doc, fmt.Errorf("unsupported entity %q", s[i:i+j+1])
			}
			text.WriteRune(r)
			i += j + 1
		case '>':
			return doc, errors.New("bare >")
		default:
			text.WriteByte(s[i])
			i++
		}
	}
	if len(open) > 0 {
		return doc, fmt.Errorf("unclosed tag %q", open[len(open)-1])
	}
	doc.text = text.String()
	return doc, nil
}

func hrefOf(attrs string) (string, bool) {
	v, ok := strings.CutPrefix(strings.TrimSpace(attrs), `href="`)
	if !ok {
		return "", false
	}
	v, _, ok = strings.Cut(v, `"`)
	if !ok || strings.ContainsAny(v, "<>") {
		return "", false
	}
	r := strings.NewReplacer("&amp;", "&", "&quot;", `"`, "&lt;", "<", "&gt;", ">", "&#39;", "'")
	return r.Replace(v), true
}

func entity(name string) (rune, bool) {
	switch name {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	}
	if n, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if h, ok := strings.CutPrefix(n, "x"); ok {
			n, base = h, 16
		}
		v, err := strconv.ParseInt(n, base, 32)
		return rune(v), err == nil
	}
	return 0, false
}
