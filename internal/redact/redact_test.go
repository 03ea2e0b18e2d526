package redact

import (
	"bytes"
	"errors"
	"log/slog"
	"regexp"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	r := New("[x]", "s3cret/ab c", "", "s3cret").Pattern(regexp.MustCompile(`(/hooks/\d+/)\w+`), "${1}[x]")
	tests := []struct{ in, want string }{
		{"nothing here", "nothing here"},
		{"raw s3cret/ab c and s3cret", "raw [x] and [x]"},
		{"path s3cret%2Fab%20c query s3cret%2Fab+c", "path [x] query [x]"},
		{"url /hooks/42/tok3n/messages", "url /hooks/42/[x]/messages"},
	}
	for _, tt := range tests {
		if got := r.String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := (*Redactor)(nil).String("s3cret"); got != "s3cret" {
		t.Errorf("a nil redactor changed the text: %q", got)
	}
}

func TestHandler(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(Handler(slog.NewJSONHandler(&buf, nil), New("[x]", "tok")))
	log.With("who", "Bot tok").WithGroup("g").Info("message with tok",
		"err", errors.New("401: Bot tok"), slog.Group("nested", "deep", "xtokx"), "n", 3)
	out := buf.String()
	if strings.Contains(out, "tok") {
		t.Errorf("the secret survived: %s", out)
	}
	for _, want := range []string{`"msg":"message with [x]"`, `"n":3`, `"err":"401: Bot [x]"`, `"deep":"x[x]x"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s: %s", want, out)
		}
	}
}
