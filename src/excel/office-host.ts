/**
 * The Office host itself, for the entry points: wait for Office to be ready, and bind the ribbon's
 * function-file commands. Kept here so that src/excel stays the only code touching Office.*.
 */

/** Resolves once Office.js has initialised (immediately in a browser outside Office). */
export function whenOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}

export type RibbonHandler = () => Promise<unknown>;

/**
 * Associate each ribbon button id with a handler; Office is told the command completed whatever
 * happens, because a command that never completes hangs the ribbon.
 */
export function registerRibbonCommands(handlers: Record<string, RibbonHandler>, complete: (event: { completed: () => void }, action: RibbonHandler) => Promise<void>): void {
  for (const [id, handler] of Object.entries(handlers)) {
    Office.actions.associate(id, (event: Office.AddinCommands.Event) => complete(event, handler));
  }
}

/** Open the task pane where the runtime allows it (shared runtime); elsewhere do nothing. */
export async function showTaskpane(): Promise<void> {
  await Office.addin?.showAsTaskpane?.();
}
