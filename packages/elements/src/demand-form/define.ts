import { defineElement } from "../shared/define.js";
import { CjDemandForm } from "./cj-demand-form.js";

defineElement("cj-demand-form", CjDemandForm);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjDemandForm } from "./cj-demand-form.js";
export type { CjSubmitEvent, CjSubmittedEvent } from "./events.js";
