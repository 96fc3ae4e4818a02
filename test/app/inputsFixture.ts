/** A small zh input workbook for the generation flow, seeded into the Excel fake. */
import { FakeWorkbookState } from "../excel/fakeExcel";

export function inputWorkbook(): FakeWorkbookState {
  const wb = new FakeWorkbookState();
  wb.seed("医院", [
    ["医院", "床位数", "日门诊量", "月购金额"],
    ["仁济医院", 620, 1200, 3_000_000],
    ["瑞金医院", 800, 2000, 900_000],
  ]);
  wb.seed("科室", [
    ["医院", "科室", "平均每日病人数", "使用该类药品病人比例", "每病人处方量", "工作日", "我方病人数"],
    ["仁济医院", "心内科", 80, 0.4, 2, 22, 12],
    ["瑞金医院", "心内科", 60, 0.5, 2, 22, 5],
  ]);
  const doctors: (string | number)[][] = [["医院", "科室", "医生", "职称", "月处方量", "月潜力", "用药状态"]];
  const names = ['=HYPERLINK("http://x","y")', "张三", "李四", "王五", "赵六", "钱七", "孙八", "周九"];
  names.forEach((name, i) => {
    doctors.push([
      i % 2 ? "仁济医院" : "瑞金医院",
      "心内科",
      name,
      "主治",
      (i * 7) % 30,
      20 + ((i * 11) % 40),
      "二线",
    ]);
  });
  wb.seed("医生", doctors);
  return wb;
}
