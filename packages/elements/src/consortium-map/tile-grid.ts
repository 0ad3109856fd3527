/** Where one provincial-level division sits in the schematic grid: row from the north, column from the west. */
export interface Tile {
  readonly code: string;
  readonly row: number;
  readonly col: number;
}

/**
 * The project's square tile grid of the 34 provincial-level divisions. It keeps each division
 * next to (or diagonal to) its main neighbours and roughly in its compass position; it is a
 * diagram, not a map, so it needs no boundary data and no 审图号.
 *
 *        0     1     2     3     4     5     6
 *   0                                      黑龙江
 *   1                      内蒙古 北京  辽宁  吉林
 *   2    新疆  甘肃  宁夏  山西  河北  天津
 *   3    西藏  青海  陕西  河南  山东
 *   4          四川  重庆  湖北  安徽  江苏
 *   5          云南  贵州  湖南  江西  浙江  上海
 *   6                广西  广东  福建  台湾
 *   7                海南  澳门  香港
 */
export const tileGrid: readonly Tile[] = [
  { code: "230000", row: 0, col: 6 },
  { code: "150000", row: 1, col: 3 },
  { code: "110000", row: 1, col: 4 },
  { code: "210000", row: 1, col: 5 },
  { code: "220000", row: 1, col: 6 },
  { code: "650000", row: 2, col: 0 },
  { code: "620000", row: 2, col: 1 },
  { code: "640000", row: 2, col: 2 },
  { code: "140000", row: 2, col: 3 },
  { code: "130000", row: 2, col: 4 },
  { code: "120000", row: 2, col: 5 },
  { code: "540000", row: 3, col: 0 },
  { code: "630000", row: 3, col: 1 },
  { code: "610000", row: 3, col: 2 },
  { code: "410000", row: 3, col: 3 },
  { code: "370000", row: 3, col: 4 },
  { code: "510000", row: 4, col: 1 },
  { code: "500000", row: 4, col: 2 },
  { code: "420000", row: 4, col: 3 },
  { code: "340000", row: 4, col: 4 },
  { code: "320000", row: 4, col: 5 },
  { code: "530000", row: 5, col: 1 },
  { code: "520000", row: 5, col: 2 },
  { code: "430000", row: 5, col: 3 },
  { code: "360000", row: 5, col: 4 },
  { code: "330000", row: 5, col: 5 },
  { code: "310000", row: 5, col: 6 },
  { code: "450000", row: 6, col: 2 },
  { code: "440000", row: 6, col: 3 },
  { code: "350000", row: 6, col: 4 },
  { code: "710000", row: 6, col: 5 },
  { code: "460000", row: 7, col: 2 },
  { code: "820000", row: 7, col: 3 },
  { code: "810000", row: 7, col: 4 },
];

export const gridRows = Math.max(...tileGrid.map((tile) => tile.row)) + 1;
export const gridCols = Math.max(...tileGrid.map((tile) => tile.col)) + 1;

/** The province a GB/T 2260 code belongs to (`320500` → `320000`), if it is one of the grid's. */
export function provinceOfCode(code: string): string | undefined {
  const province = `${code.slice(0, 2)}0000`;
  return /^\d{6}$/.test(code) && tileGrid.some((tile) => tile.code === province) ? province : undefined;
}
