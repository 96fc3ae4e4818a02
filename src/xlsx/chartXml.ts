/**
 * The plan's charts as DrawingML (ECMA-376 Part 1, §21.2): a drawing part
 * anchoring the chart between two cells, and the chart part, from the write
 * plan's chart spec. The Segmentation scatter has one series per quadrant
 * (markers) and the two cut-off lines (dashed); the KPIs' call attainment is a
 * clustered column chart (c:barChart, barDir "col") with the target as a
 * c:lineChart on the same axes. Series point at the sheet's own cells, so the
 * chart follows the user's edits once Excel recalculates. Child elements are
 * in the order of the schema's sequences (CT_BarChart, CT_BarSer, CT_LineSer,
 * CT_CatAx, CT_ValAx), which Excel requires.
 */
import { parseAddress, type BarChartSpec, type ChartSpec, type ScatterChartSpec } from "../core";
import { escapeAttr, escapeText } from "./xmlText";

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

function anchor(tag: "from" | "to", address: string): string {
  const { row, col } = parseAddress(address);
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * The chart's anchor between its two cells. `declare` puts the namespaces on
 * the anchor itself, for a drawing of the user's whose root may not declare
 * them (or not under these prefixes).
 */
export function chartAnchorXml(spec: ChartSpec, chartRelId: string, shapeId = 2, declare = false): string {
  const ns = declare ? ` xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"` : "";
  return (
    `<xdr:twoCellAnchor${ns}>${anchor("from", spec.topLeft)}${anchor("to", spec.bottomRight)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttr(spec.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part holding the chart; `chartRelId` is the drawing's relationship to the chart part. */
export function drawingXml(spec: ChartSpec, chartRelId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${chartAnchorXml(spec, chartRelId)}</xdr:wsDr>`
  );
}

/** A user's drawing (its charts taken out) with the chart added after its own anchors. */
export function drawingWithChart(userXml: string, spec: ChartSpec, chartRelId: string): string {
  const ids = [...userXml.matchAll(/<(?:[\w.-]+:)?cNvPr\s[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]));
  const anchorXml = chartAnchorXml(spec, chartRelId, Math.max(1, ...ids) + 1, true);
  const close = /<\/((?:[\w.-]+:)?wsDr)>\s*$/.exec(userXml);
  if (close) return userXml.slice(0, close.index) + anchorXml + userXml.slice(close.index);
  // A self-closing root (<xdr:wsDr .../>): open it.
  return userXml.replace(
    /<((?:[\w.-]+:)?wsDr)(\s[^>]*)?\/>/,
    (_m, tag: string, attrs = "") => `<${tag}${attrs}>${anchorXml}</${tag}>`,
  );
}

function rgb(color: string): string {
  return color.replace(/^#/, "").toUpperCase();
}

function richText(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" b="1"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string): string {
  return `<c:title>${richText(text)}<c:overlay val="0"/></c:title>`;
}

/** A same-sheet range as a chart reference: 'Sheet name'!$F$2:$F$101. */
export function sheetRef(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range}`;
}

function series(spec: ScatterChartSpec, sheetName: string): string {
  return spec.series
    .map((s, i) => {
      const color = rgb(s.color);
      const look =
        s.kind === "markers"
          ? `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
            `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
            `<a:ln><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
          : `<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>` +
            `<c:marker><c:symbol val="none"/></c:marker>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${look}` +
        `<c:xVal><c:numRef><c:f>${escapeText(sheetRef(sheetName, s.xValues))}</c:f></c:numRef></c:xVal>` +
        `<c:yVal><c:numRef><c:f>${escapeText(sheetRef(sheetName, s.yValues))}</c:f></c:numRef></c:yVal>` +
        `<c:smooth val="0"/></c:ser>`
      );
    })
    .join("");
}

function valueAxis(id: number, cross: number, position: "b" | "l", axisTitle: string): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${position === "l" ? "<c:majorGridlines/>" : ""}${title(axisTitle)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** The chart part for a scatter chart on `sheetName`. */
export function scatterChartXml(spec: ScatterChartSpec, sheetName: string): string {
  const legend = spec.legend === "Bottom" ? "b" : "r";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series(spec, sheetName)}` +
    `<c:axId val="101"/><c:axId val="102"/></c:scatterChart>` +
    `${valueAxis(101, 102, "b", spec.xAxisTitle)}${valueAxis(102, 101, "l", spec.yAxisTitle)}</c:plotArea>` +
    `<c:legend><c:legendPos val="${legend}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function serName(name: string): string {
  return `<c:tx><c:v>${escapeText(name)}</c:v></c:tx>`;
}

function barSeries(spec: BarChartSpec, sheetName: string, kind: "bars" | "line"): string {
  const cat = `<c:cat><c:strRef><c:f>${escapeText(sheetRef(sheetName, spec.categories))}</c:f></c:strRef></c:cat>`;
  return spec.series
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind === kind)
    .map(({ s, i }) => {
      const color = rgb(s.color);
      const val = `<c:val><c:numRef><c:f>${escapeText(sheetRef(sheetName, s.values))}</c:f></c:numRef></c:val>`;
      const head = `<c:idx val="${i}"/><c:order val="${i}"/>${serName(s.name)}`;
      if (kind === "bars") {
        // CT_BarSer: idx, order, tx, spPr, invertIfNegative, dLbls, cat, val.
        const labels =
          `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/>` +
          `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
          `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
        return (
          `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
          `<c:invertIfNegative val="0"/>${labels}${cat}${val}</c:ser>`
        );
      }
      // CT_LineSer: idx, order, tx, spPr, marker, cat, val, smooth.
      return (
        `<c:ser>${head}<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
        `<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
        `${cat}${val}<c:smooth val="0"/></c:ser>`
      );
    })
    .join("");
}

/** The chart part for a clustered column chart on `sheetName`, with its target line when there is one. */
export function barChartXml(spec: BarChartSpec, sheetName: string): string {
  const legend = spec.legend === "Bottom" ? "b" : "r";
  const hasLine = spec.series.some((s) => s.kind === "line");
  const axes = `<c:axId val="201"/><c:axId val="202"/>`;
  const line = hasLine
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${barSeries(spec, sheetName, "line")}` +
      `<c:marker val="1"/>${axes}</c:lineChart>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${barSeries(spec, sheetName, "bars")}<c:gapWidth val="80"/>${axes}</c:barChart>${line}` +
    `<c:catAx><c:axId val="201"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="202"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="202"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeAttr(spec.valueAxisFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="201"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="${legend}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The chart part of a plan's chart spec, whatever its kind. */
export function chartXml(spec: ChartSpec, sheetName: string): string {
  return spec.kind === "scatter" ? scatterChartXml(spec, sheetName) : barChartXml(spec, sheetName);
}
