import { defineConfig } from "drizzle-kit";

// Never run `drizzle-kit push`: it drops the tables and triggers that live in custom migrations.
export default defineConfig({ dialect: "sqlite", schema: "./db/schema.ts", out: "./migrations" });
