/**
 * Each side of a body writes the protocol in its own colour: cursors, names in the presence list, comments.
 * Dark enough for white label text and for a caret on white (contrast ≥ 4.5:1, WCAG AA), and far apart in hue,
 * so the colour is a help, never the only cue (names are always written out).
 */
const SIDE_COLOURS = ["#1d4e89", "#9b1c31", "#0b6e4f", "#6a3d9a", "#8a4b08", "#005f73"] as const;
/** Someone who writes without a seat (an administrator reading): neutral. */
export const NO_SIDE_COLOUR = "#4a4f57";

/** The colour of the side at this position (1-based, as stored) in its body. */
export function sideColour(position: number | null | undefined): string {
  if (!position || position < 1) return NO_SIDE_COLOUR;
  return SIDE_COLOURS[(position - 1) % SIDE_COLOURS.length]!;
}

/** The side a person writes for in a live document: their seat's side in the body, or none. */
export interface SeatSide {
  name: string;
  position: number;
}

/** How a person appears to the others in a live document: their side's name and its colour (none: neutral). */
export function presenceOfSide(side: SeatSide | null): { side: string | null; colour: string } {
  return { side: side?.name ?? null, colour: sideColour(side?.position) };
}
