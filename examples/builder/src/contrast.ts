import type { TokenSpec } from "./widgets.ts";

// The colours the widgets put as text on their surface, and WCAG 2's minimum for normal text.
const TEXT_COLOURS = ["--cj-color-text", "--cj-color-muted", "--cj-color-accent"];
const SURFACE = "--cj-color-surface";
const MINIMUM = 4.5;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colours that would be hard to read on the widget's surface with these tokens, with
 * their ratio: each token as set, else its default in the scheme.
 */
export function lowContrasts(tokens: readonly TokenSpec[], set: Record<string, string>, scheme: "light" | "dark"): Array<{ token: string; ratio: number }> {
  const valueOf = (name: string) => {
    const token = tokens.find((candidate) => candidate.name === name);
    const value = set[name] ?? (scheme === "dark" ? token?.dark : undefined) ?? token?.light;
    return value && /^#[0-9a-f]{6}$/i.test(value) ? value : undefined;
  };
  const surface = valueOf(SURFACE);
  if (!surface) return [];
  return TEXT_COLOURS.flatMap((name) => {
    const colour = valueOf(name);
    const ratio = colour ? contrastRatio(colour, surface) : Infinity;
    return ratio < MINIMUM ? [{ token: name, ratio }] : [];
  });
}
