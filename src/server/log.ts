import pino from 'pino';

/**
 * The server log: one JSON line per event (pino), tagged with the subsystem. Personal data
 * (reporter names, contacts, message text) is never passed to the logger; the redaction below
 * is a second line of defence for fields with those names.
 */
const root = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  redact: {
    paths: ['reporterName', 'reporterContact', 'originalText', 'password', '*.reporterName', '*.reporterContact', '*.originalText', '*.password'],
    censor: '[disembunyikan]',
  },
});

export function logger(subsystem: string): pino.Logger {
  return root.child({ subsystem });
}
