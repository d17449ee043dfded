// archiver (5.x) ships no types: the calls bulk-rows.ts makes.
declare module 'archiver' {
  import type { Readable } from 'node:stream';
  interface Archive {
    on(event: 'data', listener: (chunk: Buffer) => void): Archive;
    on(event: 'end', listener: () => void): Archive;
    on(event: 'error' | 'warning', listener: (error: Error) => void): Archive;
    append(source: Buffer | Readable, data: { name: string }): Archive;
    finalize(): Promise<void>;
  }
  export default function archiver(format: 'zip', options: { zlib: { level: number }; forceZip64?: boolean }): Archive;
}
