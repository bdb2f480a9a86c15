import { Injectable } from '@nestjs/common';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * WebSocket upgrades by path on the one HTTP port: graphql-ws at /graphql, live ingest at
 * /live/ingest, … Each `ws` server attached with `{ server, path }` would answer 400 to every
 * other path, so they are created with `noServer` and registered here; one listener routes
 * and refuses unknown paths.
 */
@Injectable()
export class UpgradeRoutes {
  private readonly routes = new Map<string, UpgradeHandler>();
  private installed?: Server;

  register(path: string, handler: UpgradeHandler): void {
    this.routes.set(path, handler);
  }

  /** Called once by the API when its HTTP server exists. */
  install(server: Server): void {
    if (this.installed === server) return;
    this.installed = server;
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (req.url ?? '/').split('?')[0];
      const handler = this.routes.get(path);
      if (handler) return handler(req, socket, head);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
  }
}
