/** Options of an event that a page outside the widget hears. */
export const crossesShadowRoots = { bubbles: true, composed: true } as const;

/** Fired when a widget cannot load or show its data. */
export class CjErrorEvent extends Event {
  static readonly type = "cj-error";
  readonly error: Error;

  constructor(error: unknown) {
    super(CjErrorEvent.type, crossesShadowRoots);
    this.error = error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Fired when the user chooses something in a widget (click, Enter or Space): a project, a
 * province, a group of a chart. `value` is what was chosen; each widget documents its type.
 */
export class CjSelectEvent<T = unknown> extends Event {
  static readonly type = "cj-select";
  readonly value: T;

  constructor(value: T) {
    super(CjSelectEvent.type, crossesShadowRoots);
    this.value = value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cj-error": CjErrorEvent;
    "cj-select": CjSelectEvent;
  }
}
