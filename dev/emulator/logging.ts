/**
 * Logger and console, recording what the script logs.
 * References: https://developers.google.com/apps-script/reference/base/logger ("log(format,
 * values...)" substitutes %s) and https://developers.google.com/apps-script/reference/base/console.
 */
import type {EmulationContext} from './context';
import {emulate} from './service-calls';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface LogLine {
  source: 'Logger' | 'console';
  level: LogLevel;
  text: string;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error)
  ) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Java-style `%s` (and `%d`) substitution, then any remaining values joined by spaces. */
function formatLine(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !/%[sd]/.test(first))
    return args.map(formatValue).join(' ');
  let next = 0;
  const text = first.replace(/%[sd]/g, placeholder =>
    next < rest.length ? formatValue(rest[next++]) : placeholder,
  );
  return [text, ...rest.slice(next).map(formatValue)].join(' ');
}

export class LogRecord {
  readonly lines: LogLine[] = [];

  add(
    source: LogLine['source'],
    level: LogLevel,
    args: readonly unknown[],
  ): void {
    this.lines.push({source, level, text: formatLine(args)});
  }

  texts(): string[] {
    return this.lines.map(line => line.text);
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export class Logger {
  readonly #record: LogRecord;

  constructor(context: EmulationContext, record: LogRecord) {
    this.#record = record;
    return emulate(this, 'Logger', context.calls);
  }

  log(...args: unknown[]): Logger {
    this.#record.add('Logger', 'log', args);
    return this;
  }

  getLog(): string {
    return this.#record.lines
      .filter(line => line.source === 'Logger')
      .map(line => `${line.text}\n`)
      .join('');
  }

  clear(): void {
    const kept = this.#record.lines.filter(line => line.source !== 'Logger');
    this.#record.clear();
    this.#record.lines.push(...kept);
  }
}

export class Console {
  readonly #record: LogRecord;

  constructor(context: EmulationContext, record: LogRecord) {
    this.#record = record;
    return emulate(this, 'console', context.calls);
  }

  log(...args: unknown[]): void {
    this.#record.add('console', 'log', args);
  }

  info(...args: unknown[]): void {
    this.#record.add('console', 'info', args);
  }

  warn(...args: unknown[]): void {
    this.#record.add('console', 'warn', args);
  }

  error(...args: unknown[]): void {
    this.#record.add('console', 'error', args);
  }

  debug(...args: unknown[]): void {
    this.#record.add('console', 'debug', args);
  }
}
