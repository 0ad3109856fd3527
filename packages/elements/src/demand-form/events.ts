import type { SubmissionCreate } from "@chanjiao/sdk";
import { crossesShadowRoots } from "../shared/events.js";

/** Fired when a valid submission is about to be sent; cancel it (`preventDefault()`) to send nothing. */
export class CjSubmitEvent extends Event {
  static readonly type = "cj-submit";
  readonly submission: SubmissionCreate;

  constructor(submission: SubmissionCreate) {
    super(CjSubmitEvent.type, { ...crossesShadowRoots, cancelable: true });
    this.submission = submission;
  }
}

/** Fired when the server has kept the submission for review; `ref` is its reference number. */
export class CjSubmittedEvent extends Event {
  static readonly type = "cj-submitted";
  readonly ref: string;

  constructor(ref: string) {
    super(CjSubmittedEvent.type, crossesShadowRoots);
    this.ref = ref;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cj-submit": CjSubmitEvent;
    "cj-submitted": CjSubmittedEvent;
  }
}
