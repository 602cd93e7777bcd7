// Runs s3rver in a process of its own, started by s3rver-harness.ts with
// --openssl-legacy-provider: s3rver encrypts ListObjectsV2 continuation tokens with DES, which
// Node ≥ 17 only offers through OpenSSL's legacy provider (in-process, every truncated listing
// fails with 500 InternalError).
import S3rver from 's3rver';

const [directory] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
// The parent closes stdin when it stops us or dies: never outlive the test run.
process.stdin.on('end', stop);
process.stdin.resume();
