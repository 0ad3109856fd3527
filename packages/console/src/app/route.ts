/** Where the console is: the part of the URL after `#`. */
export type Route =
  | { view: "records"; collection: string }
  | { view: "record"; collection: string; id: string | null }
  | { view: "import"; collection: string }
  | { view: "keys" }
  | { view: "reviews" }
  | { view: "home" }
  | { view: "unknown" };

/** The route a hash names: `#/programmes`, `#/programmes/new`, `#/programmes/{id}`, `#/programmes/import`, `#/keys`, `#/reviews`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const [first, second, ...rest] = parts;
  if (first === undefined) return { view: "home" };
  if (rest.length > 0) return { view: "unknown" };
  if ((first === "keys" || first === "reviews") && second === undefined) return { view: first };
  if (second === undefined) return { view: "records", collection: first };
  if (second === "import") return { view: "import", collection: first };
  if (second === "new") return { view: "record", collection: first, id: null };
  return { view: "record", collection: first, id: second };
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  switch (route.view) {
    case "records":
      return `#/${route.collection}`;
    case "record":
      return `#/${route.collection}/${route.id === null ? "new" : encodeURIComponent(route.id)}`;
    case "import":
      return `#/${route.collection}/import`;
    case "keys":
    case "reviews":
      return `#/${route.view}`;
    default:
      return "#/";
  }
}
