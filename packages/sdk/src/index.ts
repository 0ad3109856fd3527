export * from "./schemas/index.js";
export * from "./client/index.js";
