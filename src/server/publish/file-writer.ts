import fs from 'node:fs';
import { once } from 'node:events';

/** A file written piece by piece that respects back-pressure, so large exports keep memory flat. */
export interface FileWriter {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export function openFileWriter(filePath: string): FileWriter {
  const stream = fs.createWriteStream(filePath, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });

  return {
    async write(chunk) {
      if (failure) {
        throw failure;
      }
      if (!stream.write(chunk)) {
        await once(stream, 'drain');
      }
    },
    async close() {
      if (failure) {
        throw failure;
      }
      stream.end();
      await once(stream, 'finish');
    },
  };
}
