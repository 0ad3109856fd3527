import type { MeasureId } from "./measures.js";
import { crossesShadowRoots } from "../shared/events.js";

/** What a map shows: the measure, and the province drilled into (`undefined`: all of China). */
export interface ConsortiumMapState {
  readonly measure: MeasureId;
  readonly province: string | undefined;
}

/**
 * Fired when the user changes what the map shows (another measure, a province drilled into, back
 * to all of China), so that a page can keep the state in its URL and set it again from there
 * through the `measure` and `province` attributes.
 */
export class CjMapStateEvent extends Event {
  static readonly type = "cj-map-state";
  readonly measure: MeasureId;
  readonly province: string | undefined;

  constructor(state: ConsortiumMapState) {
    super(CjMapStateEvent.type, crossesShadowRoots);
    this.measure = state.measure;
    this.province = state.province;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cj-map-state": CjMapStateEvent;
  }
}
