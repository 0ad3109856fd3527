// Wires the widgets together through their events: choosing a province on the map switches the
// profile, the board and the lists to it; choosing a consortium shows its card; a figure of the
// profile leads to the widget of this page that shows it in full. What the map shows (its measure
// and the province drilled into) is kept in the page's URL, so a link or a reload shows it again.
const map = document.getElementById("map");
const board = document.getElementById("board");
const lists = document.getElementById("lists");
const consortium = document.getElementById("consortium");
const profile = document.getElementById("profile");
const defaultProvince = lists.getAttribute("province");

function followProvince(code) {
  profile.setAttribute("province", code ?? defaultProvince);
  board.setAttribute("region", code ?? defaultProvince);
  lists.setAttribute("province", code ?? defaultProvince);
}

const query = new URLSearchParams(location.search);
if (query.has("measure")) map.setAttribute("measure", query.get("measure"));
if (query.has("province")) {
  map.setAttribute("province", query.get("province"));
  followProvince(query.get("province"));
}

map.addEventListener("cj-map-state", (event) => {
  const url = new URL(location.href);
  url.searchParams.set("measure", event.measure);
  if (event.province) url.searchParams.set("province", event.province);
  else url.searchParams.delete("province");
  history.replaceState(null, "", url);
  followProvince(event.province);
});

map.addEventListener("cj-select", (event) => {
  const choice = event.value;
  if (choice.type === "consortium") {
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
