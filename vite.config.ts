import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import path from "node:path";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
  build: { target: "es2022" },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        // Off on purpose: with it, every page render matches the whole route table again to cut a partial
        // manifest (9% of the meeting page's CPU under load, measured with `npm run bench:http -- --concurrent
        // --cpu-prof`). Our ~45 routes' manifest is one small cached file. React Router 7 keeps the same choice
        // (`routeDiscovery: { mode: "initial" }`), so the upgrade path stays open.
        v3_lazyRouteDiscovery: false,
        v3_routeConfig: true,
      },
    }),
  ],
});
