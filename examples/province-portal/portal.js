// Wires the widgets together through their events: choosing a province on the map switches the
// profile, the board and the lists to it; choosing a consortium shows its card; a figure of the
// profile leads to the widget of this page that shows it in full.
const map = document.getElementById("map");
const board = document.getElementById("board");
const lists = document.getElementById("lists");
const consortium = document.getElementById("consortium");
const profile = document.getElementById("profile");

map.addEventListener("cj-select", (event) => {
  const choice = event.value;
  if (choice.type === "province") {
    profile.setAttribute("province", choice.province.code);
    board.setAttribute("region", choice.province.code);
    lists.setAttribute("province", choice.province.code);
  } else if (choice.type === "consortium") {
    consortium.setAttribute("consortium-id", choice.consortium.id);
    consortium.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }
});

const shownHere = { "cj-consortium-map": map, "cj-talent-board": board };

profile.addEventListener("cj-figure-open", (event) => {
  const widget = event.widget && shownHere[event.widget.tag];
  if (!widget) return;
  for (const [name, value] of Object.entries(event.widget.attributes)) widget.setAttribute(name, value);
  widget.scrollIntoView({ behavior: "smooth", block: "start" });
});
