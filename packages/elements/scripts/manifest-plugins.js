import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Analyzer plugins that teach `cem analyze` how this package is written: tags are registered by
 * `defineElement(tag, Class)` in each component's define.ts, events are `Event` subclasses that
 * carry their own type, and `static properties` entries with `state: true` are internal.
 */

/** `CjSelectEvent` → `cj-select`, read from the event classes' `static readonly type`. */
function readEventTypes(eventsFile) {
  const source = readFileSync(eventsFile, "utf8");
  const pattern = /class (\w+)(?:<[^>]*>)? extends Event \{\s*static readonly type = "([^"]+)"/g;
  return new Map([...source.matchAll(pattern)].map(([, className, type]) => [className, type]));
}

/** Records each `defineElement("cj-x", CjX)` call as the definition of that tag. */
export function defineElementCalls() {
  return {
    name: "chanjiao-define-element-calls",
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== "defineElement") return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const className = klass.text;
      const specifier = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((declaration) => declaration.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === className))
        ?.moduleSpecifier.text;
      const module = specifier
        ? path.posix.join(path.posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, ".ts")
        : moduleDoc.path;
      moduleDoc.exports.push({ kind: "custom-element-definition", name: tag.text, declaration: { name: className, module } });
    },
  };
}

/**
 * The analyzer names an event from the first argument of `new X(...)` in `dispatchEvent`; ours
 * take the payload there and name themselves, so such guesses are replaced by the real type
 * (documented with `@fires`, or bare so that the manifest check reports it undocumented).
 */
export function selfNamedEvents({ eventsFile }) {
  const eventTypes = readEventTypes(eventsFile);
  return {
    name: "chanjiao-self-named-events",
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!declaration.events) continue;
        const byName = new Map();
        for (const event of declaration.events) {
          const name = eventTypes.get(event.type?.text) ?? event.name;
          byName.set(name, { ...byName.get(name), ...event, name });
        }
        declaration.events = [...byName.values()];
      }
    },
  };
}

/** Drops `static properties` entries declared `state: true`: Lit's internal reactive state. */
export function internalState() {
  return {
    name: "chanjiao-internal-state",
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) => ts.isPropertyDeclaration(member) && member.name.getText() === "properties" && ts.isObjectLiteralExpression(member.initializer),
      );
      if (!properties) return;
      const internal = properties.initializer.properties
        .filter((property) => ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText()))
        .map((property) => property.name.getText());
      const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.text);
      if (!classDoc || internal.length === 0) return;
      classDoc.members = classDoc.members?.filter((member) => !internal.includes(member.name));
      classDoc.attributes = classDoc.attributes?.filter((attribute) => !internal.includes(attribute.fieldName));
    },
  };
}

/**
 * Lit's `static properties` make each attribute from its property, description included, so the
 * `@attr` text of the class comment would give way to the shorter `@prop` one; this puts it back.
 */
export function attributeDescriptions() {
  const attrTag = /@attr(?:ibute)?\s+(?:\{[^}]*\}\s+)?([\w-]+)\s+-\s+([\s\S]*?)(?=\n\s*\*\s*@|\n\s*\*\/|$)/g;
  return {
    name: "chanjiao-attribute-descriptions",
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.text);
      for (const jsDoc of node.jsDoc ?? []) {
        for (const [, name, text] of jsDoc.getFullText().matchAll(attrTag)) {
          const attribute = classDoc?.attributes?.find((candidate) => candidate.name === name);
          if (attribute) attribute.description = text.replace(/\n\s*\*\s?/g, " ").trim();
        }
      }
    },
  };
}
