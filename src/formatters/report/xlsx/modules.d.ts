// The two modules the streaming workbook writer takes from its dependencies, typed as it uses them
// (archiver ships no types; exceljs' theme is one of its internal files: the theme its workbooks carry).
declare module 'archiver' {
  import type { Transform } from 'node:stream';
  interface Archiver extends Transform {
    append(source: Buffer | NodeJS.ReadableStream, data: { name: string }): this;
    finalize(): Promise<void>;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
  export default archiver;
}

declare module 'exceljs/lib/xlsx/xml/theme1.js' {
  const theme: string;
  export default theme;
}
