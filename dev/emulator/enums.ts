/**
 * Apps Script enums (ScriptApp.AuthMode, Ui.Button, HtmlService.SandboxMode …) are objects, not
 * strings: each value has name(), ordinal() and toString() returning its name
 * (https://developers.google.com/apps-script/reference/script/auth-mode: "To call an enum, you call
 * its parent class, name, and property"). One shared instance per value keeps `===` comparisons
 * true across runtimes and across the loader's sandbox boundary.
 */
export class EnumValue<N extends string = string> {
  readonly #enumName: string;
  readonly #name: N;
  readonly #ordinal: number;

  constructor(enumName: string, name: N, ordinal: number) {
    this.#enumName = enumName;
    this.#name = name;
    this.#ordinal = ordinal;
    Object.freeze(this);
  }

  name(): N {
    return this.#name;
  }

  ordinal(): number {
    return this.#ordinal;
  }

  toString(): string {
    return this.#name;
  }

  toJSON(): string {
    return this.#name;
  }

  /** The enum this value belongs to, e.g. 'AuthMode' (for the emulation's own messages). */
  enumName(): string {
    return this.#enumName;
  }
}

export type Enum<N extends string> = Readonly<Record<N, EnumValue<N>>>;

export function defineEnum<N extends string>(
  enumName: string,
  names: readonly N[],
): Enum<N> {
  const values = {} as Record<N, EnumValue<N>>;
  names.forEach((name, ordinal) => {
    values[name] = new EnumValue(enumName, name, ordinal);
  });
  return Object.freeze(values);
}

/** The value's name if it is a value of `values`, else undefined. */
export function enumName<N extends string>(
  values: Enum<N>,
  value: unknown,
): N | undefined {
  return (Object.keys(values) as N[]).find(name => values[name] === value);
}
