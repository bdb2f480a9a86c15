import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Serves requests under `prefix` with `handler` before the web framework sees them (no
 * middleware stack, body parsing or routing table on the way): for hot, self-contained
 * paths such as HLS segments, which every viewer asks for every second. The handler sets
 * its own security headers. Everything else goes to the listeners already installed.
 */
export function routeBeforeApp(server: Server, prefix: string, handler: RequestHandler): void {
  const app = server.listeners('request') as RequestHandler[];
  server.removeAllListeners('request');
  const under = prefix.endsWith('/') ? prefix : `${prefix}/`;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith(under)) return handler(req, res);
    for (const listener of app) listener.call(server, req, res);
  });
}
