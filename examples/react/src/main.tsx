// The npm build of the widgets: registering the tags before React first renders them lets React
// see their properties and set `client` as an object rather than as an attribute.
import "@chanjiao/elements/define";
import { createRoot } from "react-dom/client";
import "../../plain-html/page.css";
import { App } from "./App.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");
createRoot(root).render(<App />);
