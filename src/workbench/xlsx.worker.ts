/** Entry of the workbench's .xlsx Web Worker (dist/xlsxWorker.js); see xlsxWorker.ts. */
import { serveXlsx } from "./xlsxWorker";

serveXlsx(self as unknown as Parameters<typeof serveXlsx>[0]);
