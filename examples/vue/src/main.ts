// The npm build of the widgets: registering the tags before Vue mounts lets Vue see their
// properties, so `:client` and `:project` arrive as objects rather than as attribute strings.
import "@chanjiao/elements/define";
import { createApp } from "vue";
import "../../plain-html/page.css";
import App from "./App.vue";

createApp(App).mount("#app");
