/**
 * The child-element sequences of the DrawingML chart types MicroSeg writes,
 * transcribed from ECMA-376 Part 1 (dml-chart.xsd, transitional). Excel
 * refuses a chart part whose children are out of order ("unreadable
 * content"), and xmllint has no offline copy of the schema, so the order is
 * checked here: every child of a listed element must be one of its sequence's
 * names, in sequence order. Names inside one xsd:choice share a rank.
 */
import { SaxesParser } from "saxes";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

const SER_SHARED = ["idx", "order", "tx", "spPr"];
const CHARTS = [
  "areaChart area3DChart lineChart line3DChart stockChart radarChart scatterChart pieChart pie3DChart doughnutChart barChart bar3DChart ofPieChart surfaceChart surface3DChart bubbleChart",
];
const AXIS_SHARED = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  "crosses crossesAt",
];
const DLBLS_GROUP = [
  "numFmt",
  "spPr",
  "txPr",
  "dLblPos",
  "showLegendKey",
  "showVal",
  "showCatName",
  "showSerName",
  "showPercent",
  "showBubbleSize",
  "separator",
  "showLeaderLines",
  "leaderLines",
];

/** Element (local name in the chart namespace) → its children's sequence. */
export const CHART_SEQUENCES: Record<string, string[]> = {
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", ...CHARTS, "valAx catAx dateAx serAx", "dTable", "spPr", "extLst"],
  barChart: [
    "barDir",
    "grouping",
    "varyColors",
    "ser",
    "dLbls",
    "gapWidth",
    "overlap",
    "serLines",
    "axId",
    "extLst",
  ],
  lineChart: [
    "grouping",
    "varyColors",
    "ser",
    "dLbls",
    "dropLines",
    "hiLowLines",
    "upDownBars",
    "marker",
    "smooth",
    "axId",
    "extLst",
  ],
  scatterChart: ["scatterStyle", "varyColors", "ser", "dLbls", "axId", "extLst"],
  // c:ser is typed by its parent; the checker picks the sequence by the chart it is in.
  "barChart/ser": [
    ...SER_SHARED,
    "invertIfNegative",
    "pictureOptions",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "shape",
    "extLst",
  ],
  "lineChart/ser": [
    ...SER_SHARED,
    "marker",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "smooth",
    "extLst",
  ],
  "scatterChart/ser": [
    ...SER_SHARED,
    "marker",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "xVal",
    "yVal",
    "smooth",
    "extLst",
  ],
  dLbls: ["dLbl", "delete", ...DLBLS_GROUP, "extLst"],
  catAx: [
    ...AXIS_SHARED,
    "auto",
    "lblAlgn",
    "lblOffset",
    "tickLblSkip",
    "tickMarkSkip",
    "noMultiLvlLbl",
    "extLst",
  ],
  valAx: [...AXIS_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  marker: ["symbol", "size", "spPr", "extLst"],
};

function rankOf(sequence: string[], name: string): number {
  return sequence.findIndex((entry) => entry.split(" ").includes(name));
}

/** Every schema-order violation in a chart part, as "parent: child after previous" lines ([] = in order). */
export function chartOrderErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: { key: string | null; rank: number; last: string }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const inChart = tag.uri === C;
    if (parent?.key && inChart) {
      const sequence = CHART_SEQUENCES[parent.key];
      const rank = rankOf(sequence, tag.local);
      if (rank < 0) errors.push(`${parent.key}: unexpected ${tag.local}`);
      else if (rank < parent.rank) errors.push(`${parent.key}: ${tag.local} after ${parent.last}`);
      else {
        parent.rank = rank;
        parent.last = tag.local;
      }
    }
    // c:marker inside c:lineChart is a boolean, not CT_Marker; only c:ser's marker has children.
    let key: string | null = inChart ? tag.local : null;
    if (key === "ser" && parent?.key) key = `${parent.key}/ser`;
    stack.push({ key: key && CHART_SEQUENCES[key] ? key : null, rank: -1, last: "" });
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return errors;
}
