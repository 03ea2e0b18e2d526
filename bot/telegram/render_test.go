package telegram

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/bot"
)

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`<b>x</b> & "q" 'a'`, `&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; 'a'`},
		{"&amp; stays literal", "&amp;amp; stays literal"},
		{"ping @everyone and @here_now", "ping @\u2060everyone and @\u2060here_now"},
		{"mail a@b.example, lone @ sign, @_x", "mail a@\u2060b.example, lone @ sign, @\u2060_x"},
		{"emoji 🚀 and 四川", "emoji 🚀 and 四川"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRenderReply(t *testing.T) {
	tests := []struct {
		name        string
		reply       bot.Reply
		want        []string
		wantPreview bool
	}{
		{
			name:  "silent",
			reply: bot.Reply{Silent: true, Text: "ignored"},
		},
		{
			name:  "notice escaped",
			reply: bot.Reply{Text: "Use /ask <question>.\n\nAdmins: /reindex & wait."},
			want:  []string{"Use /ask &lt;question&gt;.\n\nAdmins: /reindex &amp; wait."},
		},
		{
			name: "answer with one source",
			reply: bot.Reply{Answer: &bot.Answer{
				Text: "Yes: Sichuan ordered miners to stop in June 2021 [1].",
				Citations: []bot.Citation{{N: 1, Title: "Sichuan <orders> miners out", URL: "https://example.com/a?x=1&y=2",
					Publisher: "Example & Co", Published: "2021-06-20"}},
			}},
			want: []string{"Yes: Sichuan ordered miners to stop in June 2021 [1].\n\n<b>Sources</b>\n" +
				`[1] <a href="https://example.com/a?x=1&amp;y=2">Sichuan &lt;orders&gt; miners out</a> — Example &amp; Co, 2021-06-20`},
			wantPreview: true,
		},
		{
			name: "answer with two sources, one not linkable, in Chinese",
			reply: bot.Reply{Answer: &bot.Answer{
				Lang: "zh",
				Text: "是的 [1][2]。",
				Citations: []bot.Citation{
					{N: 1, Title: "四川", URL: "https://example.cn/1", Published: "2021-06-18"},
					{N: 2, Title: "Note", URL: "javascript:alert(1)", Publisher: "X"},
				},
			}},
			want: []string{"是的 [1][2]。\n\n<b>来源</b>\n" +
				`[1] <a href="https://example.cn/1">四川</a> — 2021-06-18` + "\n[2] Note — X"},
		},
		{
			name:  "abstention without sources",
			reply: bot.Reply{Answer: &bot.Answer{Abstained: true, Text: "I found nothing on that in my sources."}},
			want:  []string{"I found nothing on that in my sources."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, preview := renderReply(tt.reply)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parts (-want +got):\n%s", diff)
			}
			if preview != tt.wantPreview {
				t.Errorf("preview = %v, want %v", preview, tt.wantPreview)
			}
			for _, p := range got {
				if _, err := parseTelegramHTML(p); err != nil {
					t.Errorf("Telegram would reject %q: %v", p, err)
				}
			}
		})
	}
}

// longText builds paragraphs mixing English, Chinese, emoji and markup characters.
func longText(paragraphs, sentences int) string {
	var b strings.Builder
	for i := range paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for j := range sentences {
			switch j % 4 {
			case 0:
				b.WriteString("Hashprice fell after the halving 🚀⛏️ and miners <sold> reserves & cut costs [1]. ")
			case 1:
				b.WriteString("四川的水电在丰水期很便宜，矿工每年夏天都会迁移过去。")
			case 2:
				b.WriteString("Families 👨‍👩‍👧‍👦 of rigs moved to Texas, Kazakhstan and Ethiopia [2]. ")
			default:
				b.WriteString("Is it banned? Partly: rules differ by province! ")
			}
		}
	}
	return b.String()
}

func TestSplitLongAnswer(t *testing.T) {
	// Paragraphs that fit a message, then one that needs three.
	text := longText(10, 12) + "\n\n" + longText(1, 150)
	var cites []bot.Citation
	for n := 1; n <= 12; n++ {
		cites = append(cites, bot.Citation{N: n, Title: strings.Repeat("Long title 🚀 ", 30), URL: "https://example.com/" + strings.Repeat("x", 100),
			Publisher: "Publisher", Published: "2024-04-20"})
	}
	parts, preview := renderReply(bot.Reply{Answer: &bot.Answer{Text: text, Citations: cites}})
	if preview {
		t.Error("preview on with several sources")
	}
	if len(parts) < 3 {
		t.Fatalf("got %d parts; the text should need at least 3", len(parts))
	}
	var visible []string
	links := 0
	for i, p := range parts {
		if n := len(utf16.Encode([]rune(p))); n > maxMessageUTF16 {
			t.Errorf("part %d is %d UTF-16 units", i, n)
		}
		doc, err := parseTelegramHTML(p)
		if err != nil {
			t.Fatalf("part %d: Telegram would reject it: %v\n%s", i, err, p)
		}
		links += len(doc.hrefs)
		visible = append(visible, doc.text)
		if strings.HasPrefix(doc.text, "\u200d") || strings.HasPrefix(doc.text, "\ufe0f") {
			t.Errorf("part %d starts inside an emoji sequence", i)
		}
	}
	if links != len(cites) {
		t.Errorf("%d links across the parts, want %d", links, len(cites))
	}
	// Nothing is lost or reordered: the visible text, whitespace aside, is the answer
	// followed by the sources.
	joined := squash(strings.Join(visible, " "))
	if !strings.HasPrefix(joined, squash(text)) {
		t.Error("the answer text did not survive the split intact")
	}
	// Text parts end at sentence ends.
	for i, v := range visible[:len(visible)-1] {
		v = strings.TrimSpace(v)
		if strings.Contains(v, "Sources") {
			break
		}
		if !strings.HasSuffix(v, "]") && !strings.HasSuffix(v, "。") && !strings.HasSuffix(v, "!") {
			t.Errorf("part %d ends mid-sentence: …%q", i, v[max(0, len(v)-30):])
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestSplitPlain(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "One. Two.", 20, []string{"One. Two."}},
		{"sentences", "One two. Three four. Five.", 12, []string{"One two.", "Three four.", "Five."}},
		{"a sentence end before a later space", "One two. Three four five.", 20, []string{"One two.", "Three four five."}},
		{"markers stay with their sentence", "Banned in 2021. [1] Allowed again [2]. Done.", 24,
			[]string{"Banned in 2021. [1]", "Allowed again [2]. Done."}},
		{"words when a sentence is too long", "alpha beta gamma delta", 11, []string{"alpha beta", "gamma delta"}},
		{"Chinese full stops", "四川很便宜。新疆很冷。", 6, []string{"四川很便宜。", "新疆很冷。"}},
		{"escaping counts", "a<b c", 6, []string{"a<b", "c"}},
		{"one long word", "abcdefgh", 3, []string{"abc", "def", "gh"}},
		{"emoji are two units and kept whole", "🚀🚀🚀", 4, []string{"🚀🚀", "🚀"}},
		{"zero width joiner sequence kept whole", "ab👨‍👩‍👧", 8, []string{"ab", "👨‍👩‍👧"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitPlain(tt.in, tt.limit)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitPlain(%q, %d) (-want +got):\n%s", tt.in, tt.limit, diff)
			}
		})
	}
}

func TestInlineAnswerKeepsSources(t *testing.T) {
	a := &bot.Answer{Text: longText(10, 12), Citations: []bot.Citation{
		{N: 1, Title: "First", URL: "https://example.com/1", Published: "2024-01-01"},
		{N: 2, Title: "Second", URL: "https://example.com/2", Published: "2024-02-01"},
	}}
	got := inlineAnswerHTML(a)
	if n := utf16Len(got); n > maxMessageUTF16 || n < maxMessageUTF16-300 {
		t.Errorf("inline answer is %d units; want close to, not over, %d", n, maxMessageUTF16)
	}
	doc, err := parseTelegramHTML(got)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.hrefs) != 2 || !strings.Contains(doc.text, " …\n\nSources") {
		t.Errorf("want the shortened text, an ellipsis and both sources; got …%q", doc.text[len(doc.text)-200:])
	}
}
