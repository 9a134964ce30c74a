// The one drizzle schema, by area. drizzle-kit and the code import it from here.
export * from "./schema/accounts";
export * from "./schema/bodies";
export * from "./schema/meetings";
export * from "./schema/meeting-rules";
export * from "./schema/protocols";
export * from "./schema/library";
export * from "./schema/assignments";
export * from "./schema/conferences";
export * from "./schema/partnerships";
