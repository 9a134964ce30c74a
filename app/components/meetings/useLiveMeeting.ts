import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

export type LiveState = "connecting" | "live" | "reconnecting" | "ended" | "stopped";

/**
 * Listens to the meeting's event stream and reloads the page's data whenever something changes, for every
 * open page of the meeting. EventSource reconnects by itself; the state says whether updates are flowing.
 */
export function useLiveMeeting(meetingId: number): LiveState {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const [state, setState] = useState<LiveState>("connecting");
  useEffect(() => {
    const source = new EventSource(`/live/meetings/${meetingId}`);
    source.addEventListener("ready", () => setState("live"));
    source.addEventListener("changed", () => revalidate.current());
    // The session is over (signed out, expired, password changed): reconnecting would only meet a 401.
    source.addEventListener("ended", () => {
      source.close();
      setState("ended");
    });
    // EventSource gives up by itself on a refusal (401, 404, 429): say so instead of "reconnecting".
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? "stopped" : "reconnecting");
    source.onopen = () => setState("live");
    return () => source.close();
  }, [meetingId]);
  return state;
}
