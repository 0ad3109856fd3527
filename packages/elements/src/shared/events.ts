import type { CooperationProject } from "@chanjiao/sdk";

const crossesShadowRoots = { bubbles: true, composed: true } as const;

/** Fired when a widget cannot load or show its data. */
export class CjErrorEvent extends Event {
  static readonly type = "cj-error";
  readonly error: Error;

  constructor(error: unknown) {
    super(CjErrorEvent.type, crossesShadowRoots);
    this.error = error instanceof Error ? error : new Error(String(error));
  }
}

/** Fired when the user activates a cooperation project (click, Enter or Space on its title). */
export class CjSelectEvent extends Event {
  static readonly type = "cj-select";
  readonly project: CooperationProject;

  constructor(project: CooperationProject) {
    super(CjSelectEvent.type, crossesShadowRoots);
    this.project = project;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cj-error": CjErrorEvent;
    "cj-select": CjSelectEvent;
  }
}
