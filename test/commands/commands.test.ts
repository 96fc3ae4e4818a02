/**
 * The ribbon entry registers its function in the shared runtime and always
 * completes the event. The Office global is an office-addin-mock object.
 */
import { OfficeMockObject } from "office-addin-mock";

type Handler = (event: Office.AddinCommands.Event) => void;

function mockOffice(): { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  const office = new OfficeMockObject({
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => false },
    },
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { handlers };
}

describe("commands entry", () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    jest.resetModules();
  });

  it("associates generateTargets, and a host without ExcelApi 1.7 still gets event.completed()", async () => {
    const { handlers } = mockOffice();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let entry: typeof import("../../src/commands/commands") | undefined;
    jest.isolateModules(() => {
      entry = jest.requireActual<typeof import("../../src/commands/commands")>("../../src/commands/commands");
    });
    // Registered while the module loads, before Office.onReady resolves: the click that
    // started the runtime is dispatched as soon as the page has run, not after a later tick.
    expect(handlers.has("generateTargets")).toBe(true);
    const { onGenerateTargets } = entry!;

    const completed = jest.fn();
    await onGenerateTargets({ completed } as unknown as Office.AddinCommands.Event);

    expect(completed).toHaveBeenCalledTimes(1);
    // Nothing could be written (no Excel at all): the failure is logged, not lost.
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining("Generate targets failed"),
      expect.anything(),
    );
    errors.mockRestore();
  });
});
