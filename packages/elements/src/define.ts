// Registers every tag. Each component's own `define.js` registers just that one, for pages and
// bundles that want only some. The provider comes first: elements upgrade in definition order,
// and a widget asks for its client as it connects.
import "./provider/define.js";
import "./cooperation-card/define.js";
