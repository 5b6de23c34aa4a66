import { z } from 'zod';

/*
 * The contract: every channel between the renderer and the core, with a schema for its input and its output.
 * Shells validate inputs against it before the core sees them; the dispatcher parses outputs through it, so a
 * field a schema does not name (an answer key, say) cannot leave the core by accident.
 */

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens.');

const courseProblem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

const courseSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  source: z.enum(['bundled', 'imported']),
  available: z.boolean(),
  moduleCount: z.number().int(),
  estimatedMinutes: z.number(),
  creditHours: z.number().nullable(),
  problems: z.array(courseProblem),
  folder: z.string(),
});

const moduleOutline = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number(),
  questionCount: z.number().int(),
});

const courseOutline = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  modules: z.array(moduleOutline),
});

/** Declares one channel: what the renderer sends and what the core answers. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const channels = {
  'app.info': channel(
    z.object({}).strict(),
    z.object({ name: z.string(), version: z.string(), shell: z.enum(['desktop', 'browser']) }),
  ),
  'courses.list': channel(z.object({}).strict(), z.array(courseSummary)),
  'courses.outline': channel(z.object({ courseId: id }).strict(), courseOutline),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type CourseSummary = z.infer<typeof courseSummary>;
export type CourseOutline = z.infer<typeof courseOutline>;
export type CourseProblemView = z.infer<typeof courseProblem>;

/** The channel names, in the order the contract declares them; the preload allowlist is this list. */
export const channelNames = Object.keys(channels) as ChannelName[];

/** True when `name` is a channel of the contract (and not, say, `__proto__`). */
export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
