import type { Context, ContextCallback, ContextEvent } from "@lit/context";
import type { BaseClient } from "@chanjiao/sdk";

/**
 * The SDK client that a `<cj-provider>` hands to the widgets inside it: any client of the SDK, read
 * through `client.collection(definition)` so that each widget carries only the schemas it uses. The key is a local Symbol
 * (not `Symbol.for`) so that two copies of the components on one page never hand each other a
 * client of another SDK version. It follows the community context protocol (`context-request`
 * events), so `@lit/context`'s `ContextConsumer` reads it too.
 */
export const clientContext = Symbol("chanjiao-client") as Context<symbol, BaseClient | undefined>;

/** A `context-request` event for the client, as `@lit/context` dispatches it. */
export type ClientRequest = ContextEvent<typeof clientContext>;

/**
 * Asks the nearest provider for the client and for every later one; `callback` gets the client and
 * a function that stops the updates.
 */
export function requestClient(target: Element, callback: ContextCallback<BaseClient | undefined>): void {
  target.dispatchEvent(
    Object.assign(new Event("context-request", { bubbles: true, composed: true }), { context: clientContext, contextTarget: target, callback, subscribe: true }),
  );
}
