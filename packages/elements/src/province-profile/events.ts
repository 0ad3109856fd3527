/** A figure of a province profile. */
export type ProfileFigure = "city-consortia" | "industry-communities" | "levels" | "talent-gap" | "practice-centres" | "cooperation-projects";

/** The widget that shows a figure in full, and the attributes that make it show this province's. */
export interface FigureWidget {
  tag: "cj-consortium-map" | "cj-talent-board" | "cj-practice-centres" | "cj-cooperation-list";
  attributes: Readonly<Record<string, string>>;
}

/**
 * Fired when the user activates a figure of `<cj-province-profile>` (click, Enter or Space), so that
 * the page can show it in full: `widget` names the widget and its attributes, or is `null` where no
 * widget lists the figure (schools by level) and the page leads to its own list.
 */
export class CjFigureOpenEvent extends Event {
  static readonly type = "cj-figure-open";
  readonly figure: ProfileFigure;
  /** The province's GB/T 2260 code. */
  readonly province: string;
  readonly widget: FigureWidget | null;

  constructor(figure: ProfileFigure, province: string, widget: FigureWidget | null) {
    super(CjFigureOpenEvent.type, { bubbles: true, composed: true });
    this.figure = figure;
    this.province = province;
    this.widget = widget;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "cj-figure-open": CjFigureOpenEvent;
  }
}
