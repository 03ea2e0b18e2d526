package discord

import (
	"regexp"

	"github.com/minebot/minebot/internal/redact"
)

// redacted replaces secrets in logs and errors.
const redacted = "[REDACTED]"

// interactionToken matches the token part of interaction callback and webhook URLs
// (/interactions/{id}/{token}/..., /webhooks/{app id}/{token}...): each lets anyone
// answer in the bot's name for 15 minutes.
var interactionToken = regexp.MustCompile(`(/(?:interactions|webhooks)/\d+/)[A-Za-z0-9_.\-]+`)

// redactor removes the bot token, and interaction tokens inside URLs, from text.
type redactor struct{ *redact.Redactor }

func newRedactor(token string) redactor {
	return redactor{redact.New(redacted, token).Pattern(interactionToken, "${1}"+redacted)}
}

// safeError hides secrets in an error's text and keeps the chain for errors.Is/As.
type safeError struct {
	msg string
	err error
}

func (e *safeError) Error() string { return e.msg }
func (e *safeError) Unwrap() error { return e.err }

// wrap returns err with a context prefix and every secret removed from its text.
func (r redactor) wrap(context string, err error) error {
	if err == nil {
		return nil
	}
	return &safeError{msg: r.String(context + ": " + err.Error()), err: err}
}
