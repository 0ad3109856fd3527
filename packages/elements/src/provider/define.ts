import { defineElement } from "../shared/define.js";
import { CjProvider } from "./cj-provider.js";

defineElement("cj-provider", CjProvider);
