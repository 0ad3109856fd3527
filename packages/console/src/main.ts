import "./app/cj-console.js";
