"use client";
import { useSyncExternalStore } from "react";

const utc = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const noop = () => () => {};

/** A date and time in the reader's own time zone (in UTC, labelled, until the browser renders it). */
export function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(noop, () => true, () => false);
  const date = new Date(iso);
  const text = inBrowser
    ? new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(date)
    : `${utc.format(date)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
