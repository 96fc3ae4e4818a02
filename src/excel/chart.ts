/**
 * The scatter chart of a planned sheet (core/write ScatterChartSpec), added
 * as the spec says: every series by series.add from ranges the plan wrote
 * (the quadrant columns of the chart data block always exist, whatever the
 * quadrant counts), then the two cut-off lines. Excel's charts.add needs a
 * source range, so the chart starts from the first cut-off line's points and
 * that automatic series is deleted (ChartSeries.delete, ExcelApi 1.7).
 */
import type { ScatterChartSpec } from "../core/write";
import type { QueuedStep } from "./batches";

const COMMAND_BYTES = 200;

export function chartSteps(sheet: () => Excel.Worksheet, spec: ScatterChartSpec): QueuedStep[] {
  const line = spec.series.find((s) => s.kind === "line") ?? spec.series[0];
  return [
    {
      bytes: (8 + spec.series.length * 6) * COMMAND_BYTES,
      queue: () => {
        const ws = sheet();
        const source = ws.getRange(`${line.xValues.split(":")[0]}:${line.yValues.split(":")[1]}`);
        const chart = ws.charts.add(spec.type, source, "Columns");
        chart.series.getItemAt(0).delete();
        chart.title.text = spec.title;
        chart.axes.categoryAxis.title.text = spec.xAxisTitle;
        chart.axes.valueAxis.title.text = spec.yAxisTitle;
        chart.legend.position = spec.legend;
        for (const s of spec.series) {
          const series = chart.series.add(s.name);
          series.setXAxisValues(ws.getRange(s.xValues));
          series.setValues(ws.getRange(s.yValues));
          if (s.kind === "markers") {
            series.markerStyle = "Circle";
            series.markerBackgroundColor = s.color;
            series.markerForegroundColor = s.color;
          } else {
            series.chartType = "XYScatterLinesNoMarkers";
            series.format.line.color = s.color;
            series.format.line.lineStyle = "Dash";
          }
        }
        chart.setPosition(ws.getRange(spec.topLeft), ws.getRange(spec.bottomRight));
      },
    },
  ];
}
