// The last lines of a log file, for error messages: when the server fails to start, its
// own words about why are usually in the last few lines.
import fs from 'node:fs';

/** Up to `lines` last lines of `file` (reading at most the last 64 KiB); '' when it is missing. */
export function tailOfFile(file: string, lines = 30, fromByte = 0): string {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Math.max(fromByte, size - 64 * 1024);
    const buffer = Buffer.alloc(Math.max(0, size - start));
    fs.readSync(fd, buffer, 0, buffer.length, start);
    return buffer.toString('utf8').split('\n').filter((l) => l.trim() !== '').slice(-lines).join('\n');
  } finally {
    fs.closeSync(fd);
  }
}

/** Indents every line, for putting a log excerpt under an error message. */
export function indent(text: string, prefix = '  | '): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
