package main

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/minebot/minebot/bot"
)

// serveMetrics are serve's Prometheus metrics, on a registry of their own. They hear
// the core through bot.Observer, so only this file imports Prometheus.
type serveMetrics struct {
	registry *prometheus.Registry

	questions       *prometheus.CounterVec
	answerLatency   *prometheus.HistogramVec
	reindexes       *prometheus.CounterVec
	reindexDuration prometheus.Histogram
	articles        prometheus.Gauge
	passages        prometheus.Gauge
	generation      prometheus.Gauge
	adapterErrors   *prometheus.CounterVec
}

var _ bot.Observer = (*serveMetrics)(nil)

func newServeMetrics() *serveMetrics {
	m := &serveMetrics{
		registry: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "minebot_questions_total",
			Help: "Messages handled, by platform, command and outcome (answered, abstained, refused, rate_limited, error).",
		}, []string{"platform", "command", "outcome"}),
		answerLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "minebot_answer_duration_seconds",
			Help:    "Time to answer a question (rate-limited ones excluded), by platform.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"platform"}),
		reindexes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "minebot_reindex_total",
			Help: "Rebuilds of the index, by result (ok, failed).",
		}, []string{"result"}),
		reindexDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "minebot_reindex_duration_seconds",
			Help:    "Time one rebuild of the index took.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}),
		articles:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "minebot_articles_indexed", Help: "Articles in the serving index."}),
		passages:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "minebot_passages_indexed", Help: "Passages in the serving index."}),
		generation: prometheus.NewGauge(prometheus.GaugeOpts{Name: "minebot_index_generation", Help: "Generation number of the serving index."}),
		adapterErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "minebot_adapter_errors_total",
			Help: "Warnings and errors of the chat adapters, by platform and level.",
		}, []string{"platform", "level"}),
	}
	m.registry.MustRegister(m.questions, m.answerLatency, m.reindexes, m.reindexDuration,
		m.articles, m.passages, m.generation, m.adapterErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// the failed result exists from the start, so that alerts on it see a zero
	m.reindexes.WithLabelValues("failed")
	return m
}

// Handled counts one message.
func (m *serveMetrics) Handled(platform string, cmd bot.Command, outcome bot.Outcome, latency time.Duration) {
	m.questions.WithLabelValues(platform, string(cmd), string(outcome)).Inc()
	if cmd == bot.CmdAsk && outcome != bot.OutcomeRateLimited {
		m.answerLatency.WithLabelValues(platform).Observe(latency.Seconds())
	}
}

// Reindexed counts one rebuild and, when it succeeded, what now serves.
func (m *serveMetrics) Reindexed(r bot.ReindexReport) {
	if !r.OK() {
		m.reindexes.WithLabelValues("failed").Inc()
		return
	}
	m.reindexes.WithLabelValues("ok").Inc()
	m.reindexDuration.Observe(r.Duration.Seconds())
	m.serving(r.After.Articles, r.After.Passages, r.After.Generation)
}

// serving sets the gauges of the serving index.
func (m *serveMetrics) serving(articles, passages, generation int) {
	m.articles.Set(float64(articles))
	m.passages.Set(float64(passages))
	m.generation.Set(float64(generation))
}

// adapterError counts one warning or error an adapter logged.
func (m *serveMetrics) adapterError(platform string, level slog.Level) {
	m.adapterErrors.WithLabelValues(platform, strings.ToLower(level.String())).Inc()
}

func (m *serveMetrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
