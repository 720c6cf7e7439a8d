import { createServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ViteDevServer | undefined;

/** Starts one Vite dev server on a free port for the whole browser suite. */
export async function setup(project: TestProject): Promise<void> {
  server = await createServer({
    root: new URL('../..', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

/** Stops the dev server. */
export async function teardown(): Promise<void> {
  await server?.close();
}
