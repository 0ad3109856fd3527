import type { ReactiveController, ReactiveControllerHost } from "lit";
import { CjErrorEvent } from "./events.js";

/** What a widget has of the data it shows. */
export type LoadState<T> =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "complete"; value: T }
  | { status: "error"; error: unknown };

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The inputs of the load, read before each update; `undefined` while something needed is missing. */
  args(): A | undefined;
  /** Loads the data; must stop when `signal` aborts. */
  load(args: A, signal: AbortSignal): Promise<T>;
}

/**
 * Loads what a widget shows whenever its inputs change. A load that a newer one replaces, or that
 * the widget's removal ends, is aborted and never reported; a failure becomes the `error` state
 * and a `cj-error` event; `retry()` loads again.
 */
export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  state: LoadState<T> = { status: "idle" };
  private args: A | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: LoadOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A widget moved in the page was stopped on removal, so it loads again.
    if (this.args === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const next = this.options.args();
    if (!sameArgs(next, this.args)) {
      this.args = next;
      this.run();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.args = undefined;
  }

  /** Loads again with the current inputs, as the Retry button of the error state does. */
  retry(): void {
    this.run();
    this.host.requestUpdate();
  }

  private run(): void {
    this.abort?.abort();
    const { args } = this;
    if (args === undefined) {
      this.state = { status: "idle" };
      return;
    }
    const abort = (this.abort = new AbortController());
    this.state = { status: "pending" };
    this.options.load(args, abort.signal).then(
      (value) => this.settle(abort, { status: "complete", value }),
      (error: unknown) => this.settle(abort, { status: "error", error }),
    );
  }

  private settle(abort: AbortController, state: LoadState<T>): void {
    if (abort.signal.aborted) return;
    this.state = state;
    if (state.status === "error") this.host.dispatchEvent(new CjErrorEvent(state.error));
    this.host.requestUpdate();
  }
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
