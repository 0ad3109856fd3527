import { defineElement } from "../shared/define.js";
import { CjProvider } from "./cj-provider.js";

defineElement("cj-provider", CjProvider);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjProvider } from "./cj-provider.js";
