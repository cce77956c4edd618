// One pino logger for the process. Logs go to stderr so that commands which print data on
// stdout (kg extract --format jsonl) stay machine-readable.
//
// On a terminal the lines are pretty (local time, level, message, then the fields); piped or
// redirected they stay one JSON object a line, for log collectors and `jq`. KG_LOG_FORMAT
// (pretty | json) overrides the guess. pino-pretty formats in this thread, not in a worker:
// a worker costs start-up time for every `kg` command, and a terminal is never the bottleneck.
import type { Writable } from 'node:stream';
import pino from 'pino';

export type LogFormat = 'pretty' | 'json';
export const LOG_FORMATS: readonly LogFormat[] = ['pretty', 'json'];

/** KG_LOG_FORMAT if set, else pretty on a terminal and JSON anywhere else. */
export function logFormat(env: NodeJS.ProcessEnv, isTerminal: boolean): LogFormat {
  const chosen = env.KG_LOG_FORMAT?.trim().toLowerCase();
  if (!chosen) return isTerminal ? 'pretty' : 'json';
  if ((LOG_FORMATS as readonly string[]).includes(chosen)) return chosen as LogFormat;
  throw new Error(`KG_LOG_FORMAT='${env.KG_LOG_FORMAT}' is not a log format: use ${LOG_FORMATS.join(' or ')}`);
}

export interface LoggerOptions {
  level: string;
  format: LogFormat;
  /** Where lines go: stderr by default (tests give a stream). */
  destination?: Writable;
  /** Colours in pretty lines (on a terminal). */
  colorize?: boolean;
}

export function createLogger(options: LoggerOptions): pino.Logger {
  const settings: pino.LoggerOptions = { level: options.level, base: undefined };
  if (options.format === 'json') return pino(settings, options.destination ?? pino.destination(2));
  // Loaded only when asked for: JSON logging (servers, pipes, tests) never pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  const stream = pretty({
    destination: options.destination ?? 2,
    sync: true,
    colorize: options.colorize ?? false,
    translateTime: 'SYS:HH:MM:ss.l',
    // a request's fields (request-log.ts) repeat its message
    ignore: 'pid,hostname,http',
    singleLine: true,
  });
  return pino(settings, stream);
}

export const logger = createLogger({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  format: logFormat(process.env, Boolean(process.stderr.isTTY)),
  colorize: Boolean(process.stderr.isTTY),
});

export type Logger = typeof logger;
