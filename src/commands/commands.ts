/** Ribbon commands (ExecuteFunction) run in the shared runtime. */
export async function generateTargets(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Promise.resolve();
  } finally {
    event.completed();
  }
}

void Office.onReady().then(() => {
  Office.actions.associate(
    "generateTargets",
    (event: Office.AddinCommands.Event) => void generateTargets(event),
  );
});
