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
        { type: "bar", label: d.labelShare, data: data.withinTarget, yAxisID: "share", backgroundColor: "rgba(30,125,69,.25)", order: 3 },
        { type: "line", label: d.labelMedian, data: data.median, yAxisID: "minutes", borderColor: "#1f5fbf", backgroundColor: "#1f5fbf", spanGaps: true, order: 1 },
        { type: "line", label: d.labelP90, data: data.p90, yAxisID: "minutes", borderColor: "#a55d00", backgroundColor: "#a55d00", borderDash: [6, 4], spanGaps: true, order: 2 },
        { type: "line", label: d.labelTarget, data: data.labels.map(() => data.targetMinutes), yAxisID: "minutes", borderColor: "#b3261e", borderWidth: 1, pointRadius: 0, order: 0 },
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
      datasets: [{ label: canvas.dataset.labelShare, data: data.share, backgroundColor: "rgba(31,95,191,.6)" }],
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
