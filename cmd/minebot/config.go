package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/minebot/minebot/bot"
)

// serveKeys are the settings serve reads, from the environment or a config file.
var serveKeys = []string{
	"MINEBOT_CONTENT", "MINEBOT_INDEX", "MINEBOT_WATCH", "MINEBOT_HTTP_ADDR", "MINEBOT_ADMINS",
	"TELEGRAM_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET",
	"DISCORD_TOKEN", "DISCORD_API_URL", "DISCORD_GUILD_ID", "DISCORD_PUBLIC_KEY",
	"DISCORD_SHARD_ID", "DISCORD_SHARD_COUNT",
}

// secretKeys are the settings whose values must never be logged or shown.
var secretKeys = []string{"TELEGRAM_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_TOKEN"}

const defaultHTTPAddr = "127.0.0.1:8080"

// serveConfig is serve's checked configuration.
type serveConfig struct {
	Content  string // "" = the embedded corpus
	Index    string // "" = in memory
	Watch    bool
	HTTPAddr string
	Admins   []bot.UserRef

	TelegramToken, TelegramAPIURL, TelegramWebhookURL, TelegramWebhookSecret string

	DiscordToken, DiscordAPIURL, DiscordGuildID, DiscordPublicKey string
	DiscordShardID, DiscordShardCount                             int

	// Secrets are the secret values set, for the log redactor.
	Secrets []string
}

// configError is a configuration mistake: serve exits with status 2.
type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }

func configErrorf(format string, args ...any) error {
	return &configError{msg: fmt.Sprintf(format, args...)}
}

// loadServeConfig reads the settings: each key from the environment when set there,
// else from the config file (path "" = none), else its default.
func loadServeConfig(getenv func(string) string, path string) (serveConfig, error) {
	file := map[string]string{}
	if path != "" {
		var err error
		if file, err = readConfigFile(path); err != nil {
			return serveConfig{}, err
		}
	}
	get := func(key string) string {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			return v
		}
		return file[key]
	}
	return checkServeConfig(get)
}

// readConfigFile reads a YAML mapping of the same keys as the environment.
func readConfigFile(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, configErrorf("read config file %s: %v", path, plainPathError(err))
	}
	var raw map[string]yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, configErrorf("config file %s is not a YAML mapping of settings: %v", path, err)
	}
	known := map[string]bool{}
	for _, k := range serveKeys {
		known[k] = true
	}
	out := map[string]string{}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		node := raw[k]
		if !known[k] {
			return nil, configErrorf("config file %s:%d: unknown setting %s (known: %s)", path, node.Line, k, strings.Join(serveKeys, ", "))
		}
		v, err := nodeValue(&node)
		if err != nil {
			return nil, configErrorf("config file %s:%d: %s: %v", path, node.Line, k, err)
		}
		out[k] = v
	}
	return out, nil
}

// nodeValue is a setting's value as the environment would hold it: a scalar, or a
// list of scalars joined by commas (handy for MINEBOT_ADMINS).
func nodeValue(n *yaml.Node) (string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "", nil
		}
		return strings.TrimSpace(n.Value), nil
	case yaml.SequenceNode:
		var items []string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return "", errors.New("a list may hold only plain values")
			}
			items = append(items, strings.TrimSpace(c.Value))
		}
		return strings.Join(items, ","), nil
	}
	return "", errors.New("want a plain value or a list")
}

func plainPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkServeConfig turns raw settings into a serveConfig, or says clearly what is wrong.
func checkServeConfig(get func(string) string) (serveConfig, error) {
	c := serveConfig{
		Content: get("MINEBOT_CONTENT"), Index: get("MINEBOT_INDEX"), HTTPAddr: get("MINEBOT_HTTP_ADDR"),
		TelegramToken: get("TELEGRAM_TOKEN"), TelegramAPIURL: get("TELEGRAM_API_URL"),
		TelegramWebhookURL: get("TELEGRAM_WEBHOOK_URL"), TelegramWebhookSecret: get("TELEGRAM_WEBHOOK_SECRET"),
		DiscordToken: get("DISCORD_TOKEN"), DiscordAPIURL: get("DISCORD_API_URL"),
		DiscordGuildID: get("DISCORD_GUILD_ID"), DiscordPublicKey: get("DISCORD_PUBLIC_KEY"),
	}
	for _, k := range secretKeys {
		if v := get(k); v != "" {
			c.Secrets = append(c.Secrets, v)
		}
	}
	var errs []error
	if c.HTTPAddr == "" {
		c.HTTPAddr = defaultHTTPAddr
	} else if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		errs = append(errs, configErrorf("MINEBOT_HTTP_ADDR %q is not a host:port address, e.g. 127.0.0.1:8080", c.HTTPAddr))
	}
	if c.Content != "" {
		if info, err := os.Stat(c.Content); err != nil || !info.IsDir() {
			errs = append(errs, configErrorf("MINEBOT_CONTENT %s does not exist or is not a folder", c.Content))
		}
	}
	c.Watch = c.Content != ""
	if w := get("MINEBOT_WATCH"); w != "" {
		v, err := strconv.ParseBool(w)
		switch {
		case err != nil:
			errs = append(errs, configErrorf("MINEBOT_WATCH %q is not true or false", w))
		case v && c.Content == "":
			errs = append(errs, configErrorf("MINEBOT_WATCH is true but MINEBOT_CONTENT is not set: there is no folder to watch"))
		default:
			c.Watch = v
		}
	}
	admins, err := parseAdmins(get("MINEBOT_ADMINS"))
	errs = append(errs, err)
	c.Admins = admins
	if c.TelegramWebhookURL != "" && c.TelegramWebhookSecret == "" {
		errs = append(errs, configErrorf("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: "+
			"set a secret of 1-256 letters, digits, _ or - so that only Telegram can call the webhook"))
	}
	errs = append(errs, c.parseShards(get))
	if err := errors.Join(errs...); err != nil {
		return c, &configError{msg: err.Error()}
	}
	return c, nil
}

func (c *serveConfig) parseShards(get func(string) string) error {
	var errs []error
	num := func(key string) int {
		v := get(key)
		if v == "" {
			return 0
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			errs = append(errs, configErrorf("%s %q is not a whole number of 0 or more", key, v))
		}
		return n
	}
	c.DiscordShardID, c.DiscordShardCount = num("DISCORD_SHARD_ID"), num("DISCORD_SHARD_COUNT")
	if len(errs) == 0 && c.DiscordShardID > 0 && c.DiscordShardID >= c.DiscordShardCount {
		errs = append(errs, configErrorf("DISCORD_SHARD_ID %d must be less than DISCORD_SHARD_COUNT (%d)", c.DiscordShardID, c.DiscordShardCount))
	}
	return errors.Join(errs...)
}

var userIDPattern = regexp.MustCompile(`^[0-9]{1,20}$`)

// parseAdmins reads "telegram:123, discord:456"; empty entries are skipped.
func parseAdmins(s string) ([]bot.UserRef, error) {
	var (
		admins []bot.UserRef
		bad    []string
	)
	for _, entry := range strings.Split(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		platform, id, ok := strings.Cut(entry, ":")
		platform, id = strings.ToLower(strings.TrimSpace(platform)), strings.TrimSpace(id)
		if !ok || (platform != "telegram" && platform != "discord") || !userIDPattern.MatchString(id) {
			bad = append(bad, strconv.Quote(entry))
			continue
		}
		admins = append(admins, bot.UserRef{Platform: platform, ID: id})
	}
	if bad != nil {
		return nil, configErrorf("MINEBOT_ADMINS: %s: each entry must be telegram:<numeric user id> or discord:<numeric user id>, separated by commas",
			strings.Join(bad, ", "))
	}
	return admins, nil
}
