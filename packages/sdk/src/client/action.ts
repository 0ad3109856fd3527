import type * as z from "zod/mini";
import type { ActionDefinition } from "../schemas/submission.js";
import type { RequestOptions, Transport } from "./transport.js";
import type { WriteOptions } from "./writes.js";

/**
 * Sends a body to an action of the API, such as `submitDemand`, once, and answers what the server
 * made of it, checked against the action's response schema. The body is sent as given: check it
 * with `action.body` first, as `<cj-demand-form>` does (`client.submissions.submit` checks it for you).
 */
export type ActionSender = <A extends ActionDefinition>(action: A, body: z.input<A["body"]>, options?: WriteOptions) => Promise<z.infer<A["response"]>>;

/** Builds the sender of every action over a transport. */
export function actionSender(transport: Transport): ActionSender {
  return async <A extends ActionDefinition>(action: A, json: z.input<A["body"]>, options?: RequestOptions) =>
    (await transport.exchange({ method: "POST", path: action.path, json }, action.response, options)).data as z.infer<A["response"]>;
}
