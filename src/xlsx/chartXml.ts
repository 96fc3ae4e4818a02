/**
 * The Segmentation scatter chart as DrawingML (ECMA-376 Part 1, §21.2): a
 * drawing part anchoring the chart between two cells, and the chart part
 * with one series per quadrant (markers) and the two cut-off lines (dashed),
 * all from the write plan's chart spec. Series point at the sheet's own
 * cells, so the chart follows the user's edits once Excel recalculates.
 */
import { parseAddress, type ScatterChartSpec } from "../core";
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

/** The drawing part holding the chart; `chartRelId` is the drawing's relationship to the chart part. */
export function drawingXml(spec: ScatterChartSpec, chartRelId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor>${anchor("from", spec.topLeft)}${anchor("to", spec.bottomRight)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(spec.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
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
