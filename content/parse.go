package content

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Parse validates one article file. path is only used in the problems it reports.
// Every problem found is returned, not just the first.
func Parse(path string, data []byte) (Article, Problems) {
	p := parser{path: path}
	art := p.parse(data)
	return art, p.problems
}

type parser struct {
	path      string
	frontLine int // file line of the front matter's first line
	problems  Problems
}

// lineOf is the file line of a YAML node of the front matter.
func (p *parser) lineOf(n *yaml.Node) int { return p.frontLine + max(n.Line, 1) - 1 }

func (p *parser) addf(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Path: p.path, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) parse(data []byte) Article {
	art := Article{Path: p.path, Lang: "en"}
	if len(data) > MaxFileSize {
		p.addf(1, "file is %d bytes, larger than the 1 MiB limit: split it into several articles", len(data))
		return art
	}
	if !utf8.Valid(data) {
		p.addf(invalidUTF8Line(data), "file is not valid UTF-8 text: save it as UTF-8")
		return art
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	front, frontLine, body, bodyLine, ok := p.split(data)
	if !ok {
		return art
	}
	p.frontMatter(&art, front, frontLine)
	art.Paragraphs = Paragraphs(body, bodyLine)
	if len(art.Paragraphs) == 0 {
		p.addf(bodyLine, "the article has no body text after the front matter")
	}
	return art
}

// split cuts a file into its front matter and body. frontLine and bodyLine are the
// 1-based file lines where each starts.
func (p *parser) split(data []byte) (front []byte, frontLine int, body []byte, bodyLine int, ok bool) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(data) == 0 || !isFence(lines[0]) {
		p.addf(1, "no front matter: the file must start with a line '---', then title, source and published, then '---'")
		return nil, 0, nil, 0, false
	}
	offset := len(lines[0])
	for i := 1; i < len(lines); i++ {
		if isFence(lines[i]) {
			return data[len(lines[0]):offset], 2, data[offset+len(lines[i]):], i + 2, true
		}
		offset += len(lines[i])
	}
	p.addf(1, "front matter never closed: add a line '---' after its last key")
	return nil, 0, nil, 0, false
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r\n")) == "---"
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (p *parser) frontMatter(art *Article, front []byte, firstLine int) {
	p.frontLine = firstLine
	var doc yaml.Node
	if err := yaml.Unmarshal(front, &doc); err != nil {
		line, msg := firstLine, err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line, msg = firstLine+n-1, m[2]
		}
		p.addf(line, "invalid YAML in the front matter: %s", strings.TrimPrefix(msg, "yaml: "))
		return
	}
	fields := map[string]*yaml.Node{}
	if len(doc.Content) > 0 {
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			p.addf(p.lineOf(root), "the front matter must be 'key: value' lines")
			return
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			k := root.Content[i]
			if fields[k.Value] != nil {
				p.addf(p.lineOf(k), "key %q appears twice in the front matter: keep one", k.Value)
				continue
			}
			fields[k.Value] = root.Content[i+1]
		}
	}
	for _, key := range []string{"title", "source", "published"} {
		if fields[key] == nil {
			p.addf(firstLine, "missing required key %q", key)
		}
	}
	if n := fields["title"]; n != nil {
		art.Title = p.text(n, "title", p.lineOf(n), true)
	}
	if n := fields["source"]; n != nil {
		art.Source, art.sourceLine = p.sourceURL(n, p.lineOf(n)), p.lineOf(n)
	}
	if n := fields["published"]; n != nil {
		art.Published = p.date(n, p.lineOf(n))
	}
	if n := fields["publisher"]; n != nil {
		art.Publisher = p.text(n, "publisher", p.lineOf(n), false)
	}
	if n := fields["summary"]; n != nil {
		art.Summary = p.text(n, "summary", p.lineOf(n), false)
	}
	if n := fields["regions"]; n != nil {
		art.Regions = p.list(n, "regions", p.lineOf(n))
	}
	if n := fields["tags"]; n != nil {
		art.Tags = p.list(n, "tags", p.lineOf(n))
	}
	if n := fields["lang"]; n != nil {
		switch v := p.text(n, "lang", p.lineOf(n), true); v {
		case "en", "zh":
			art.Lang = v
		case "":
		default:
			p.addf(p.lineOf(n), "lang must be en or zh, not %q", v)
		}
	}
}

// text reads a string value. Numbers and booleans written without quotes are
// accepted as their text: a title "1984" is still a title.
func (p *parser) text(n *yaml.Node, key string, line int, required bool) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		if n.Kind == yaml.ScalarNode && !required {
			return ""
		}
		p.addf(line, "%s must be a single line of text", key)
		return ""
	}
	v := strings.TrimSpace(n.Value)
	if v == "" && required {
		p.addf(line, "%s is empty", key)
	}
	return v
}

func (p *parser) sourceURL(n *yaml.Node, line int) string {
	v := p.text(n, "source", line, true)
	if v == "" {
		return ""
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		p.addf(line, "source must be an absolute http(s) URL such as https://example.com/story, not %q", v)
		return ""
	}
	return v
}

var datePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func (p *parser) date(n *yaml.Node, line int) time.Time {
	v := strings.TrimSpace(n.Value)
	if n.Kind != yaml.ScalarNode || !datePattern.MatchString(v) {
		p.addf(line, "published must be a date written YYYY-MM-DD, e.g. 2021-06-18, not %q", nodeText(n))
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		p.addf(line, "published %q is not a real date", v)
		return time.Time{}
	}
	return t
}

func (p *parser) list(n *yaml.Node, key string, line int) []string {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.addf(line, "%s must be a list, e.g. %s: [Sichuan, China]", key, key)
		return nil
	}
	var out []string
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || strings.TrimSpace(item.Value) == "" {
			p.addf(p.lineOf(item), "each item of %s must be a non-empty name", key)
			continue
		}
		out = append(out, strings.TrimSpace(item.Value))
	}
	return out
}

func nodeText(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return "a " + map[yaml.Kind]string{yaml.SequenceNode: "list", yaml.MappingNode: "mapping"}[n.Kind]
}
