import { defineElement } from "../shared/define.js";
import { CjPathway } from "./cj-pathway.js";

defineElement("cj-pathway", CjPathway);
