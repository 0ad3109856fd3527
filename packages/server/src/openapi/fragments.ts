import * as z from "zod/mini";
import type { ReadDescription } from "./describe-read.js";

/** `GET /fragments/{tag}` (src/routes/fragments.ts): one widget drawn on the server, for a CMS include. */
export const fragmentReads = (): ReadDescription[] => [
  {
    path: "/fragments/{tag}",
    operationId: "renderFragment",
    tag: "fragments",
    summary: "One widget drawn on the server with its data, as HTML for a page to include",
    description:
      "`tag` is a data widget of @chanjiao/elements, such as `cj-programme-list`; the query gives its attributes as the page would write them (`?school-id=szpu&layout=compact`), each checked against the widget's attributes in its custom-elements manifest, and `lang` (`zh-CN` or `en`). The answer is the widget inside a `<cj-provider>` of this API, drawn into a declarative shadow root, followed by the API answers it read (a JSON script marked `data-cj-answers`): readable without JavaScript, and taken over by the widgets' script without another request. Kept by data version, like the other reads.",
    query: z.object({ lang: z.optional(z.enum(["zh-CN", "en"])) }),
    answer: { description: "The widget's HTML.", schema: { name: "Fragment", schema: { type: "string" } }, mediaTypes: ["text/html"] },
    problems: [400, 404],
  },
];
