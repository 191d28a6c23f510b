// Makes ids shaped like MongoDB ObjectIds (24 lowercase hex digits), which is
// what the real API returns as `_id`: 4 bytes of creation time in seconds, 5
// bytes fixed per generator, and a 3-byte counter. The time prefix keeps ids
// roughly in creation order, like the real ones; the counter makes them unique.

export class ObjectIdFactory {
  readonly #machine: string;
  #counter: number;

  /** `machine` is 10 hex digits; `counterStart` any integer (only its low 24 bits are used). */
  constructor(machine: string, counterStart: number) {
    if (!/^[0-9a-f]{10}$/.test(machine)) throw new RangeError('machine must be 10 lowercase hex digits');
    this.#machine = machine;
    this.#counter = counterStart & 0xffffff;
  }

  /** A new id for something created at `createdMs` (ms since the epoch). */
  next(createdMs: number): string {
    const seconds = Math.max(0, Math.floor(createdMs / 1000)) % 0x1_0000_0000;
    this.#counter = (this.#counter + 1) & 0xffffff;
    return seconds.toString(16).padStart(8, '0') + this.#machine + this.#counter.toString(16).padStart(6, '0');
  }
}
