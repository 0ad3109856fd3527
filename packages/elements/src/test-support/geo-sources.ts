// Map files a site could supply to <cj-consortium-map geo-src>, for the tests.

// Synthetic squares in longitude/latitude, one per region code; nothing here is a real boundary.
export const squares = [
  { code: "320000", lon: 118, lat: 32 },
  { code: "540000", lon: 88, lat: 31 },
  { code: "110000", lon: 116, lat: 40 },
  { code: "440000", lon: 113, lat: 23 },
];
const side = 4;

/** A clockwise ring, as d3-geo reads an exterior ring. */
function ring(lon: number, lat: number): number[][] {
  return [
    [lon, lat],
    [lon, lat + side],
    [lon + side, lat + side],
    [lon + side, lat],
    [lon, lat],
  ];
}

/** A GeoJSON FeatureCollection of the squares, their code in `property`. */
export function geoJson(property = "code") {
  return {
    type: "FeatureCollection",
    features: squares.map((square) => ({
      type: "Feature",
      properties: { [property]: square.code, name: square.code },
      geometry: { type: "Polygon", coordinates: [ring(square.lon, square.lat)] },
    })),
  };
}

/** A TopoJSON topology of the squares, their code in `adcode`. */
export function topoJson() {
  return {
    type: "Topology",
    arcs: squares.map((square) => ring(square.lon, square.lat)),
    objects: {
      regions: {
        type: "GeometryCollection",
        geometries: squares.map((square, index) => ({ type: "Polygon", arcs: [[index]], properties: { adcode: Number(square.code) } })),
      },
    },
  };
}

/** A URL of `body` for the page, as a site serves its map file. */
export const blobUrl = (body: string, type = "application/json") => URL.createObjectURL(new Blob([body], { type }));
