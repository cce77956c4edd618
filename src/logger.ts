// One pino logger for the process. Logs go to stderr so that commands which print data on
// stdout (kg extract --format jsonl) stay machine-readable.
import pino from 'pino';

export const logger = pino(
  { level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'), base: undefined },
  pino.destination(2),
);
