export * from "./columns";
export * from "./quadrantCells";
export * from "./doctorCells";
export * from "./hospitalTiers";
export * from "./departmentPotential";
export * from "./segmentation";
export * from "./targetList";
export * from "./issuesTable";
