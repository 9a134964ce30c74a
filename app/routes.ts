import type { RouteConfig } from "@remix-run/route-config";
import { flatRoutes } from "@remix-run/fs-routes";

// Routes are the files of app/routes/, by Remix's flat-route naming (the v3_routeConfig way of saying so).
export default flatRoutes() satisfies RouteConfig;
