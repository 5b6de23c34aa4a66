import { z } from 'zod';

/*
 * The `lrs` key of the machine settings file: where CE Player sends learning records (an xAPI Learning Record
 * Store), with what credentials, how many statements at a time and how often. Messages never repeat the key or the
 * secret: the warnings go to the log and the console.
 */

/** Record sync to the provider's LRS, as the settings file gives it. */
export interface LrsSettings {
  /** The LRS's xAPI address, ending in "/": statements are sent to `<endpoint>statements`. */
  readonly endpoint: string;
  /** Basic authentication: the LRS's key (user name) and secret (password) for CE Player. */
  readonly key: string;
  readonly secret: string;
  /** false keeps the settings but queues and sends nothing. */
  readonly enabled: boolean;
  /** Statements sent in one request. */
  readonly batchSize: number;
  /** How often the outbox is sent, and the longest wait between tries while the LRS cannot be reached. */
  readonly intervalSeconds: number;
  /** How long one request may take before it counts as failed and is tried again later. */
  readonly timeoutSeconds: number;
}

/** Each number's bounds and default, written once. */
export const lrsLimits = {
  batchSize: { min: 1, max: 500, default: 50 },
  intervalSeconds: { min: 5, max: 86_400, default: 60 },
  timeoutSeconds: { min: 1, max: 300, default: 30 },
} as const;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why an endpoint cannot be used, or null. https always; http only on this computer (a test LRS). */
function endpointProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a web address';
  }
  if (url.username || url.password)
    return 'must not hold a user name or password: put them in "key" and "secret"';
  if (url.search || url.hash) return 'must not have a query (?…) or a fragment (#…)';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return null;
  if (url.protocol === 'http:') return 'uses http://, which would send records and the secret unencrypted';
  return `uses ${url.protocol}, not https://`;
}

const endpointSchema = z
  .string({
    error: 'must be the LRS\'s xAPI address in double quotes, such as "https://lrs.example.org/xapi/".',
  })
  .trim()
  .superRefine((text, context) => {
    const problem = endpointProblem(text);
    if (problem) {
      context.addIssue({
        code: 'custom',
        message:
          `${problem}. Give the LRS's xAPI address starting with https:// (http:// only for 127.0.0.1 or ` +
          'localhost), such as "https://lrs.example.org/xapi/".',
      });
    }
  })
  .transform((text) => (text.endsWith('/') ? text : `${text}/`));

function credentialSchema(name: 'key' | 'secret') {
  const what = name === 'key' ? 'the key (user name) the LRS gave' : 'the secret (password) the LRS gave';
  return z
    .string({ error: `must be ${what} CE Player, in double quotes.` })
    .min(1, { error: `must be ${what} CE Player; it is empty.` })
    .max(512, { error: 'is longer than 512 characters.' })
    .refine((value) => ![...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
      error: 'contains a line break, tab or other control character.',
    })
    .refine((value) => name === 'secret' || !value.includes(':'), {
      error: 'must not contain ":" (Basic authentication separates key and secret with it).',
    });
}

function countSchema(name: keyof typeof lrsLimits, unit: string) {
  const { min, max, default: fallback } = lrsLimits[name];
  return z
    .number({ error: `must be a whole number of ${unit}, without quotes.` })
    .int({ error: `must be a whole number of ${unit}.` })
    .min(min, { error: `must be at least ${min}.` })
    .max(max, { error: `can be at most ${max}.` })
    .default(fallback);
}

/** The schema of the `lrs` key. Unknown fields are refused, so a misspelt one does not pass unseen. */
export const lrsSettingsSchema = z
  .strictObject(
    {
      endpoint: endpointSchema,
      key: credentialSchema('key'),
      secret: credentialSchema('secret'),
      enabled: z.boolean({ error: 'must be true or false, without quotes.' }).default(true),
      batchSize: countSchema('batchSize', 'statements'),
      intervalSeconds: countSchema('intervalSeconds', 'seconds'),
      timeoutSeconds: countSchema('timeoutSeconds', 'seconds'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which CE Player does not know. Its fields are ` +
            '"endpoint", "key", "secret", "enabled", "batchSize", "intervalSeconds" and "timeoutSeconds".'
          : 'must be an object such as { "endpoint": "https://lrs.example.org/xapi/", "key": "…", "secret": "…" }.',
    },
  )
  .readonly() satisfies z.ZodType<LrsSettings, unknown>;
