import pino from 'pino';
import { LOG_LEVELS } from './config.ts';

/**
 * The server log: one JSON line per event (pino), tagged with the subsystem. Personal data
 * (reporter names, contacts, message text) is never passed to the logger. As a second line of
 * defence, fields with those names are redacted, and logged errors lose the query parameters
 * and row values that database errors carry.
 */
const configuredLevel = process.env.LOG_LEVEL ?? '';
const root = pino({
  // The start-up check rejects an unknown LOG_LEVEL; code that skips the check logs at info.
  level: (LOG_LEVELS as readonly string[]).includes(configuredLevel) ? configuredLevel : 'info',
  base: undefined,
  redact: {
    paths: [
      'reporterName',
      'reporterContact',
      'originalText',
      'password',
      '*.reporterName',
      '*.reporterContact',
      '*.originalText',
      '*.password',
    ],
    censor: '[disembunyikan]',
  },
  serializers: { err: serializeError },
});

export function logger(subsystem: string): pino.Logger {
  return root.child({ subsystem });
}

interface SerializedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SerializedError;
}

/**
 * An error as it may be logged. Drizzle puts the query parameters (reporter names, contacts,
 * message text) into its message, and PostgreSQL puts row values into `detail`: both are cut.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: redactParameters(String(error)) };
  }
  const serialized: SerializedError = {
    type: error.name,
    message: redactParameters(error.message),
  };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    serialized.code = code;
  }
  if (error.stack) {
    serialized.stack = redactParameters(error.stack);
  }
  if (error.cause !== undefined && depth < 3) {
    serialized.cause = serializeError(error.cause, depth + 1);
  }
  return serialized;
}

function redactParameters(text: string): string {
  return text.replace(/\nparams: .*/g, '\nparams: [disembunyikan]').replace(/Key \(.*?\)=\(.*?\)/g, 'Key (…)=(…)');
}
