import type { ReactiveController, ReactiveControllerHost } from "lit";
import { CjErrorEvent } from "./events.js";

/** What a widget has of the data it shows. */
export type ResourceState<T> =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "complete"; value: T }
  | { status: "error"; error: unknown };

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** The inputs of the load, read before each update; `undefined` while something needed is missing. */
  args(): A | undefined;
  /** Loads the data; must stop when `signal` aborts. */
  task(args: A, signal: AbortSignal): Promise<T>;
  /** Whether two sets of inputs load the same data; by default each input is compared with `Object.is`. */
  argsEqual?(previous: A, next: A): boolean;
  /** Whether a loaded value has nothing to show, for the `empty` case of `render`. */
  isEmpty?(value: T): boolean;
}

/** What `render` shows for each state; `empty` is for a complete value that `isEmpty` finds empty. */
export interface ResourceRenderers<T, R> {
  initial?(): R;
  pending?(): R;
  complete(value: T): R;
  empty?(value: T): R;
  error?(error: unknown): R;
}

/**
 * Loads what a widget shows whenever its inputs change, as `@lit/task` does: a load that newer
 * inputs replace, or that the widget's removal ends, is aborted and never reported; a failure
 * becomes the `error` state and a `cj-error` event; `retry()` loads again; `taskComplete` settles
 * when the current load has.
 */
export class ResourceController<A extends readonly unknown[], T> implements ReactiveController {
  state: ResourceState<T> = { status: "idle" };
  private args: A | undefined;
  private abort: AbortController | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: ResourceOptions<A, T>,
  ) {
    host.addController(this);
  }

  /** The loaded value, when there is one. */
  get value(): T | undefined {
    return this.state.status === "complete" ? this.state.value : undefined;
  }

  /** Settles when the current load has (never rejects: a failure is the `error` state). */
  get taskComplete(): Promise<void> {
    return this.running.then(() => undefined);
  }

  hostConnected(): void {
    // A widget moved in the page was stopped on removal, so it loads again.
    if (this.args === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const next = this.options.args();
    if (!this.sameArgs(next)) {
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

  /** What `renderers` give for the current state. */
  render<R>(renderers: ResourceRenderers<T, R>): R | undefined {
    const { state } = this;
    switch (state.status) {
      case "idle":
        return renderers.initial?.();
      case "pending":
        return renderers.pending?.();
      case "error":
        return renderers.error?.(state.error);
      default:
        return renderers.empty && this.options.isEmpty?.(state.value) ? renderers.empty(state.value) : renderers.complete(state.value);
    }
  }

  private sameArgs(next: A | undefined): boolean {
    const previous = this.args;
    if (previous === undefined || next === undefined) return previous === next;
    if (this.options.argsEqual) return this.options.argsEqual(previous, next);
    return previous.length === next.length && previous.every((value, index) => Object.is(value, next[index]));
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
    this.running = this.options.task(args, abort.signal).then(
      (value) => this.settle(abort, { status: "complete", value }),
      (error: unknown) => this.settle(abort, { status: "error", error }),
    );
  }

  private settle(abort: AbortController, state: ResourceState<T>): void {
    if (abort.signal.aborted) return;
    this.state = state;
    if (state.status === "error") this.host.dispatchEvent(new CjErrorEvent(state.error));
    this.host.requestUpdate();
  }
}
