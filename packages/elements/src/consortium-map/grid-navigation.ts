import type { Tile } from "./tile-grid.js";

export type Direction = "up" | "down" | "left" | "right";

const axes: Record<Direction, { along: "row" | "col"; sign: 1 | -1 }> = {
  up: { along: "row", sign: -1 },
  down: { along: "row", sign: 1 },
  left: { along: "col", sign: -1 },
  right: { along: "col", sign: 1 },
};

/**
 * The tile an arrow key moves to: the nearest tile lying in that direction, preferring one in the
 * same row or column, so that gaps in the grid are jumped rather than ending the move. `undefined`
 * at the edge.
 */
export function nextTile(tiles: readonly Tile[], from: Tile, direction: Direction): Tile | undefined {
  const { along, sign } = axes[direction];
  const across = along === "row" ? "col" : "row";
  let best: { tile: Tile; score: number } | undefined;
  for (const tile of tiles) {
    const ahead = (tile[along] - from[along]) * sign;
    if (ahead <= 0) continue;
    // Drifting sideways costs more than going further ahead.
    const score = ahead + 2 * Math.abs(tile[across] - from[across]);
    if (!best || score < best.score || (score === best.score && tile[across] < best.tile[across])) best = { tile, score };
  }
  return best?.tile;
}

/** Tiles in reading order (row by row, west to east): what Home and End move through. */
export function readingOrder(tiles: readonly Tile[]): Tile[] {
  return [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
}
