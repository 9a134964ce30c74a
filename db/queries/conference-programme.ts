// A conference's programme as its pages show it (issue 12): items in order, each with its moderators and speakers
// and its materials. Who may see which material is the caller's question to the policy.
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import {
  bodies,
  conferences,
  files,
  programmeItems,
  programmeMaterials,
  programmeSpeakers,
  type ProgrammeItem,
  type ProgrammeSpeaker,
} from "../schema";
import { sidesOf } from "./bodies";

export interface ProgrammeEntry extends ProgrammeItem {
  speakers: ProgrammeSpeaker[];
  materials: { id: number; title: string; isPublic: boolean; name: string; size: number }[];
}

export function programmeOf(db: Db, bodyId: number): ProgrammeEntry[] {
  const items = db
    .select()
    .from(programmeItems)
    .where(eq(programmeItems.bodyId, bodyId))
    .orderBy(asc(programmeItems.position), asc(programmeItems.id))
    .all();
  const ids = items.map((i) => i.id);
  if (ids.length === 0) return [];
  const speakers = db
    .select()
    .from(programmeSpeakers)
    .where(inArray(programmeSpeakers.itemId, ids))
    .orderBy(asc(programmeSpeakers.position), asc(programmeSpeakers.id))
    .all();
  const materials = db
    .select({
      id: programmeMaterials.id,
      itemId: programmeMaterials.itemId,
      title: programmeMaterials.title,
      isPublic: programmeMaterials.isPublic,
      name: files.originalName,
      size: files.size,
    })
    .from(programmeMaterials)
    .innerJoin(files, eq(files.id, programmeMaterials.fileId))
    .where(inArray(programmeMaterials.itemId, ids))
    .orderBy(asc(programmeMaterials.id))
    .all();
  return items.map((item) => ({
    ...item,
    // Moderators first, then speakers, each in the order they were added.
    speakers: speakers
      .filter((s) => s.itemId === item.id)
      .sort((a, b) => (a.role === b.role ? 0 : a.role === "moderator" ? -1 : 1)),
    materials: materials.filter((m) => m.itemId === item.id).map(({ itemId: _itemId, ...m }) => m),
  }));
}

/** The organisers: the conference's sides, by the organisation each stands for (its own name otherwise). */
export function organisersOf(db: Db, bodyId: number): { name: string; country: string | null }[] {
  return sidesOf(db, bodyId).map((s) => ({ name: s.name, country: s.country }));
}

/** A material's file and item, for its download. */
export function findProgrammeMaterial(db: Db, materialId: number) {
  return (
    db
      .select({ material: programmeMaterials, bodyId: programmeItems.bodyId })
      .from(programmeMaterials)
      .innerJoin(programmeItems, eq(programmeItems.id, programmeMaterials.itemId))
      .where(eq(programmeMaterials.id, materialId))
      .get() ?? null
  );
}

/** Published conferences, latest first: for the home page. */
export function publishedConferences(db: Db, limit = 5) {
  return db
    .select({ id: bodies.id, titleRu: bodies.titleRu, titleEn: bodies.titleEn, startsAt: conferences.startsAt })
    .from(bodies)
    .innerJoin(conferences, eq(conferences.bodyId, bodies.id))
    .where(and(eq(bodies.kind, "conference"), isNotNull(bodies.publishedAt)))
    .orderBy(desc(conferences.startsAt))
    .limit(limit)
    .all();
}
