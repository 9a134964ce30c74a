// The participants' statistics (issue 12): who registered, who was confirmed and who came (was checked in), by
// country and by kind of organisation. Pure, so the page, the chart and the CSV export count the same way.
import { participantKinds, type ParticipantKind, type RegistrationStatus } from "../conference-kinds";

export interface CountedRegistration {
  country: string;
  organisationKind: ParticipantKind;
  status: RegistrationStatus;
  checkedInAt: Date | null;
}

export interface Tally {
  /** Every registration received, whatever became of it. */
  registered: number;
  confirmed: number;
  /** Checked in at the door. */
  came: number;
}

export interface StatisticsRow<K extends string> extends Tally {
  key: K;
}

export interface RegistrationStatistics {
  /** `withdrawn`: withdrawn by the registrants themselves (anonymous rows, still counted as registered). */
  total: Tally & { pending: number; declined: number; withdrawn: number };
  byCountry: StatisticsRow<string>[];
  byKind: StatisticsRow<ParticipantKind>[];
}

const empty = (): Tally => ({ registered: 0, confirmed: 0, came: 0 });

function add(tally: Tally, r: CountedRegistration): void {
  tally.registered += 1;
  if (r.status === "confirmed") tally.confirmed += 1;
  // Only a confirmed participant is checked in (the door confirms a pending one first), so `came` ⊆ `confirmed`.
  if (r.status === "confirmed" && r.checkedInAt !== null) tally.came += 1;
}

/**
 * Countries ordered by how many came, then by registrations, then by code (a stable order for the chart and the
 * file); kinds of organisation in their fixed order, every kind shown even at zero (the reader compares them).
 */
export function registrationStatistics(rows: readonly CountedRegistration[]): RegistrationStatistics {
  const total = { ...empty(), pending: 0, declined: 0, withdrawn: 0 };
  const countries = new Map<string, Tally>();
  const kinds = new Map<ParticipantKind, Tally>(participantKinds.map((k) => [k, empty()]));
  for (const r of rows) {
    add(total, r);
    if (r.status === "pending") total.pending += 1;
    if (r.status === "declined") total.declined += 1;
    if (r.status === "withdrawn") total.withdrawn += 1;
    if (!countries.has(r.country)) countries.set(r.country, empty());
    add(countries.get(r.country)!, r);
    add(kinds.get(r.organisationKind)!, r);
  }
  const byCountry = [...countries]
    .map(([key, t]) => ({ key, ...t }))
    .sort((a, b) => b.came - a.came || b.registered - a.registered || a.key.localeCompare(b.key));
  const byKind = participantKinds.map((key) => ({ key, ...kinds.get(key)! }));
  return { total, byCountry, byKind };
}
