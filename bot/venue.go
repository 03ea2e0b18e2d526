package bot

import (
	"regexp"
	"slices"
	"strings"
)

// A where-question often asks for no place on a map but for the venue where something
// was said, filed or traded: "where did Peter Todd file his proposal?" — on GitHub;
// "on which exchange did the attacker sell?" — on Binance.

// venueNouns name the kind of venue a "which …" question asks for.
var venueNouns = map[string]bool{"forum": true, "exchange": true, "platform": true, "website": true,
	"site": true, "blockchain": true, "app": true, "store": true, "channel": true, "blog": true,
	"conference": true, "marketplace": true, "list": true, "newsletter": true, "podcast": true,
	"network": true, "service": true, "repository": true, "outlet": true, "publication": true}

// venueVerbs say something was said, published or traded somewhere.
var venueVerbs = map[string]bool{"post": true, "posted": true, "publish": true, "published": true,
	"announce": true, "announced": true, "file": true, "filed": true, "write": true, "wrote": true,
	"describe": true, "described": true, "discuss": true, "discussed": true, "track": true, "tracked": true,
	"propose": true, "proposed": true, "tweet": true, "tweeted": true, "livestream": true, "livestreamed": true,
	"report": true, "reported": true, "play": true, "played": true, "trade": true, "traded": true,
	"list": true, "listed": true, "deposit": true, "deposited": true, "rent": true, "rented": true,
	"share": true, "shared": true, "appear": true, "appeared": true, "air": true, "aired": true}

// mapNouns ask for a place on a map, beside placeNouns.
var mapNouns = map[string]bool{"village": true, "port": true, "ports": true, "court": true, "street": true,
	"island": true, "capital": true, "airport": true, "continent": true}

// asksVenue reports an English where-question that asks for a venue rather than a place.
func asksVenue(q *question) bool {
	if q.kind != KindWhere || q.lang != "en" {
		return false
	}
	venue := false
	for i, w := range q.toks {
		if placeNouns[w] || mapNouns[w] {
			return false
		}
		if venueVerbs[w] || venueNouns[w] && i > 0 && (q.toks[i-1] == "which" || q.toks[i-1] == "what") {
			venue = true
		}
	}
	return venue
}

// venueKinds end a lower-case phrase that names a venue: "the bitcoin-dev mailing list".
var venueKinds = []string{"mailing list", "forum", "blog", "website", "channel", "app", "exchange", "platform",
	"podcast", "newsletter", "conference"}

// venueRE finds a named venue after the word that places something on it: "on
// GitHub", "at Binance", "via the Bitcointalk forum", "to the bitcoin-dev mailing list".
var venueRE = regexp.MustCompile(`\b(?:on|at|via|through|to|in)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[A-Z][\w.&'’-]*|[a-z]+-[a-z]+)(?:\s+[A-Z][\w.&'’-]*)*(?:\s+(?:` +
	strings.Join(venueKinds, "|") + `))?)`)

// venueIn is the first venue a sentence names that is no place of the gazetteer and no
// name the question gives itself, or "".
func venueIn(s *sentence, q *question) string {
	if s.han {
		return ""
	}
	for _, m := range venueRE.FindAllStringSubmatch(s.text, -1) {
		v := strings.TrimRight(m[1], ".,;:")
		first := strings.ToLower(strings.Fields(v)[0])
		if months[first] > 0 || timeOfDayWords[first] || first == "the" || len(v) < 2 || strings.HasSuffix(v, "'s") || strings.HasSuffix(v, "’s") {
			continue
		}
		if q.gz != nil && (len(q.gz.lookup(v)) > 0 || len(placeAtEnd(q.gz, v)) > 0) {
			continue // a place: the place logic answers it
		}
		if !strings.ContainsAny(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && !slices.ContainsFunc(venueKinds, func(k string) bool { return strings.HasSuffix(v, k) }) {
			continue // "in long-term storage": no name
		}
		if slices.ContainsFunc(words(v), func(w string) bool { return slices.Contains(q.toks, w) && !venueNouns[w] }) {
			continue // a name the question gives, not the venue it asks for
		}
		return v
	}
	return ""
}
