// What a page's first contentful paint waited for, read from a Chromium performance trace: its
// render-blocking stylesheets, then the frame that painted, split into style, layout, text
// shaping, font look-ups and paint. The split is by each trace event's own time (its duration
// less that of the events inside it), so nothing is counted twice.

/** The trace categories the breakdown reads: the timeline, Blink's phases and its font look-ups. */
export const firstFrameCategories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "blink.user_timing", "fonts", "loading"];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { frame?: string; data?: { url?: string; requestId?: string } };
}

export const phases = ["style", "layout", "shaping", "fonts", "paint"] as const;
type Phase = (typeof phases)[number];

export interface FirstFrame {
  /** When the last stylesheet the page waited for had arrived, in ms from the start of the navigation. */
  stylesheets: number;
  /** The frame that painted first, in ms, and its own time in each phase. */
  frame: number;
  phases: Record<Phase, number>;
  /** Blocks of text shaped, and font strikes set up (a font at one size and weight: one look-up of the platform's rendering settings each). */
  shapedBlocks: number;
  fontStrikes: number;
}

// The events that start a phase; what runs inside them belongs to it unless it starts another.
const phaseOf = (name: string): Phase | undefined => {
  if (name === "InlineNode::ShapeTextIncludingFirstLine") return "shaping";
  if (/^(FontCache|FontDataManager|WebSandboxSupportLinux)\b/.test(name)) return "fonts";
  if (name === "UpdateLayoutTree" || name === "Blink.Style.UpdateTime") return "style";
  if (name === "Layout" || name === "Blink.Layout.UpdateTime") return "layout";
  return undefined;
};

/** The breakdown of the first contentful paint in `trace` (what Playwright's `browser.stopTracing` returns). */
export function firstFrame(trace: Buffer): FirstFrame {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const paint = events.find((event) => event.name === "firstContentfulPaint");
  if (!paint) throw new Error("the trace holds no first contentful paint");
  const main = events.filter((event) => event.pid === paint.pid && event.tid === paint.tid && event.ph === "X" && event.ts < paint.ts);
  // Among the frames before the first paint, the one that laid the page out: by far the longest.
  const frame = main
    .filter((event) => event.name === "WebFrameWidgetImpl::UpdateLifecycle")
    .reduce((longest, event) => ((event.dur ?? 0) > (longest?.dur ?? 0) ? event : longest), undefined as TraceEvent | undefined);
  if (!frame) throw new Error("the trace holds no frame before the first contentful paint");
  const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
  const inside = main.filter((event) => event.ts >= frame.ts && end(event) <= end(frame) && event !== frame).sort((a, b) => a.ts - b.ts || end(b) - end(a));

  const own: Record<Phase, number> = { style: 0, layout: 0, shaping: 0, fonts: 0, paint: 0 };
  const open: Array<{ event: TraceEvent; phase: Phase }> = [{ event: frame, phase: "paint" }];
  own.paint += frame.dur ?? 0;
  for (const event of inside) {
    while (open.length > 1 && end(open.at(-1)!.event) <= event.ts) open.pop();
    const parent = open.at(-1)!;
    const phase = phaseOf(event.name) ?? parent.phase;
    own[parent.phase] -= event.dur ?? 0;
    own[phase] += event.dur ?? 0;
    open.push({ event, phase });
  }

  const navigation = events.findLast((event) => event.name === "navigationStart" && event.args?.frame === paint.args?.frame && event.ts < paint.ts);
  if (!navigation) throw new Error("the trace holds no start of the navigation");
  const requests = events.filter((event) => event.name === "ResourceSendRequest");
  const stylesheets = new Set(requests.filter((event) => /\.css(\?|$)/.test(event.args?.data?.url ?? "")).map((event) => event.args?.data?.requestId));
  const arrived = events.filter((event) => event.name === "ResourceFinish" && stylesheets.has(event.args?.data?.requestId) && event.ts <= frame.ts).map((event) => event.ts);
  const ms = (microseconds: number) => microseconds / 1000;
  return {
    stylesheets: arrived.length > 0 ? ms(Math.max(...arrived) - navigation.ts) : 0,
    frame: ms(frame.dur ?? 0),
    phases: Object.fromEntries(phases.map((phase) => [phase, ms(own[phase])])) as Record<Phase, number>,
    shapedBlocks: inside.filter((event) => event.name === "InlineNode::ShapeTextIncludingFirstLine").length,
    fontStrikes: inside.filter((event) => event.name === "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike").length,
  };
}
