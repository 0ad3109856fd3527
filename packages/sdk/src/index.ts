export * from "./schemas/index.js";
export * from "./client/index.js";
export * from "./publishers.js";
export * from "./source-text.js";
