import { createContext } from "@lit/context";
import type { BaseClient } from "@chanjiao/sdk";

/**
 * The SDK client that a `<cj-provider>` hands to the widgets inside it: any client of the SDK, read
 * through `client.collection(definition)` so that each widget carries only the schemas it uses. The key is a local Symbol
 * (not `Symbol.for`) so that two copies of the components on one page never hand each other a
 * client of another SDK version.
 */
export const clientContext = createContext<BaseClient | undefined>(Symbol("chanjiao-client"));
