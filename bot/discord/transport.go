package discord

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// errStopped is returned by the transport and the dialer once the adapter shut down,
// so that a reconnect loop inside the library cannot bring the session back.
var errStopped = errors.New("discord adapter stopped")

// discordHost is the host discordgo builds every REST URL on (https://discord.com/api/v10/...).
var discordHost = mustHost(discordgo.EndpointDiscord)

func mustHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u.Host
}

// apiTransport sends discordgo's REST calls to the configured API base URL: it
// replaces the scheme and host of https://discord.com/api/v<n>/... (keeping the path,
// after the base URL's own path) instead of changing discordgo's package-level
// endpoints, which would affect every session in the process.
type apiTransport struct {
	base    http.RoundTripper
	target  *url.URL
	stopped <-chan struct{}
}

func (t *apiTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	select {
	case <-t.stopped:
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, errStopped
	default:
	}
	if req.URL.Host != discordHost {
		return t.base.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	prefix := strings.TrimSuffix(t.target.Path, "/")
	out.URL.Scheme = t.target.Scheme
	out.URL.Host = t.target.Host
	out.URL.Path = prefix + req.URL.Path
	if req.URL.RawPath != "" {
		out.URL.RawPath = prefix + req.URL.RawPath
	}
	out.Host = ""
	if req.Method == http.MethodGet && strings.HasSuffix(out.URL.Path, "/gateway") {
		return t.gatewayBot(out)
	}
	return t.base.RoundTrip(out)
}

// gatewayBot asks GET /gateway/bot, the bot's own gateway lookup (authenticated, with
// the recommended shard count), for the address discordgo's Open asks of GET
// /gateway. Servers that only know /gateway still get that request.
func (t *apiTransport) gatewayBot(req *http.Request) (*http.Response, error) {
	bot := req.Clone(req.Context())
	bot.URL.Path += "/bot"
	if bot.URL.RawPath != "" {
		bot.URL.RawPath += "/bot"
	}
	resp, err := t.base.RoundTrip(bot)
	if err != nil || resp.StatusCode != http.StatusNotFound {
		return resp, err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	return t.base.RoundTrip(req)
}

// newDialer returns the gateway websocket dialer; it refuses to dial once stopped.
func newDialer(stopped <-chan struct{}) *websocket.Dialer {
	nd := &net.Dialer{Timeout: 20 * time.Second, KeepAlive: 30 * time.Second}
	return &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 20 * time.Second,
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			select {
			case <-stopped:
				return nil, errStopped
			default:
			}
			return nd.DialContext(ctx, network, addr)
		},
	}
}
