/**
 * Apps Script checks each service call's arguments against the method's Java signature and fails
 * with "The parameters (String,number) don't match the method signature for Ui.Menu.addItem."
 * These helpers reproduce that message for the checks the emulation makes.
 */
import type {EmulationContext} from './context';
import {emulatedTypeName} from './service-calls';

/** How Apps Script names an argument's type in that message. */
export function parameterTypeName(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'undefined':
      return 'undefined';
    case 'object':
      if (Array.isArray(value)) return 'Object[]';
      if (Object.prototype.toString.call(value) === '[object Date]')
        return 'Date';
      return (
        emulatedTypeName(value) ?? (isPlainObject(value) ? 'Object' : '(class)')
      );
    default:
      return '(class)';
  }
}

/** True for `{}` literals of any realm (the loader's sandbox has its own Object.prototype). */
export function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    prototype === null ||
    (Object.getPrototypeOf(prototype) === null &&
      Object.prototype.toString.call(value) === '[object Object]')
  );
}

export type ParameterCheck = (value: unknown) => boolean;

export const isString: ParameterCheck = value => typeof value === 'string';
export const isNumber: ParameterCheck = value => typeof value === 'number';
export const isDate: ParameterCheck = value =>
  Object.prototype.toString.call(value) === '[object Date]';

/**
 * Throws Apps Script's signature error unless `args` match one of `signatures` (each a list of
 * checks, one per parameter; trailing undefined arguments count as not passed).
 */
export function checkSignature(
  context: EmulationContext,
  member: string,
  args: readonly unknown[],
  ...signatures: ReadonlyArray<readonly ParameterCheck[]>
): void {
  let passed = args.length;
  while (passed > 0 && args[passed - 1] === undefined) passed -= 1;
  const given = args.slice(0, passed);
  const matches = signatures.some(
    signature =>
      signature.length === given.length &&
      signature.every((check, i) => check(given[i])),
  );
  if (!matches) {
    throw context.exception(
      `The parameters (${given.map(parameterTypeName).join(',')}) don't match the method signature for ${member}.`,
    );
  }
}
