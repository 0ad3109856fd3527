/** A file of the CDN build as a browser fetches it, with the files it imports. */
export interface BuiltFile {
  url: string;
  code: string;
  /** Imported up front, so fetched with this file. */
  imports: string[];
  /** Imported with `import()`, so fetched only when that code runs. */
  dynamicImports: string[];
}

// Minified ES output opens with its import statements; past them, "from" may occur in any string.
const leadingImport = /^import\s*(?:[^;"'`]*?from\s*)?["'`]([^"'`]+)["'`];?/;
const dynamicImport = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function parse(url: string, code: string): BuiltFile {
  const imports: string[] = [];
  let rest = code;
  for (let match = leadingImport.exec(rest); match; match = leadingImport.exec(rest)) {
    imports.push(new URL(match[1]!, url).href);
    rest = rest.slice(match[0].length);
  }
  const dynamicImports = [...code.matchAll(dynamicImport)].map((match) => new URL(match[1]!, url).href);
  return { url, code, imports, dynamicImports };
}

/** Every file reachable from `entryUrl` through static and dynamic imports, by URL. */
export async function builtGraph(entryUrl: string): Promise<Map<string, BuiltFile>> {
  const graph = new Map<string, BuiltFile>();
  const queue = [entryUrl];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (graph.has(url)) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const file = parse(url, await response.text());
    graph.set(url, file);
    queue.push(...file.imports, ...file.dynamicImports);
  }
  return graph;
}

/** The file at `url` and every file it imports statically, transitively: what loading it fetches. */
export function staticClosure(graph: Map<string, BuiltFile>, url: string): BuiltFile[] {
  const reached = [graph.get(url)!];
  for (let index = 0; index < reached.length; index += 1) {
    for (const next of reached[index]!.imports) {
      const file = graph.get(next)!;
      if (!reached.includes(file)) reached.push(file);
    }
  }
  return reached;
}
