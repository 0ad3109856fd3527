import { defineElement } from "../shared/define.js";
import { CjConsortiumCard } from "./cj-consortium-card.js";

defineElement("cj-consortium-card", CjConsortiumCard);
