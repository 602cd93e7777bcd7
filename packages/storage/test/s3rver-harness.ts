import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3StorageConfig } from '../src/index.ts';

export interface S3rverHarness {
  /** Settings for `createS3Storage`, pointing at a fresh bucket. */
  config: S3StorageConfig;
  stop(): Promise<void>;
}

const serverScript = fileURLToPath(new URL('./s3rver-process.js', import.meta.url));

/**
 * Starts s3rver on 127.0.0.1 with a free port and a temporary directory (in a child process, see
 * s3rver-process.js), and creates a bucket through the S3 API. s3rver only knows the access key
 * pair S3RVER/S3RVER.
 */
export async function startS3rver(): Promise<S3rverHarness> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-s3rver-'));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', serverScript, directory], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill('SIGTERM');
      await exited;
    }
    await fs.rm(directory, { recursive: true, force: true });
  };

  try {
    const lines = createInterface({ input: child.stdout });
    const firstLine = await Promise.race([
      once(lines, 'line').then(([line]) => String(line)),
      exited.then(([code]) => {
        throw new Error(`s3rver exited with code ${String(code)} before listening`);
      }),
    ]);
    lines.close();
    const { port } = JSON.parse(firstLine) as { port: number };
    const config: S3StorageConfig = {
      bucket: 'storecraft-test',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    const admin = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
    try {
      await admin.send(new CreateBucketCommand({ Bucket: config.bucket }));
    } finally {
      admin.destroy();
    }
    return { config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
