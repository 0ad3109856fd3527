/** An HTTP method as OpenAPI names the operations of a path item. */
export type Method = "get" | "post" | "put" | "patch" | "delete";

export type Paths = Record<string, Partial<Record<Method, object>>>;

/** Adds an operation to its path item; describing one twice is a mistake of the tables. */
export function addOperation(paths: Paths, path: string, method: Method, operation: object): void {
  const item = (paths[path] ??= {});
  if (item[method]) throw new Error(`The OpenAPI document describes ${method.toUpperCase()} ${path} twice.`);
  item[method] = operation;
}
