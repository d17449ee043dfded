// Preloaded by bench/identity.mjs (`node --require bench/fixed-clock.cjs …`): `new Date()` and
// `Date.now()` return FIXED_NOW, so outputs that show when they were made (the .ics DTSTAMP, the
// report header, the workbook's creation date) are the same in two runs.
const RealDate = Date;
const fixed = RealDate.parse(process.env.FIXED_NOW ?? '2024-12-26T03:00:00Z');
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(fixed);
    else super(...args);
  }
  static now() {
    return fixed;
  }
}
globalThis.Date = FixedDate;
