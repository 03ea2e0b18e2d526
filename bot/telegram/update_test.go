package telegram

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/bot"
)

var testMe = identity{id: testBotID, username: testBotName}

func loadUpdate(t *testing.T, name string) tgbotapi.Update {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var u tgbotapi.Update
	if err := json.Unmarshal(b, &u); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return u
}

func TestFromMessage(t *testing.T) {
	const group = "-1001234567890"
	ana := func(chat string, private bool, cmd bot.Command, text string) *bot.Message {
		return &bot.Message{Platform: "telegram", UserID: "2002", UserName: "@ana_miner", ChatID: chat,
			Private: private, Command: cmd, Text: text}
	}
	tests := []struct {
		payload string
		want    *bot.Message // nil: the bot stays silent
	}{
		{"private_question", ana("2002", true, bot.CmdAsk, "Is bitcoin mining banned in Sichuan?")},
		{"private_start", ana("2002", true, bot.CmdHelp, "")},
		{"private_ask", ana("2002", true, bot.CmdAsk, "what is hashprice?")},
		{"private_ask_empty", ana("2002", true, bot.CmdAsk, "")},
		{"private_html", ana("2002", true, bot.CmdAsk, `<b>bold</b> <a href="http://evil.example">click</a> & AT&T @everyone?`)},
		{"private_reindex_user", ana("2002", true, bot.CmdReindex, "")},
		{"private_from_bot", nil},
		{"private_photo", nil},
		{"group_plain", nil},
		{"group_mention", ana(group, false, bot.CmdAsk, "🚀 四川 mining ban?")},
		{"group_mention_other", nil},
		{"group_reply_to_bot", ana(group, false, bot.CmdAsk, "and in Kazakhstan?")},
		{"group_reply_to_user", nil},
		{"group_ask_at_bot", ana(group, false, bot.CmdAsk, "when did China ban mining?")},
		{"group_ask_other_bot", nil},
		{"group_ask_bare", ana(group, false, bot.CmdAsk, "is mining legal in Texas?")},
		{"group_unknown_command", nil},
		{"group_reindex_user", ana(group, false, bot.CmdReindex, "")},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			u := loadUpdate(t, tt.payload)
			got, ok := fromMessage(u.Message, testMe)
			if tt.want == nil {
				if ok {
					t.Fatalf("answered %+v; want silence", got)
				}
				return
			}
			if !ok {
				t.Fatal("silent; want an answer")
			}
			if diff := cmp.Diff(*tt.want, got); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
}

// Messages typed by hand (or sent by a client) without entities still work.
func TestFromMessageWithoutEntities(t *testing.T) {
	private := &tgbotapi.Chat{ID: 5, Type: "private"}
	group := &tgbotapi.Chat{ID: -5, Type: "group"}
	from := &tgbotapi.User{ID: 5, FirstName: "Li", LastName: "Wei"}
	tests := []struct {
		name    string
		chat    *tgbotapi.Chat
		text    string
		wantOK  bool
		wantCmd bot.Command
		want    string
	}{
		{"command", private, "/ask@MineBot_Test_Bot  why   now?", true, bot.CmdAsk, "why now?"},
		{"other bot", group, "/ask@other_bot why?", false, "", ""},
		{"mention mid text", group, "hey @MINEBOT_TEST_BOT, is it legal?", true, bot.CmdAsk, "hey, is it legal?"},
		{"mention last", group, "is it legal @minebot_test_bot ?", true, bot.CmdAsk, "is it legal?"},
		{"mention first", group, "@minebot_test_bot: is it legal?", true, bot.CmdAsk, "is it legal?"},
		{"longer name is not us", group, "@minebot_test_bot2 is it legal?", false, "", ""},
		{"email is not a mention", group, "mail x@minebot_test_bot.com", false, "", ""},
		{"only a mention", group, "@minebot_test_bot", true, bot.CmdAsk, ""},
		{"unknown private command", private, "/foo", true, bot.CmdHelp, ""},
		{"slash in text", private, "/ is a slash", true, bot.CmdAsk, "/ is a slash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fromMessage(&tgbotapi.Message{MessageID: 1, From: from, Chat: tt.chat, Text: tt.text}, testMe)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v (%+v)", ok, tt.wantOK, got)
			}
			if ok && (got.Command != tt.wantCmd || got.Text != tt.want || got.UserName != "Li Wei") {
				t.Errorf("got %q %q %q; want %q %q", got.Command, got.Text, got.UserName, tt.wantCmd, tt.want)
			}
		})
	}
}

func TestUTF16ToByte(t *testing.T) {
	const s = "a🚀四b" // units: a=1, 🚀=2, 四=1, b=1
	tests := []struct{ u, want int }{
		{0, 0}, {1, 1}, {2, -1}, {3, 5}, {4, 8}, {5, 9}, {6, -1}, {-1, -1},
	}
	for _, tt := range tests {
		if got := utf16ToByte(s, tt.u); got != tt.want {
			t.Errorf("utf16ToByte(%q, %d) = %d, want %d", s, tt.u, got, tt.want)
		}
	}
}
