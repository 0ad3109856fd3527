import { CjCooperationCard } from "./cooperation-card/cj-cooperation-card.js";
import { CjProvider } from "./provider/cj-provider.js";
import { defineElement } from "./shared/define.js";

// The provider first: when a tag is defined the page's elements upgrade in that order, and a
// widget asks for its client as it connects.
defineElement("cj-provider", CjProvider);
defineElement("cj-cooperation-card", CjCooperationCard);
