// Server rendering of the widgets, for Node: not part of any browser bundle.
export { FragmentError, renderFragment, widgetMarkup } from "./fragment.js";
export { renderWidgets, type ServerRenderOptions } from "./render-widgets.js";
