import { createClient } from "@chanjiao/sdk";
import { emulateMedia, setViewport } from "@web/test-runner-commands";
import * as visualRegression from "@web/test-runner-visual-regression";
import "../define.js";
import { apiUrl } from "../test-support/api.js";
import { everyWidget, loaded, type WidgetCase } from "../test-support/every-widget.js";
import { mount } from "../test-support/widgets.js";

// Every widget as a visitor sees it, in Chinese and English, on a desktop and a phone, light and
// dark, with the seeded data, compared with the reference images in screenshots/reference: a
// change of layout fails here. After a change meant to look different, look at the images in
// screenshots/failed, then write new references with `pnpm --filter @chanjiao/elements screenshots:update`.

// The package's types re-export its browser module without declaring it.
const { visualDiff } = visualRegression as unknown as { visualDiff(element: Node, name: string): Promise<void> };

const widths = [1366, 390] as const;
const schemes = ["light", "dark"] as const;
const languages = ["zh-CN", "en"] as const;

/** The day the event list divides upcoming from past events by, so that the screenshots do not age. */
const today = new Date("2025-06-01T08:00:00+08:00");

/** The page around the widgets in each scheme, as a site following the visitor's scheme would have it. */
const pageColours = { light: { background: "#ffffff", scheme: "light" }, dark: { background: "#0d1117", scheme: "dark" } } as const;

describe("screenshots of every widget", function () {
  // Each case renders and compares every widget; on a busy machine that takes minutes, not seconds.
  this.timeout(300_000);
  let widgets: WidgetCase[];
  let client: ReturnType<typeof createClient>;

  before(async () => {
    client = createClient({ baseUrl: await apiUrl() });
    widgets = await everyWidget(client);
  });

  after(async () => {
    await emulateMedia({ colorScheme: "light" });
    document.documentElement.style.cssText = "";
  });

  for (const width of widths) {
    for (const scheme of schemes) {
      for (const lang of languages) {
        it(`${width}px, ${scheme}, ${lang}`, async () => {
          await setViewport({ width, height: 900 });
          await emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
          document.documentElement.style.background = pageColours[scheme].background;
          document.documentElement.style.colorScheme = pageColours[scheme].scheme;
          for (const { tag, template } of widgets) {
            // The column the page gives the widget: the viewport less the body's margins.
            const { widget } = await mount(tag as keyof HTMLElementTagNameMap, template, { client }, { lang, width: width - 16 });
            if (widget.localName === "cj-event-list") (widget as HTMLElementTagNameMap["cj-event-list"]).now = today;
            await loaded(widget);
            await document.fonts.ready;
            await visualDiff(widget, `${tag}-${lang}-${width}-${scheme}`);
            widget.closest(".test-column")!.remove();
          }
        });
      }
    }
  }
});
