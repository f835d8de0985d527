/**
 * Every value that reaches a server function comes from a browser and is checked here first; a bad
 * one gets a clear error and the document is not touched.
 */
import {isIsoDate} from '../core/dates';
import type {IsoDate} from '../core/document-model';

export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

const MAX_ID_LENGTH = 64;

export function requireRecord(
  value: unknown,
  what: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidRequestError(
      `The ${what} request is malformed (expected an object).`,
    );
  }
  return value as Record<string, unknown>;
}

/** A real calendar date written 'YYYY-MM-DD' (the browser's own date), as core's isIsoDate defines it. */
export function requireIsoDate(value: unknown, field: string): IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidRequestError(
      `"${field}" must be a date written YYYY-MM-DD.`,
    );
  }
  if (!isIsoDate(value)) {
    throw new InvalidRequestError(
      `"${field}" is not a real calendar date: ${value}.`,
    );
  }
  return value;
}

export function requireId(value: unknown, field: string): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > MAX_ID_LENGTH ||
    !/^[a-z0-9-]+$/.test(value)
  ) {
    throw new InvalidRequestError(`"${field}" must be a known identifier.`);
  }
  return value;
}

export function requireIdOrNull(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : requireId(value, field);
}

export function requireInteger(
  value: unknown,
  field: string,
  min: number,
  max: number,
): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    throw new InvalidRequestError(
      `"${field}" must be a whole number from ${min} to ${max}.`,
    );
  }
  return value;
}

export function requireOneOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
): T {
  if (
    typeof value !== 'string' ||
    !(allowed as readonly string[]).includes(value)
  ) {
    throw new InvalidRequestError(
      `"${field}" must be one of: ${allowed.join(', ')}.`,
    );
  }
  return value as T;
}

/** A line of text a person typed (a targeted action, an entry's title): a string, at most `max` long. */
export function requireText(
  value: unknown,
  field: string,
  max: number,
): string {
  if (typeof value !== 'string' || value.length > max) {
    throw new InvalidRequestError(
      `"${field}" must be text of at most ${max} characters.`,
    );
  }
  return value;
}

/** A list of lines of text, at most `count` of them. */
export function requireTextList(
  value: unknown,
  field: string,
  count: number,
  max: number,
): string[] {
  if (!Array.isArray(value) || value.length > count) {
    throw new InvalidRequestError(
      `"${field}" must be a list of at most ${count} lines.`,
    );
  }
  return value.map((item, position) =>
    requireText(item, `${field}[${position}]`, max),
  );
}
