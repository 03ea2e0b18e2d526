package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/bot"
)

// envMap is a fake environment.
func envMap(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParseAdmins(t *testing.T) {
	tests := []struct {
		in      string
		want    []bot.UserRef
		wantErr string
	}{
		{"", nil, ""},
		{"telegram:123", []bot.UserRef{{Platform: "telegram", ID: "123"}}, ""},
		{" telegram:1, discord:80351110224678912 ,,", []bot.UserRef{{Platform: "telegram", ID: "1"}, {Platform: "discord", ID: "80351110224678912"}}, ""},
		{"Telegram:5", []bot.UserRef{{Platform: "telegram", ID: "5"}}, ""},
		{"slack:1", nil, `"slack:1"`},
		{"telegram:", nil, `"telegram:"`},
		{"telegram:@alice,discord:7", nil, `"telegram:@alice"`},
		{"42", nil, `"42"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseAdmins(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "telegram:<numeric user id>") {
					t.Errorf("error = %v; want one naming %s and the right form", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("admins (-want +got):\n%s", diff)
			}
		})
	}
}

func TestServeConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, filepath.Join(dir, "minebot.yaml"), `
MINEBOT_HTTP_ADDR: 127.0.0.1:9090
MINEBOT_INDEX: /from/file
MINEBOT_ADMINS: [telegram:1, discord:2]
DISCORD_SHARD_COUNT: 2
TELEGRAM_TOKEN: "123:from-file"
`)
	t.Run("file fills what the environment leaves unset", func(t *testing.T) {
		cfg, err := loadServeConfig(envMap(nil), file)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.HTTPAddr != "127.0.0.1:9090" || cfg.Index != "/from/file" || cfg.DiscordShardCount != 2 || cfg.TelegramToken != "123:from-file" {
			t.Errorf("cfg = %+v", cfg)
		}
		want := []bot.UserRef{{Platform: "telegram", ID: "1"}, {Platform: "discord", ID: "2"}}
		if diff := cmp.Diff(want, cfg.Admins); diff != "" {
			t.Errorf("admins (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"123:from-file"}, cfg.Secrets); diff != "" {
			t.Errorf("secrets (-want +got):\n%s", diff)
		}
	})
	t.Run("environment wins", func(t *testing.T) {
		cfg, err := loadServeConfig(envMap(map[string]string{"MINEBOT_HTTP_ADDR": "127.0.0.1:7070", "MINEBOT_ADMINS": "discord:9"}), file)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.HTTPAddr != "127.0.0.1:7070" || cfg.Index != "/from/file" {
			t.Errorf("addr %q index %q; want the env's address and the file's index", cfg.HTTPAddr, cfg.Index)
		}
		if diff := cmp.Diff([]bot.UserRef{{Platform: "discord", ID: "9"}}, cfg.Admins); diff != "" {
			t.Errorf("admins (-want +got):\n%s", diff)
		}
	})
	t.Run("defaults", func(t *testing.T) {
		cfg, err := loadServeConfig(envMap(nil), "")
		if err != nil {
			t.Fatal(err)
		}
		if cfg.HTTPAddr != defaultHTTPAddr || cfg.Watch || cfg.Content != "" || cfg.Index != "" || cfg.Admins != nil {
			t.Errorf("cfg = %+v", cfg)
		}
		cfg, err = loadServeConfig(envMap(map[string]string{"MINEBOT_CONTENT": dir}), "")
		if err != nil || !cfg.Watch {
			t.Errorf("with MINEBOT_CONTENT: watch %v, err %v; want watching", cfg.Watch, err)
		}
	})
}

func TestServeConfigErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		env  map[string]string
		file string // config file text, if any
		want string
	}{
		{"webhook without secret", map[string]string{"TELEGRAM_WEBHOOK_URL": "https://bot.example.com/telegram/webhook"}, "",
			"TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not"},
		{"bad admins", map[string]string{"MINEBOT_ADMINS": "telegram:1,alice"}, "", `MINEBOT_ADMINS: "alice"`},
		{"bad watch", map[string]string{"MINEBOT_CONTENT": dir, "MINEBOT_WATCH": "sometimes"}, "", `MINEBOT_WATCH "sometimes"`},
		{"watch without content", map[string]string{"MINEBOT_WATCH": "true"}, "", "MINEBOT_CONTENT is not set"},
		{"missing content", map[string]string{"MINEBOT_CONTENT": filepath.Join(dir, "nope")}, "", "does not exist"},
		{"bad address", map[string]string{"MINEBOT_HTTP_ADDR": "8080"}, "", "not a host:port"},
		{"bad shard", map[string]string{"DISCORD_SHARD_ID": "2", "DISCORD_SHARD_COUNT": "2"}, "", "must be less than"},
		{"unknown key in file", nil, "MINEBOT_HTTP_ADR: 1.2.3.4:5\n", "unknown setting MINEBOT_HTTP_ADR"},
		{"not a mapping", nil, "- a\n- b\n", "not a YAML mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeFile(t, filepath.Join(t.TempDir(), "c.yaml"), tt.file)
			}
			_, err := loadServeConfig(envMap(tt.env), path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v; want one containing %q", err, tt.want)
			}
		})
	}
}

// TestServeUsageErrors runs the command: bad settings end with one clear message and
// exit status 2, before anything starts.
func TestServeUsageErrors(t *testing.T) {
	cfgFile := writeFile(t, filepath.Join(t.TempDir(), "c.yaml"), "TELEGRAM_WEBHOOK_URL: https://bot.example.com/hook\nTELEGRAM_TOKEN: 123:SECRETTOKEN\n")
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
		code int
	}{
		{"webhook without secret, from MINEBOT_CONFIG", []string{"serve"}, map[string]string{"MINEBOT_CONFIG": cfgFile},
			"TELEGRAM_WEBHOOK_SECRET is not", 2},
		{"webhook without secret, from --config", []string{"serve", "--config", cfgFile}, nil, "TELEGRAM_WEBHOOK_SECRET is not", 2},
		{"bad admins", []string{"serve"}, map[string]string{"MINEBOT_ADMINS": "root"}, `MINEBOT_ADMINS: "root"`, 2},
		{"stray argument", []string{"serve", "now"}, nil, `unexpected argument "now"`, 2},
		{"missing config file", []string{"serve", "--config", "/nonexistent/minebot.yaml"}, nil, "read config file", 2},
		{"bad token", []string{"serve"}, map[string]string{"TELEGRAM_TOKEN": "has space", "MINEBOT_HTTP_ADDR": "127.0.0.1:0"}, "telegram:", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			m := &Main{Stdout: &stdout, Stderr: &stderr, Getenv: envMap(tt.env)}
			code := m.Run(context.Background(), tt.args)
			if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), tt.code, tt.want)
			}
			if strings.Contains(stderr.String(), "SECRETTOKEN") {
				t.Errorf("a token reached stderr: %q", stderr.String())
			}
		})
	}
	t.Run("help", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		m := &Main{Stdout: &stdout, Stderr: &stderr, Getenv: envMap(nil)}
		if code := m.Run(context.Background(), []string{"serve", "--help"}); code != 0 {
			t.Errorf("exit %d", code)
		}
		for _, want := range []string{"Usage: minebot serve [--config FILE]", "MINEBOT_ADMINS", "SIGHUP"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("help lacks %q", want)
			}
		}
	})
}
