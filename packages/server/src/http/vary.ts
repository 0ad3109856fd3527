/** Adds `name` to the response's `Vary` unless it names it already, in any case. */
export function varyOn(headers: Headers, name: string): void {
  const varies = (headers.get("Vary") ?? "").split(",").map((entry) => entry.trim().toLowerCase());
  if (!varies.includes(name.toLowerCase())) headers.append("Vary", name);
}
