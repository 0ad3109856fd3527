// Registers every tag. Each component's own `define.js` registers just that one, for pages and
// bundles that want only some. The provider comes first: elements upgrade in definition order,
// and a widget asks for its client as it connects.
import "./provider/define.js";
import { shareRequests } from "./provider/request-cache.js";
import "./cooperation-card/define.js";
import "./cooperation-list/define.js";
import "./practice-centres/define.js";
import "./event-list/define.js";
import "./talent-board/define.js";
import "./provincial-lists/define.js";
import "./programme-list/define.js";
import "./pathway/define.js";
import "./school-profile/define.js";
import "./consortium-map/define.js";
import "./consortium-card/define.js";
import "./province-profile/define.js";
import "./demand-form/define.js";

// Widgets on one page share the provider's requests.
shareRequests();

// Type-only, so that importing this entry also brings the `HTMLElementTagNameMap` and
// `GlobalEventHandlersEventMap` entries of every tag into a TypeScript project.
export type * from "./index.js";
