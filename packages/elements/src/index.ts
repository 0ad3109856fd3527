export { CjProvider } from "./provider/cj-provider.js";
export { CjCooperationCard } from "./cooperation-card/cj-cooperation-card.js";
export { CjErrorEvent, CjSelectEvent } from "./shared/events.js";
export { clientContext } from "./shared/context.js";
export { defineElement } from "./shared/define.js";
export { VERSION } from "./shared/version.js";
