import { defineElement } from "../shared/define.js";
import { CjPracticeCentres } from "./cj-practice-centres.js";

defineElement("cj-practice-centres", CjPracticeCentres);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjPracticeCentres } from "./cj-practice-centres.js";
