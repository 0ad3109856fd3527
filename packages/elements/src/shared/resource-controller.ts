import type { ReactiveController, ReactiveControllerHost } from "lit";
import { CjErrorEvent } from "./events.js";

/** What a widget has of the data it shows. */
export type ResourceState<T> =
  | { status: "initial" }
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
  state: ResourceState<T> = { status: "initial" };
  /** Settles when the current load has (never rejects: a failure is the `error` state). */
  taskComplete: Promise<void> = Promise.resolve();
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: ResourceOptions<A, T>;
  #args: A | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, options: ResourceOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The loaded value, when there is one. */
  get value(): T | undefined {
    return (this.state as { value?: T }).value;
  }

  hostConnected(): void {
    // A widget moved in the page was stopped on removal, so it loads again.
    if (!this.#args) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const previous = this.#args;
    const next = this.#options.args();
    if (previous && next ? !(this.#options.argsEqual ?? sameItems)(previous, next) : previous !== next) {
      this.#args = next;
      this.#run();
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#args = undefined;
  }

  /** Loads again with the current inputs, as the Retry button of the error state does. */
  retry(): void {
    this.#run();
    this.#host.requestUpdate();
  }

  /** What `renderers` give for the current state. */
  render<R>(renderers: ResourceRenderers<T, R>): R | undefined {
    const { state } = this;
    if (state.status === "complete") return (renderers.empty && this.#options.isEmpty?.(state.value) ? renderers.empty : renderers.complete)(state.value);
    return state.status === "error" ? renderers.error?.(state.error) : renderers[state.status]?.();
  }

  #run(): void {
    this.#abort?.abort();
    const args = this.#args;
    if (!args) {
      this.state = { status: "initial" };
      return;
    }
    const { signal } = (this.#abort = new AbortController());
    // A load that newer inputs replaced, or that the widget's removal ended, is never reported.
    const settle = (state: ResourceState<T>) => {
      if (signal.aborted) return;
      this.state = state;
      if (state.status === "error") this.#host.dispatchEvent(new CjErrorEvent(state.error));
      this.#host.requestUpdate();
    };
    this.state = { status: "pending" };
    this.taskComplete = this.#options.task(args, signal).then(
      (value) => settle({ status: "complete", value }),
      (error: unknown) => settle({ status: "error", error }),
    );
  }
}

function sameItems(previous: readonly unknown[], next: readonly unknown[]): boolean {
  return previous.length === next.length && previous.every((value, index) => Object.is(value, next[index]));
}
