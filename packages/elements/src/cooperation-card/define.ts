import { defineElement } from "../shared/define.js";
import { CjCooperationCard } from "./cj-cooperation-card.js";

defineElement("cj-cooperation-card", CjCooperationCard);
