/** Closing the child's stdin makes it drop the test databases and stop PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__KETNOI_TEST_DB__;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolveExit) => {
    child.once('exit', () => resolveExit());
    child.stdin!.end();
  });
}
