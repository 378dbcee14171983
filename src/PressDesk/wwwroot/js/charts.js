// The charts take the page's colours (light or dark, from site.css's custom properties), so they
// keep the contrast of the text around them.
const chartTheme = (function () {
  "use strict";
  const css = getComputedStyle(document.documentElement);
  const color = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  // "#rrggbb" with an opacity, as Chart.js fills take it.
  const faded = (hex, opacity) => /^#[0-9a-f]{6}$/i.test(hex)
    ? hex + Math.round(opacity * 255).toString(16).padStart(2, "0") : hex;
  const theme = {
    text: color("--muted", "#5b6470"), line: color("--line", "#d9dee4"),
    accent: color("--accent", "#1f5fbf"), warn: color("--warn", "#a55d00"), bad: color("--bad", "#b3261e"), ok: color("--ok", "#1e7d45"),
    faded,
  };
  if (window.Chart) {
    window.Chart.defaults.color = theme.text;
    window.Chart.defaults.borderColor = theme.line;
  }
  return theme;
})();

// Draws the statistics chart from the JSON in the canvas's data-chart attribute (Chart.js).
(function () {
  "use strict";
  const canvas = document.getElementById("response-chart");
  if (!canvas || !window.Chart) return;
  const data = JSON.parse(canvas.dataset.chart);
  const d = canvas.dataset;

  new window.Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        { type: "bar", label: d.labelShare, data: data.withinTarget, yAxisID: "share", backgroundColor: chartTheme.faded(chartTheme.ok, 0.3), order: 3 },
        { type: "line", label: d.labelMedian, data: data.median, yAxisID: "minutes", borderColor: chartTheme.accent, backgroundColor: chartTheme.accent, spanGaps: true, order: 1 },
        { type: "line", label: d.labelP90, data: data.p90, yAxisID: "minutes", borderColor: chartTheme.warn, backgroundColor: chartTheme.warn, borderDash: [6, 4], spanGaps: true, order: 2 },
        { type: "line", label: d.labelTarget, data: data.labels.map(() => data.targetMinutes), yAxisID: "minutes", borderColor: chartTheme.bad, borderWidth: 1, pointRadius: 0, order: 0 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        minutes: { type: "linear", position: "left", beginAtZero: true, title: { display: true, text: "min" } },
        share: { type: "linear", position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: "%" } },
      },
    },
  });
})();

// The share of requests that ended quoted, by response-time bucket (data-chart on #quoted-chart).
(function () {
  "use strict";
  const canvas = document.getElementById("quoted-chart");
  if (!canvas || !window.Chart) return;
  const data = JSON.parse(canvas.dataset.chart);
  new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{ label: canvas.dataset.labelShare, data: data.share, backgroundColor: chartTheme.faded(chartTheme.accent, 0.6) }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: "%" } } },
      plugins: { tooltip: { callbacks: { afterLabel: (item) => "n = " + data.requests[item.dataIndex] } } },
    },
  });
})();
