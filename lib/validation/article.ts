import { z } from "zod";
import { idSchema } from "./ids";

/** `?hl=start-end` (evidence to highlight) and `?v=versionId` on the reading page; anything malformed is ignored. */
export const HighlightQuerySchema = z.object({
  hl: z
    .string()
    .regex(/^\d{1,7}-\d{1,7}$/)
    .transform((v) => {
      const [start, end] = v.split("-").map(Number);
      return { start, end };
    })
    .refine((r) => r.end > r.start)
    .optional()
    .catch(undefined),
  v: idSchema().optional().catch(undefined),
});
