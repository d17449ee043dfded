// The modules the streaming writers take from dependencies without types, typed as they are used:
// archiver (5.x) zips the Excel report and the Form 08 DOCX as they are written; exceljs' theme is
// one of its internal files, the theme its workbooks carry.
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';
  interface Archiver extends Transform {
    append(source: Buffer | Readable | NodeJS.ReadableStream, data: { name: string }): this;
    finalize(): Promise<void>;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number }; forceZip64?: boolean }): Archiver;
  export default archiver;
}

declare module 'exceljs/lib/xlsx/xml/theme1.js' {
  const theme: string;
  export default theme;
}
