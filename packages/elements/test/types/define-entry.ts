// Compiled by `tsc -p test/types` (never run): a project that only imports the registering entry
// still gets every tag and event typed.
import "@chanjiao/elements/define";

const board = document.createElement("cj-talent-board");
board.groupBy = "industry";
board.addEventListener("cj-select", (event) => console.log(event.value));
document.querySelector("cj-consortium-map")?.addEventListener("cj-error", (event) => console.error(event.error.message));
