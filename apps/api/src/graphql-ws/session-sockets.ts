import type { WebSocket } from 'ws';

/** graphql-ws "Forbidden": the web client refreshes its access token before reconnecting. */
export const CLOSE_FORBIDDEN = 4403;

/**
 * This process's open graphql-ws sockets by session. A socket is closed with 4403 when its
 * session ends (on whichever process it ended) or when its access token expires, so no
 * subscription outlives the credentials it was opened with.
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  track(sessionId: string, socket: WebSocket, tokenExpiresAt: number): void {
    if (socket.readyState !== socket.OPEN) return; // gone already: no 'close' event would untrack it
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    const expiry = setTimeout(() => closeForbidden(socket), Math.max(tokenExpiresAt - Date.now(), 0));
    expiry.unref();
    socket.once('close', () => {
      clearTimeout(expiry);
      sockets.delete(socket);
      if (!sockets.size && this.bySession.get(sessionId) === sockets) this.bySession.delete(sessionId);
    });
  }

  closeSessions(sessionIds: readonly string[]): void {
    for (const id of sessionIds) this.bySession.get(id)?.forEach(closeForbidden);
  }
}

export function closeForbidden(socket: WebSocket): void {
  socket.close(CLOSE_FORBIDDEN, 'Forbidden');
}
