// The provider as the CDN loader registers it: the clients it makes share requests between the widgets of a page.
import "./provider/define.js";
import { shareRequests } from "./provider/request-cache.js";

shareRequests();
