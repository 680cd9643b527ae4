import { z } from "zod";

// The shape of a row id (Prisma's cuid: lower-case letters and digits) and of an article slug. A route segment or
// form field that is not of that shape is unknown without asking the database.

const ID_PATTERN = /^[a-z0-9]{10,40}$/;
const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

/** A row id; `message` is what a person reads when a form or request sends something else. */
export const idSchema = (message = "Unknown id.") => z.string().regex(ID_PATTERN, message);

/** An article slug. */
export const slugSchema = (message = "Unknown article.") => z.string().regex(SLUG_PATTERN, message);

/** Whether a route segment can be an id (anything else is a 404). */
export const isId = (value: string): boolean => ID_PATTERN.test(value);
