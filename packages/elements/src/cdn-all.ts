// Everything in one file, dist/cdn/chanjiao.all.js, for hosts that cannot serve several: registers
// every tag up front and exposes the classes.
import "./define.js";

export * from "./index.js";
