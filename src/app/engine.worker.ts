/** Entry of the engine's Web Worker (dist/engineWorker.js); see engineWorker.ts. */
import { serveEngine } from "./engineWorker";

serveEngine(self as unknown as Parameters<typeof serveEngine>[0]);
