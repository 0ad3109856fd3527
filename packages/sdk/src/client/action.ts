import type * as z from "zod/mini";
import type { ActionDefinition } from "../schemas/submission.js";
import type { RequestOptions, Transport } from "./transport.js";
import { checked, type WriteOptions } from "./writes.js";

/** Sends a body to an action of the API, such as `submitDemand`, and answers what the server made of it. */
export type ActionSender = <A extends ActionDefinition>(action: A, body: z.input<A["body"]>, options?: WriteOptions) => Promise<z.infer<A["response"]>>;

/** Builds the sender of every action; an invalid body rejects with a ValidationError before any request, and the request is sent once. */
export function actionSender(transport: Transport): ActionSender {
  return async <A extends ActionDefinition>(action: A, body: z.input<A["body"]>, options?: RequestOptions) => {
    const json = checked(action.body, body, `body of ${action.path}`);
    return (await transport.exchange({ method: "POST", path: action.path, json }, action.response, options)).data as z.infer<A["response"]>;
  };
}
