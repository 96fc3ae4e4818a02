import { renameRefsInDefinedNames, renameRefsInPart } from "../../src/xlsx/renameRefs";

const renames = new Map([["目标医生", "Target List"]]);

describe("references in a package's parts follow a renamed sheet", () => {
  it("a chart's series (c:f) and a pivot cache's source sheet", () => {
    const chart =
      "<c:ser><c:tx><c:strRef><c:f>目标医生!$B$1</c:f></c:strRef></c:tx>" +
      '<c:val><c:numRef><c:f>Doctors!$C$2:$C$9</c:f><c:numCache><c:ptCount val="8"/></c:numCache></c:numRef></c:val></c:ser>';
    expect(renameRefsInPart(chart, renames)).toBe(chart.replace("目标医生!", "'Target List'!"));
    const pivot =
      '<cacheSource type="worksheet"><worksheetSource ref="A1:C9" sheet="目标医生"/></cacheSource>';
    expect(renameRefsInPart(pivot, renames)).toBe(pivot.replace('sheet="目标医生"', 'sheet="Target List"'));
  });

  it("conditional formats, validations (x14 too), escaped text; cached values and other text stay", () => {
    const sheet =
      '<c r="A1" t="str"><f>IF(目标医生!A1&gt;0,"目标医生!A1&amp;","")</f><v>目标医生!A1&amp;</v></c>' +
      "<cfRule><formula>目标医生!$A$1&lt;&gt;0</formula></cfRule>" +
      "<x14:dataValidation><x14:formula1><xm:f>目标医生!$A$1:$A$5</xm:f></x14:formula1></x14:dataValidation>" +
      '<c r="B1"><f>目标医生旧!A1</f><v>1</v></c><is><t>目标医生!A1</t></is>';
    expect(renameRefsInPart(sheet, renames)).toBe(
      '<c r="A1" t="str"><f>IF(\'Target List\'!A1&gt;0,"目标医生!A1&amp;","")</f><v>目标医生!A1&amp;</v></c>' +
        "<cfRule><formula>'Target List'!$A$1&lt;&gt;0</formula></cfRule>" +
        "<x14:dataValidation><x14:formula1><xm:f>'Target List'!$A$1:$A$5</xm:f></x14:formula1></x14:dataValidation>" +
        '<c r="B1"><f>目标医生旧!A1</f><v>1</v></c><is><t>目标医生!A1</t></is>',
    );
  });

  it("the same string when nothing refers to a renamed sheet", () => {
    const xml = '<c r="A1"><f>SUM(Doctors!A1:A9)</f><v>3</v></c>';
    expect(renameRefsInPart(xml, renames)).toBe(xml);
    const names =
      '<definedNames><definedName name="X" localSheetId="0">&apos;目标医生&apos;!$A$1</definedName></definedNames>';
    expect(renameRefsInDefinedNames(names, renames)).toBe(
      '<definedNames><definedName name="X" localSheetId="0">\'Target List\'!$A$1</definedName></definedNames>',
    );
  });
});
