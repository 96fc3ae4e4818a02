/**
 * The chart of a planned sheet (core/write ChartSpec), added as the spec
 * says: every series by series.add from ranges the plan wrote, in order.
 * Excel's charts.add needs a source range, so the chart starts from cells
 * that always hold numbers (a cut-off line's points, the target's cells) and
 * that automatic series is deleted (ChartSeries.delete, ExcelApi 1.7).
 *
 * Scatter (Segmentation): the four quadrant series (markers) then the two
 * cut-off lines (dashed). Bar (KPIs): clustered columns over the categories
 * (setXAxisValues and setValues, ExcelApi 1.7) with data labels, and the
 * target as a series whose chartType is "Line" (a column + line combination).
 * The value axis gets its number format only where ExcelApi 1.8 is there
 * (ChartAxis.numberFormat); elsewhere Excel links it to the cells' format.
 */
import type { BarChartSpec, ChartSpec, ScatterChartSpec } from "../core/write";
import type { QueuedStep } from "./batches";

const COMMAND_BYTES = 200;
/** ChartAxis.numberFormat. */
export const AXIS_NUMBER_FORMAT_API = "1.8";

export interface ChartApi {
  /** ChartAxis.numberFormat can be set (ExcelApi 1.8). */
  axisNumberFormat: boolean;
}

function scatterSteps(sheet: () => Excel.Worksheet, spec: ScatterChartSpec): QueuedStep[] {
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

function barSteps(sheet: () => Excel.Worksheet, spec: BarChartSpec, api: ChartApi): QueuedStep[] {
  // The target's cells are constants; the bars' cells are formulas that may all be blank ("").
  const source = spec.series.find((s) => s.kind === "line") ?? spec.series[0];
  return [
    {
      bytes: (8 + spec.series.length * 7) * COMMAND_BYTES,
      queue: () => {
        const ws = sheet();
        const chart = ws.charts.add(spec.type, ws.getRange(source.values), "Columns");
        chart.series.getItemAt(0).delete();
        chart.title.text = spec.title;
        chart.legend.position = spec.legend;
        chart.axes.valueAxis.minimum = 0;
        if (api.axisNumberFormat) chart.axes.valueAxis.numberFormat = spec.valueAxisFormat;
        for (const s of spec.series) {
          const series = chart.series.add(s.name);
          series.setXAxisValues(ws.getRange(spec.categories));
          series.setValues(ws.getRange(s.values));
          if (s.kind === "bars") {
            series.format.fill.setSolidColor(s.color);
            series.hasDataLabels = true;
          } else {
            series.chartType = "Line";
            series.format.line.color = s.color;
            series.format.line.lineStyle = "Dash";
          }
        }
        chart.setPosition(ws.getRange(spec.topLeft), ws.getRange(spec.bottomRight));
      },
    },
  ];
}

export function chartSteps(sheet: () => Excel.Worksheet, spec: ChartSpec, api: ChartApi): QueuedStep[] {
  return spec.kind === "scatter" ? scatterSteps(sheet, spec) : barSteps(sheet, spec, api);
}
