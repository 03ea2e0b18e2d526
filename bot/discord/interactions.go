package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the signed HTTP interactions endpoint.
const (
	maxInteractionBody = 64 << 10        // interactions are a few KiB
	signatureMaxAge    = 5 * time.Minute // a replayed request older than this is refused
)

// serveInteractions is POST /discord/interactions: Discord's outgoing webhook for
// interactions, signed with the application's Ed25519 key.
func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read the request body", http.StatusBadRequest)
		return
	}
	if !a.verifySignature(r.Header, body) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	switch i.Type {
	case discordgo.InteractionPing:
		writeJSON(w, interactionCallback{Type: callbackPong})
	case discordgo.InteractionApplicationCommand:
		a.serveCommand(w, &i)
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

// serveCommand answers a slash command with a deferred response in the HTTP reply,
// then edits the answer in through the REST webhook route.
func (a *Adapter) serveCommand(w http.ResponseWriter, i *discordgo.Interaction) {
	m, ephemeral, known := commandMessage(i)
	if !known {
		writeJSON(w, interactionCallback{Type: callbackMessage, Data: &messagePayload{
			Content: escapeMarkdown("I don't know that command. Try /ask."), Flags: flagEphemeral, AllowedMentions: noMentions(),
		}})
		return
	}
	run, ok := a.begin()
	if !ok {
		http.Error(w, "the Discord adapter is not running", http.StatusServiceUnavailable)
		return
	}
	writeJSON(w, deferredCallback(ephemeral))
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	go func() {
		defer a.work.Done()
		a.answerInteraction(run, i, m, ephemeral)
	}()
}

// verifySignature checks X-Signature-Ed25519 over X-Signature-Timestamp + body, and
// that the timestamp is recent.
func (a *Adapter) verifySignature(h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize || len(a.publicKey) != ed25519.PublicKeySize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	age := a.now().Sub(time.Unix(secs, 0))
	if age > signatureMaxAge || age < -signatureMaxAge {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(a.publicKey, msg, sig)
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
