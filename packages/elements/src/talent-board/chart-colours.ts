/**
 * Stands in for @kurkle/color, chart.js's colour parser, in the CDN's copy of chart.js (see
 * vite.config.js): about 3.5 KB gzip that the board's trend chart never needs. chart.js parses
 * colours only to animate them, which the trend chart never does, and to derive hover colours,
 * which here stay the colours given. An unparsed colour is not `valid`, so an animation from one
 * colour to another jumps to the second.
 */
export class Color {
  readonly valid = false;

  constructor(private readonly value: string) {}

  saturate(): this {
    return this;
  }

  darken(): this {
    return this;
  }

  mix(): this {
    return this;
  }

  hexString(): string {
    return this.value;
  }
}
