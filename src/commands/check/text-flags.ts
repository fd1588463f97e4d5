import * as z from 'zod/mini';
import { parseDayFlag } from '../../core/parse/index.js';
import { flagValue, validateFlags } from '../validate.js';
import { checkFlags } from './flags.js';

const textFlags = z.extend(checkFlags, { published: z.optional(flagValue(parseDayFlag)) });

export type TextFlags = z.infer<typeof textFlags>;

/** The flags given with a claim written as text, validated. */
export const readTextFlags = (raw: Record<string, string | undefined>): TextFlags => validateFlags(textFlags, raw);
